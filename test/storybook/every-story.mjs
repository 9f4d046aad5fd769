#!/usr/bin/env node
/**
 * Opens every story of the static Storybook (storybook-static/, from `npm run build-storybook`) in
 * Chromium and fails when one of them:
 * - throws (pageerror) or logs a console error;
 * - renders no lp-* element, or an element whose shadow root has no text;
 * - asks for anything from a host other than this machine;
 * - does not change language: every story is shown in nl, switched live to de and en and back to nl
 *   through Storybook's globals (what the toolbar does), and opened in fr with `&globals=locale:fr`;
 *   each time every element must show other text than in Dutch, marked with the new language;
 * - has an axe violation in any of the four languages, as the accessibility panel reports it.
 *
 * It serves storybook-static/ itself on 127.0.0.1 and needs nothing beyond puppeteer-core and a
 * Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import {createReadStream} from 'node:fs';
import {readFile, stat} from 'node:fs/promises';
import http from 'node:http';
import {availableParallelism} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {launchChromium} from '../support/harness.mjs';

const staticDir = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const sourceLocale = 'nl';
const liveLocales = ['de', 'en'];
const urlLocale = 'fr';
// Pages open at once: Chromium's rendering and axe are CPU-bound.
const parallelPages = Math.min(Math.max(availableParallelism(), 2), 6);
const waitTimeout = 15_000;

const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for storybook-static/ on 127.0.0.1, on a free port. */
async function serve(directory) {
  const server = http.createServer(async (request, response) => {
    const {pathname} = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname === '/favicon.ico') {
      // Chromium asks for it on its own; Storybook's iframe has no icon.
      response.writeHead(204).end();
      return;
    }
    const file = path.join(directory, decodeURIComponent(pathname).replace(/\/$/, '/index.html'));
    if (!file.startsWith(directory)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      response.writeHead(200, {
        'content-type': mimeTypes[path.extname(file)] ?? 'application/octet-stream',
        // The files do not change while the check runs: each page after the first loads them from cache.
        'cache-control': 'max-age=3600',
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, {'content-type': 'text/plain'}).end(`Not found: ${pathname}`);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {server, origin: `http://127.0.0.1:${server.address().port}`};
}

async function storyIds() {
  let index;
  try {
    index = JSON.parse(await readFile(path.join(staticDir, 'index.json'), 'utf8'));
  } catch (error) {
    throw new Error(`cannot read storybook-static/index.json (run npm run build-storybook first): ${error.message}`);
  }
  return Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);
}

/** Records page errors, console errors and requests to other hosts (which are aborted). */
async function watch(page, problems) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const isNetwork = ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol);
    if (isNetwork && !['127.0.0.1', 'localhost'].includes(url.hostname)) {
      problems.push(`request to another host: ${request.url()}`);
      void request.abort('blockedbyclient');
    } else {
      void request.continue();
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const {url, lineNumber} = message.location();
    problems.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
}

/**
 * Waits until the story has finished rendering (Storybook's render phase, after the a11y addon's own
 * run) in `locale`, and until every lp-* element shows text different from `unlike` (the Dutch texts),
 * then returns what each element shows. Rejects with what it saw when that does not happen in time.
 */
async function settled(page, locale, unlike) {
  const state = () =>
    page.evaluate(() => {
      const normalized = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
      const root = document.querySelector('#storybook-root');
      const elements = [...(root?.querySelectorAll('*') ?? [])].filter((element) => element.localName.startsWith('lp-'));
      return {
        phase: window.__STORYBOOK_PREVIEW__?.currentRender?.phase,
        pageLang: document.documentElement.lang,
        elements: elements.map((element) => ({
          tag: element.localName,
          text: normalized(element.shadowRoot?.textContent),
          lang: element.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') ?? null,
        })),
      };
    });
  const ready = (seen) =>
    ['finished', 'errored'].includes(seen.phase) &&
    seen.pageLang === locale &&
    seen.elements.length > 0 &&
    seen.elements.every(
      (element, index) =>
        element.text !== '' && element.lang === locale && (unlike === undefined || element.text !== unlike[index])
    );
  const deadline = Date.now() + waitTimeout;
  let seen = await state();
  while (!ready(seen) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen = await state();
  }
  if (ready(seen)) {
    if (seen.phase === 'errored') throw new Error('the story errored while rendering');
    return seen.elements;
  }
  if (seen.elements.length === 0) throw new Error('no lp-* element rendered');
  const described = seen.elements
    .map((element) => `<${element.tag}> lang=${element.lang} text="${element.text.slice(0, 60)}"`)
    .join('; ');
  throw new Error(`not shown in "${locale}" within ${waitTimeout / 1000}s (phase ${seen.phase}, html lang=${seen.pageLang}): ${described}`);
}

/** Runs the a11y addon's axe check on the story as it is now (the panel's "rerun"), and lists the violations. */
function axeViolations(page, id) {
  return page.evaluate(
    (id) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const done = (outcome) => {
          channel.off('storybook/a11y/result', onResult);
          channel.off('storybook/a11y/error', onError);
          resolve(outcome);
        };
        const onResult = (result, storyId) => {
          if (storyId !== id) return;
          done(
            result.violations.map(
              (violation) =>
                `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
                  .map((node) => JSON.stringify(node.target))
                  .join(', ')}`
            )
          );
        };
        const onError = (error) => done([`axe could not run: ${error?.message ?? error}`]);
        channel.on('storybook/a11y/result', onResult);
        channel.on('storybook/a11y/error', onError);
        const parameters = window.__STORYBOOK_PREVIEW__.currentRender.story.parameters.a11y;
        channel.emit('storybook/a11y/manual', id, parameters);
      }),
    id
  );
}

