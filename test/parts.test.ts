import {expect, fixture, html} from '@open-wc/testing';
import '../src/lp-schoten.js';
import {manifest, readmeParts} from './documented.js';
import {render, tags} from './helpers.js';

/**
 * The parts a host styles with `::part()`, as custom-elements.json lists them for each element (from the
 * classes' JSDoc, which editors and the docs show partners): each element renders exactly those, and a
 * rule on the host reaches every piece that carries one.
 */
const entries = await manifest();

/** The part names the shadow tree of `element` carries, each once, sorted. */
const partsShown = (element: Element) =>
  [...new Set([...element.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => [...node.part]))].sort();

describe('parts', () => {
  it('are listed in the manifest for each of the four elements', () => {
    expect([...entries.keys()].sort()).to.deep.equal([...tags].sort());
  });

  it('are the ones the README names, all elements together', async () => {
    const listed = new Set([...entries.values()].flatMap((entry) => entry.parts.map((part) => part.name)));
    expect((await readmeParts()).sort()).to.deep.equal([...listed].sort());
  });

  for (const tag of tags) {
    const parts = entries.get(tag)?.parts ?? [];
    const names = parts.map((part) => part.name);

    describe(`<${tag}>`, () => {
      it(`renders exactly the parts its manifest lists: ${names.join(', ')}`, async () => {
        for (const lang of ['nl', 'fr']) {
          const element = await render(tag, `lang="${lang}"`);
          expect(partsShown(element), lang).to.deep.equal([...names].sort());
        }
      });

      for (const part of parts) {
        it(`lets a page style ::part(${part.name}), ${part.description[0].toLowerCase()}${part.description.slice(1).replace(/\.$/, '')}`, async () => {
          const rule = document.createElement('style');
          rule.textContent = `${tag}::part(${part.name}) { outline: 5px dotted rgb(1, 2, 3); }`;
          const element = document.createElement(tag);
          await fixture(html`<div>${rule}${element}</div>`);
          await element.updateComplete;
          const pieces = [...element.shadowRoot!.querySelectorAll(`[part~="${part.name}"]`)];
          expect(pieces.length, 'pieces with the part').to.be.at.least(1);
          const styled = pieces.filter((piece) => getComputedStyle(piece).outlineStyle === 'dotted' && getComputedStyle(piece).outlineWidth === '5px');
          expect(styled.length, 'pieces the rule reaches').to.equal(pieces.length);
        });
      }
    });
  }
});
