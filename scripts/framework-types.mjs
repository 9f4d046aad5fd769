/**
 * Part of `npm run build`, after the manifest: what partners' tools need to know the elements, made from
 * the elements' API (scripts/element-api.mjs) so that it never drifts from it.
 *
 * - `lib/frameworks/{react,preact,solid,svelte,vue}.d.ts`: each tag and its attributes, with their accepted
 *   values, added to the framework's own element types (React 19's `react` JSX namespace, Preact's and
 *   Solid's, Svelte 5's `SvelteHTMLElements`, Vue 3's `GlobalComponents`), so that `variant="foo"` fails a
 *   partner's type check;
 * - `dist/vscode.html-custom-data.json`: VS Code's HTML custom data, for completion in HTML files;
 * - `dist/web-types.json`: JetBrains' web types, for completion in WebStorm and the other IDEs.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {elementApi} from './element-api.mjs';

const root = new URL('../', import.meta.url);
const {name, version, description} = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const elements = elementApi();

const doc = (text, indent) => {
  const lines = text.trim().split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
};
const literal = (value) => (typeof value === 'number' ? String(value) : `'${value}'`);

/** An attribute's type where it is written in markup: a number may also come as its digits, as in HTML. */
function attributeType(attribute) {
  if (attribute.boolean) return 'boolean';
  const words = attribute.values.map(literal);
  const digits = attribute.values.filter((value) => typeof value === 'number').map((value) => `'${value}'`);
  return [...words, ...digits].join(' | ');
}

const attributesInterface = (element) =>
  `${doc(`The attributes of \`<${element.tag}>\`.`, '')}export interface ${element.className}Attributes {\n${element.attributes
    .map((attribute) => `${doc(`${attribute.description}${attribute.default ? `\n@default ${attribute.default}` : ''}`, '  ')}  '${attribute.name}'?: ${attributeType(attribute)};\n`)
    .join('')}}\n`;

const header = (framework) => `/**
 * ${name} ${version}: the elements' tags and attributes for ${framework}, made from the package's custom
 * elements manifest. Load it once in a project, for example with \`import type {} from '${name}/${framework.toLowerCase().split(' ')[0]}';\`
 * in a declaration file, or in tsconfig.json's \`compilerOptions.types\`.
 */
`;
const classImports = `import type {${elements.map((element) => element.className).join(', ')}} from '../index.js';\n`;
const entries = (type, indent) => elements.map((element) => `${doc(element.description, indent)}${indent}'${element.tag}': ${type(element)};\n`).join('');

const frameworks = {
  react: `${header('React 19')}import type {DetailedHTMLProps, HTMLAttributes} from 'react';
${classImports}
${elements.map(attributesInterface).join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries((element) => `DetailedHTMLProps<HTMLAttributes<${element.className}>, ${element.className}> & ${element.className}Attributes`, '      ')}    }
  }
}
`,
  preact: `${header('Preact 11')}import type {HTMLAttributes} from 'preact';
${classImports}
${elements.map(attributesInterface).join('\n')}
declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${entries((element) => `HTMLAttributes<${element.className}> & ${element.className}Attributes`, '      ')}    }
  }
}
`,
  solid: `${header('Solid')}import type {JSX} from 'solid-js';
${classImports}
${elements.map(attributesInterface).join('\n')}
declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${entries((element) => `JSX.HTMLAttributes<${element.className}> & ${element.className}Attributes`, '      ')}    }
  }
}
`,
  svelte: `${header('Svelte 5')}import type {HTMLAttributes} from 'svelte/elements';
${classImports}
${elements.map(attributesInterface).join('\n')}
declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${entries((element) => `HTMLAttributes<${element.className}> & ${element.className}Attributes`, '    ')}  }
}
`,
  vue: `${header('Vue 3')}import type {DefineComponent} from 'vue';

${elements.map(attributesInterface).join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${entries((element) => `DefineComponent<${element.className}Attributes>`, '    ')}  }
}
`,
};

mkdirSync(new URL('lib/frameworks/', root), {recursive: true});
for (const [framework, types] of Object.entries(frameworks)) {
  writeFileSync(new URL(`lib/frameworks/${framework}.d.ts`, root), types.replace(/\n{3,}/g, '\n\n'));
}

const htmlValues = (attribute) => (attribute.boolean ? {valueSet: 'v'} : {values: attribute.values.map((value) => ({name: String(value)}))});
const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tag,
    description: element.description,
    attributes: element.attributes.map((attribute) => ({
      name: attribute.name,
      description: `${attribute.description}${attribute.default ? ` Default: ${attribute.default}.` : ''}`,
      ...htmlValues(attribute),
    })),
  })),
};
writeFileSync(new URL('dist/vscode.html-custom-data.json', root), `${JSON.stringify(vscode, null, 2)}\n`);

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name,
  version,
  description,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tag,
        description: element.description,
        source: {module: name, symbol: element.className},
        attributes: element.attributes.map((attribute) => ({
          name: attribute.name,
          description: attribute.description,
          ...(attribute.default ? {default: attribute.default} : {}),
          value: attribute.boolean ? {kind: 'no-value', type: 'boolean'} : {kind: 'plain', type: attribute.values.map(literal).join(' | ')},
          ...(attribute.boolean ? {} : {values: attribute.values.map((value) => ({name: String(value)}))}),
        })),
      })),
    },
  },
};
writeFileSync(new URL('dist/web-types.json', root), `${JSON.stringify(webTypes, null, 2)}\n`);

console.log(`lib/frameworks/: ${Object.keys(frameworks).join(', ')}; dist/vscode.html-custom-data.json and dist/web-types.json: ${elements.length} tags`);
