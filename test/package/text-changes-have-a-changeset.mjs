/**
 * A change to the zone's text or to a value is a minor release, and its changelog entry quotes the change
 * (CONTRIBUTING.md, "Releases"). This compares every text the elements show, in every language (after
 * `npm run build`), with the texts of the last release (`.changeset/released-texts.json`), and fails when
 * one changed while no pending changeset is a minor or major release that quotes it.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {zoneTexts} from '../../scripts/zone-texts.mjs';

const root = new URL('../../', import.meta.url);
const changesets = new URL('.changeset/', root);
const {name, version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const released = JSON.parse(readFileSync(new URL('released-texts.json', changesets), 'utf8'));

// A soft hyphen only says where a word may break: moving one changes no word.
const words = (text) => (text ?? '').replaceAll('\u00AD', '').replace(/\s+/g, ' ').trim();

/** The pending changesets: each `.changeset/*.md` but the README, with its bump for this package and its text. */
const pending = readdirSync(changesets)
  .filter((file) => file.endsWith('.md') && file !== 'README.md')
  .map((file) => {
    const [, front = '', summary = ''] = readFileSync(new URL(file, changesets), 'utf8').match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/) ?? [];
    const bump = front.match(new RegExp(`["']?${name.replace('/', '\\/')}["']?\\s*:\\s*(major|minor|patch)`))?.[1];
    return {file, bump, summary: words(summary)};
  });

const problems = [];
if (released.version !== version) {
  problems.push(`.changeset/released-texts.json records version ${released.version}, package.json says ${version}: run \`npm run version\` to release, never set the version by hand.`);
}

const current = await zoneTexts();
const changed = [...new Set([...Object.keys(released.texts), ...Object.keys(current)])]
  .filter((key) => words(released.texts[key]) !== words(current[key]))
  .map((key) => ({key, before: released.texts[key], after: current[key]}));

const textReleases = pending.filter(({bump}) => bump === 'minor' || bump === 'major');
for (const {key, before, after} of changed) {
  const quoted = after === undefined || textReleases.some(({summary}) => summary.includes(words(after)));
  if (textReleases.length === 0 || !quoted) {
    problems.push(
      `${key} changed since ${released.version}, and no pending minor or major changeset quotes it:\n    was: ${before === undefined ? '(none)' : JSON.stringify(words(before))}\n    now: ${after === undefined ? '(removed)' : JSON.stringify(words(after))}`
    );
  }
}
for (const {file, bump} of pending) {
  if (!bump) problems.push(`.changeset/${file} names no release of ${name} (major, minor or patch).`);
}

for (const problem of problems) console.error(`✗ ${problem}`);
if (problems.length) {
  console.error('A text change needs `npx changeset` (minor) with the new text quoted in its summary; see CONTRIBUTING.md, "Releases".');
}
console.log(
  `Text changes: ${changed.length} of ${Object.keys(current).length} texts changed since ${released.version}, ${pending.length} pending changeset(s), ${problems.length ? `${problems.length} problem(s)` : 'all accounted for'}`
);
process.exitCode = problems.length ? 1 : 0;
