import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {createServer} from 'node:net';
import {createRequire} from 'node:module';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import {chromiumArgs, chromiumPath, firefoxPath, miniBrowserPath, webkitDriverPath, xvfbPath} from '../support/browsers.mjs';
import {recordingProxy, recordingRequests} from './privacy-guard.mjs';

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

// pngjs comes with the visual regression plugin.
const {PNG} = createRequire(import.meta.resolve('@web/test-runner-visual-regression/plugin'))('pngjs');

/**
 * Debian's WebKitGTK (Safari's engine) through its WebDriver, WebKitWebDriver, which starts MiniBrowser.
 * WebKitGTK has no headless mode, so the launcher starts its own X server (Xvfb, on a display it reports
 * free), the driver on a port the system chooses, and the privacy guard's recording proxy, and stops them
 * with the run. One test file at a time: several at once would be frames of MiniBrowser's one window, where
 * keys sent to one of them go astray. WebDriver classic only: WebKitWebDriver refuses sessions that ask for
 * WebDriver BiDi.
 */
class WebKitLauncher extends WebdriverLauncher {
  concurrency = 1;

  constructor({darkMode = false} = {}) {
    super({
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {binary: miniBrowserPath, args: ['--automation', ...(darkMode ? ['--dark-mode'] : [])]},
        'wdio:enforceWebDriverClassic': true,
      },
      logLevel: 'error',
    });
  }

  async initialize(config, testFiles) {
    await super.initialize({...config, concurrency: 1}, testFiles);
    this.name = 'WebKit';
  }

  async startSession(id, url) {
    this.started ??= this.startDriver();
    await this.started;
    return super.startSession(id, url);
  }

  async startDriver() {
    this.xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '2560x4096x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    const [display] = await Promise.race([once(this.xvfb.stdio[3], 'data'), failed(this.xvfb, 'Xvfb')]);
    this.proxy = await recordingProxy(this);
    const port = await freePort();
    this.driverProcess = spawn(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      // Xvfb has no GPU: WebKitGTK's GPU path would run on a software OpenGL, slower, and there it blends the
      // edges of a tile's first paint differently from its repaints. Painted on the CPU, the same page gives
      // the same pixels every time.
      env: {...process.env, DISPLAY: `:${String(display).trim()}`, WEBKIT_SKIA_ENABLE_CPU_RENDERING: '1'},
    });
    // None of them may outlive the run, even one that ends abruptly.
    process.once('exit', () => this.killDriver());
    await Promise.race([listening(port), failed(this.driverProcess, 'WebKitWebDriver')]);
    Object.assign(this.options, {hostname: '127.0.0.1', port, path: '/'});
    const proxy = `127.0.0.1:${this.proxy.address().port}`;
    this.options.capabilities.proxy = {proxyType: 'manual', httpProxy: proxy, sslProxy: proxy};
  }

  /**
   * Leaves a test file's page. Its results have come in over the runner's socket already: leaving only reads
   * coverage and opens a blank page. In a busy run, WebKit once never answered that; the runner waited two
   * minutes and counted a file whose tests had all passed as failed. Now, if WebKit has not left the page in
   * 30 s, the run says so and starts a fresh browser for the next file.
   */
  async stopSession(id) {
    const left = super.stopSession(id);
    let timer;
    const stuck = new Promise((done) => (timer = setTimeout(done, 30000, stuckPage)));
    const outcome = await Promise.race([left, stuck]).finally(() => clearTimeout(timer));
    if (outcome !== stuckPage) return outcome;
    left.catch(() => {});
    console.warn(`${this.name} did not leave a test page within 30 s; starting a new ${this.name} for the next test file.`);
    this.restart();
    return {};
  }

  /** Stops the driver, MiniBrowser and X server, so that the next session starts them afresh. */
  restart() {
    clearInterval(this.pendingHeartbeat);
    this.killDriver();
    this.driver = this.driverManager = this.started = undefined;
  }

  async stop() {
    await super.stop();
    this.killDriver();
  }

  killDriver() {
    this.driverProcess?.kill();
    this.xvfb?.kill();
    this.proxy?.close();
  }

  /**
   * A screenshot of the element `locator` (a script returning it) finds in the page: WebKitWebDriver's own
   * element screenshots come back black, so the viewport is captured and cropped to the element's box. The
   * element is scrolled into view if it is not, and the window enlarged if it does not fit; the page's
   * scroll position and the window's size are put back after. One capture at a time.
   */
  takeScreenshot(_sessionId, locator) {
    this.capturing = (this.capturing ?? Promise.resolve()).catch(() => {}).then(() => this.capture(locator));
    return this.capturing;
  }

  async capture(locator) {
    const driver = this.driver;
    // Where the element is once in view, after the frame that shows it there has been painted.
    const place = () =>
      driver.executeAsync(`
        const done = arguments[arguments.length - 1];
        const element = (function () { ${locator} })();
        if (!element) throw new Error('No element to capture');
        let {x, y, width, height} = element.getBoundingClientRect();
        if (x < 0 || y < 0 || x + width > innerWidth || y + height > innerHeight) {
          window.__lpScrolledFrom ??= [scrollX, scrollY];
          element.scrollIntoView({block: 'start', inline: 'start'});
          ({x, y, width, height} = element.getBoundingClientRect());
        }
        requestAnimationFrame(() => requestAnimationFrame(() => done({x, y, width, height, innerWidth, innerHeight, scale: devicePixelRatio})));
      `);
    let box = await place();
    const overflow = {width: Math.ceil(box.x + box.width - box.innerWidth), height: Math.ceil(box.y + box.height - box.innerHeight)};
    const windowBefore = overflow.width > 0 || overflow.height > 0 ? await driver.getWindowSize() : undefined;
    if (windowBefore) {
      await driver.setWindowSize(windowBefore.width + Math.max(0, overflow.width), windowBefore.height + Math.max(0, overflow.height));
      box = await place();
    }
    const viewport = PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
    if (windowBefore) await driver.setWindowSize(windowBefore.width, windowBefore.height);
    await driver.execute('if (window.__lpScrolledFrom) scrollTo(...window.__lpScrolledFrom); delete window.__lpScrolledFrom;');
    const [x, y, width, height] = [box.x, box.y, box.width, box.height].map((length) => Math.round(length * box.scale));
    if (x < 0 || y < 0 || x + width > viewport.width || y + height > viewport.height) {
      throw new Error(`The element (${width}x${height} at ${x},${y}) is not inside the window (${viewport.width}x${viewport.height})`);
    }
    const cropped = new PNG({width, height});
    PNG.bitblt(viewport, cropped, x, y, width, height, 0, 0);
    return PNG.sync.write(cropped);
  }
}

const stuckPage = Symbol('stuck page');

/** A port free now, chosen by the system. */
async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const {port} = server.address();
  server.close();
  return port;
}

/** Resolves once something accepts connections on `port`. */
async function listening(port) {
  for (;;) {
    const accepted = await fetch(`http://127.0.0.1:${port}/status`).then(
      () => true,
      () => false
    );
    if (accepted) return;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Rejects if `child` exits or cannot start. */
const failed = (child, name) =>
  new Promise((_, reject) => {
    child.once('error', (error) => reject(new Error(`${name} could not start: ${error.message}`)));
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });

export const webkit = new WebKitLauncher();

/**
 * WebKit as a visitor with a dark system, for the colour tests: MiniBrowser sets the colour scheme for the
 * whole browser when it starts, and its WebDriver has no emulation of a scheme per page.
 */
export const webkitDarkSystem = new WebKitLauncher({darkMode: true});
