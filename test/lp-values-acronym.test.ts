import {expect} from '@open-wc/testing';
import {valuesAcronym, zoneValues} from '../src/content.js';
import '../src/lp-values-acronym.js';
import {render, renderIn, shownValues, sourceText, spokenText, textBlocks} from './helpers.js';

// The proposed value words, as the zone's reviewers were shown them.
const valueWords = (await sourceText()).values.map((value) => value.word);

describe('<lp-values-acronym>', () => {
  it('spells SCHOTEN with the initials of the seven values', () => {
    expect(zoneValues).to.have.length(7);
    expect(valuesAcronym).to.equal('SCHOTEN');
  });

  it('marks every value as a proposal awaiting the zone', () => {
    expect(zoneValues.every((value) => value.proposal)).to.be.true;
  });

  it('renders the heading and the values introduction word for word from the zone text', async () => {
    const source = await sourceText();
    const element = await render('lp-values-acronym');
    expect(textBlocks(element)).to.deep.equal([source.valuesHeading, source.valuesIntroduction]);
  });

  it('renders the seven proposed values, each word and sentence word for word as the zone\'s reviewers were shown them', async () => {
    const source = await sourceText();
    const element = await render('lp-values-acronym');
    expect(element.shadowRoot!.querySelectorAll('dl > div')).to.have.length(7);
    expect(shownValues(element)).to.deep.equal(source.values);
  });

  for (const layout of ['stacked', 'word']) {
    it(`gives a screen reader each value as a word, not a letter (${layout})`, async () => {
      const element = await renderIn(800, 'lp-values-acronym', `layout="${layout}"`);
      expect([...element.shadowRoot!.querySelectorAll('dt')].map(spokenText)).to.deep.equal(valueWords);
      for (const letter of element.shadowRoot!.querySelectorAll('[part~="letter"]')) {
        expect(letter.getAttribute('aria-hidden'), 'every big letter is decoration').to.equal('true');
      }
      expect(spokenText(element)).not.to.match(/\bS C H O T E N\b/);
    });
  }

  /** The big letters, their boxes, and the boxes of the value words under or beside them. */
  const letterBoxes = (element: Element) => [...element.shadowRoot!.querySelectorAll('.letter')].map((letter) => letter.getBoundingClientRect());
  const wordBoxes = (element: Element) => [...element.shadowRoot!.querySelectorAll('.value-word')].map((word) => word.getBoundingClientRect());

  it('lays the letters out side by side as the word SCHOTEN where seven columns fit, each letter heading its value', async () => {
    const element = await renderIn(1200, 'lp-values-acronym', 'layout="word"');
    const letters = letterBoxes(element);
    const words = wordBoxes(element);
    expect([...element.shadowRoot!.querySelectorAll('.letter')].map((letter) => letter.textContent).join('')).to.equal('SCHOTEN');
    expect(new Set(letters.map((box) => Math.round(box.top))).size, 'all letters on one line').to.equal(1);
    for (const [index, letter] of letters.entries()) {
      expect(Math.abs(letter.left - words[index].left), `${valueWords[index]} starts under its letter`).to.be.below(1);
      expect(letter.bottom, `${valueWords[index]} is below its letter`).to.be.at.most(words[index].top + 1);
      if (index > 0) expect(letter.left, 'left to right').to.be.above(letters[index - 1].right);
    }
  });

  it('shows one big letter per row, beside its value, in the stacked layout', async () => {
    const element = await renderIn(1200, 'lp-values-acronym', 'layout="stacked"');
    const letters = letterBoxes(element);
    const words = wordBoxes(element);
    for (const [index, letter] of letters.entries()) {
      expect(Math.abs(letter.top - words[index].top), `${valueWords[index]} beside its letter`).to.be.below(letter.height);
      expect(letter.right, `${valueWords[index]} right of its letter`).to.be.at.most(words[index].left);
      if (index > 0) expect(letter.top, 'top to bottom').to.be.above(letters[index - 1].bottom);
    }
  });

  it('never leaves stragglers in the word layout: all seven values in one row, or one per row', async () => {
    for (let width = 260; width <= 1600; width += 60) {
      const element = await renderIn(width, 'lp-values-acronym', 'layout="word" variant="card"');
      const rows = new Set(letterBoxes(element).map((box) => Math.round(box.top))).size;
      expect([1, 7], `rows at ${width}px`).to.include(rows);
    }
  });

  it('falls back from the word layout to stacked in a narrow container', async () => {
    const element = await renderIn(280, 'lp-values-acronym', 'layout="word"');
    const letters = letterBoxes(element);
    expect(new Set(letters.map((box) => Math.round(box.top))).size, 'one letter per row').to.equal(7);
  });

  for (const variant of ['plain', 'card']) {
    it(`marks the initial of each value word in the accent colour and underlined (${variant})`, async () => {
      const element = await renderIn(800, 'lp-values-acronym', `variant="${variant}"`);
      for (const word of element.shadowRoot!.querySelectorAll('.value-word')) {
        const initial = getComputedStyle(word, '::first-letter');
        expect(initial.color, 'the colour of the big letters').to.equal(getComputedStyle(element.shadowRoot!.querySelector('.letter')!).color);
        expect(initial.textDecorationLine).to.equal('underline');
      }
    });
  }
});
