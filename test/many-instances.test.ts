import {expect} from '@open-wc/testing';
import '../src/lp-schoten.js';
import type {LpElement} from '../src/LpElement.js';
import {expectNoTrace, shownValues, sourceBlocks, sourceText, sourceValues, tags, textBlocks, type Tag} from './helpers.js';

declare global {
  interface Performance {
    memory?: {usedJSHeapSize: number};
  }
}

/** The JS heap in use, after a garbage collection where the browser offers both (Chromium). */
function heapInUse() {
  // Chromium runs the tests with --js-flags=--expose-gc.
  (globalThis as {gc?: () => void}).gc?.();
  return performance.memory?.usedJSHeapSize;
}

const megabytes = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MB`);

describe('many instances', () => {
  after(() => expectNoTrace());

  it('renders 1,000 elements on one page, 250 of each, every one with all its text word for word', async function () {
    this.timeout(60000);
    const source = await sourceText();
    const container = document.createElement('div');
    const heapBefore = heapInUse();
    const start = performance.now();
    for (let index = 0; index < 1000; index++) {
      const element = document.createElement(tags[index % tags.length]);
      element.variant = index % 2 ? 'card' : 'plain';
      container.append(element);
    }
    document.body.append(container);
    const elements = [...container.children] as LpElement[];
    await Promise.all(elements.map((element) => element.updateComplete));
    const rendered = performance.now() - start;
    container.getBoundingClientRect(); // lays the page out
    const laidOut = performance.now() - start;
    const heapAfter = heapInUse();
    try {
      expect(elements).to.have.length(1000);
      // Each element's text as one string, so that 1,000 comparisons stay quick; a difference names the element.
      const shown = (element: LpElement) => JSON.stringify([textBlocks(element), shownValues(element)]);
      const expected = new Map(tags.map((tag) => [tag, JSON.stringify([sourceBlocks(tag, source), sourceValues(tag, source)])]));
      const different = elements.flatMap((element, index) =>
        shown(element) === expected.get(element.localName as Tag) ? [] : [`element ${index}, <${element.localName}>: ${shown(element)}`]
      );
      expect(different).to.deep.equal([]);
      console.log(
        `1,000 elements (250 of each, plain and card): rendered in ${rendered.toFixed(0)} ms, laid out by ` +
          `${laidOut.toFixed(0)} ms; JS heap +${megabytes(heapBefore === undefined ? undefined : heapAfter! - heapBefore)} ` +
          `(${megabytes(heapAfter)} in use)`
      );
    } finally {
      container.remove();
    }
  });
});
