import {defaultReporter} from '@web/test-runner';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {typescript} from './web-dev-server.config.mjs';

// Debian's browsers: nothing here downloads a browser of its own.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Chromium runs as root here, and must not reach for hosts outside this machine.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Closes the run with one count per browser and a total, e.g. "Firefox: 108 passed, 0 failed". */
function closingCounts() {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  };
  const line = (name, {passed, failed, skipped}) => `${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`;
  let closing = '';
  return {
    onTestRunFinished({sessions}) {
      const perBrowser = new Map();
      const total = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        const totals = perBrowser.get(session.browser.name) ?? {passed: 0, failed: 0, skipped: 0};
        perBrowser.set(session.browser.name, count(session.testResults, totals));
        // A file that failed to load has no results: count it as a failure.
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) totals.failed++;
      }
      for (const totals of perBrowser.values()) for (const key in total) total[key] += totals[key];
      closing = [...[...perBrowser].map(([name, totals]) => line(name, totals)), line('Total', total)].join('\n');
    },
    // Written as the process exits, after the runner's own terminal display has let go of the output.
    stop() {
      process.once('exit', () => closing && process.stdout.write(`${closing}\n`));
    },
  };
}

/**
 * Serves the project a second time under /without-german/, where the German texts are missing, for the
 * test of a locale chunk that fails to load. Relative imports stay under the prefix; Lit is shared.
 */
function withoutGermanTexts(context, next) {
  if (!context.path.startsWith('/without-german/')) return next();
  if (/\/generated\/locales\/de\.(js|ts)$/.test(context.path)) {
    context.status = 404;
    return undefined;
  }
  context.url = context.url.slice('/without-german'.length);
  return next();
}

// MODE=dev runs the tests against Lit's development build, with its extra warnings.
const mode = process.env.MODE === 'dev' ? 'development' : 'production';

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: {exportConditions: [mode]},
  plugins: [typescript],
  middleware: [withoutGermanTexts],
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {browser: 'chrome', executablePath: chromiumPath, headless: true, args: chromiumArgs},
    }),
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true},
    }),
  ],
  // The page of every test file declares its language, as a partner page does.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>lp-schoten elements test</title></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), closingCounts()],
};
