/**
 * `npm test`'s browser tests: which files, in which browsers, served how. The plugins, middleware, guards
 * and reporters are modules of their own in test/runner/.
 */
import {defaultReporter} from '@web/test-runner';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {closingCounts} from './test/runner/closing-counts.mjs';
import {heldLocaleChunks, heldLocaleCommands} from './test/runner/held-locales.mjs';
import {chromium, firefox, firefoxDarkSystem, firefoxForcedColours, webkit, webkitDarkSystem} from './test/runner/launchers.mjs';
import {mediaCommands} from './test/runner/media-commands.mjs';
import {noCookiesReceived} from './test/runner/privacy-guard.mjs';
import {snippetCommand} from './test/runner/snippet-command.mjs';
import {servedUnderSnippetPolicy} from './test/runner/snippet-policy.mjs';
import {servedUnderStrictPolicy} from './test/runner/strict-policy.mjs';
import {testCommands} from './test/runner/test-commands.mjs';
import {reportUncaughtErrors} from './test/runner/uncaught-errors.mjs';
import {visualRegression} from './test/runner/visual-regression.mjs';
import {withoutGermanTexts} from './test/runner/without-german.mjs';
import {cmsSanitizers} from './scripts/cms-sanitizers.mjs';
import {snippetIncludes} from './scripts/snippet-includes.mjs';
import {typescript} from './web-dev-server.config.mjs';

reportUncaughtErrors();

// MODE=dev runs the tests against Lit's development build, with its extra warnings.
const mode = process.env.MODE === 'dev' ? 'development' : 'production';

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html', '!test/visual.test.ts'],
  nodeResolve: {exportConditions: [mode]},
  plugins: [typescript, snippetIncludes('/demo/', '/test/pages/prerendered/'), cmsSanitizers('/demo/'), testCommands(), mediaCommands(), heldLocaleCommands(), snippetCommand(), a11ySnapshotPlugin(), visualRegression],
  middleware: [noCookiesReceived, withoutGermanTexts, heldLocaleChunks, servedUnderStrictPolicy, servedUnderSnippetPolicy],
  browsers: [chromium, firefox, webkit],
  // WebKit runs one file at a time from start to end of the run, beside the other two browsers; the other
  // launches (dark system, forced colours) take turns after.
  concurrentBrowsers: 3,
  // Screenshots against committed baselines, one set per engine that takes them: Chromium, and WebKit,
  // which draws text and breaks words its own way.
  // Colours in a dark system and in forced colours: Chromium emulates them per test, Firefox and WebKit per
  // launch (WebKit has no forced colours).
  groups: [
    {name: 'visual', files: 'test/visual.test.ts', browsers: [chromium, webkit]},
    {name: 'dark-system', files: 'test/colours.test.ts', browsers: [firefoxDarkSystem, webkitDarkSystem]},
    {name: 'dark-system-look', files: 'test/visual.test.ts', browsers: [webkitDarkSystem]},
    {name: 'forced-colours', files: 'test/colours.test.ts', browsers: [firefoxForcedColours]},
  ],
  // The page of every test file declares its language, as a partner page does.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>lp-schoten elements test</title></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  // A ceiling for a test that hangs, not a measure: WebKit captures each screenshot as a whole viewport through
  // WebDriver, and a test of seventeen screenshots takes many seconds on a busy machine.
  testFramework: {config: {timeout: 60000}},
  reporters: [defaultReporter(), closingCounts()],
};
