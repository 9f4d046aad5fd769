import {mkdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';
import {chromiumArgs, chromiumPath, firefoxPath} from './test/support/browsers.mjs';
import {typescript} from './web-dev-server.config.mjs';

// pngjs comes with the visual regression plugin.
const {PNG} = createRequire(import.meta.resolve('@web/test-runner-visual-regression/plugin'))('pngjs');

// For the figures of the 1,000-instance test: an exact JS heap size, and a garbage collection first.
const measuringArgs = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];

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
      closing = [...[...perBrowser].map(([name, totals]) => line(name, totals)), line('Total', total), privacyLine()].join('\n');
    },
    // Written as the process exits, after the runner's own terminal display has let go of the output.
    stop() {
      process.once('exit', () => {
        if (closing) process.stdout.write(`${closing}\n`);
        if (privacyBreached()) process.exitCode = 1;
      });
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

/**
 * The Content Security Policy the README asks partners for: nothing inline, no eval, Trusted Types
 * enforced, and only Lit's "lit-html" policy allowed. Served on every page under /test/pages/strict/;
 * test/strict-policy.test.ts checks that it is the one the README documents.
 */
export const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

async function servedUnderStrictPolicy(context, next) {
  await next();
  if (context.path.startsWith('/test/pages/strict/')) context.set('Content-Security-Policy', strictPolicy);
}

/**
 * The privacy guard, over every test page in both browsers: each request a page makes is recorded, and
 * the run fails if one leaves the test server or carries a cookie. `network-requests` gives a test the
 * requests of its own page since it last asked.
 */
const requestsOutside = new Set();
const cookiesSent = new Set();
const pageRequests = new WeakMap();
let requestCount = 0;
const onTestServer = (url) => /^(https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:|about:)/.test(url);

async function recordingRequests({context}) {
  const page = await context.newPage();
  pageRequests.set(page, []);
  page.on('request', (request) => {
    requestCount++;
    const url = request.url();
    pageRequests.get(page).push(url);
    if (!onTestServer(url)) requestsOutside.add(url);
  });
  return page;
}

async function noCookiesReceived(context, next) {
  const cookie = context.get('cookie');
  if (cookie) cookiesSent.add(`${cookie} (sent with ${context.path})`);
  return next();
}

const privacyBreached = () => requestsOutside.size > 0 || cookiesSent.size > 0;
function privacyLine() {
  if (!privacyBreached()) return `Privacy: ${requestCount} requests from the test pages, none outside the test server, no cookie.`;
  return [
    'Privacy: FAILED',
    ...[...requestsOutside].map((url) => `  request outside the test server: ${url}`),
    ...[...cookiesSent].map((cookie) => `  cookie: ${cookie}`),
  ].join('\n');
}

/**
 * Commands for the tests in the browser: `network-requests` (see above), and `screenshot` and
 * `compare-screenshots`, which compare two looks of an element pixel for pixel in either browser. The
 * element to capture is found in `window.__lpScreenshotTargets`, by id; the images stay on the server.
 */
const screenshotsDir = 'test/screenshots';
function testCommands() {
  const screenshots = new Map();
  const key = (session, name) => `${session.id} ${name}`;
  return {
    name: 'lp-test-commands',
    async executeCommand({command, session, payload}) {
      if (command === 'network-requests') {
        const page = session.browser.getPage(session.id);
        const requests = pageRequests.get(page) ?? [];
        pageRequests.set(page, []);
        return requests;
      }
      if (command === 'screenshot') {
        const page = session.browser.getPage(session.id);
        const handle = await page.evaluateHandle((id) => window.__lpScreenshotTargets?.[id], payload.id);
        const element = handle.asElement();
        if (!element) throw new Error(`No element to capture under ${payload.id}`);
        screenshots.set(key(session, payload.name), PNG.sync.read(Buffer.from(await element.screenshot())));
        return true;
      }
      if (command === 'compare-screenshots') {
        const [first, second] = payload.names.map((name) => screenshots.get(key(session, name)));
        for (const name of payload.names) screenshots.delete(key(session, name));
        const size = (image) => `${image.width}x${image.height}`;
        let differentPixels = 0;
        if (size(first) === size(second)) {
          for (let offset = 0; offset < first.data.length; offset += 4) {
            if (first.data.readUInt32BE(offset) !== second.data.readUInt32BE(offset)) differentPixels++;
          }
        }
        const same = size(first) === size(second) && differentPixels === 0;
        if (!same) {
          // Kept for a person to look at; never committed.
          const dir = join(screenshotsDir, 'failed', session.browser.name.toLowerCase());
          mkdirSync(dir, {recursive: true});
          for (const [index, image] of [first, second].entries()) writeFileSync(join(dir, `${payload.names[index]}.png`), PNG.sync.write(image));
        }
        return {same, sizes: [size(first), size(second)], differentPixels};
      }
      return undefined;
    },
  };
}

/**
 * Screenshots of every element, variant and layout, in Dutch and French, compared with the baselines in
 * test/screenshots/baseline/ (Chromium only). `npm test -- --update-visual-baseline` accepts new ones.
 * Anti-aliased pixels are not counted, and up to 0.05 % of the pixels may differ (90 in the smallest
 * screenshot, 600 in the largest), so that a patch release of Chromium does not fail the build; a slightly
 * different heading colour still does (0.08 % and more).
 */
const visualRegression = visualRegressionPlugin({
  update: process.argv.includes('--update-visual-baseline'),
  baseDir: screenshotsDir,
  getBaselineName: ({browser, name}) => join('baseline', browser.toLowerCase(), name),
  getDiffName: ({browser, name}) => join('failed', browser.toLowerCase(), `${name}-diff`),
  getFailedName: ({browser, name}) => join('failed', browser.toLowerCase(), name),
  failureThreshold: 0.05,
  failureThresholdType: 'percent',
});

// MODE=dev runs the tests against Lit's development build, with its extra warnings.
const mode = process.env.MODE === 'dev' ? 'development' : 'production';

const chromium = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: {browser: 'chrome', executablePath: chromiumPath, headless: true, args: [...chromiumArgs, ...measuringArgs]},
  createPage: recordingRequests,
});
const firefox = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true},
  createPage: recordingRequests,
});

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html', '!test/visual.test.ts'],
  nodeResolve: {exportConditions: [mode]},
  plugins: [typescript, testCommands(), visualRegression],
  middleware: [noCookiesReceived, withoutGermanTexts, servedUnderStrictPolicy],
  browsers: [chromium, firefox],
  // Screenshots against committed baselines: one browser is enough, and fonts render alike run to run.
  groups: [{name: 'visual', files: 'test/visual.test.ts', browsers: [chromium]}],
  // The page of every test file declares its language, as a partner page does.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>lp-schoten elements test</title></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), closingCounts()],
};
