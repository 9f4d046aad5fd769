import {resolve as resolvePath} from 'node:path';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The scripts partners include, built from the TypeScript compiler's output in `lib/`:
 *
 * - `dist/lp-schoten.js`: one ES module that registers all four elements, with each locale other than
 *   Dutch in a chunk beside it (`lp-schoten-fr.js` ...), loaded relative to the script only when a page
 *   needs it;
 * - `dist/lp-schoten.classic.js`: the same for a CMS that accepts only a plain `<script src>`. A classic
 *   script cannot load chunks, so every locale is inside it.
 */
const plugins = ({module}) => [
  resolve({exportConditions: ['production']}),
  // The whitespace of html`` and css`` templates is for reading the source, not for the page.
  minifyHTML(),
  terser({ecma: 2022, module, compress: {passes: 2}, format: {comments: false}}),
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
