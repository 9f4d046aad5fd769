import {expect} from '@open-wc/testing';
import '../src/lp-schoten.js';
import type {LpElement} from '../src/LpElement.js';
import {escapeAttribute, expectNoTrace, outline, recordWarnings, shownValues, shownVariant, sourceBlocks, sourceText, sourceValues, tags, textBlocks, valuesLayout, type SourceText, type Tag} from './helpers.js';

/** Values a partner page might write, by mistake or by malice. */
const badValues: Array<[kind: string, value: string]> = [
  ['empty', ''],
  ['wrong case', 'CARD'],
  ['wrong case', 'Word'],
  ['wrong case', 'Stacked'],
  ['out of range', '0'],
  ['out of range', '7'],
  ['out of range', '-1'],
  ['out of range', '2.5'],
  ['non-numeric', 'two'],
  ['non-numeric', 'NaN'],
  ['markup', '<img src=x onerror=alert(1)>'],
  ['markup', '"><script>alert(1)</script>'],
  ['very long', 'x'.repeat(10000)],
];

/** What each attribute falls back to, as a person sees it. */
interface Attribute {
  name: string;
  tags: readonly Tag[];
  /** Whether `value` is one the attribute accepts without a warning. */
  accepts: (value: string) => boolean;
  expectFallback: (element: LpElement, tag: Tag) => void;
}

const attributes: Attribute[] = [
  {
    name: 'heading-level',
    tags,
    accepts: () => false,
    expectFallback: (element) => expect(outline(element)[0], 'heading at level 2').to.match(/^h2 /),
  },
  {
    name: 'variant',
    tags,
    accepts: () => false,
    expectFallback: (element) => expect(shownVariant(element), 'the variant').to.equal('plain'),
  },
  {
    name: 'layout',
    tags: ['lp-values-acronym'],
    accepts: () => false,
    expectFallback: (element) => expect(valuesLayout(element), 'the layout').to.equal('stacked'),
  },
  {
    // A boolean attribute: on whenever present, as in HTML; any value but '' (or its own name) earns a warning.
    name: 'hide-heading',
    tags,
    accepts: (value) => value === '',
    expectFallback: (element, tag) =>
      expect(outline(element).length, 'top heading hidden').to.equal(tag === 'lp-mission-vision-values' ? 3 : 0),
  },
];

/** How a value reads in a test name: a very long one by its length. */
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 10)}… (${value.length} characters)` : value);

let source: SourceText;
const alerts: unknown[] = [];
const originalAlert = window.alert;

describe('bad attribute values', () => {
  before(async () => {
    source = await sourceText();
    window.alert = (message?: unknown) => alerts.push(message);
  });
  after(async () => {
    window.alert = originalAlert;
    await expectNoTrace();
  });

  const container = document.createElement('div');
  beforeEach(() => document.body.append(container));
  afterEach(() => container.replaceChildren());

  for (const attribute of attributes) {
    for (const [kind, value] of badValues) {
      const warns = !attribute.accepts(value);
      const outcome = `${warns ? 'one warning, ' : ''}the fallback, the text intact and no element made from it`;

      for (const setBy of ['written in the page', 'set at run time'] as const) {
        it(`${attribute.name}="${shown(value)}" (${kind}) ${setBy}: ${outcome}`, async () => {
          const scriptsBefore = document.querySelectorAll('script').length;
          const recorder = recordWarnings();
          let elements: LpElement[];
          try {
            if (setBy === 'written in the page') {
              container.innerHTML = attribute.tags
                .map((tag) => `<${tag} ${attribute.name}="${escapeAttribute(value)}"></${tag}>`)
                .join('');
              elements = [...container.children] as LpElement[];
              await Promise.all(elements.map((element) => element.updateComplete));
            } else {
              elements = attribute.tags.map((tag) => container.appendChild(document.createElement(tag)));
              await Promise.all(elements.map((element) => element.updateComplete));
              for (const element of elements) element.setAttribute(attribute.name, value);
              await Promise.all(elements.map((element) => element.updateComplete));
            }
            // Time for an <img onerror> to fire, had one been made.
            await new Promise((done) => setTimeout(done, 20));
          } finally {
            recorder.restore();
          }

          expect(recorder.warnings, 'warnings').to.have.length(warns ? elements.length : 0);
          for (const [index, element] of elements.entries()) {
            const tag = attribute.tags[index];
            // Lit writes a boolean attribute back as '' (still on); the others keep the page's value as written.
            const written = attribute.name === 'hide-heading' && setBy === 'written in the page' ? '' : value;
            expect(element.getAttribute(attribute.name), 'the attribute').to.equal(written);
            if (warns) {
              const warning = recorder.warnings[index];
              expect(warning).to.contain(`<${tag}>`).and.to.contain(`${attribute.name}="${value.slice(0, 40)}`);
              expect(warning.length, 'a console line, not a dump').to.be.below(400);
            }
            attribute.expectFallback(element, tag);
            expect(textBlocks(element), 'the text').to.deep.equal(sourceBlocks(tag, source).slice(attribute.name === 'hide-heading' ? 1 : 0));
            expect(shownValues(element), 'the values').to.deep.equal(sourceValues(tag, source));
            expect(element.shadowRoot!.querySelectorAll('img, script'), 'elements made from the value').to.have.length(0);
          }
          expect(container.querySelectorAll('img, script'), 'elements made from the value').to.have.length(0);
          expect(document.querySelectorAll('script').length, 'scripts in the page').to.equal(scriptsBefore);
          expect(alerts, 'script run from the value').to.deep.equal([]);
        });
      }
    }
  }
});
