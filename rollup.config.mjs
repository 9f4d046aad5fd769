import {resolve as resolvePath} from 'node:path';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The elements' internal members, named for the reader of src/ and shortened in the scripts: protected or
 * internal to the package, never read by a page, and not in the snippets' markup.
 */
const internalMembers = /^(levelInUse|variantInUse|layoutInUse|renderContent|standsIn|firstRenderDue)$/;

/**
 * The scripts partners include, built from the TypeScript compiler's output in `lib/`:
 *
 * - `dist/lp-schoten.js`: one ES module that registers all four elements, with each locale other than
 *   Dutch in a chunk beside it (`lp-schoten-fr.js` ...), loaded relative to the script only when a page
 *   needs it;
 * - `dist/lp-schoten.classic.js`: the same for a CMS that accepts only a plain `<script src>`. A classic
 *   script cannot load chunks, so every locale is inside it;
 * - `dist/ssr.js` and `dist/cli.js`, for Node: the snippet generator (`@lp-schoten/elements/ssr`) and the
 *   `lp-schoten` command, with Lit's server renderer inside, so that they need nothing beyond the package.
 *   They are made from the same minified templates as the scripts, so that a snippet is what the script
 *   renders.
 */
const plugins = ({module}) => [
  resolve({exportConditions: ['production']}),
  // The whitespace of html`` and css`` templates is for reading the source, not for the page.
  minifyHTML(),
  terser({ecma: 2022, module, compress: {passes: 3}, mangle: {properties: {regex: internalMembers}}, format: {comments: false}}),
];

// The classic script's global `LpSchoten` (setLocale, getLocale, the classes). Like the elements, the
// first script on a page keeps it, so that a second copy cannot take `setLocale` away from the first.
const classicEntry = '\0lp-schoten-classic';
const classicGlobal = {
  name: 'lp-schoten-classic-global',
  resolveId: (id) => (id === classicEntry ? id : null),
  load: (id) =>
    id === classicEntry
      ? `import * as api from ${JSON.stringify(resolvePath('lib/lp-schoten.js'))};\nglobalThis.LpSchoten ??= api;`
      : null,
};

export default [
  {
    input: {ssr: 'lib/ssr.js', cli: 'lib/cli.js'},
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'ssr-[name].js',
      banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    },
    external: (id) => id.startsWith('node:'),
    // Lit's DOM shim for Node is compiled TypeScript whose helpers test \`this\` at module level; harmless.
    onwarn: (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning),
    // ssr.js's own template is the host tag of a snippet, with attribute bindings only: nothing to minify.
    plugins: [resolve({exportConditions: ['node', 'production'], preferBuiltins: true}), minifyHTML({exclude: 'lib/ssr.js'})],
  },
  {
    input: {'lp-schoten': 'lib/lp-schoten.js'},
    // Keep the entry the real bundle instead of a stub that re-exports a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'lp-schoten-[name].js',
    },
    plugins: plugins({module: true}),
  },
  {
    input: classicEntry,
    output: {file: 'dist/lp-schoten.classic.js', format: 'iife', inlineDynamicImports: true},
    plugins: [classicGlobal, ...plugins({module: false})],
  },
];
