/** What a person sees or hears of an element, read from its shadow root. */
import {expect, fixture} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {html, unsafeStatic} from 'lit/static-html.js';
import type {LpElement} from '../src/LpElement.js';

export const tags = ['lp-mission', 'lp-vision-list', 'lp-values-acronym', 'lp-mission-vision-values'] as const;
export type Tag = (typeof tags)[number];

/** A proposed value: its Dutch word and the sentence that explains it. */
export interface ProposedValue {
  word: string;
  sentence: string;
}

/**
 * The zone's text, block by block, from the copy of its page kept as a test fixture, and the proposed
 * values as the zone's reviewers were shown them (one `word: sentence` line each, in the order of SCHOTEN).
 */
export interface SourceText {
  title: string;
  introduction: string;
  missionHeading: string;
  mission: string;
  visionHeading: string;
  vision: string;
  visionPoints: string[];
  valuesHeading: string;
  valuesIntroduction: string;
  values: ProposedValue[];
}

const fixtureText = async (name: string) => (await fetch(new URL(`./fixtures/${name}`, import.meta.url))).text();

export async function sourceText(): Promise<SourceText> {
  const [text, values] = await Promise.all([fixtureText('missie-visie-waarden.nl.txt'), fixtureText('values.nl.txt')]);
  const blocks = text.trim().split(/\n\s*\n/);
  const [title, introduction, missionHeading, mission, visionHeading, vision, points, valuesHeading, valuesIntroduction] =
    blocks;
  return {
    title,
    introduction,
    missionHeading,
    mission,
    visionHeading,
    vision,
    visionPoints: points.split('\n').map((line) => line.replace(/^\s*•\s*/, '')),
    valuesHeading,
    valuesIntroduction,
    values: values
      .trim()
      .split('\n')
      .map((line) => {
        const [, word, sentence] = line.match(/^(.+?): (.+)$/)!;
        return {word, sentence};
      }),
  };
}

/**
 * Whether the test runs in WebKit (Debian's WebKitGTK, Safari's engine), whose WebDriver can neither emulate
 * a system setting per page nor print: the tests say there what they cannot check, and why.
 */
export const inWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);

/** Renders `<tag attributes>` into the page and waits for it to render. */
export function render<T extends LpElement = LpElement>(tag: Tag, attributes = ''): Promise<T> {
  return fixture<T>(html`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`);
}

