import {expect, fixture, html} from '@open-wc/testing';
import '../src/lp-schoten.js';
import type {LpElement} from '../src/LpElement.js';
import {barColour, rgba} from './contrast.js';
import {customProperties, manifest} from './documented.js';
import {tags} from './helpers.js';

/**
 * Every custom property in the README's theming table, set by a host as the README shows: the pieces it
 * governs take the host's value, in each variant it applies to. A property added to the README without
 * a reading here fails, as does one the manifest and the README disagree on.
 */

/** Where a property shows: pieces of the shadow tree, and the style of theirs it sets. */
interface Reading {
  piece: string;
  selector: string;
  pseudo?: string;
  style: (style: CSSStyleDeclaration) => string;
  /** Compared as painted: relative colours may compute to another syntax of the same colour. */
  colour?: boolean;
  /** Only the card has it (its border, its corners, its top bar). */
  cardOnly?: boolean;
}

// Values a partner might give, each unlike every default, and each readable as given on a light page
// (a colour too light for the light card would be darkened, see styles.ts).
const readings: Record<string, {value: string; readings: Reading[]}> = {
  '--lp-font-family': {
    value: 'Georgia, serif',
    readings: [{piece: 'every text', selector: 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, .letter', style: (style) => style.fontFamily}],
  },
  '--lp-text-color': {
    value: '#4a2810',
    readings: [{piece: 'the text', selector: 'p, li, dt, dd', style: (style) => style.color, colour: true}],
  },
  '--lp-accent-color': {
    value: '#7b1f2e',
    readings: [
      {piece: 'the headings', selector: '[part~="heading"]', style: (style) => style.color, colour: true},
      {piece: 'the big letters', selector: '.letter', style: (style) => style.color, colour: true},
      {piece: 'the initials', selector: '.value-word', pseudo: '::first-letter', style: (style) => style.color, colour: true},
      {piece: "the card's border", selector: '.root', style: (style) => style.borderTopColor, colour: true, cardOnly: true},
      {piece: "the card's top bar", selector: '.root', style: barColour, colour: true, cardOnly: true},
    ],
  },
  '--lp-surface-color': {
    value: '#fdf6ec',
    readings: [{piece: "the card's background", selector: '.root', style: (style) => style.backgroundColor, colour: true, cardOnly: true}],
  },
  '--lp-spacing': {
    value: '13px',
    readings: [{piece: 'the space below a paragraph', selector: 'p:not(:last-child)', style: (style) => style.marginBottom}],
  },
  '--lp-radius': {
    value: '7px',
    readings: [
      {piece: "the card's corners", selector: '.root', style: (style) => style.borderTopLeftRadius, cardOnly: true},
      {piece: "the card's corners", selector: '.root', style: (style) => style.borderBottomRightRadius, cardOnly: true},
    ],
  },
  '--lp-letter-size': {
    value: '50px',
    readings: [{piece: 'the big letters', selector: '.letter', style: (style) => style.fontSize}],
  },
  '--lp-title-size': {
    value: '40px',
    readings: [{piece: 'the title', selector: '.title', style: (style) => style.fontSize}],
  },
  '--lp-heading-size': {
    value: '30px',
    readings: [{piece: 'every other heading', selector: '.heading:not(.title)', style: (style) => style.fontSize}],
  },
  '--lp-measure': {
    value: '321px',
    readings: [{piece: 'the longest line', selector: 'p, li, dd', style: (style) => style.maxWidth}],
  },
};

/** Every element in `variant`, in an 800px column. */
async function shown(variant: string): Promise<LpElement[]> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 800px">${tags.map((tag) => {
    const element = document.createElement(tag);
    element.setAttribute('variant', variant);
    return element;
  })}</div>`);
  const elements = [...container.children] as LpElement[];
  await Promise.all(elements.map((element) => element.updateComplete));
  return elements;
}

/**
 * What `reading` finds in `elements`, one line per piece (`<tag> piece: value`): the value each piece
 * shows, or with `value`, the value it should show.
 */
const read = (elements: LpElement[], reading: Reading, value?: string) =>
  elements.flatMap((element) =>
    [...element.shadowRoot!.querySelectorAll(reading.selector)].map((node) => {
      const shown = value ?? reading.style(getComputedStyle(node, reading.pseudo));
      return `<${element.localName}> ${reading.piece}: ${reading.colour ? rgba(shown).join(', ') : shown}`;
    })
  );

const table = await customProperties();

describe('custom properties', () => {
  it('are documented in the README exactly as the manifest lists them for every element', async () => {
    const entries = await manifest();
    for (const tag of tags) expect(entries.get(tag)?.customProperties, `<${tag}>`).to.deep.equal(table.map((row) => row.name));
  });

  for (const row of table) {
    for (const variant of row.variants) {
      it(`let a host set ${row.sets} with ${row.name} (${variant})`, async () => {
        expect(readings, `a reading of ${row.name} in this test`).to.have.property(row.name);
        const {value, readings: wanted} = readings[row.name];
        const inVariant = wanted.filter((reading) => variant === 'card' || !reading.cardOnly);
        const elements = await shown(variant);
        const before = inVariant.flatMap((reading) => read(elements, reading));
        for (const element of elements) element.style.setProperty(row.name, value);
        const after = inVariant.flatMap((reading) => read(elements, reading));
        for (const reading of inVariant) expect(read(elements, reading), `${reading.piece} found`).not.to.deep.equal([]);
        expect(after).to.deep.equal(inVariant.flatMap((reading) => read(elements, reading, value)));
        expect(before.filter((line) => after.includes(line)), 'pieces that had the value before the host set it').to.deep.equal([]);
      });
    }
  }
});
