import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The script partners include: `dist/lp-schoten.js`, one ES module that registers all four elements,
 * with each locale other than Dutch in a chunk beside it, loaded only when a page needs it. Built from
 * the TypeScript compiler's output in `build/`.
 */
export default {
  input: {'lp-schoten': 'build/lp-schoten.js'},
  // Keep the entry the real bundle instead of a stub that re-exports a shared chunk.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'lp-schoten-[name].js',
  },
  plugins: [
    resolve({exportConditions: ['production']}),
    // The whitespace of html`` and css`` templates is for reading the source, not for the page.
    minifyHTML(),
    terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}}),
  ],
};
