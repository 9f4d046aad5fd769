/**
 * Writes `dist/sri.json`: the Subresource Integrity hash (sha384) of each file a page references
 * directly, for the `integrity` attribute of its script tag. The locale chunks are not in it: the
 * module loads them itself with `import()`, which carries no integrity.
 */
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const scripts = ['lp-schoten.js', 'lp-schoten.classic.js'];

const hashes = Object.fromEntries(
  scripts.map((name) => [name, `sha384-${createHash('sha384').update(readFileSync(new URL(name, dist))).digest('base64')}`])
);
writeFileSync(new URL('sri.json', dist), `${JSON.stringify(hashes, null, 2)}\n`);
for (const [name, hash] of Object.entries(hashes)) console.log(`dist/${name}: ${hash}`);
