/**
 * For Storybook's "Get the code": every combination of element, language, variant, layout, heading level
 * and hidden heading as a prerendered snippet, made by `renderSnippet` (dist/ssr.js, from `npm run
 * build`) as the `lp-schoten` command would, into stories/generated/snippets/; and the script line's
 * version and integrity, from dist/sri.json, into stories/generated/code.json. Generated, never committed.
 */
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {renderSnippet, snippetLocales, snippetTags, textVersion} from '../dist/ssr.js';

const out = new URL('../stories/generated/snippets/', import.meta.url);
rmSync(out, {recursive: true, force: true});
mkdirSync(out, {recursive: true});

/** The file name of one combination; the code builder asks for the same. */
const key = ({tag, lang, variant, layout, headingLevel, hideHeading}) =>
  [tag, lang, variant, layout ?? 'any', `h${headingLevel}`, hideHeading ? 'hidden' : 'shown'].join('.');

let count = 0;
for (const tag of snippetTags) {
  for (const layout of tag === 'lp-values-acronym' ? ['stacked', 'word'] : [undefined]) {
    for (const lang of snippetLocales) {
      for (const variant of ['plain', 'card']) {
        for (const headingLevel of [1, 2, 3, 4, 5, 6]) {
          for (const hideHeading of [false, true]) {
            const options = {lang, variant, layout, headingLevel, hideHeading};
            writeFileSync(new URL(`${key({tag, ...options})}.html`, out), await renderSnippet(tag, options));
            count++;
          }
        }
      }
    }
  }
}
const integrity = JSON.parse(readFileSync(new URL('../dist/sri.json', import.meta.url), 'utf8'));
writeFileSync(new URL('../stories/generated/code.json', import.meta.url), `${JSON.stringify({version: textVersion, integrity}, null, 2)}\n`);
console.log(`stories/generated/snippets/: ${count} snippets for the code builder`);
