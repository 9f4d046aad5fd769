/**
 * The README's rules for what each element shows, as a model the model-based tests compare the page
 * with: the language of where an element stands (its own `lang`, its nearest ancestor's, else the
 * page's: `setLocale()` or `<html lang>`, whichever spoke last), when its texts arrive, and what its
 * attributes ask for, with the fallbacks for invalid values.
 */
import type {Tag} from './helpers.js';

export const locales = ['nl', 'fr', 'de', 'en'] as const;
export type Locale = (typeof locales)[number];
export type TargetLocale = Exclude<Locale, 'nl'>;
export const targetLocales: readonly TargetLocale[] = ['fr', 'de', 'en'];

/** How a language chunk answers: at once, not until the test releases it, or with an error. */
export type ChunkBehaviour = 'served' | 'held' | 'failing';

/** The attributes a test sets on an element, as written (`undefined`: absent). */
export interface Attributes {
  variant?: string;
  'heading-level'?: string;
  'hide-heading'?: string;
  layout?: string;
}
export const attributeNames = ['variant', 'heading-level', 'hide-heading', 'layout'] as const;
export type AttributeName = (typeof attributeNames)[number];

/** A prerendered snippet in place: made in `lang` for the attributes its host was given. */
export interface Snippet {
  lang: Locale;
  attributes: Attributes;
}

export interface ModelElement {
  tag: Tag;
  /** The element's own `lang` (`null`: none). */
  lang: string | null;
  /** Index of the container it stands in. */
  container: number;
  attributes: Attributes;
  /** The snippet it still shows, until its first render. */
  snippet?: Snippet;
  /** The language of its last render; `undefined` before its first. */
  shown?: Locale;
  /** Whether its first render has stopped waiting for its language (the wait ran out, or the load failed). */
  doneWaiting: boolean;
}

/**
 * Containers: 0 and 1 in the body, 2 inside 1, so that an element in 2 has two ancestors that may carry
 * a `lang`.
 */
export const containerParents = [undefined, undefined, 1] as const;

export interface Model {
  htmlLang: string | null;
  /** The tag given to `setLocale()` since `<html lang>` last changed. */
  chosen?: string;
  containerLangs: (string | null)[];
  chunks: Record<TargetLocale, ChunkBehaviour>;
  loaded: Set<Locale>;
  /** Chunks requested and held back. */
  loading: Set<TargetLocale>;
  /** Chunks whose load failed (each attempt warns). */
  failed: Set<TargetLocale>;
  /** What `getLocale()` gives: the page's language as the elements that follow it show it. */
  pageLocale: Locale;
  elements: ModelElement[];
}

/** The supported locale for a language tag, Dutch for any other (as the README says). */
export function supported(languageTag: string): Locale {
  const primary = languageTag.trim().split(/[-_]/)[0].toLowerCase();
  return (locales as readonly string[]).includes(primary) ? (primary as Locale) : 'nl';
}

export const pageLanguage = (model: Model) => model.chosen ?? model.htmlLang ?? '';

/** The language tag of where `element` stands: its own, its nearest ancestor's, else the page's. */
export function languageTagOf(model: Model, element: ModelElement): string {
  if (element.lang !== null) return element.lang;
  for (let container: number | undefined = element.container; container !== undefined; container = containerParents[container]) {
    const lang = model.containerLangs[container];
    if (lang !== null) return lang;
  }
  return pageLanguage(model);
}

export const wantedBy = (model: Model, element: ModelElement) => supported(languageTagOf(model, element));

/** A request for the texts of `locale`, as loading them does: once while one is under way. */
function request(model: Model, locale: Locale): void {
  if (locale === 'nl' || model.loaded.has(locale) || model.loading.has(locale)) return;
  const behaviour = model.chunks[locale];
  if (behaviour === 'served' && !model.failed.has(locale)) model.loaded.add(locale);
  else if (behaviour === 'held') model.loading.add(locale);
  else {
    // Chromium and Firefox keep a chunk that failed as failed for the page's life: a new attempt fails.
    model.failed.add(locale);
    // No use waiting for a language that failed: the first render goes ahead.
    for (const element of model.elements) if (element.shown === undefined && wantedBy(model, element) === locale) element.doneWaiting = true;
  }
}

/** The attributes an element shows, each valid or its default. */
export interface Settings {
  variant: 'plain' | 'card';
  headingLevel: number;
  hideHeading: boolean;
  layout: 'stacked' | 'word';
}

export function settingsOf(attributes: Attributes): Settings {
  const level = attributes['heading-level'];
  const number = level !== undefined && /^\s*\d+\s*$/.test(level) ? Number(level) : NaN;
  return {
    variant: attributes.variant === 'card' ? 'card' : 'plain',
    headingLevel: number >= 1 && number <= 6 ? number : 2,
    hideHeading: attributes['hide-heading'] !== undefined,
    layout: attributes.layout === 'word' ? 'word' : 'stacked',
  };
}

const sameSettings = (a: Attributes, b: Attributes) => JSON.stringify(settingsOf(a)) === JSON.stringify(settingsOf(b));

/** What an element is expected to show: nothing yet, or content in a language with settings. */
export type Expected = {blank: true} | {blank: false; lang: Locale; settings: Settings};

/**
 * Brings the model to rest after an event: every element shows the language it stands in once its
 * texts are loaded; before that, a first render waits (showing nothing, or its snippet), and once the
 * wait is over an element shows the last language it could load (a snippet whose settings still hold
 * stays, showing its own language).
 */
export function settle(model: Model): void {
  const page = supported(pageLanguage(model));
  if (model.loaded.has(page)) model.pageLocale = page;
  for (const element of model.elements) {
    const wanted = wantedBy(model, element);
    if (model.loaded.has(wanted)) {
      element.shown = wanted;
      element.snippet = undefined;
    } else if (element.shown === undefined && element.doneWaiting) {
      const {snippet} = element;
      if (snippet && sameSettings(snippet.attributes, element.attributes)) continue;
      element.shown = snippet && model.loaded.has(snippet.lang) ? snippet.lang : 'nl';
      element.snippet = undefined;
    }
  }
}

export function expected(element: ModelElement): Expected {
  if (element.shown) return {blank: false, lang: element.shown, settings: settingsOf(element.attributes)};
  if (element.snippet) return {blank: false, lang: element.snippet.lang, settings: settingsOf(element.snippet.attributes)};
  return {blank: true};
}

/**
 * A `lang` changed, or `setLocale()` was called: every element and the page look up their language
 * again, and load its texts if they are missing (again, after a failure).
 */
export function languageChanged(model: Model): void {
  for (const element of model.elements) request(model, wantedBy(model, element));
  request(model, supported(pageLanguage(model)));
  settle(model);
}

/** `element` was put in a new place (or in the page for the first time): it looks up its language. */
export function connected(model: Model, element: ModelElement): void {
  request(model, wantedBy(model, element));
  settle(model);
}

/** The held chunk of `locale` arrives. */
export function released(model: Model, locale: TargetLocale): void {
  model.chunks[locale] = 'served';
  if (model.loading.delete(locale)) model.loaded.add(locale);
  settle(model);
}

/** The first render's wait runs out, for every element still waiting. */
export function waitRunsOut(model: Model): void {
  for (const element of model.elements) if (element.shown === undefined) element.doneWaiting = true;
  settle(model);
}
