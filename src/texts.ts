/**
 * Whether the texts of a language are loaded, and loading them. Only Dutch is in the main script; each
 * other language is a chunk of its own, fetched once per page however many elements need it.
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

// The texts of each language loaded so far, and each language's load, under way or done.
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

const sourceTextsReady = Promise.resolve(true);

/** Whether the texts of `locale` can be shown now. */
export const hasTexts = (locale: Locale) => locale === sourceLocale || loaded.has(locale);

/**
 * Loads the texts of `locale`, once per page however many elements ask. Resolves to true when they can
 * be shown; to false, after a warning, when they cannot. Never rejects.
 *
 * After a failure, the next call tries again, with a warning of its own: an element that comes into the
 * page or changes language says why it is not in its language. Chromium and Firefox keep a module that
 * failed to load as failed for the page's life (HTML's module map), so there a new attempt fails at once,
 * without a request; a browser that fetches it again shows the language.
 */
export function loadTexts(locale: Locale): Promise<boolean> {
  if (locale === sourceLocale) return sourceTextsReady;
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
            loads.delete(locale);
            console.warn(`lp-schoten: the "${locale}" texts could not be loaded (${error}); the elements keep the language they show.`);
            return false;
          }
        );
    loads.set(locale, load);
  }
  return load;
}
