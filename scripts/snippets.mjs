/**
 * Writes the prerendered snippets partners paste, for every element, language and variant, made by
 * `renderSnippet` (dist/ssr.js) from the same templates as the script:
 *
 * - `dist/snippets/<tag>.<locale>.<variant>.html`: the finished element (declarative shadow root) that
 *   keeps its language: its tag carries `lang`;
 * - `dist/snippets/page-lang/<tag>.<locale>.<variant>.html`: the same in `<locale>` at first paint, with
 *   no `lang` on its tag, so that the element follows the page's language once the script arrives;
 * - `dist/snippets/light/<tag>.<locale>.<variant>.html`: the light form, the text as plain HTML inside the
 *   tag, which survives sanitizers; it keeps its language too;
 *
 * and `dist/csp-hashes.json`, the `'sha256-…'` of each inline style they hold, for `style-src` (the light
 * form holds none). Other combinations: `npx lp-schoten snippet` or `renderSnippet()`.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {renderSnippet, snippetLocales, snippetStyleHashes, snippetTags} from '../dist/ssr.js';

const dist = new URL('../dist/', import.meta.url);
const kinds = [
  {folder: 'snippets/', options: (locale) => ({lang: locale})},
  {folder: 'snippets/page-lang/', options: (locale) => ({pageLang: locale})},
  {folder: 'snippets/light/', options: (locale) => ({lang: locale, form: 'light'})},
];
let count = 0;
for (const {folder, options} of kinds) {
  mkdirSync(new URL(folder, dist), {recursive: true});
  for (const tag of snippetTags) {
    for (const locale of snippetLocales) {
      for (const variant of ['plain', 'card']) {
        const html = await renderSnippet(tag, {...options(locale), variant});
        writeFileSync(new URL(`${folder}${tag}.${locale}.${variant}.html`, dist), `${html}\n`);
        count++;
      }
    }
  }
}
const hashes = snippetStyleHashes();
writeFileSync(new URL('csp-hashes.json', dist), `${JSON.stringify({'style-src': hashes}, null, 2)}\n`);
console.log(`dist/snippets/: ${count} snippets; dist/csp-hashes.json: style-src ${hashes.join(' ')}`);
