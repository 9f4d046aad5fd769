import {expect} from '@open-wc/testing';
import '../src/lp-schoten.js';
import type {LpElement} from '../src/LpElement.js';
import {outline, recordWarnings, render, shownVariant, sourceBlocks, sourceText, tags, textBlocks, valuesLayout, type Tag} from './helpers.js';

const source = await sourceText();
const sectionHeadings = [source.missionHeading, source.visionHeading, source.valuesHeading];

/** The outline an element should have with its top heading at `level`, or hidden. */
function expectedOutline(tag: Tag, level: number, hidden = false) {
  const top = hidden ? [] : [`h${level} ${sourceBlocks(tag, source)[0]}`];
  if (tag !== 'lp-mission-vision-values') return top;
  return [...top, ...sectionHeadings.map((text) => `h${Math.min(level + 1, 6)} ${text}`)];
}

async function renderWarned(tag: Tag, attributes: string) {
  const recorder = recordWarnings();
  try {
    const element = await render(tag, attributes);
    return {element, warnings: recorder.warnings};
  } finally {
    recorder.restore();
  }
}

for (const tag of tags) {
  describe(`<${tag}> attributes`, () => {
    it('puts its top heading at level 2 by default', async () => {
      expect(outline(await render(tag))).to.deep.equal(expectedOutline(tag, 2));
    });

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`puts its top heading at heading-level="${level}", sub-headings one deeper (at most 6)`, async () => {
        expect(outline(await render(tag, `heading-level="${level}"`))).to.deep.equal(expectedOutline(tag, level));
      });
    }

    it('leaves its top heading out with hide-heading, and keeps its text', async () => {
      const element = await render(tag, 'hide-heading heading-level="4"');
      expect(outline(element)).to.deep.equal(expectedOutline(tag, 4, true));
      expect(textBlocks(element)).to.deep.equal(sourceBlocks(tag, source).slice(1));
    });

    it('re-renders when an attribute changes at run time', async () => {
      const element = await render(tag);
      element.setAttribute('heading-level', '5');
      await element.updateComplete;
      expect(outline(element)).to.deep.equal(expectedOutline(tag, 5));
      element.setAttribute('hide-heading', '');
      await element.updateComplete;
      expect(outline(element)).to.deep.equal(expectedOutline(tag, 5, true));
      element.removeAttribute('hide-heading');
      element.variant = 'card';
      await element.updateComplete;
      expect(shownVariant(element)).to.equal('card');
    });

    const badValues: Array<[string, string, RegExp, (element: LpElement) => void]> = [
      ['heading-level', '9', /1, 2, 3, 4, 5, 6/, (element) => expect(outline(element)).to.deep.equal(expectedOutline(tag, 2))],
      ['heading-level', 'abc', /1, 2, 3, 4, 5, 6/, (element) => expect(outline(element)).to.deep.equal(expectedOutline(tag, 2))],
      ['heading-level', '', /1, 2, 3, 4, 5, 6/, (element) => expect(outline(element)).to.deep.equal(expectedOutline(tag, 2))],
      ['variant', 'foo', /plain, card/, (element) => expect(shownVariant(element)).to.equal('plain')],
      ['variant', 'CARD', /plain, card/, (element) => expect(shownVariant(element)).to.equal('plain')],
    ];
    if (tag === 'lp-values-acronym') {
      badValues.push(['layout', '', /stacked, word/, (element) => expect(valuesLayout(element)).to.equal('stacked')]);
      badValues.push(['layout', 'grid', /stacked, word/, (element) => expect(valuesLayout(element)).to.equal('stacked')]);
    }

    for (const [attribute, value, accepted, expectFallback] of badValues) {
      it(`falls back to the default for ${attribute}="${value}", with one warning naming it and the accepted values`, async () => {
        const {element, warnings} = await renderWarned(tag, `${attribute}="${value}"`);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`<${tag}>`).and.to.contain(`${attribute}="${value}"`).and.to.match(accepted);
        expectFallback(element);
        expect(textBlocks(element), 'text intact').to.deep.equal(sourceBlocks(tag, source));
      });
    }

    it('warns once for a bad value however often it re-renders, and again for a new bad value at run time', async () => {
      const recorder = recordWarnings();
      try {
        const element = await render(tag, 'variant="foo"');
        element.requestUpdate();
        await element.updateComplete;
        element.headingLevel = 3;
        await element.updateComplete;
        expect(recorder.warnings).to.have.length(1);
        element.setAttribute('heading-level', '0');
        await element.updateComplete;
        expect(recorder.warnings).to.have.length(2);
        expect(recorder.warnings[1]).to.contain('heading-level="0"');
        expect(outline(element)).to.deep.equal(expectedOutline(tag, 2));
      } finally {
        recorder.restore();
      }
    });

    it('warns that hide-heading="false" still hides, as any boolean attribute does', async () => {
      const {element, warnings} = await renderWarned(tag, 'hide-heading="false"');
      expect(outline(element)).to.deep.equal(expectedOutline(tag, 2, true));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('hide-heading="false"');
    });
  });
}