/** Renders `<tag attributes>` inside a container `width` CSS pixels wide, as in a page's column or sidebar. */
export async function renderIn<T extends LpElement = LpElement>(width: number, tag: Tag, attributes = ''): Promise<T> {
  const container = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}></div>`
  );
  const element = container.firstElementChild as T;
  await element.updateComplete;
  return element;
}

/** `text` as it is read and copied: whole words, without the soft hyphens that mark where a word may break. */
export const wholeWords = (text: string) => text.replaceAll('\u00AD', '');

// Collapses white space as a browser displays it: ASCII white space only, so that no-break spaces stay.
const normalized = (text: string | null) => (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');

/** The text `element` shows on screen, in order, whitespace collapsed: what a sighted reader reads. */
export const shownText = (element: HTMLElement) => normalized(element.innerText);

/** The text of every part matching `selector`, in order, as displayed (whitespace collapsed). */
export const texts = (element: Element, selector: string) =>
  [...element.shadowRoot!.querySelectorAll(selector)].map((node) => normalized(node.textContent));

/** The values `element` shows: each Dutch value word as read and copied, and its sentence. */
export function shownValues(element: Element): ProposedValue[] {
  const words = texts(element, '.value-word');
  return texts(element, 'dd').map((sentence, index) => ({word: words[index], sentence}));
}

/** The variant `element` shows: a card has a border, the plain variant none. */
export const shownVariant = (element: Element) =>
  getComputedStyle(element.shadowRoot!.querySelector('.root')!).borderTopStyle === 'solid' ? 'card' : 'plain';

/** The layout the values of `element` are in (`stacked` or `word`). */
export const valuesLayout = (element: Element) => element.shadowRoot!.querySelector('.acronym')!.className.replace(/^acronym layout-/, '');

/** The heading outline: level and text of each heading, in order. */
export const outline = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (heading) => `h${heading.localName[1]} ${normalized(heading.textContent)}`
  );

/** The headings, paragraphs and list items, in order: the blocks of text a reader goes through. */
export const textBlocks = (element: Element) => texts(element, 'h1, h2, h3, h4, h5, h6, p[part~="text"], li');

/** The text a screen reader gets from `node`: aria-hidden and undisplayed parts left out. */
export function spokenText(node: Node): string {
  const spoken = (current: Node): string => {
    if (current.nodeType === Node.TEXT_NODE) return current.textContent ?? '';
    if (!(current instanceof Element)) return '';
    const {display} = getComputedStyle(current);
    if (current.getAttribute('aria-hidden') === 'true' || display === 'none') return '';
    const children = current.shadowRoot ? current.shadowRoot.childNodes : current.childNodes;
    const text = [...children].map(spoken).join('');
    return display.startsWith('inline') ? text : ` ${text} `;
  };
  return normalized(spoken(node));
}

/** Records console warnings until `restore()`. */
export function recordWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  return {warnings, restore: () => (console.warn = original)};
}

/** The messages of a locale's XLIFF file: id to translation (`target`) and Dutch (`source`). */
export async function messages(locale: string) {
  const xliff = await (await fetch(new URL(`../locales/${locale}.xlf`, import.meta.url))).text();
  const units = new DOMParser().parseFromString(xliff, 'application/xml').querySelectorAll('trans-unit');
  return new Map(
    [...units].map((unit) => [
      unit.id,
      {source: unit.querySelector('source')!.textContent!, target: unit.querySelector('target')!.textContent!},
    ])
  );
}

/** The ids of the messages an element shows as headings, paragraphs and list items, in order. */
export const blockIds: Record<Tag, string[]> = {
  'lp-mission': ['mission.heading', 'mission.body'],
  'lp-vision-list': [
    'vision.heading',
    'vision.introduction',
    'vision.point.partners',
    'vision.point.facets',
    'vision.point.plans',
    'vision.point.neighbourhood',
    'vision.point.accountability',
  ],
  'lp-values-acronym': ['values.heading', 'values.introduction'],
  'lp-mission-vision-values': [],
};
blockIds['lp-mission-vision-values'] = [
  'page.title',
  'page.introduction',
  ...blockIds['lp-mission'],
  ...blockIds['lp-vision-list'],
  ...blockIds['lp-values-acronym'],
];

/** `value` as it may stand between the double quotes of an attribute in HTML. */
export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Every computed style of every element in `element`'s shadow tree, by element and property. The host's
 * own custom properties are left out: every element inherits them, and only `--lp-*` ones are read.
 */
export function shadowStyles(element: Element): Map<string, string> {
  return computedStyles(element.shadowRoot!.querySelectorAll('*'));
}

/** Every computed style of `nodes`, by element and property (custom properties only if `--lp-*` or `--_*`). */
export function computedStyles(nodes: Iterable<Element>): Map<string, string> {
  const styles = new Map<string, string>();
  for (const [index, node] of [...nodes].entries()) {
    const style = getComputedStyle(node);
    const name = `${index} ${node.localName}${[...node.classList].map((name) => `.${name}`).join('')}`;
    for (const property of style) {
      if (property.startsWith('--') && !/^--(lp-|_)/.test(property)) continue;
      styles.set(`${name} ${property}`, style.getPropertyValue(property));
    }
  }
  return styles;
}

/** What differs between two sets of styles, one `element property: before -> after` line each. */
export function changedStyles(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key)).map((key) => `${key}: ${before.get(key)} -> ${after.get(key)}`);
}

declare global {
  interface Window {
    __lpScreenshotTargets?: Record<string, Element>;
  }
}

/** Runs the server command `command` on `element`, which it finds by `id` in `window.__lpScreenshotTargets`. */
async function withTarget<T>(element: Element, id: string, command: string, payload: object): Promise<T> {
  window.__lpScreenshotTargets = {...window.__lpScreenshotTargets, [id]: element};
  try {
    return await executeServerCommand<T, object>(command, {id, ...payload});
  } finally {
    delete window.__lpScreenshotTargets[id];
  }
}

/** Captures how `element` looks now (a screenshot in the browser running the test), kept under `name`. */
export async function screenshot(element: Element, name: string): Promise<void> {
  await withTarget(element, name, 'screenshot', {name});
}

/** How `element` looks now, pixel for pixel: `pixel(x, y)` is `[r, g, b, a]` at that device pixel of its box. */
export async function pixelsOf(element: Element) {
  const {width, height, rgba} = await withTarget<{width: number; height: number; rgba: string}>(element, 'pixels', 'screenshot-pixels', {});
  const bytes = Uint8Array.from(atob(rgba), (char) => char.charCodeAt(0));
  const pixel = (x: number, y: number) => [...bytes.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)];
  return {width, height, pixel};
}

/** Whether the screenshots `first` and `second` are identical, pixel for pixel. */
export const compareScreenshots = (first: string, second: string) =>
  executeServerCommand<{same: boolean; sizes: string[]; differentPixels: number}, {names: string[]}>('compare-screenshots', {
    names: [first, second],
  });

/** The URL of every request this page made since the last call, recorded by the browser driver. */
const networkRequests = () => executeServerCommand<string[], undefined>('network-requests');

/**
 * The requests the browser driver reports until it has reported none for a while: its reports travel apart
 * from the page's own messages, and may arrive after the page has used what it fetched.
 */
export async function requestsUntilQuiet() {
  const requests: string[] = [];
  for (let quietRounds = 0; quietRounds < 3; ) {
    await new Promise((done) => setTimeout(done, 100));
    const more = await networkRequests();
    requests.push(...more);
    quietRounds = more.length === 0 ? quietRounds + 1 : 0;
  }
  return requests;
}

/**
 * Asserts that the page of `view` keeps no trace of the elements: no cookie, nothing in local or session
 * storage, no IndexedDB database, no cache, no service worker; and that every resource it loaded came
 * from the test server.
 */
export async function expectNoTrace(view: Window = window): Promise<void> {
  const {document, localStorage, sessionStorage, indexedDB, caches, navigator, location} = view;
  expect(document.cookie, 'cookies').to.equal('');
  expect(localStorage.length, 'local storage').to.equal(0);
  expect(sessionStorage.length, 'session storage').to.equal(0);
  if (indexedDB.databases) expect(await indexedDB.databases(), 'IndexedDB').to.deep.equal([]);
  if (caches) expect(await caches.keys(), 'cache storage').to.deep.equal([]);
  if (navigator.serviceWorker) expect(await navigator.serviceWorker.getRegistrations(), 'service workers').to.deep.equal([]);
  const elsewhere = view.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin !== location.origin);
  expect(elsewhere, 'resources from elsewhere').to.deep.equal([]);
}

/** The Dutch text blocks of `tag` (headings, paragraphs, list items), from the zone's own text. */
export function sourceBlocks(tag: Tag, source: SourceText): string[] {
  const mission = [source.missionHeading, source.mission];
  const vision = [source.visionHeading, source.vision, ...source.visionPoints];
  const values = [source.valuesHeading, source.valuesIntroduction];
  const blocks: Record<Tag, string[]> = {
    'lp-mission': mission,
    'lp-vision-list': vision,
    'lp-values-acronym': values,
    'lp-mission-vision-values': [source.title, source.introduction, ...mission, ...vision, ...values],
  };
  return blocks[tag];
}

/** The proposed values `tag` shows in Dutch: all seven for the elements with the values, else none. */
export const sourceValues = (tag: Tag, source: SourceText): ProposedValue[] =>
  tag === 'lp-values-acronym' || tag === 'lp-mission-vision-values' ? source.values : [];

/** What `tag` shows in `lang`, block by block: the zone's own text in Dutch, the XLIFF translations otherwise. */
export async function blocksIn(tag: Tag, lang: string): Promise<string[]> {
  if (lang === 'nl') return sourceBlocks(tag, await sourceText());
  const translations = await messages(lang);
  return blockIds[tag].map((id) => translations.get(id)!.target);
}

/**
 * The build's prerendered snippet of `tag` (from `npm run build`): by default the one that keeps its
 * language (dist/snippets/); `page-lang`, the one that follows the page's (dist/snippets/page-lang/);
 * `light`, the light form, which keeps its language (dist/snippets/light/).
 */
export const snippet = async (tag: Tag, lang: string, variant: string, kind?: 'page-lang' | 'light') =>
  (await (await fetch(`/dist/snippets/${kind ? `${kind}/` : ''}${tag}.${lang}.${variant}.html`)).text()).trim();

/** Each value `tag` shows in `lang`, as `[term, description]`: the Dutch word, and outside Dutch its translation. */
export async function valuesIn(tag: Tag, lang: string): Promise<[string, string][]> {
  const source = await sourceText();
  const values = sourceValues(tag, source);
  if (lang === 'nl') return values.map(({word, sentence}) => [word, sentence]);
  const translations = await messages(lang);
  const text = (letter: string, what: string) => translations.get(`value.${letter.toLowerCase()}.${what}`)!.target;
  return values.map(({word}) => [`${word} (${wholeWords(text(word[0], 'name'))})`, text(word[0], 'explanation')]);
}
