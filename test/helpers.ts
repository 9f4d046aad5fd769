/** What a person sees or hears of an element, read from its shadow root. */
import {fixture} from '@open-wc/testing';
import {html, unsafeStatic} from 'lit/static-html.js';
import type {LpElement} from '../src/LpElement.js';

export const tags = ['lp-mission', 'lp-vision-list', 'lp-values-acronym', 'lp-mission-vision-values'] as const;
export type Tag = (typeof tags)[number];

/** The zone's text, block by block, from the copy of its page kept as a test fixture. */
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
}

export async function sourceText(): Promise<SourceText> {
  const text = await (await fetch(new URL('./fixtures/missie-visie-waarden.nl.txt', import.meta.url))).text();
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
  };
}

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

// Collapses white space as a browser displays it: ASCII white space only, so that no-break spaces stay.
const normalized = (text: string | null) => (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');

/** The text of every part matching `selector`, in order, as displayed (whitespace collapsed). */
export const texts = (element: Element, selector: string) =>
  [...element.shadowRoot!.querySelectorAll(selector)].map((node) => normalized(node.textContent));

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
