import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {chromiumArgs, chromiumPath, firefoxPath} from '../support/browsers.mjs';
import {recordingRequests} from './privacy-guard.mjs';

// For the figures of the 1,000-instance test: an exact JS heap size, and a garbage collection first.
const measuringArgs = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];

/**
 * Debian's Chromium and Firefox ESR, both driven by puppeteer-core (Firefox over WebDriver BiDi), since
 * nothing may download a browser of its own; every page they open is watched by the privacy guard.
 */
export const chromium = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: {browser: 'chrome', executablePath: chromiumPath, headless: true, args: [...chromiumArgs, ...measuringArgs]},
  createPage: recordingRequests,
});
export const firefox = chromeLauncher({
  puppeteer: puppeteerCore,
  launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true},
  createPage: recordingRequests,
});
