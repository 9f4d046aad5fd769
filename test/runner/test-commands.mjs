import {mkdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {pageRequests} from './privacy-guard.mjs';
import {screenshotsDir} from './visual-regression.mjs';

// pngjs and pixelmatch come with the visual regression plugin.
const fromPlugin = createRequire(import.meta.resolve('@web/test-runner-visual-regression/plugin'));
const {PNG} = fromPlugin('pngjs');
const pixelmatch = fromPlugin('pixelmatch');

/** A PNG of the element the test put in `window.__lpScreenshotTargets` under `id`, as the browser paints it. */
async function capture(session, id) {
  if (session.browser.type === 'webdriver') {
    return session.browser.takeScreenshot(session.id, `return window.__lpScreenshotTargets?.[${JSON.stringify(id)}];`);
  }
  const page = session.browser.getPage(session.id);
  const element = (await page.evaluateHandle((id) => window.__lpScreenshotTargets?.[id], id)).asElement();
  if (!element) throw new Error(`No element to capture under ${id}`);
  return Buffer.from(await element.screenshot());
}

/**
 * Commands for the tests in the browser: `network-requests` (see privacy-guard.mjs), and `screenshot` and
 * `compare-screenshots`, which compare two looks of an element pixel for pixel in every browser. The
 * element to capture is found in `window.__lpScreenshotTargets`, by id; the images stay on the server.
 * `screenshot-pixels` sends one back instead, as its size and RGBA bytes, for a test to read pixels.
 * `spoken-names` gives the text of every text node of the accessibility tree under the element with
 * `payload.id`, shadow trees included: what a screen reader can read there. Puppeteer reads that tree
 * through the Chrome DevTools Protocol, so elsewhere (Firefox over WebDriver BiDi, WebKit over WebDriver)
 * it gives `{texts: null}`.
 */
export function testCommands() {
  const screenshots = new Map();
  const key = (session, name) => `${session.id} ${name}`;
  return {
    name: 'lp-test-commands',
    async executeCommand({command, session, payload}) {
      if (command === 'network-requests') {
        // WebKit's are recorded by its launcher's proxy, where it shows one page at a time.
        const page = session.browser.type === 'webdriver' ? session.browser : session.browser.getPage(session.id);
        const requests = pageRequests.get(page) ?? [];
        pageRequests.set(page, []);
        return requests;
      }
      if (command === 'spoken-names') {
        // A command that returns null counts as unknown to the runner: say "not here" in an object. Only
        // a puppeteer page over CDP has the tree (not Firefox over BiDi, nor a WebDriver session).
        const page = session.browser.getPage?.(session.id);
        if (page?.browser().protocol !== 'cdp') return {texts: null};
        const root = await page.$(`#${payload.id}`);
        const texts = [];
        const collect = (node) => {
          if (node.role === 'StaticText') texts.push(node.name);
          else for (const child of node.children ?? []) collect(child);
        };
        collect((await page.accessibility.snapshot({root, interestingOnly: false})) ?? {});
        return {texts};
      }
      if (command === 'screenshot') {
        screenshots.set(key(session, payload.name), PNG.sync.read(await capture(session, payload.id)));
        return true;
      }
      if (command === 'screenshot-pixels') {
        const {width, height, data} = PNG.sync.read(await capture(session, payload.id));
        return {width, height, rgba: data.toString('base64')};
      }
      if (command === 'compare-screenshots') {
        const [first, second] = payload.names.map((name) => screenshots.get(key(session, name)));
        for (const name of payload.names) screenshots.delete(key(session, name));
        const size = (image) => `${image.width}x${image.height}`;
        let differentPixels = 0;
        if (size(first) === size(second) && session.browser.type === 'webdriver') {
          // WebKitGTK may blend a pixel of an edge a few levels apart in two paintings of the same thing (the
          // corner of a card taken over from its snippet, 7 levels of 255): in WebKit, pixels that pixelmatch
          // finds to be anti-aliased edges are not counted, as in the visual baselines. Any other pixel is.
          differentPixels = pixelmatch(first.data, second.data, null, first.width, first.height, {threshold: 0, includeAA: false});
        } else if (size(first) === size(second)) {
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
