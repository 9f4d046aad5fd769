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
const firefoxWith = (prefs = {}) =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true, extraPrefsFirefox: prefs},
    createPage: recordingRequests,
  });
export const firefox = firefoxWith();

/**
 * Firefox as a visitor with a dark system, and with forced colours (high contrast), for the colour tests:
 * over WebDriver BiDi these cannot be emulated per page, only set for the whole browser.
 */
export const firefoxDarkSystem = firefoxWith({'ui.systemUsesDarkTheme': 1});
export const firefoxForcedColours = firefoxWith({'browser.display.document_color_use': 2});
