/**
 * The language each element speaks. Like any HTML element, an element speaks the language of its own
 * `lang`, else of its nearest ancestor with `lang` (up through the hosts of shadow trees), else the
 * page's: `<html lang>`, or the language a host chose with `setLocale()` since `<html lang>` last changed.
 * The primary subtag counts (`fr-BE` gives French). All of it is followed live.
 *
 * @lit/localize's runtime mode keeps one locale for the whole page. Its reentrant mode asks for the
 * locale at every `msg()` call instead: an element renders inside `inLocale()`, so its texts come from the
 * locale module of its own language, while the XLIFF files and `lit-localize extract` stay as they are.
 */
import type {LocaleModule} from '@lit/localize';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {allLocales, sourceLocale, targetLocales} from './generated/locale-codes.js';

export type Locale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

// One literal import per locale: bundlers split each into its own chunk, found next to the script.
const loaders = {
  fr: () => import('./generated/locales/fr.js'),
  de: () => import('./generated/locales/de.js'),
  en: () => import('./generated/locales/en.js'),
} satisfies Record<TargetLocale, () => Promise<LocaleModule>>;

const warned = new Set<string>();
const warnOnce = (message: string) => {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
};

/** The supported locale for a language tag (`fr-BE` gives `fr`), or `undefined`. */
export function resolveLocale(languageTag: string): Locale | undefined {
  const primary = languageTag.trim().split(/[-_]/)[0].toLowerCase();
  return allLocales.find((locale) => locale === primary);
}

/** The supported locale for `languageTag`; Dutch for an unsupported or empty one, with one warning. */
export function supportedLocale(languageTag: string): Locale {
  const locale = resolveLocale(languageTag);
  if (locale) return locale;
  warnOnce(`lp-schoten: no texts for the language "${languageTag}"; showing Dutch. Supported: ${[sourceLocale, ...targetLocales].join(', ')}.`);
  return sourceLocale;
}

// The locale that msg() answers in: the one of the element rendering now.
let rendering: Locale = sourceLocale;

/** The locale `msg()` answers in now. */
export const localeRendering = () => rendering;

/** What `render` returns, with every `msg()` inside it answering in `locale` (its texts loaded). */
export function inLocale<T>(locale: Locale, render: () => T): T {
  const outer = rendering;
  rendering = locale;
  try {
    return render();
  } finally {
    rendering = outer;
  }
}

// The texts of each language loaded so far, and each language's load: a language's chunk is fetched
// once per page, however many elements speak it.
const loaded = new Map<Locale, LocaleModule>();
const loads = new Map<Locale, Promise<boolean>>();

let canTranslate: boolean | undefined;

// Configured on first use, not on import, so that importing a class has no effect on the page.
function configured(): boolean {
  if (canTranslate === undefined) {
    try {
      configureReentrantLocalization({
        sourceLocale,
        targetLocales: [...targetLocales],
        getLocale: () => rendering,
        loadLocaleSync: (locale) => loaded.get(locale as Locale),
      });
      canTranslate = true;
    } catch (error) {
      // @lit/localize can be configured once per page; a host application that shares our copy of it
      // already did. Its configuration then decides, and our texts stay in Dutch.
      console.warn(`lp-schoten: @lit/localize is already configured on this page, so the elements show Dutch. (${error})`);
      canTranslate = false;
    }
  }
  return canTranslate;
}

const dutch = Promise.resolve(true);

/** Whether the texts of `locale` can be shown now. */
export const hasTexts = (locale: Locale) => locale === sourceLocale || loaded.has(locale);

/**
 * Loads the texts of `locale`. Resolves to true when they can be shown; to false, after a warning, when
 * they cannot (a later call tries again). Never rejects.
 */
export function loadTexts(locale: Locale): Promise<boolean> {
  if (locale === sourceLocale) return dutch;
  let load = loads.get(locale);
  if (!load) {
    load = !configured()
      ? Promise.resolve(false)
      : loaders[locale as TargetLocale]().then(
          (module) => {
            loaded.set(locale, module);
            return true;
          },
          (error) => {
            // One warning per attempt, however many elements wait for it; a later call tries again.
            loads.delete(locale);
            console.warn(`lp-schoten: the "${locale}" texts could not be loaded (${error}); the elements keep the language they show.`);
            return false;
          }
        );
    loads.set(locale, load);
  }
  return load;
}

const patience = new WeakMap<Promise<boolean>, Promise<void>>();

/**
 * Settles 3 s after the texts of `locale` began to load, however many elements ask: how long a first
 * render waits for its language on a stalled network before it shows what it has.
 */
export function patienceFor(locale: Locale): Promise<void> {
  const load = loadTexts(locale);
  let wait = patience.get(load);
  if (!wait) patience.set(load, (wait = new Promise((stalled) => setTimeout(stalled, 3000))));
  return wait;
}

/** Called when the language an element should speak may have changed; resolves when it shows it. */
export type LanguageFollower = () => Promise<unknown>;

const followers = new Set<LanguageFollower>();
const watched = new WeakSet<Node>();

// The language a host chose with setLocale(), until <html lang> changes again.
let chosen: string | undefined;

// The page's language as elements without a language of their own show it (its texts loaded).
let pageLocale: Locale = sourceLocale;

const pageLanguage = () => chosen ?? document.documentElement.getAttribute('lang') ?? '';

function pageLanguageChanged(): Promise<unknown> {
  const wanted = supportedLocale(pageLanguage());
  return loadTexts(wanted).then((shown) => {
    if (shown && wanted === (resolveLocale(pageLanguage()) ?? sourceLocale)) pageLocale = wanted;
  });
}

function languageChanged(records: MutationRecord[] = []): Promise<unknown> {
  if (records.some((record) => record.target === document.documentElement)) chosen = undefined;
  return Promise.all([...[...followers].map((follow) => follow()), pageLanguageChanged()]);
}

// From the first element or call on: the page's language, followed live.
function followPage(): void {
  if (watched.has(document)) return;
  watch(document);
  void pageLanguageChanged();
}

// Every `lang` in a document or shadow tree on the way up from an element, watched once.
function watch(root: Node): void {
  if (watched.has(root)) return;
  watched.add(root);
  new MutationObserver(languageChanged).observe(root, {subtree: true, attributes: true, attributeFilter: ['lang']});
}

/**
 * The language `element` is in, as HTML defines it: its own `lang`, its nearest ancestor's (up through
 * shadow hosts), else the page's.
 */
export function languageOf(element: Element): string {
  for (let node: Element | undefined = element; node; ) {
    const marked = node.closest('[lang]');
    if (marked && marked !== marked.ownerDocument.documentElement) return marked.getAttribute('lang')!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  const html = element.ownerDocument.documentElement;
  return (html === document.documentElement ? chosen : undefined) ?? html.getAttribute('lang') ?? '';
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
  watch(document);
  chosen = languageTag;
  await languageChanged();
}
