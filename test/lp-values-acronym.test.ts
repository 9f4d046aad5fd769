import {expect} from '@open-wc/testing';
import {valuesAcronym, zoneValues} from '../src/content.js';
import '../src/lp-values-acronym.js';
import {render, renderIn, sourceText, spokenText, textBlocks} from './helpers.js';

const valueWords = [
  'Samenwerking',
  'Communicatie',
  'Hulpvaardigheid',
  'Oplossingsgerichtheid',
  'Transparantie',
  'Excellentie',
  'Nabijheid',
];

const isShown = (element: Element) => (element as HTMLElement).offsetHeight > 0;

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

  it('lists the seven values, each with its sentence', async () => {
    const element = await render('lp-values-acronym');
    const items = element.shadowRoot!.querySelectorAll('dl > div');
    expect(items).to.have.length(7);
    for (const [index, item] of [...items].entries()) {
      expect(item.querySelector('dt')!.textContent).to.contain(valueWords[index]);
      expect(item.querySelector('dd')!.textContent!.trim()).to.match(/^We .+\.$/);
    }
  });

  for (const layout of ['stacked', 'word']) {
    it(`gives a screen reader each value as a word, not a letter (${layout})`, async () => {
      const element = await renderIn(800, 'lp-values-acronym', `layout="${layout}"`);
      expect([...element.shadowRoot!.querySelectorAll('dt')].map(spokenText)).to.deep.equal(valueWords);
      for (const letter of element.shadowRoot!.querySelectorAll('[part~="letter"]')) {
        expect(letter.closest('[aria-hidden="true"]'), 'every big letter is decoration').to.exist;
      }
      expect(spokenText(element)).not.to.match(/\bS C H O T E N\b/);
    });
  }

  it('lays the letters out side by side as the word SCHOTEN in the word layout', async () => {
    const element = await renderIn(800, 'lp-values-acronym', 'layout="word"');
    const letters = element.shadowRoot!.querySelector('.letters')!;
    expect(isShown(letters)).to.be.true;
    expect(normalizedText(letters)).to.equal('SCHOTEN');
    const tops = [...letters.children].map((letter) => letter.getBoundingClientRect().top);
    expect(new Set(tops).size, 'all letters on one line').to.equal(1);
  });

  it('shows one big letter per row in the stacked layout', async () => {
    const element = await renderIn(800, 'lp-values-acronym', 'layout="stacked"');
    expect(isShown(element.shadowRoot!.querySelector('.letters')!)).to.be.false;
    const rowLetters = [...element.shadowRoot!.querySelectorAll('dt [part~="letter"]')];
    expect(rowLetters.filter(isShown).map((letter) => letter.textContent).join('')).to.equal('SCHOTEN');
  });

  it('falls back from the word layout to stacked in a narrow container', async () => {
    const element = await renderIn(280, 'lp-values-acronym', 'layout="word"');
    expect(isShown(element.shadowRoot!.querySelector('.letters')!)).to.be.false;
    const rowLetters = [...element.shadowRoot!.querySelectorAll('dt [part~="letter"]')];
    expect(rowLetters.filter(isShown)).to.have.length(7);
  });
});

function normalizedText(element: Element) {
  return (element.textContent ?? '').replace(/\s+/g, '');
}
