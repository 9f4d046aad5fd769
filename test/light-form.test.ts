import {expect, waitUntil} from '@open-wc/testing';
import {a11ySnapshot} from '@web/test-runner-commands';
import type {LpElement} from '../src/LpElement.js';
import {blocksIn, shownText, shownVariant, snippet, spokenText, tags, textBlocks, valuesIn, type Tag} from './helpers.js';

/**
 * The light form of the build (dist/snippets/light/): the element's tag holding its text as plain HTML,
 * for CMSs and sanitizers that drop `<template>` and `<style>`. Pasted into a partner page with its own
 * style, first without any script, then with the script arriving, as on a page that has both. Nothing
 * defines the elements in this page until the second test imports the built script.
 */
const cases = ['nl', 'fr', 'de', 'en'].flatMap((lang) =>
  tags.flatMap((tag) => (['nl', 'fr'].includes(lang) ? ['plain', 'card'] : ['plain']).map((variant) => ({tag, lang, variant})))
);
const name = ({tag, lang, variant}: (typeof cases)[number]) => `${tag}-${variant}-${lang}`;

// A partner page with a look of its own, which the light form takes until the script arrives.
const partnerStyle = document.createElement('style');
partnerStyle.textContent = `
  .partner { width: 720px; font: 16px/1.5 "DejaVu Serif", serif; color: rgb(34, 34, 34); background: white; }
  .partner :is(h1, h2, h3, h4, h5, h6) { font-family: "DejaVu Sans", sans-serif; color: rgb(120, 20, 20); }
`;
const partner = document.createElement('main');
partner.className = 'partner';
const heading = document.createElement('h1');
heading.textContent = 'Partner page';
partner.append(heading);

/** Everything `tag` shows in `lang`, in reading order: its blocks of text, then each value's term and sentence. */
const wholeText = async (tag: Tag, lang: string) => [...(await blocksIn(tag, lang)), ...(await valuesIn(tag, lang)).flat()].join(' ');

/** The headings the element should have at heading-level 2: its own, and for the whole page, its sections one below. */
async function expectedOutline(tag: Tag, lang: string) {
  const blocks = await blocksIn(tag, lang);
  // The whole page: the title, then the headings of the mission, the vision and the values.
  if (tag === 'lp-mission-vision-values') return [`h2 ${blocks[0]}`, `h3 ${blocks[2]}`, `h3 ${blocks[4]}`, `h3 ${blocks[11]}`];
  return [`h2 ${blocks[0]}`];
}

