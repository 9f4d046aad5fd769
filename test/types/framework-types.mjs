/**
 * The framework types a partner's type checker reads (`@lp-schoten/elements/react` and its siblings, made
 * by `npm run build`): for each framework, a file that uses the elements as the README shows must
 * type-check, and a file that gives `variant="foo"` must fail on exactly that. TypeScript checks the React,
 * Preact, Solid and Svelte files, vue-tsc the Vue single-file components; each file imports the package by
 * its name, which resolves to this package's own exports.
 */
import {execFileSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

const here = fileURLToPath(new URL('.', import.meta.url));
const base = {strict: true, noEmit: true, skipLibCheck: false, types: [], module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts']};
const jsx = {
  react: {jsx: ts.JsxEmit.ReactJSX},
  preact: {jsx: ts.JsxEmit.ReactJSX, jsxImportSource: 'preact'},
  solid: {jsx: ts.JsxEmit.Preserve, jsxImportSource: 'solid-js'},
  svelte: {},
};

/** TypeScript's errors for one file, as text. */
function typeErrors(framework, file) {
  const program = ts.createProgram([`${here}${framework}/${file}`], {...base, ...jsx[framework]});
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? `${diagnostic.file.fileName.replace(here, '')}(${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}): ` : '';
    return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
  });
}

/** vue-tsc's errors for the Vue components of one project (a tsconfig of its own), as text. */
function vueErrors(project) {
  try {
    execFileSync(fileURLToPath(new URL('../../node_modules/.bin/vue-tsc', import.meta.url)), ['--noEmit', '-p', `${here}vue/${project}`], {encoding: 'utf8', stdio: 'pipe'});
    return [];
  } catch (error) {
    return `${error.stdout}${error.stderr}`.trim().split('\n').filter(Boolean);
  }
}

const cases = [];
for (const framework of Object.keys(jsx)) {
  for (const file of readdirSync(`${here}${framework}`)) cases.push({framework, file, errors: () => typeErrors(framework, file)});
}
for (const project of readdirSync(`${here}vue`).filter((file) => file.startsWith('tsconfig.'))) {
  cases.push({framework: 'vue', file: project, errors: () => vueErrors(project)});
}

let failed = 0;
for (const {framework, file, errors} of cases) {
  const found = errors();
  // A file whose name says it is wrong must fail on the wrong variant, and on nothing else.
  const mustFail = /wrong/.test(file);
  const ok = mustFail ? found.length > 0 && found.every((error) => /"foo"|'foo'/.test(error)) : found.length === 0;
  if (!ok) failed++;
  console.log(`${ok ? '✓' : '✗'} ${framework}: ${file} ${mustFail ? 'fails on variant="foo"' : 'type-checks'}${ok ? '' : `\n    ${found.join('\n    ') || 'no error'}`}`);
}
console.log(`Framework types: ${cases.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
