/**
 * The README's pinned addresses, kept true: every `@lp-schoten/elements@<version>` and self-hosted
 * `/lp-schoten/<version>/` names package.json's version, and the `integrity` beside a pinned script is that
 * script's hash from `dist/sri.json` (`npm run build` first). `npm run readme:pins` writes them in;
 * `npm test` fails when they differ (test/package/readme-pins.mjs).
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = new URL('../', import.meta.url);

/** The README with this version and these hashes in its pinned addresses. */
export function pinnedReadme(readme, version, sri) {
  return readme
    .replace(/(@lp-schoten\/elements@)\d+\.\d+\.\d+(?=\/)/g, `$1${version}`)
    .replace(/(\/lp-schoten\/)\d+\.\d+\.\d+(?=\/)/g, `$1${version}`)
    .replace(/(\/dist\/(lp-schoten(?:\.classic)?\.js)"\s+integrity=")[^"]*"/g, (match, before, file) => `${before}${sri[file]}"`);
}

export const readmeInputs = () => ({
  readme: readFileSync(new URL('README.md', root), 'utf8'),
  version: JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version,
  sri: JSON.parse(readFileSync(new URL('dist/sri.json', root), 'utf8')),
});

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {readme, version, sri} = readmeInputs();
  writeFileSync(new URL('README.md', root), pinnedReadme(readme, version, sri));
  console.log(`README.md: pinned addresses at ${version}, with the hashes of dist/sri.json`);
}