/** Calls `read` at every frame until `stop()`: what a visitor saw, frame by frame. */
function everyFrame<T>(read: () => T) {
  const frames: T[] = [];
  let recording = true;
  const frame = () => {
    frames.push(read());
    if (recording) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return {frames, stop: () => (recording = false)};
}

const lightOutline = (element: Element) =>
  [...element.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((node) => `${node.localName} ${(node as HTMLElement).innerText.trim()}`);

interface AccessibilityNode {
  role: string;
  name?: string;
  level?: number;
  children?: AccessibilityNode[];
}

/** The headings in an accessibility tree, in order, as `h<level> <name>`. */
const headingsIn = (node: AccessibilityNode): string[] => [
  ...(node.role === 'heading' ? [`h${node.level} ${node.name}`] : []),
  ...(node.children ?? []).flatMap(headingsIn),
];

describe('the light form', () => {
  const elements: LpElement[] = [];

  before(async () => {
    document.head.append(partnerStyle);
    for (const item of cases) {
      const wrapper = document.createElement('div');
      // A named region, so that its part of the accessibility tree can be found.
      Object.assign(wrapper, {id: `case-${elements.length}`, role: 'region', ariaLabel: name(item)});
      wrapper.innerHTML = await snippet(item.tag, item.lang, item.variant, 'light');
      partner.append(wrapper);
      elements.push(wrapper.firstElementChild as LpElement);
    }
    document.body.append(partner);
  });

  it('shows the zone’s text word for word without any script, with its outline, lists and language, in the page’s own style', async () => {
    for (const [index, element] of elements.entries()) {
      const {tag, lang} = cases[index];
      const label = name(cases[index]);
      expect(customElements.get(tag), 'not defined yet').to.equal(undefined);
      expect(element.lang, `${label}: keeps its language`).to.equal(lang);
      expect(shownText(element), `${label}: every text once, nothing else`).to.equal(await wholeText(tag, lang));
      expect(lightOutline(element), `${label}: the outline`).to.deep.equal(await expectedOutline(tag, lang));
      const hasVision = tag === 'lp-vision-list' || tag === 'lp-mission-vision-values';
      const hasValues = tag === 'lp-values-acronym' || tag === 'lp-mission-vision-values';
      expect(element.querySelectorAll('ul > li'), `${label}: the vision's points as a list`).to.have.length(hasVision ? 5 : 0);
      expect(element.querySelectorAll('dl dt + dd'), `${label}: the values as terms and descriptions`).to.have.length(hasValues ? 7 : 0);
      for (const term of element.querySelectorAll('dt')) {
        expect((term.firstElementChild as HTMLElement).lang, `${label}: the Dutch value word says it is Dutch`).to.equal('nl');
      }
      expect(element.querySelectorAll('template, style, script, slot, [class], [part], [style], [aria-hidden]'), `${label}: plain HTML`).to.have.length(0);
      for (const node of element.querySelectorAll('h2, h3')) expect(getComputedStyle(node).color, `${label}: the page's heading colour`).to.equal('rgb(120, 20, 20)');
      for (const node of element.querySelectorAll('p, li, dd')) expect(getComputedStyle(node).fontFamily, `${label}: the page's font`).to.match(/^"?DejaVu Serif/);
    }
    await expect(partner).to.be.accessible();
  });

  it('becomes the live element once the script arrives: each text shown and read once, styled, one root, in its own language', async () => {
    // An element that shows nothing, its light content hidden and its own not yet rendered, has no height.
    const seen = everyFrame(() => cases.filter((_, index) => elements[index].getBoundingClientRect().height === 0).map(name));
    const script = '/dist/lp-schoten.js';
    await import(/* @vite-ignore */ script);
    await waitUntil(() => elements.every((element) => element.hasUpdated), 'not every element took over');
    await Promise.all(elements.map((element) => element.updateComplete));
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    seen.stop();
    expect(seen.frames.length, 'frames seen').to.be.above(1);
    expect(seen.frames.flat(), 'elements blank in some frame').to.deep.equal([]);

    for (const [index, element] of elements.entries()) {
      const {tag, lang, variant} = cases[index];
      const label = name(cases[index]);
      expect(element.shadowRoot!.querySelectorAll('.root'), `${label}: one root`).to.have.length(1);
      expect(textBlocks(element), `${label}: in the language it was made for, on a Dutch page`).to.deep.equal(await blocksIn(tag, lang));
      expect(spokenText(element), `${label}: every text once`).to.equal(await wholeText(tag, lang));
      expect(shownVariant(element), `${label}: styled`).to.equal(variant);
      const shownLight = [...element.querySelectorAll('*')].filter((node) => node.getClientRects().length > 0);
      expect(shownLight, `${label}: the light content is not rendered`).to.deep.equal([]);
    }

    // Chromium's accessibility tree: each element's headings once, those of its shadow root; the light
    // content's copies are not in it. (Firefox over WebDriver BiDi gives no accessibility tree: there, the
    // light content having no box, above, is what keeps it out.)
    if (!navigator.userAgent.includes('Chrome')) return;
    const regions = new Map<string, AccessibilityNode>();
    const findRegions = (node: AccessibilityNode): void => {
      if (node.role === 'region' && node.name) regions.set(node.name, node);
      node.children?.forEach(findRegions);
    };
    findRegions((await a11ySnapshot({})) as unknown as AccessibilityNode);
    for (const item of cases) {
      expect(headingsIn(regions.get(name(item))!), `${name(item)}: the headings in the accessibility tree`).to.deep.equal(await expectedOutline(item.tag, item.lang));
    }
  });
});
