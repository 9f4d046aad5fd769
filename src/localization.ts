/**
 * The language the elements speak. @lit/localize keeps one locale for the whole page, so the elements
 * follow the page: the primary subtag of `<html lang>`, followed live when it changes. A host may also
 * choose with `setLocale()`; whichever of the two speaks last wins.
 */
import {configureLocalization} from '@lit/localize';
import {allLocales, sourceLocale, targetLocales} from './generated/locale-codes.js';

export type Locale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

// One literal import per locale: bundlers split each into its own chunk, found next to the script.
const loaders = {
  fr: () => import('./generated/locales/fr.js'),
  de: () => import('./generated/locales/de.js'),
  en: () => import('./generated/locales/en.js'),
} satisfies Record<TargetLocale, () => Promise<unknown>>;

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

type Localization = ReturnType<typeof configureLocalization>;
let localization: Localization | undefined;

// Configured on first use, not on import, so that importing a class has no effect on the page.
function configured(): Localization {
  if (!localization) {
    try {
      localization = configureLocalization({
        sourceLocale,
        targetLocales,
        loadLocale: (locale) => loaders[locale as TargetLocale](),
      });
    } catch (error) {
      // @lit/localize can be configured once per page; a host application that shares our copy of it
      // already did. Its configuration then decides, and our texts stay in Dutch.
      console.warn(`lp-schoten: @lit/localize is already configured on this page, so the elements show Dutch. (${error})`);
      localization = {getLocale: () => sourceLocale, setLocale: async () => {}};
    }
  }
  return localization;
}

/** The locale the elements show now. */
export function getLocale(): Locale {
  return configured().getLocale() as Locale;
}

async function show(locale: Locale): Promise<void> {
  const {getLocale: shown, setLocale: load} = configured();
  try {
    await load(locale);
  } catch (error) {
    warnOnce(`lp-schoten: the "${locale}" texts could not be loaded (${error}); the elements stay in "${shown()}".`);
    // @lit/localize keeps treating the failed locale as loading; settle it on the shown one so that a
    // later switch to the failed locale tries again.
    await load(shown()).catch(() => {});
  }
}

/**
 * Shows the elements in the language of `languageTag` (`nl`, `fr`, `de`, `en`, or a tag such as
 * `fr-BE`). An unsupported or empty tag shows Dutch, with a warning. Resolves when the texts are shown;
 * never rejects: if the texts cannot be loaded, the elements keep their language and a warning says why.
 */
export function setLocale(languageTag: string): Promise<void> {
  void followPageLanguage();
  return show(supported(languageTag));
}

function supported(languageTag: string): Locale {
  const locale = resolveLocale(languageTag);
  if (locale) return locale;
  warnOnce(
    `lp-schoten: no texts for the language "${languageTag}"; showing Dutch. Supported: ${[sourceLocale, ...targetLocales].join(', ')}.`
  );
  return sourceLocale;
}

let pageLanguageReady: Promise<void> | undefined;

/**
 * Starts following `<html lang>` (once; called as the first element renders). Resolves when the page's
 * language is shown or has failed to load, or after 3 s on a stalled network: an element then shows
 * what it has, and switches when the texts arrive.
 */
export function followPageLanguage(): Promise<void> {
  if (!pageLanguageReady) {
    const page = document.documentElement;
    const follow = () => show(supported(page.getAttribute('lang') ?? ''));
    new MutationObserver(follow).observe(page, {attributes: true, attributeFilter: ['lang']});
    pageLanguageReady = Promise.race([follow(), new Promise<void>((stalled) => setTimeout(stalled, 3000))]);
  }
  return pageLanguageReady;
}
