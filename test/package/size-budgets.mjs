/**
 * The byte budgets of SPEC.md, asserted on the built files (`npm run build` first): the main ES module at
 * most 12 KB gzipped, each other locale's chunk at most 2.5 KB. Sizes are gzip -9 bytes. The classic
 * script carries every locale and has no budget of its own; its size is printed for the record.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url);
const gzipBytes = (name) => gzipSync(readFileSync(new URL(name, dist)), {level: 9}).length;

const localeChunks = readdirSync(dist).filter((name) => /^lp-schoten-[a-z]{2}\.js$/.test(name));
const budgets = [
  {name: 'lp-schoten.js', budget: 12 * 1024},
  ...localeChunks.map((name) => ({name, budget: 2.5 * 1024})),
  {name: 'lp-schoten.classic.js', budget: undefined},
];

let failed = localeChunks.length === 3 ? 0 : 1;
if (failed) console.error(`Expected the locale chunks fr, de and en in dist/, found: ${localeChunks.join(', ') || 'none'}`);
for (const {name, budget} of budgets) {
  const bytes = gzipBytes(name);
  const over = budget !== undefined && bytes > budget;
  if (over) failed++;
  const verdict = budget === undefined ? '(no budget)' : `${over ? 'OVER' : 'within'} budget of ${budget} bytes`;
  console.log(`${over ? '✗' : '✓'} dist/${name}: ${bytes} bytes gzipped, ${verdict}`);
}
console.log(`Size budgets: ${failed === 0 ? 'all within' : `${failed} failed`}`);
process.exitCode = failed === 0 ? 0 : 1;
