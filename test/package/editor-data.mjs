/**
 * The editor data in the package (after `npm run build`): VS Code's HTML custom data and JetBrains' web
 * types list exactly the manifest's tags and attributes, with the manifest's descriptions, and the values
 * each attribute accepts are exactly those the elements accept at run time.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

const root = new URL('../../', import.meta.url);
const json = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const pkg = json('package.json');
const manifest = json('custom-elements.json');
const vscode = json(pkg.contributes.html.customData[0]);
const webTypes = json(pkg['web-types']);

// What the elements accept, from the modules that check it.
const {headingLevels, variants, layouts} = await import(new URL('lib/attributes.js', root).href);
const accepted = {'heading-level': headingLevels.map(String), variant: [...variants], layout: [...layouts], 'hide-heading': null};

const described = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((declaration) => ({
    tag: declaration.tagName,
    description: declaration.description,
    attributes: declaration.attributes.map((attribute) => ({name: attribute.name, description: attribute.description, values: accepted[attribute.name]})),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));

const checks = {
  'VS Code custom data': vscode.tags.map((tag) => ({
    tag: tag.name,
    description: tag.description,
    attributes: tag.attributes.map((attribute) => ({
      name: attribute.name,
      description: attribute.description.replace(/ Default: .*\.$/, ''),
      values: attribute.valueSet === 'v' ? null : attribute.values.map((value) => value.name),
    })),
  })),
  'JetBrains web types': webTypes.contributions.html.elements.map((element) => ({
    tag: element.name,
    description: element.description,
    attributes: element.attributes.map((attribute) => ({
      name: attribute.name,
      description: attribute.description,
      values: attribute.value.type === 'boolean' ? null : attribute.values.map((value) => value.name),
    })),
  })),
};

let failed = 0;
for (const [name, listed] of Object.entries(checks)) {
  try {
    assert.deepEqual(listed.sort((a, b) => a.tag.localeCompare(b.tag)), described);
    console.log(`✓ ${name}: the manifest's ${described.length} tags, their attributes and the values they accept`);
  } catch (error) {
    failed++;
    console.log(`✗ ${name}\n    ${error.message.replace(/\n/g, '\n    ')}`);
  }
}
assert.equal(webTypes.version, pkg.version, 'the web types name this version');
console.log(`Editor data: ${Object.keys(checks).length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
