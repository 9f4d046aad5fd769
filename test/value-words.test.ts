import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {zoneValues} from '../src/content.js';
import '../src/lp-values-acronym.js';
import {renderIn} from './helpers.js';

/**
 * The value words are shown by generated content and read from a visually hidden copy. Older browsers
 * of the floor (Firefox 123-127, Safari 16.4-17.3) dropped the former way of showing them, content's
 * alternative text, and showed nothing; the elements now show them with CSS that every browser of the
 * floor applies (test/floor/ checks that against the compatibility data), so what these browsers
 * paint and read is what every browser paints and reads.
 */
describe('the value words', () => {
  const words = zoneValues.map((value) => value.word);

  it('are painted as text, all seven, each as wide as the word in its font', async () => {
    const element = await renderIn(800, 'lp-values-acronym');
    const shown = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.value-word [data-shown]')];
    expect(shown.map((span) => span.dataset.shown!.replaceAll('\u00AD', ''))).to.deep.equal(words);
    const measure = document.createElement('canvas').getContext('2d')!;
    for (const [index, span] of shown.entries()) {
      const painted = getComputedStyle(span, '::before');
      expect(painted.content, `${words[index]}: generated content`).not.to.be.oneOf(['none', 'normal', '']);
      expect(painted.visibility).to.equal('visible');
      expect(painted.color, `${words[index]}: not transparent`).not.to.match(/^rgba\(.*, 0\)$|^transparent$/);
      // The initial is larger than the rest of the word (it carries the letter of SCHOTEN).
      const initial = getComputedStyle(span.closest('.value-word')!, '::first-letter');
      measure.font = `${initial.fontWeight} ${initial.fontSize} ${initial.fontFamily}`;
      const initialWidth = measure.measureText(words[index][0]).width;
      measure.font = `${painted.fontWeight} ${painted.fontSize} ${painted.fontFamily}`;
      const width = initialWidth + measure.measureText(words[index].slice(1)).width;
      const box = span.getBoundingClientRect();
      expect(box.width, `${words[index]}: painted width`).to.be.within(width * 0.95, width * 1.05);
      expect(box.height, `${words[index]}: painted height`).to.be.at.least(parseFloat(painted.fontSize));
    }
  });

  it('are heard once each, whole, without their soft hyphens', async () => {
    const element = await renderIn(800, 'lp-values-acronym');
    element.id = 'heard';
    for (const word of element.shadowRoot!.querySelectorAll('.value-word')) {
      expect(word.querySelector('[data-shown]')!.getAttribute('aria-hidden'), 'the shown copy is never read').to.equal('true');
    }
    // The accessibility tree itself, where the test runner can read it: Chromium's. Firefox's (over
    // WebDriver BiDi) and WebKit's (over WebDriver) are not reachable; there the aria-hidden above is what
    // keeps the shown copy unread.
    const {texts} = await executeServerCommand<{texts: string[] | null}, {id: string}>('spoken-names', {id: 'heard'});
    if (!texts) return;
    const heard = texts.join(' | ');
    expect(heard, 'no soft hyphen read').not.to.contain('\u00AD');
    for (const word of words) {
      expect(heard.split(word).length - 1, `${word} in "${heard}"`).to.equal(1);
    }
  });
});
