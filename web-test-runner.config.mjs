/**
 * `npm test`'s browser tests: which files, in which browsers, served how. The plugins, middleware, guards
 * and reporters are modules of their own in test/runner/.
 */
import {defaultReporter} from '@web/test-runner';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {closingCounts} from './test/runner/closing-counts.mjs';
import {chromium, firefox, firefoxDarkSystem, firefoxForcedColours} from './test/runner/launchers.mjs';
import {mediaCommands} from './test/runner/media-commands.mjs';
import {noCookiesReceived} from './test/runner/privacy-guard.mjs';
import {servedUnderSnippetPolicy} from './test/runner/snippet-policy.mjs';
import {servedUnderStrictPolicy} from './test/runner/strict-policy.mjs';
import {testCommands} from './test/runner/test-commands.mjs';
import {visualRegression} from './test/runner/visual-regression.mjs';
import {withoutGermanTexts} from './test/runner/without-german.mjs';
import {cmsSanitizers} from './scripts/cms-sanitizers.mjs';
import {snippetIncludes} from './scripts/snippet-includes.mjs';
import {typescript} from './web-dev-server.config.mjs';

// MODE=dev runs the tests against Lit's development build, with its extra warnings.
const mode = process.env.MODE === 'dev' ? 'development' : 'production';

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html', '!test/visual.test.ts'],
  nodeResolve: {exportConditions: [mode]},
  plugins: [typescript, snippetIncludes('/demo/', '/test/pages/prerendered/'), cmsSanitizers('/demo/'), testCommands(), mediaCommands(), a11ySnapshotPlugin(), visualRegression],
  middleware: [noCookiesReceived, withoutGermanTexts, servedUnderStrictPolicy, servedUnderSnippetPolicy],
  browsers: [chromium, firefox],
  // Screenshots against committed baselines: one browser is enough, and fonts render alike run to run.
  // Colours in a dark system and in forced colours: Chromium emulates them per test, Firefox per launch.
  groups: [
    {name: 'visual', files: 'test/visual.test.ts', browsers: [chromium]},
    {name: 'dark-system', files: 'test/colours.test.ts', browsers: [firefoxDarkSystem]},
    {name: 'forced-colours', files: 'test/colours.test.ts', browsers: [firefoxForcedColours]},
  ],
  // The page of every test file declares its language, as a partner page does.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>lp-schoten elements test</title></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), closingCounts()],
};
