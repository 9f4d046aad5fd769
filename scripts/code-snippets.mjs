/**
 * For Storybook's "Get the code": every combination of element, language (kept, or the page's), form
 * (shadow or light), variant, layout, heading level and hidden heading as a prerendered snippet, made by
 * `renderSnippet` (dist/ssr.js, from `npm run build`) as the `lp-schoten` command would, into
 * stories/generated/snippets/; and the script line's version and integrity, from dist/sri.json, into
 * stories/generated/code.json. Generated, never committed.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {renderSnippet, snippetForms, snippetLocales, snippetTags, textVersion} from '../dist/ssr.js';

const out = new URL('../stories/generated/snippets/', import.meta.url);
rmSync(out, {recursive: true, force: true});
mkdirSync(out, {recursive: true});

/** The file name of one combination; the code builder asks for the same. */
const key = ({tag, locale, language, form, variant, layout, headingLevel, hideHeading}) =>
  [tag, locale, language, form, variant, layout ?? 'any', `h${headingLevel}`, hideHeading ? 'hidden' : 'shown'].join('.');

let count = 0;
for (const tag of snippetTags) {
  for (const layout of tag === 'lp-values-acronym' ? ['stacked', 'word'] : [undefined]) {
    for (const locale of snippetLocales) {
      // `keeps`: the tag carries the language; `page`: it follows the page's once the script arrives.
      for (const language of ['keeps', 'page']) {
        for (const form of snippetForms) {
          for (const variant of ['plain', 'card']) {
            for (const headingLevel of [1, 2, 3, 4, 5, 6]) {
              for (const hideHeading of [false, true]) {
                const chosen = {tag, locale, language, form, variant, layout, headingLevel, hideHeading};
                const options = {...(language === 'keeps' ? {lang: locale} : {pageLang: locale}), form, variant, layout, headingLevel, hideHeading};
                writeFileSync(new URL(`${key(chosen)}.html`, out), await renderSnippet(tag, options));
                count++;
              }
            }
          }
        }
      }
    }
  }
}
const integrity = JSON.parse(readFileSync(new URL('../dist/sri.json', import.meta.url), 'utf8'));
writeFileSync(new URL('../stories/generated/code.json', import.meta.url), `${JSON.stringify({version: textVersion, integrity}, null, 2)}\n`);
console.log(`stories/generated/snippets/: ${count} snippets for the code builder`);
