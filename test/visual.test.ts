import {executeServerCommand} from '@web/test-runner-commands';
import {visualDiff} from '@web/test-runner-visual-regression';
import '../src/lp-schoten.js';
import type {LpElement} from '../src/LpElement.js';
import {inWebKit, tags} from './helpers.js';

/**
 * The look of every element, variant and layout, in Dutch and French, against the screenshots accepted in
 * test/screenshots/baseline/<browser>/ (Chromium and WebKit; see the README to accept a new look); then the
 * looks that depend on room, scheme and system: the word layout in a wide page and in German in a 640px
 * column, German in a narrow sidebar, a page that supports dark seen on a dark system, and forced colours.
 * The column has a fixed width and a font every Debian machine has, so that the screenshots do not depend
 * on the machine.
 *
 * WebKit's screenshots are WebKitGTK's, not Safari's: DejaVu Sans found through fontconfig (a Mac has no
 * DejaVu, and draws text with its own font rendering), and words hyphenated with Debian's dictionaries from
 * /usr/share/hyphen (Safari uses the system's). WebKit shows a dark system only when launched so (the
 * runner's dark-system launch runs the dark looks here), and has no forced colours at all.
 */
const column = document.createElement('div');
Object.assign(column.style, {
  padding: '16px',
  background: 'Canvas',
  color: 'CanvasText',
  fontFamily: '"DejaVu Sans"',
  fontSize: '16px',
  lineHeight: '1.5',
});

/** Shows `<tag attributes>` alone in the column, `width` pixels wide, and compares it with its baseline. */
async function looksAsAccepted(name: string, tag: string, attributes: Record<string, string>, width = 720) {
  const element = document.createElement(tag) as LpElement;
  for (const [attribute, value] of Object.entries(attributes)) element.setAttribute(attribute, value);
  column.style.width = `${width}px`;
  column.replaceChildren(element);
  await element.updateComplete;
  await visualDiff(column, name);
}

const emulate = (system: {colorScheme?: string; forcedColors?: boolean}) => executeServerCommand('emulate-system', system);
// In WebKit, the launch decides the system: the light one shows the light looks, the dark one the dark looks.
const darkLaunch = inWebKit && matchMedia('(prefers-color-scheme: dark)').matches;

describe('the look of the elements', () => {
  before(() => document.body.append(column));
  after(() => column.remove());

  for (const lang of darkLaunch ? [] : ['nl', 'fr']) {
    for (const tag of tags) {
      for (const variant of ['plain', 'card']) {
        for (const layout of tag === 'lp-values-acronym' ? ['stacked', 'word'] : [undefined]) {
          const name = [tag, variant, layout, lang].filter(Boolean).join('-');
          it(`shows <${tag} variant="${variant}"${layout ? ` layout="${layout}"` : ''}> in ${lang} as accepted`, () =>
            looksAsAccepted(name, tag, {lang, variant, ...(layout ? {layout} : {})}));
        }
      }
    }
  }

  for (const variant of darkLaunch ? [] : ['plain', 'card']) {
    it(`shows the word layout in a wide page (${variant})`, () =>
      looksAsAccepted(`lp-values-acronym-${variant}-word-wide-nl`, 'lp-values-acronym', {lang: 'nl', variant, layout: 'word'}, 1200));
  }

  if (!darkLaunch) {
    it('shows the word layout across in a 640px column, in German', () =>
      looksAsAccepted('lp-values-acronym-card-word-640-de', 'lp-values-acronym', {lang: 'de', variant: 'card', layout: 'word'}, 640));

    it('shows German values hyphenated in a 260px sidebar', () =>
      looksAsAccepted('lp-values-acronym-card-sidebar-de', 'lp-values-acronym', {lang: 'de', variant: 'card'}, 260));
  }

  describe('on a page that supports dark, on a dark system', () => {
    // WebKit's light launch leaves these to its dark launch; Chromium emulates a dark system here.
    if (inWebKit && !darkLaunch) return;
    before(async () => {
      document.documentElement.style.colorScheme = 'light dark';
      await emulate({colorScheme: 'dark'});
    });
    after(async () => {
      document.documentElement.style.colorScheme = '';
      await emulate({});
    });
    for (const variant of ['plain', 'card']) {
      it(`shows <lp-mission-vision-values variant="${variant}"> dark`, () =>
        looksAsAccepted(`lp-mission-vision-values-${variant}-dark-nl`, 'lp-mission-vision-values', {lang: 'nl', variant}));
    }
  });

  describe('in forced colours', () => {
    if (inWebKit) {
      if (!darkLaunch) it('shows <lp-values-acronym variant="card"> in the system colours: not checked in WebKit, for WebKitGTK has no forced colours');
      return;
    }
    before(() => emulate({forcedColors: true}));
    after(() => emulate({}));
    it('shows <lp-values-acronym variant="card"> in the system colours', () =>
      looksAsAccepted('lp-values-acronym-card-forced-nl', 'lp-values-acronym', {lang: 'nl', variant: 'card'}));
  });
});
