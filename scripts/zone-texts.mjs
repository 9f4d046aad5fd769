/**
 * Every text the elements show, in every language, read from the built modules (`npm run build` first):
 * the Dutch from `lib/content.js`, the translations through @lit/localize from the generated locale
 * modules. A flat object `{"<locale> <path>": text}`, such as `"fr missionTexts.heading"`, so that two
 * releases' texts can be compared line by line.
 */
import {configureLocalization} from '@lit/localize';

const lib = new URL('../lib/', import.meta.url);
const content = await import(new URL('content.js', lib).href);
const {sourceLocale, targetLocales} = await import(new URL('generated/locale-codes.js', lib).href);

// @lit/localize announces each change of language on `window`; in Node, nobody listens.
globalThis.window ??= new EventTarget();
const {setLocale} = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(new URL(`generated/locales/${locale}.js`, lib).href),
});

function flatten(prefix, value, into) {
  if (typeof value === 'string') into[prefix] = value;
  else for (const [key, inner] of Object.entries(value)) flatten(`${prefix}.${key}`, inner, into);
}

/** The texts of one language, keyed by where they come from in `src/content.ts`. */
async function textsIn(locale) {
  await setLocale(locale);
  const texts = {};
  for (const [name, exported] of Object.entries(content)) {
    if (name.endsWith('Texts') && typeof exported === 'function') flatten(name, exported(), texts);
  }
  for (const value of content.zoneValues) {
    const at = `zoneValues.${value.word}`;
    texts[`${at}.word`] = value.word;
    texts[`${at}.name`] = value.name();
    texts[`${at}.explanation`] = value.explanation();
  }
  return texts;
}

export async function zoneTexts() {
  const all = {};
  for (const locale of [sourceLocale, ...targetLocales]) {
    for (const [path, text] of Object.entries(await textsIn(locale))) all[`${locale} ${path}`] = text;
  }
  return all;
}