/** Switches the locale global in place, as the toolbar does: the story re-renders, the page does not reload. */
const switchLocale = (page, locale) =>
  page.evaluate((locale) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', {globals: {locale}}), locale);

async function checkStory(browser, origin, id) {
  const problems = [];
  const page = await browser.newPage();
  try {
    await page.setViewport({width: 1280, height: 900});
    await watch(page, problems);
    const step = async (locale, show, {unlike, axe = true} = {}) => {
      try {
        await show();
        const shown = await settled(page, locale, unlike);
        if (axe) for (const violation of await axeViolations(page, id)) problems.push(`[${locale}] axe: ${violation}`);
        return shown;
      } catch (error) {
        problems.push(`[${locale}] ${error.message}`);
        return undefined;
      }
    };
    // The a11y addon's automatic run is left out (a11y.manual): axeViolations() runs the same check once
    // the text has settled in each language, instead of racing the language switch.
    const url = (globals) =>
      `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true${globals}`;

    const dutch = await step(sourceLocale, () => page.goto(url(''), {waitUntil: 'load'}));
    if (dutch) {
      const dutchTexts = dutch.map((element) => element.text);
      for (const locale of liveLocales) await step(locale, () => switchLocale(page, locale), {unlike: dutchTexts});
      // Back to Dutch: the same text as at first (axe has seen it already).
      const back = await step(sourceLocale, () => switchLocale(page, sourceLocale), {axe: false});
      if (back && back.some((element, index) => element.text !== dutchTexts[index])) {
        problems.push(`[${sourceLocale}] switching back to Dutch does not show the Dutch text again`);
      }
      await step(urlLocale, () => page.goto(url(`;locale:${urlLocale}`), {waitUntil: 'load'}), {
        unlike: dutchTexts,
      });
    }
  } finally {
    await page.close();
  }
  return problems;
}

async function main() {
  const started = performance.now();
  const ids = await storyIds();
  if (ids.length === 0) throw new Error('storybook-static/index.json lists no stories');
  const {server, origin} = await serve(staticDir);
  const browser = await launchChromium();
  const failures = new Map();
  try {
    const queue = [...ids];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        const problems = await checkStory(browser, origin, id);
        if (problems.length > 0) failures.set(id, problems);
        console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${id}`);
      }
    };
    await Promise.all(Array.from({length: parallelPages}, worker));
  } finally {
    await browser.close();
    server.close();
  }

  for (const [id, problems] of failures) {
    console.error(`\n${id}:`);
    for (const problem of [...new Set(problems)]) console.error(`  - ${problem}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\nStorybook check: ${ids.length} stories, ${ids.length - failures.size} passed, ${failures.size} failed ` +
      `(${[sourceLocale, urlLocale, ...liveLocales].join(', ')}; errors, network, text, axe) in ${seconds}s`
  );
  process.exitCode = failures.size > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(`Storybook check could not run: ${error.stack ?? error}`);
  process.exitCode = 1;
});
