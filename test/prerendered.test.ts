import {expect, waitUntil} from '@open-wc/testing';
import type {LpElement} from '../src/LpElement.js';
import {blockIds, blocksIn, compareScreenshots, messages, screenshot, snippet, sourceBlocks, sourceText, spokenText, tags, textBlocks, type Tag} from './helpers.js';

/**
 * The prerendered snippets of the build (dist/snippets/), pasted into a page, and the script arriving
 * after they have been painted, as on a partner page where the script comes late. Nothing defines the
 * elements in this page until the test imports the built script.
 */
/**
 * An element's shadow tree as the browser lays it out: its elements with their attributes (in any order)
 * and its text; not Lit's comments, nor the styles, which a snippet inlines and the script adopts.
 */
function structure(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!;
  if (node.nodeType !== Node.ELEMENT_NODE && !(node instanceof ShadowRoot)) return '';
  const children = [...node.childNodes].map(structure).join('');
  if (node instanceof ShadowRoot) return children;
  const element = node as Element;
  if (element.localName === 'style') return '';
  const attributes = [...element.attributes].map((attribute) => ` ${attribute.name}="${attribute.value}"`).sort().join('');
  return `<${element.localName}${attributes}>${children}</${element.localName}>`;
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

const column = document.createElement('div');
Object.assign(column.style, {width: '720px', fontFamily: '"DejaVu Sans"', fontSize: '16px', lineHeight: '1.5', background: 'white'});
const after = document.createElement('p');
after.textContent = 'The partner page goes on below the element.';

// The Dutch snippets follow the page's language (dist/snippets/page-lang/); the French ones keep theirs.
const cases = ['nl', 'fr'].flatMap((lang) => tags.flatMap((tag) => ['plain', 'card'].map((variant) => ({tag, lang, variant}))));
const kind = (lang: string) => (lang === 'nl' ? 'page-lang' : undefined);
const name = ({tag, lang, variant}: (typeof cases)[number]) => `${tag}-${variant}-${lang}`;

describe('prerendered snippets', () => {
  const elements: LpElement[] = [];
  const prerendered = new Map<string, string>();
  let shifts: number[] = [];

  before(async () => {
    for (const item of cases) {
      const wrapper = document.createElement('div');
      wrapper.setHTMLUnsafe(await snippet(item.tag, item.lang, item.variant, kind(item.lang)));
      column.append(wrapper);
      elements.push(wrapper.firstElementChild as LpElement);
    }
    document.body.append(column, after);
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      new PerformanceObserver((list) => shifts.push(...list.getEntries().map((entry) => (entry as unknown as {value: number}).value))).observe({type: 'layout-shift'});
    }
  });

  it('show the zone’s text word for word before any script, with their styles', async () => {
    for (const [index, element] of elements.entries()) {
      const {tag, lang} = cases[index];
      expect(customElements.get(tag), 'not defined yet').to.equal(undefined);
      expect(element.getAttribute('data-lp-version'), 'the version of the text').to.match(/^\d+\.\d+\.\d+/);
      const expected = await blocksIn(tag, lang);
      expect(textBlocks(element), name(cases[index])).to.deep.equal(expected);
      expect(getComputedStyle(element.shadowRoot!.querySelector('.root')!).display, 'styled').to.equal('block');
      prerendered.set(name(cases[index]), structure(element.shadowRoot!));
      await screenshot(element, `${name(cases[index])}-prerendered`);
    }
  });

  it('are taken over by the script in one step: no frame empty or doubled, nothing moves, the same pixels', async () => {
    const texts = elements.map((element) => spokenText(element));
    const positions = () => [...elements, after].map((element) => JSON.stringify(element.getBoundingClientRect()));
    const before = positions();
    shifts = [];
    const seen = everyFrame(() => ({texts: elements.map((element) => spokenText(element)), positions: positions()}));
    const script = '/dist/lp-schoten.js';
    await import(/* @vite-ignore */ script);
    await waitUntil(() => elements.every((element) => element.hasUpdated), 'not every element took over');
    await Promise.all(elements.map((element) => element.updateComplete));
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    seen.stop();

    expect(seen.frames.length, 'frames seen').to.be.above(1);
    for (const frame of seen.frames) {
      expect(frame.texts, 'the text in every frame').to.deep.equal(texts);
      expect(frame.positions, 'where everything is, in every frame').to.deep.equal(before);
    }
    expect(shifts, 'layout shifts').to.deep.equal([]);
    for (const [index, element] of elements.entries()) {
      expect(element.shadowRoot!.querySelectorAll('.root'), `${name(cases[index])}: one copy of the content`).to.have.length(1);
      expect(structure(element.shadowRoot!), `${name(cases[index])}: the same markup as the snippet`).to.equal(prerendered.get(name(cases[index])));
      await screenshot(element, `${name(cases[index])}-live`);
      const {same, differentPixels, sizes} = await compareScreenshots(`${name(cases[index])}-prerendered`, `${name(cases[index])}-live`);
      expect(same, `${name(cases[index])}: ${differentPixels} pixels differ (${sizes.join(' / ')})`).to.be.true;
    }
  });

  it('then follow the page, <html lang> and their container’s lang, where made to; keep their language where made for one', async () => {
    const fr = await messages('fr');
    const de = await messages('de');
    const en = await messages('en');
    const heading = (element: Element) => textBlocks(element)[0];
    const headingIn = (translations: typeof fr, element: Element) => translations.get(blockIds[element.localName as Tag][0])!.target;
    const followers = elements.filter((_, index) => cases[index].lang === 'nl');
    const keepers = elements.filter((_, index) => cases[index].lang === 'fr');
    document.documentElement.lang = 'de';
    await waitUntil(() => followers.every((element) => heading(element) === headingIn(de, element)), 'the page-lang snippets not in German');
    for (const element of keepers) expect(heading(element), 'a French snippet on a German page').to.equal(headingIn(fr, element));
    document.documentElement.lang = 'nl-BE';
    const [follower, keeper] = [followers[0], keepers[0]];
    follower.parentElement!.lang = 'en';
    keeper.parentElement!.lang = 'en';
    await waitUntil(() => heading(follower) === headingIn(en, follower), 'the page-lang snippet not in English');
    expect(heading(keeper), 'a French snippet in an English container').to.equal(headingIn(fr, keeper));
    expect(keeper.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('fr');
    follower.parentElement!.removeAttribute('lang');
    keeper.parentElement!.removeAttribute('lang');
  });

  it('show the current text in the page’s language when the snippet follows the page, in its own when it keeps one', async () => {
    const source = await sourceText();
    const fr = await messages('fr');
    const following = await snippet('lp-mission', 'fr', 'card', 'page-lang');
    const keeping = await snippet('lp-mission', 'fr', 'card');
    const older = (await snippet('lp-mission', 'nl', 'plain', 'page-lang')).replace('repressie, preventie en nazorg', 'preventie en nazorg');
    const container = document.createElement('div');
    container.setHTMLUnsafe(`${following}${keeping}${older}`);
    document.body.append(container);
    const [fromFollowing, fromKeeping, fromOlder] = container.children as unknown as LpElement[];
    await waitUntil(() => [fromFollowing, fromKeeping, fromOlder].every((element) => element.hasUpdated));
    await Promise.all([fromFollowing, fromKeeping, fromOlder].map((element) => element.updateComplete));
    expect(textBlocks(fromFollowing), 'a French snippet that follows the page, on a Dutch page').to.deep.equal(sourceBlocks('lp-mission', source));
    expect(textBlocks(fromKeeping), 'a French snippet that keeps its language, on a Dutch page').to.deep.equal(blockIds['lp-mission'].map((id) => fr.get(id)!.target));
    expect(textBlocks(fromOlder), 'a snippet of an older text').to.deep.equal(sourceBlocks('lp-mission', source));
    container.remove();
  });
});
