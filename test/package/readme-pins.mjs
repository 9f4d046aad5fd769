/**
 * The README's pinned script lines work as pasted: they name this version, and their `integrity` is the
 * hash of the file this build makes (`npm run build` first); see scripts/readme-pins.mjs.
 */
import {pinnedReadme, readmeInputs} from '../../scripts/readme-pins.mjs';

const {readme, version, sri} = readmeInputs();
const expected = pinnedReadme(readme, version, sri).split('\n');
const stale = readme.split('\n').flatMap((line, index) => (line === expected[index] ? [] : [`  line ${index + 1}: ${line.trim()}\n     should be: ${expected[index].trim()}`]));
const pinned = readme.match(/integrity="sha384-[^"]+"/g)?.length ?? 0;
if (stale.length) console.error(`README.md's pinned addresses are not this build's (run \`npm run readme:pins\`):\n${stale.join('\n')}`);
console.log(`README pins: ${pinned} pinned script line(s) at ${version}, ${stale.length ? `${stale.length} stale line(s)` : 'each with its hash from dist/sri.json'}`);
process.exitCode = stale.length ? 1 : 0;
