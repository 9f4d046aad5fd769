import {visualDiff} from '@web/test-runner-visual-regression';
import '../src/lp-schoten.js';
import type {LpElement} from '../src/LpElement.js';
import {getLocale, setLocale} from '../src/localization.js';
import {tags} from './helpers.js';

/**
 * The look of every element, variant and layout, in Dutch and French, against the screenshots accepted in
 * test/screenshots/baseline/ (Chromium only; see the README to accept a new look). The column has a fixed
 * width and a font every Debian machine has, so that the screenshots do not depend on the machine.
 */
const column = document.createElement('div');
Object.assign(column.style, {
  width: '720px',
  padding: '16px',
  background: 'white',
  fontFamily: '"DejaVu Sans"',
  fontSize: '16px',
  lineHeight: '1.5',
  color: 'rgb(27, 27, 31)',
});

describe('the look of the elements', () => {
  before(() => document.body.append(column));
  after(async () => {
    column.remove();
    await setLocale('nl');
  });

  for (const locale of ['nl', 'fr']) {
    for (const tag of tags) {
      for (const variant of ['plain', 'card']) {
        for (const layout of tag === 'lp-values-acronym' ? ['stacked', 'word'] : [undefined]) {
          const name = [tag, variant, layout, locale].filter(Boolean).join('-');
          it(`shows <${tag} variant="${variant}"${layout ? ` layout="${layout}"` : ''}> in ${locale} as accepted`, async () => {
            if (getLocale() !== locale) await setLocale(locale);
            const element = document.createElement(tag) as LpElement;
            element.setAttribute('variant', variant);
            if (layout) element.setAttribute('layout', layout);
            column.replaceChildren(element);
            await element.updateComplete;
            await visualDiff(column, name);
          });
        }
      }
    }
  }
});
