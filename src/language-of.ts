/**
 * Which language a node is in. Like any HTML element, an element is in the language of its own `lang`,
 * else of its nearest ancestor with `lang` (up through the hosts of shadow trees), else the page's:
 * `<html lang>`, or the language a host chose with `setLocale()` since `<html lang>` last changed. The
 * primary subtag counts (`fr-BE` gives French). All of it is followed live. Whether that language's texts
 * are loaded is texts.ts's business.
 */
import {allLocales, sourceLocale, targetLocales} from './generated/locale-codes.js';
import {hasTexts, loadTexts, type Locale} from './texts.js';

export type {Locale};

const warned = new Set<string>();
const warnOnce = (message: string) => {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
};

/** The supported locale for a language tag (`fr-BE` gives `fr`), or `undefined`. */
export const resolveLocale = (languageTag: string): Locale | undefined => {
  const primary = languageTag.trim().split(/[-_]/)[0].toLowerCase();
  return allLocales.find((locale) => locale === primary);
};

/** The supported locale for `languageTag`; Dutch for an unsupported or empty one, with one warning. */
export function supportedLocale(languageTag: string): Locale {
  const locale = resolveLocale(languageTag);
  if (locale) return locale;
  warnOnce(`lp-schoten: no texts for the language "${languageTag}"; showing Dutch. Supported: ${[sourceLocale, ...targetLocales].join(', ')}.`);
  return sourceLocale;
}

/** Called when the language a node is in may have changed; resolves when the node shows it. */
type LanguageFollower = () => Promise<unknown>;

const followers = new Set<LanguageFollower>();
const watchedRoots = new WeakSet<Node>();

// The language a host chose with setLocale(), until <html lang> changes again.
let localeSetByHost: string | undefined;

// Whether the page's own language is followed yet (from the first element or call on).
let followingPage = false;

// The page's language as elements without a language of their own show it (its texts loaded).
let pageLocale: Locale = sourceLocale;

const pageLanguage = () => localeSetByHost ?? document.documentElement.getAttribute('lang') ?? '';

// Loads the page's language, and reports it once it can be shown, if the page is still in it.
function pageLanguageChanged(): Promise<unknown> {
  const wanted = supportedLocale(pageLanguage());
  if (hasTexts(wanted)) pageLocale = wanted;
  return loadTexts(wanted).then((loaded) => {
    if (loaded && wanted === (resolveLocale(pageLanguage()) ?? sourceLocale)) pageLocale = wanted;
  });
}

function languageChanged(records: MutationRecord[] = []): Promise<unknown> {
  if (records.some((record) => record.target === document.documentElement)) localeSetByHost = undefined;
  return Promise.all([...[...followers].map((follow) => follow()), pageLanguageChanged()]);
}

function followPage(): void {
  watch(document);
  if (followingPage) return;
  followingPage = true;
  void pageLanguageChanged();
}

// Every `lang` in a document or shadow tree on the way up from an element, watched once.
function watch(root: Node): void {
  if (watchedRoots.has(root)) return;
  watchedRoots.add(root);
  new MutationObserver(languageChanged).observe(root, {subtree: true, attributes: true, attributeFilter: ['lang']});
}

/**
 * The language tag of where `element` stands, as HTML defines it: its own `lang`, its nearest
 * ancestor's (up through shadow hosts), else the page's.
 */
export function languageOf(element: Element): string {
  for (let node: Element | undefined = element; node; ) {
    const marked = node.closest('[lang]');
    if (marked && marked !== marked.ownerDocument.documentElement) return marked.getAttribute('lang')!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  const html = element.ownerDocument.documentElement;
  return (html === document.documentElement ? localeSetByHost : undefined) ?? html.getAttribute('lang') ?? '';
}

/**
 * Calls `follow` whenever a `lang` changes that may concern `element` (its own, an ancestor's, the
 * page's) or the host calls `setLocale()`, until the returned function is called. Call it again when the
 * element moves into another tree.
 */
export function followLanguage(element: Element, follow: LanguageFollower): () => void {
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    watch(root);
    if (!(root instanceof ShadowRoot)) break;
  }
  followPage();
  followers.add(follow);
  return () => followers.delete(follow);
}

/** The language of the page, as the elements without a language of their own show it now. */
export function getLocale(): Locale {
  followPage();
  return pageLocale;
}

/**
 * Chooses the page's language (`nl`, `fr`, `de`, `en`, or a tag such as `fr-BE`) in place of `<html
 * lang>`, until `<html lang>` changes again: the elements without a `lang` of their own, or of an
 * ancestor's, speak it. An unsupported or empty tag shows Dutch, with a warning. Resolves when those
 * elements show it; never rejects: if the texts cannot be loaded, they keep their language and a warning
 * says why.
 */
export async function setLocale(languageTag: string): Promise<void> {
  localeSetByHost = languageTag;
  followPage();
  await languageChanged();
}
