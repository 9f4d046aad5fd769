import {expect} from '@open-wc/testing';
import {valuesAcronym, zoneValues} from '../src/content.js';
import '../src/lp-mission-vision-values.js';
import '../src/lp-values-acronym.js';
import {render, renderIn, shownValues, sourceText, spokenText, textBlocks, valuesLayout} from './helpers.js';

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

  /** The box of the element's column, and every box of its shadow tree that sticks out of it. */
  const outside = (element: Element) => {
    const column = element.parentElement!.getBoundingClientRect();
    return [...element.shadowRoot!.querySelectorAll('*')].filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 0 && (box.left < column.left - 0.5 || box.right > column.right + 0.5);
    });
  };

  for (const width of [640, 720]) {
    for (const variant of ['plain', 'card']) {
      for (const lang of ['nl', 'fr', 'de', 'en']) {
        it(`reads SCHOTEN across, on one line and in order, in a ${width}px column (${variant}, ${lang})`, async () => {
          const element = await renderIn(width, 'lp-values-acronym', `layout="word" variant="${variant}" lang="${lang}"`);
          const letters = [...element.shadowRoot!.querySelectorAll('.letter')];
          const boxes = letterBoxes(element);
          expect(letters.map((letter) => letter.textContent).join('')).to.equal('SCHOTEN');
          expect(new Set(boxes.map((box) => Math.round(box.top))).size, 'the letters share one top').to.equal(1);
          for (const [index, box] of boxes.entries()) {
            if (index > 0) expect(box.left, `${letters[index].textContent} right of ${letters[index - 1].textContent}`).to.be.at.least(boxes[index - 1].right - 0.5);
          }
          const firstText = Math.min(...wordBoxes(element).map((box) => box.top));
          expect(Math.max(...boxes.map((box) => box.bottom)), 'the word above the values').to.be.at.most(firstText + 0.5);
          expect(outside(element), 'nothing sticks out of the column').to.deep.equal([]);
          const fontSize = parseFloat(getComputedStyle(element).fontSize);
          for (const description of element.shadowRoot!.querySelectorAll('dd')) {
            // Seven columns of about 20 characters were hard to read; 16em holds some 30 characters a line.
            expect(description.getBoundingClientRect().width, `"${description.textContent}" has room to be read`).to.be.at.least(16 * fontSize);
          }
          for (const name of element.shadowRoot!.querySelectorAll<HTMLElement>('.value-name')) {
            expect(name.getBoundingClientRect().height, `${name.dataset.shown} on one line`).to.be.below(2 * fontSize);
          }
        });
      }
    }
  }

  for (const variant of ['plain', 'card']) {
    it(`stacks the values in a column narrower than 640px (${variant})`, async () => {
      for (const width of [375, 620]) {
        const element = await renderIn(width, 'lp-values-acronym', `layout="word" variant="${variant}"`);
        expect(valuesLayout(element), 'the layout asked for').to.equal('word');
        expect(new Set(letterBoxes(element).map((box) => Math.round(box.top))).size, `one letter per row at ${width}px`).to.equal(7);
      }
    });
  }

  for (const lang of ['nl', 'fr', 'de', 'en']) {
    it(`lets nothing scroll sideways on a 375px phone (${lang})`, async () => {
      for (const tag of ['lp-values-acronym', 'lp-mission-vision-values'] as const) {
        for (const variant of ['plain', 'card']) {
          const element = await renderIn(375, tag, `layout="word" variant="${variant}" lang="${lang}"`);
          expect(outside(element), `<${tag} variant="${variant}">`).to.deep.equal([]);
        }
      }
    });
  }

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

  /** Where the text of `node` sits: the baseline of its last line, read from an empty inline-block set on it. */
  function baseline(node: Element) {
    const probe = document.createElement('span');
    probe.style.display = 'inline-block';
    node.append(probe);
    const bottom = probe.getBoundingClientRect().bottom;
    probe.remove();
    return bottom;
  }

  it('sets each big letter on the baseline of its value word, in the stacked layout', async () => {
    for (const variant of ['plain', 'card']) {
      const element = await renderIn(720, 'lp-values-acronym', `variant="${variant}"`);
      const words = [...element.shadowRoot!.querySelectorAll('.value-word')];
      for (const [index, letter] of element.shadowRoot!.querySelectorAll('.letter').entries()) {
        expect(baseline(letter), `${valueWords[index]} (${variant})`).to.be.closeTo(baseline(words[index]), 0.5);
      }
    }
  });

  it('draws the big letters at one size in every element and layout', async () => {
    const sizes = new Set<string>();
    for (const [tag, attributes] of [
      ['lp-values-acronym', 'layout="stacked"'],
      ['lp-values-acronym', 'layout="word"'],
      ['lp-values-acronym', 'layout="word" variant="card"'],
      ['lp-mission-vision-values', ''],
      ['lp-mission-vision-values', 'variant="card"'],
    ] as const) {
      for (const width of [375, 1280]) {
        const element = await renderIn(width, tag, attributes);
        for (const letter of element.shadowRoot!.querySelectorAll('.letter')) sizes.add(getComputedStyle(letter).fontSize);
      }
    }
    expect([...sizes]).to.have.length(1);
  });

  for (const variant of ['plain', 'card']) {
    it(`marks the initial of each value word larger and in the colour of the big letters (${variant})`, async () => {
      const element = await renderIn(800, 'lp-values-acronym', `variant="${variant}"`);
      for (const word of element.shadowRoot!.querySelectorAll('.value-word')) {
        const initial = getComputedStyle(word, '::first-letter');
        expect(initial.color, 'the colour of the big letters').to.equal(getComputedStyle(element.shadowRoot!.querySelector('.letter')!).color);
        // Not a thin underline, which reads as a broken link: a size that shows without colour too.
        expect(parseFloat(initial.fontSize) / parseFloat(getComputedStyle(word).fontSize), 'larger than the word').to.be.at.least(1.2);
        expect(initial.textDecorationLine).to.equal('none');
      }
    });
  }
});
