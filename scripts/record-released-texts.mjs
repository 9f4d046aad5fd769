/**
 * Part of `npm run version`, after `changeset version` has set the new version: records the texts this
 * version carries in `.changeset/released-texts.json`, which `npm test` compares the texts with (see
 * test/package/text-changes-have-a-changeset.mjs). Run after `npm run build`.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {zoneTexts} from './zone-texts.mjs';

const root = new URL('../', import.meta.url);
const {version} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const texts = await zoneTexts();
writeFileSync(new URL('.changeset/released-texts.json', root), `${JSON.stringify({version, texts}, null, 2)}\n`);
console.log(`.changeset/released-texts.json: the ${Object.keys(texts).length} texts of version ${version}`);
