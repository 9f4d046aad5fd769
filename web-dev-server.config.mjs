import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {cmsSanitizers} from './scripts/cms-sanitizers.mjs';
import {snippetIncludes} from './scripts/snippet-includes.mjs';

/** Serves the TypeScript sources to the browser as they are: no build step for the demo or the tests. */
export const typescript = esbuildPlugin({
  ts: true,
  target: 'es2022',
  tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
});

/**
 * `npm start`: the demo pages, as partners would embed the elements: from the TypeScript sources, but for
 * the prerendered pages, which show the build's own snippets and script (`npm start` builds first).
 */
export default {
  rootDir: '.',
  nodeResolve: {exportConditions: ['production']},
  plugins: [
    typescript,
    snippetIncludes('/demo/'),
    cmsSanitizers('/demo/'),
    {
      name: 'print-demo-url',
      serverStart({config}) {
        console.log(`lp-schoten demo pages: http://${config.hostname ?? 'localhost'}:${config.port}/demo/`);
      },
    },
  ],
  middleware: [
    (context, next) => {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
};
