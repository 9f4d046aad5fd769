/**
 * Writes the prerendered snippets partners paste: `dist/snippets/<tag>.<locale>.<variant>.html` for every
 * element, language and variant, made by `renderSnippet` (dist/ssr.js) from the same templates as the
 * script; and `dist/csp-hashes.json`, the `'sha256-…'` of each inline style they hold, for `style-src`.
 * Other combinations: `npx lp-schoten snippet` or `renderSnippet()`.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {renderSnippet, snippetLocales, snippetStyleHashes, snippetTags} from '../dist/ssr.js';

const dist = new URL('../dist/', import.meta.url);
mkdirSync(new URL('snippets/', dist), {recursive: true});
let count = 0;
for (const tag of snippetTags) {
  for (const lang of snippetLocales) {
    for (const variant of ['plain', 'card']) {
      writeFileSync(new URL(`snippets/${tag}.${lang}.${variant}.html`, dist), `${await renderSnippet(tag, {lang, variant})}\n`);
      count++;
    }
  }
}
const hashes = snippetStyleHashes();
writeFileSync(new URL('csp-hashes.json', dist), `${JSON.stringify({'style-src': hashes}, null, 2)}\n`);
console.log(`dist/snippets/: ${count} snippets; dist/csp-hashes.json: style-src ${hashes.join(' ')}`);
