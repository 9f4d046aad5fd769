#!/usr/bin/env node
/**
 * Opens every story of the static Storybook (storybook-static/, from `npm run build-storybook`) in
 * Chromium and fails when one of them:
 * - throws (pageerror) or logs a console error;
 * - renders no lp-* element, or an element whose shadow root has no text;
 * - scrolls sideways on a phone (375 CSS pixels wide);
 * - asks for anything from a host other than this machine;
 * - does not change language: every story is shown in nl, switched live to de and en and back to nl
 *   through Storybook's globals (what the toolbar does), and opened in fr with `&globals=locale:fr`;
 *   each time every element must show other text than in Dutch, marked with the new language; an
 *   element inside a `lang` of the story's own (the languages side by side) keeps its language instead;
 * - does not show a look: after the light page, every story is shown on a page that supports dark with
 *   the system dark (emulated by Chromium), and with forced colours (Windows high contrast), in all four
 *   languages; the toolbar's "on a dark system" must paint what the emulated dark system paints;
 * - has an axe violation in any language and look, as the accessibility panel reports it;
 * - loses a setting in a shared link: for one story of each component, every control it shows is set
 *   through the address (`iframe.html?id=…&args=…`), one at a time and all at once, and the rendered
 *   elements must then be as that control makes them, and not as they are without it; all at once also
 *   through the manager's story address (`?path=/story/…&args=…`); and for the elements, an address with
 *   `variant:card;heading-level:4` (and `layout:word`) must render a card, word layout, with an `<h4>`;
 * - is a docs page that fails to show, or shows something marked as missing, or shows a Markdown table as
 *   raw text, or whose "Show code" gives a placeholder address, the docs page's own box, or an element
 *   without the script line (this version on jsDelivr, with the integrity of dist/sri.json);
 * and fails when a path a reviewer or partner takes is broken: a README code block with a placeholder or
 * an address that serves nothing; a link of an earlier review round (old story ids) that does not open its
 * story; a tab that says Storybook; Get the code with another script line, or not in the toolbar's
 * language; Theming's "Copy CSS" giving other custom properties than the story sets, or a table of painted
 * colours that does not say why the headings differ from the accent picked.
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
const allLocales = [sourceLocale, urlLocale, ...liveLocales];
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

async function indexEntries() {
  let index;
  try {
    index = JSON.parse(await readFile(path.join(staticDir, 'index.json'), 'utf8'));
  } catch (error) {
    throw new Error(`cannot read storybook-static/index.json (run npm run build-storybook first): ${error.message}`);
  }
  return Object.values(index.entries);
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
 * What each lp-* element of the story shows: its text, the language it shows it in, and the language it
 * should speak, that of its nearest ancestor with `lang` (`own` when that is inside the story, as in a
 * column of the languages side by side, rather than the page's `<html lang>`).
 */
const shownTexts = (page) =>
  page.evaluate(() => {
    const normalized = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
    const root = document.querySelector('#storybook-root');
    const elements = [...(root?.querySelectorAll('*') ?? [])].filter((element) => element.localName.startsWith('lp-'));
    return {
      phase: window.__STORYBOOK_PREVIEW__?.currentRender?.phase,
      // Something the story is still loading (Get the code's snippet) says so with aria-busy.
      busy: !!root?.querySelector('[aria-busy="true"]'),
      pageLang: document.documentElement?.lang ?? '',
      elements: elements.map((element) => {
        const marked = element.closest('[lang]');
        return {
          tag: element.localName,
          text: normalized(element.shadowRoot?.textContent),
          lang: element.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') ?? null,
          own: marked && marked !== document.documentElement ? marked.getAttribute('lang').split('-')[0] : null,
        };
      }),
    };
  });

/**
 * Waits until the story has finished rendering (Storybook's render phase) in `locale`: every lp-*
 * element shows text, in its own language if it has one, else in `locale`. Given the story's first
 * rendering in Dutch (`dutch`), an element in the page's language must show other text than it did then
 * (unless `locale` is Dutch: then the same text), and an element with its own language the same text as
 * then, whatever the page's language. Returns what each element shows; rejects with what it saw when that
 * does not happen in time.
 */
async function settled(page, locale, dutch) {
  const ready = (seen) =>
    ['finished', 'errored'].includes(seen.phase) &&
    !seen.busy &&
    seen.pageLang === locale &&
    seen.elements.length > 0 &&
    (dutch === undefined || dutch.length === seen.elements.length) &&
    seen.elements.every((element, index) => {
      if (element.text === '' || element.lang !== (element.own ?? locale)) return false;
      if (dutch === undefined) return true;
      const keeps = element.own !== null || locale === sourceLocale;
      return keeps === (element.text === dutch[index].text);
    });
  // A page or frame that is still loading has no document to read yet: look again.
  const look = () => shownTexts(page).catch(() => ({phase: 'loading', pageLang: '', elements: []}));
  const deadline = Date.now() + waitTimeout;
  let seen = await look();
  while (!ready(seen) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen = await look();
  }
  if (ready(seen)) {
    if (seen.phase === 'errored') throw new Error('the story errored while rendering');
    return seen.elements;
  }
  if (seen.elements.length === 0) throw new Error('no lp-* element rendered');
  const described = seen.elements
    .map((element) => `<${element.tag}>${element.own ? ` (own lang ${element.own})` : ''} lang=${element.lang} text="${element.text.slice(0, 60)}"`)
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

/**
 * The looks a story is checked in: the page's colour scheme (the toolbar's global) and what the
 * visitor's system asks for, emulated by Chromium (`Emulation.setEmulatedMedia`). The dark one is a page
 * that supports dark (`color-scheme: light dark`) on a dark system, the mechanism itself.
 */
const looks = [
  {name: 'light', scheme: 'light-page', media: {}},
  {name: 'dark', scheme: 'supports-dark', media: {'prefers-color-scheme': 'dark'}},
  {name: 'forced colours', scheme: 'light-page', media: {'forced-colors': 'active'}},
];

/** Sets what the visitor's system asks for, on a DevTools session kept open for the page's life. */
const emulate = (session, media) =>
  session.send('Emulation.setEmulatedMedia', {
    features: ['prefers-color-scheme', 'forced-colors'].map((name) => ({name, value: media[name] ?? ''})),
  });

/** Whether the page shows `look`: the media it asks for match, and a dark page paints itself dark. */
const showsLook = (page, look) =>
  page.evaluate((look) => {
    const media = Object.entries(look.media).every(([name, value]) => matchMedia(`(${name}: ${value})`).matches);
    const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g).map(Number);
    const dark = (r + g + b) / 3 < 96;
    return media && dark === (look.name === 'dark');
  }, look);

/** The colours of every element's shadow root, as painted: what a scheme changes. */
const paintedColours = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#storybook-root *')]
      .filter((element) => element.localName.startsWith('lp-'))
      .map((element) => {
        const painted = [...(element.shadowRoot?.querySelectorAll('.root, h1, h2, h3, h4, h5, h6, .letter') ?? [])];
        return painted.map((part) => `${getComputedStyle(part).color} on ${getComputedStyle(part).backgroundColor}`);
      })
  );

/**
 * Opens the story in Dutch in a light page, then shows it in every look (light, dark, forced colours)
 * and in every language, switched in place through Storybook's globals as the toolbar does, with axe
 * each time; French is also opened from the address (`&globals=locale:fr`). In the dark look it also
 * compares the toolbar's "on a dark system" with a dark system emulated by Chromium.
 */
async function checkStory(browser, origin, id) {
  const problems = [];
  const page = await browser.newPage();
  // One DevTools session per page, kept open: Chromium drops a session's emulation when it detaches.
  const session = await page.createCDPSession();
  try {
    await page.setViewport({width: 1280, height: 900});
    await watch(page, problems);
    let dutch;
    const step = async (where, locale, show, {axe = true} = {}) => {
      try {
        await show();
        const shown = await settled(page, locale, dutch);
        if (axe) for (const violation of await axeViolations(page, id)) problems.push(`[${where}] axe: ${violation}`);
        return shown;
      } catch (error) {
        problems.push(`[${where}] ${error.message}`);
        return undefined;
      }
    };
    const switchTo = (globals) => rerendered(page, 'updateGlobals', {globals});
    // The a11y addon's automatic run is left out (a11y.manual): axeViolations() runs the same check once
    // the text has settled, instead of racing the switches.
    const url = (globals) =>
      `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true${globals}`;

    dutch = await step(`light, ${sourceLocale}`, sourceLocale, () => page.goto(url(''), {waitUntil: 'load'}));
    if (!dutch) return problems;
    // On a phone (375 CSS pixels) the story reflows: nothing scrolls sideways.
    await page.setViewport({width: 375, height: 800});
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (sideways > 0) problems.push(`[light, ${sourceLocale}] at 375px wide the page scrolls ${sideways}px sideways`);
    await page.setViewport({width: 1280, height: 900});
    for (const locale of liveLocales) await step(`light, ${locale}`, locale, () => switchTo({locale}));
    // Back to Dutch: the same text as at first (axe has seen it already).
    await step(`light, back to ${sourceLocale}`, sourceLocale, () => switchTo({locale: sourceLocale}), {axe: false});
    await step(`light, ${urlLocale} from the address`, urlLocale, () => page.goto(url(`;locale:${urlLocale}`), {waitUntil: 'load'}));

    // Each look is opened afresh, with the system's setting emulated before the page loads: switching
    // forced colours on in a page that was dark leaves Chromium's computed -webkit-text-fill-color (which
    // axe reads, though the text is painted in the forced colours) at its dark value.
    let locale = sourceLocale;
    for (const look of looks.slice(1)) {
      await emulate(session, look.media);
      const opened = `;scheme:${look.scheme};locale:${locale}`;
      await step(`${look.name}, ${locale}`, locale, () => page.goto(url(opened), {waitUntil: 'load'}));
      if (!(await showsLook(page, look))) problems.push(`[${look.name}] the page does not show the ${look.name} look`);
      for (const next of allLocales.filter((other) => other !== locale)) {
        locale = next;
        await step(`${look.name}, ${locale}`, locale, () => switchTo({locale}));
      }
      if (look.name === 'dark') {
        // The toolbar's "page that supports dark, on a dark system" paints what a dark system does.
        const onDarkSystem = await paintedColours(page);
        await emulate(session, {});
        await step('dark from the toolbar', locale, () => switchTo({scheme: 'supports-dark-on-dark-system'}), {axe: false});
        if (!same(await paintedColours(page), onDarkSystem)) {
          problems.push('[dark] the toolbar\'s "on a dark system" paints other colours than a dark system does');
        }
      }
    }
  } finally {
    await session.detach().catch(() => {});
    await page.close();
  }
  return problems;
}

/**
 * A docs page opens without an error, a console error or a request elsewhere, shows its text, and shows
 * nothing marked as missing (the heights page before the heights were measured).
 */
async function checkDocs(browser, origin, {id, importPath}, scriptLine) {
  const problems = [];
  const page = await browser.newPage();
  try {
    await page.setViewport({width: 1280, height: 900});
    await watch(page, problems);
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=docs`, {waitUntil: 'load'});
    const deadline = Date.now() + waitTimeout;
    let seen;
    do {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = await page.evaluate(() => ({
        text: document.querySelector('.sbdocs-content')?.textContent.trim().length ?? 0,
        phase: window.__STORYBOOK_PREVIEW__?.currentRender?.phase ?? null,
        missing: [...document.querySelectorAll('[data-missing]')].map((element) => element.dataset.missing),
      }));
    } while (seen.text === 0 && Date.now() < deadline);
    if (seen.text === 0) problems.push('the docs page shows no text');
    for (const missing of seen.missing) problems.push(`the docs page misses ${missing}`);
    problems.push(...(await checkTables(page, importPath)), ...(await checkCopyableDocs(page, scriptLine)));
  } catch (error) {
    problems.push(error.message);
  } finally {
    await page.close();
  }
  return problems;
}

/** `args` as Storybook writes them in an address: `name:value;…`, booleans `!true`, colours `!hex(…)`. */
const argsParam = (args) =>
  Object.entries(args)
    .map(([name, value]) => {
      if (typeof value === 'boolean') return `${name}:!${value}`;
      if (typeof value === 'string' && /^#[0-9a-f]{3,8}$/i.test(value)) return `${name}:!hex(${value.slice(1)})`;
      return `${name}:${value}`;
    })
    .join(';');

/**
 * Emits `event` on the story's channel (what the toolbar and the controls do) and resolves when the story
 * has rendered again.
 */
const rerendered = (page, event, payload) =>
  page.evaluate(
    (event, payload, timeout) =>
      new Promise((resolve, reject) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const done = () => {
          clearTimeout(timer);
          channel.off('storyRendered', done);
          resolve();
        };
        const timer = setTimeout(() => {
          channel.off('storyRendered', done);
          reject(new Error(`the story did not render again after ${event} ${JSON.stringify(payload)}`));
        }, timeout);
        channel.on('storyRendered', done);
        channel.emit(event, payload);
      }),
    event,
    payload,
    waitTimeout
  );

/**
 * The controls the story shows (as the Controls panel filters them), each with its initial value and
 * what it offers.
 */
const shownControls = (page) =>
  page.evaluate(() => {
    const {argTypes, initialArgs, parameters} = window.__STORYBOOK_PREVIEW__.currentRender.story;
    const {include, exclude} = parameters.controls ?? {};
    const matches = (filter, name) =>
      Array.isArray(filter) ? filter.includes(name) : filter instanceof RegExp ? filter.test(name) : false;
    return Object.entries(argTypes)
      .filter(([name, argType]) => argType.control && !argType.control.disable && !argType.table?.disable)
      .filter(([name]) => (include ? matches(include, name) : true) && !(exclude && matches(exclude, name)))
      .map(([name, argType]) => ({
        name,
        control: argType.control.type,
        options: argType.options,
        min: argType.control.min,
        max: argType.control.max,
        initial: initialArgs[name],
      }));
  });

/** A value for `control` other than its initial one, as a reviewer would choose it. */
function anotherValue({name, control, options, min, max, initial}) {
  if (options) return [...options].reverse().find((option) => option !== initial);
  if (control === 'boolean') return !initial;
  if (control === 'color') return initial === '#b00020' ? '#0b6e4f' : '#b00020';
  if (control === 'range' || control === 'number') return initial === max ? min : max;
  throw new Error(`no test value for the ${control} control of ${name}`);
}

/**
 * Each element's attributes and their defaults, from the manifest: an element reflects its defaults
 * (`variant="plain"`) when it is created, but not when a story removes an attribute again, and the two
 * are the same setting.
 */
async function attributeDefaults() {
  const manifest = JSON.parse(await readFile(fileURLToPath(new URL('../../custom-elements.json', import.meta.url)), 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  return new Map(
    declarations.map((declaration) => [
      declaration.tagName,
      Object.fromEntries(
        (declaration.attributes ?? [])
          .filter((attribute) => attribute.default !== undefined)
          .map((attribute) => [attribute.name, attribute.default.replace(/^['"]|['"]$/g, '')])
      ),
    ])
  );
}
let defaults = new Map();

/**
 * What the story renders, as far as a setting can change it: for every lp-* element its tag, attributes
 * (an attribute at its default as good as absent), the headings of its shadow root, its language and the
 * computed value of the custom properties named; and the code it offers to copy.
 */
const rendered = async (page, customProperties) => ({
  elements: (await renderedAsIs(page, customProperties)).map((element) => ({
    ...element,
    attributes: Object.fromEntries(
      Object.entries(element.attributes).filter(([name, value]) => defaults.get(element.tag)?.[name] !== value)
    ),
  })),
  code: await page.evaluate(() => [...document.querySelectorAll('#storybook-root .lp-code pre')].map((pre) => pre.textContent)),
});

const renderedAsIs = (page, customProperties) =>
  page.evaluate((customProperties) => {
    const root = document.querySelector('#storybook-root');
    return [...(root?.querySelectorAll('*') ?? [])]
      .filter((element) => element.localName.startsWith('lp-'))
      .map((element) => ({
        tag: element.localName,
        attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]).sort()),
        headings: [...(element.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map((heading) => heading.localName),
        lang: element.closest('[lang]')?.getAttribute('lang') ?? null,
        customProperties: Object.fromEntries(
          customProperties.map((name) => [name, getComputedStyle(element).getPropertyValue(name).trim()])
        ),
      }));
  }, customProperties);

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A shared link keeps every setting: for the first story of a component, each control it shows set
 * through the address renders as that control does, and differently from the story without it; all of
 * them at once too, through the preview's address and through the manager's story address.
 */
async function checkLinks(browser, origin, id) {
  const problems = [];
  const page = await browser.newPage();
  const problem = (message) => problems.push(`[link] ${message}`);
  try {
    await page.setViewport({width: 1280, height: 900});
    await watch(page, problems);
    const open = async (args = {}) => {
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&args=${argsParam(args)}`, {waitUntil: 'load'});
      await settled(page, sourceLocale);
    };

    await open();
    const controls = await shownControls(page);
    if (controls.length === 0) return problems;
    const customProperties = controls.map((control) => control.name).filter((name) => name.startsWith('--lp-'));
    const plain = await rendered(page, customProperties);
    const values = Object.fromEntries(controls.map((control) => [control.name, anotherValue(control)]));

    // What each control does, set in the Controls panel (the story's args updated in place).
    const byControl = {};
    for (const [name, value] of Object.entries(values)) {
      await rerendered(page, 'updateStoryArgs', {storyId: id, updatedArgs: {[name]: value}});
      await settled(page, sourceLocale);
      byControl[name] = await rendered(page, customProperties);
      await rerendered(page, 'resetStoryArgs', {storyId: id, argNames: [name]});
    }
    await rerendered(page, 'updateStoryArgs', {storyId: id, updatedArgs: values});
    await settled(page, sourceLocale);
    const allByControl = await rendered(page, customProperties);

    for (const [name, value] of Object.entries(values)) {
      const link = argsParam({[name]: value});
      if (same(byControl[name], plain)) problem(`the control ${name} changes nothing in the story`);
      await open({[name]: value});
      const byLink = await rendered(page, customProperties);
      if (same(byLink, plain)) problem(`args=${link} is lost: the story opens as without it`);
      else if (!same(byLink, byControl[name])) {
        problem(`args=${link} renders ${JSON.stringify(byLink)}, the control ${JSON.stringify(byControl[name])}`);
      }
    }
    const link = argsParam(values);
    await open(values);
    if (!same(await rendered(page, customProperties), allByControl)) problem(`args=${link} does not render as the controls do`);

    // The manager's address for the story, as a reviewer shares it, passes the settings on to the preview.
    await page.goto(`${origin}/index.html?path=/story/${id}&args=${link}`, {waitUntil: 'load'});
    const deadline = Date.now() + waitTimeout;
    let preview;
    while (!preview && Date.now() < deadline) {
      preview = page.frames().find((frame) => frame.url().includes('/iframe.html'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!preview) problem('the manager shows no preview');
    else {
      await settled(preview, sourceLocale);
      const shown = await rendered(preview, customProperties);
      if (!same(shown, allByControl)) problem(`?path=/story/${id}&args=${link} does not render as the controls do: ${JSON.stringify(shown)}`);
    }

    // The settings an element story is reviewed in, spelled out: a card, the word layout, an <h4>.
    if (values.variant !== undefined && values['heading-level'] !== undefined) {
      const setting = {variant: 'card', 'heading-level': 4, ...(values.layout !== undefined && {layout: 'word'})};
      await open(setting);
      for (const element of (await rendered(page, [])).elements) {
        for (const [attribute, value] of Object.entries(setting)) {
          const shown = element.attributes[attribute];
          if (shown !== String(value)) {
            problem(`args=${argsParam(setting)}: <${element.tag}> has ${shown === undefined ? `${attribute} at its default` : `${attribute}="${shown}"`}`);
          }
        }
        if (element.headings[0] !== 'h4') problem(`args=${argsParam(setting)}: <${element.tag}> starts with <${element.headings[0]}>`);
      }
    }
  } catch (error) {
    problem(error.message);
  } finally {
    await page.close();
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------
// What a reviewer or partner copies out of Storybook and the README, and the links and guides they follow.

/**
 * The ids of the previous review rounds (the git history of stories/): the elements were filed under their
 * tags. Each must open the story it showed then, under its id of today.
 */
const previousIds = {
  'elements-lp-mission-vision-values--plain': 'elements-whole-page--plain',
  'elements-lp-mission-vision-values--card': 'elements-whole-page--card',
  'elements-lp-mission-vision-values--page-title': 'elements-whole-page--page-title',
  'elements-lp-mission-vision-values--hidden-heading': 'elements-whole-page--hidden-heading',
  'elements-lp-mission-vision-values--narrow-sidebar': 'elements-whole-page--narrow-sidebar',
  'elements-lp-mission-vision-values--docs': 'elements-whole-page--docs',
  'elements-lp-mission--plain': 'elements-mission--plain',
  'elements-lp-mission--card': 'elements-mission--card',
  'elements-lp-mission--heading-level-3': 'elements-mission--heading-level-3',
  'elements-lp-mission--hidden-heading': 'elements-mission--hidden-heading',
  'elements-lp-mission--docs': 'elements-mission--docs',
  'elements-lp-vision-list--plain': 'elements-vision--plain',
  'elements-lp-vision-list--card': 'elements-vision--card',
  'elements-lp-vision-list--heading-level-3': 'elements-vision--heading-level-3',
  'elements-lp-vision-list--hidden-heading': 'elements-vision--hidden-heading',
  'elements-lp-vision-list--docs': 'elements-vision--docs',
  'elements-lp-values-acronym--stacked': 'elements-values-schoten--stacked',
  'elements-lp-values-acronym--word': 'elements-values-schoten--word',
  'elements-lp-values-acronym--word-in-narrow-sidebar': 'elements-values-schoten--word-in-narrow-sidebar',
  'elements-lp-values-acronym--card': 'elements-values-schoten--card',
  'elements-lp-values-acronym--card-word': 'elements-values-schoten--card-word',
  'elements-lp-values-acronym--heading-level-3': 'elements-values-schoten--heading-level-3',
  'elements-lp-values-acronym--hidden-heading': 'elements-values-schoten--hidden-heading',
  'elements-lp-values-acronym--docs': 'elements-values-schoten--docs',
};

/** What a copied snippet must never hold: a host that serves nothing, a path to fill in, review-tool markup. */
const placeholders = [
  /cdn\.example/,
  /\bexample\.(?:com|org|net|be)\b/,
  /\/path\/to\b/,
  /integrity="sha384-…"/,
  /lp-docs-page/,
  /data-page-scheme/,
];
const placeholdersIn = (text) => placeholders.filter((pattern) => pattern.test(text)).map(String);

/** The script line every snippet with an element starts with: this version on jsDelivr, with its hash. */
async function expectedScriptLine() {
  const {version} = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const integrity = JSON.parse(await readFile(new URL('../../dist/sri.json', import.meta.url), 'utf8'));
  return (
    `<script type="module" src="https://cdn.jsdelivr.net/npm/@lp-schoten/elements@${version}/dist/lp-schoten.js"\n` +
    `        integrity="${integrity['lp-schoten.js']}" crossorigin="anonymous"></script>`
  );
}

/**
 * The README's code blocks: none holds a placeholder, and every script and import names the package on
 * jsDelivr (this version or the major alias), the package by name, a self-hosted folder, or another package
 * a partner's build has.
 */
async function checkReadme() {
  const problems = [];
  const {version} = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const major = version.split('.')[0];
  const published = new RegExp(`^https://cdn\\.jsdelivr\\.net/npm/@lp-schoten/elements@(?:${major}|${version.replace(/\./g, '\\.')})/dist/[\\w.-]+\\.js$`);
  // A partner's own framework (`@angular/core`, `react-dom/client`) comes from their build, as any package does.
  const anotherPackage = (address) => !address.startsWith('@lp-schoten/') && /^(@[\w-]+\/)?[\w.-]+(\/[\w./-]+)?$/.test(address);
  const fine = (address) => published.test(address) || /^@lp-schoten\/elements(?:\/|$)/.test(address) || /^\/lp-schoten\//.test(address) || anotherPackage(address);
  for (const [, block] of readme.matchAll(/```[\w-]*\n([\s\S]*?)```/g)) {
    for (const found of placeholdersIn(block)) problems.push(`a README code block holds ${found}: ${block.slice(0, 80)}`);
    const addresses = [
      ...[...block.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map(([, address]) => address),
      ...[...block.matchAll(/\bfrom\s+'([^']+)'/g)].map(([, address]) => address),
      ...[...block.matchAll(/\bimport\s+'([^']+)'/g)].map(([, address]) => address),
    ];
    for (const address of addresses) if (!fine(address)) problems.push(`a README code block loads ${address}, which serves nothing`);
  }
  return problems;
}

/**
 * A docs page's copyable code: each "Show code" opened, every code block on the page read; none holds a
 * placeholder or the docs page's own box, and each that shows an element starts with the script line.
 */
async function copyableCodeOfDocs(page) {
  await page.evaluate(async () => {
    for (const button of document.querySelectorAll('.docblock-code-toggle')) {
      if (!button.classList.contains('docblock-code-toggle--expanded')) button.click();
    }
  });
  const deadline = Date.now() + waitTimeout;
  let blocks = [];
  do {
    await new Promise((resolve) => setTimeout(resolve, 100));
    // innerText: a code block's own text, without the style sheet its scroll area carries.
    blocks = await page.evaluate(() => ({
      toggles: document.querySelectorAll('.docblock-code-toggle').length,
      code: [...document.querySelectorAll('.sbdocs-content pre')].map((pre) => pre.innerText),
    }));
  } while (blocks.code.filter((text) => /<lp-/.test(text)).length <= blocks.toggles && Date.now() < deadline);
  return blocks;
}

async function checkCopyableDocs(page, scriptLine) {
  const problems = [];
  const {toggles, code: sources} = await copyableCodeOfDocs(page);
  const withElements = sources.filter((text) => /<lp-[\w-]+/.test(text));
  // Each story's "Show code", and an element's docs page's own "Embed it".
  if (toggles > 0 && withElements.length < toggles + 1) problems.push(`${toggles} stories' "Show code" and "Embed it", but ${withElements.length} code blocks show an element`);
  for (const text of sources) {
    for (const found of placeholdersIn(text)) problems.push(`a code block holds ${found}: ${text.slice(0, 120)}`);
  }
  for (const text of withElements) {
    if (!text.trim().startsWith(scriptLine)) problems.push(`a code block does not start with the script line: ${text.slice(0, 120)}`);
  }
  return problems;
}

/** Every GFM table of an MDX guide renders as a table, and no paragraph shows a table's raw `|---|`. */
async function checkTables(page, importPath) {
  const problems = [];
  if (!importPath?.endsWith('.mdx')) return problems;
  const source = await readFile(fileURLToPath(new URL(`../../${importPath}`, import.meta.url)), 'utf8');
  const tables = source.split('\n').filter((line) => /^\|(?:\s*:?-{3,}:?\s*\|)+\s*$/.test(line.trim())).length;
  const shown = await page.evaluate(() => ({
    tables: document.querySelectorAll('.sbdocs-content table').length,
    raw: [...document.querySelectorAll('.sbdocs-content p')].filter((p) => /\|\s*:?-{3,}/.test(p.textContent)).length,
  }));
  if (shown.tables < tables) problems.push(`${importPath} has ${tables} tables, the page shows ${shown.tables}`);
  if (shown.raw > 0) problems.push(`${shown.raw} paragraphs show a table as raw Markdown`);
  return problems;
}

/**
 * Which story a preview shows: its id once it renders, `error` once Storybook shows its error page (a story
 * it cannot find), or undefined while it is still loading.
 */
const previewShows = (frame) =>
  frame
    .evaluate(() =>
      document.body?.classList.contains('sb-show-errordisplay') ? 'error' : window.__STORYBOOK_PREVIEW__?.currentRender?.id
    )
    .catch(() => undefined);

/** Old links: the manager's story or docs address, and the preview's, open the story under its new id. */
async function checkOldLinks(browser, origin) {
  const problems = [];
  const page = await browser.newPage();
  const shownWithin = async (timeout, frameOf) => {
    const deadline = Date.now() + timeout;
    let shown;
    do {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const frame = frameOf();
      shown = frame && (await previewShows(frame));
    } while (shown === undefined && Date.now() < deadline);
    return shown;
  };
  try {
    await watch(page, problems);
    for (const [old, now] of Object.entries(previousIds)) {
      const docs = now.endsWith('--docs');
      await page.goto(`${origin}/index.html?path=/${docs ? 'docs' : 'story'}/${old}`, {waitUntil: 'load'});
      // The first address loads the whole manager, which takes longest on a busy machine.
      const timeout = old === Object.keys(previousIds)[0] ? waitTimeout * 2 : waitTimeout;
      const shown = await shownWithin(timeout, () => page.frames().find((frame) => frame.url().includes('/iframe.html')));
      const address = await page.evaluate(() => decodeURIComponent(location.search));
      if (shown !== now) problems.push(`?path=/…/${old} shows ${shown ?? 'nothing'}, not ${now}`);
      else if (!address.includes(now)) problems.push(`?path=/…/${old} keeps the old id in the address: ${address}`);
      if (docs) continue;
      await page.goto(`${origin}/iframe.html?id=${old}&viewMode=story`, {waitUntil: 'load'});
      const id = await shownWithin(waitTimeout, () => page.mainFrame());
      if (id !== now) problems.push(`iframe.html?id=${old} shows ${id ?? 'nothing'}, not ${now}`);
      else await settled(page, sourceLocale);
    }
  } catch (error) {
    problems.push(error.message);
  } finally {
    await page.close().catch(() => {});
  }
  return problems;
}

/** The tab names the zone and shows its icon, not Storybook's. */
async function checkTab(browser, origin) {
  const problems = [];
  const page = await browser.newPage();
  try {
    await watch(page, problems);
    await page.goto(`${origin}/index.html?path=/story/elements-mission--plain`, {waitUntil: 'load'});
    const deadline = Date.now() + waitTimeout;
    let title;
    do {
      await new Promise((resolve) => setTimeout(resolve, 100));
      title = await page.title();
    } while ((!title.includes('Mission') || title.includes('Storybook')) && Date.now() < deadline);
    if (title.includes('Storybook') || !title.includes('Lokale Politie Schoten')) problems.push(`the tab says "${title}"`);
    const icon = await page.evaluate(async () => {
      const link = document.querySelector('link[rel~="icon"]');
      return link ? (await fetch(link.href)).text() : '';
    });
    if (!icon.includes('<title>Lokale Politie Schoten</title>')) problems.push("the tab's icon is not the zone's");
  } catch (error) {
    problems.push(error.message);
  } finally {
    await page.close();
  }
  return problems;
}

/**
 * Get the code: its script line is the expected one, and the code follows the toolbar's language and the
 * choices of language and form: by default the tag and the prerendered snippet carry the toolbar's `lang`
 * and the snippet is the finished element; "the page's" language drops `lang` from both, and the light
 * form is the text as plain HTML, in that language, with no template or style.
 */
async function checkGetTheCode(browser, origin, scriptLine) {
  const problems = [];
  const page = await browser.newPage();
  const choices = [...allLocales.map((locale) => ({locale})), {locale: 'fr', language: 'page', form: 'light'}, {locale: 'de', language: 'page'}, {locale: 'en', form: 'light'}];
  try {
    await watch(page, problems);
    for (const {locale, language = 'keeps', form = 'shadow'} of choices) {
      const chosen = `${locale}, ${language}, ${form}`;
      await page.goto(`${origin}/iframe.html?id=guides-get-the-code--get-the-code&viewMode=story&globals=locale:${locale}&args=${argsParam({language, form})}`, {waitUntil: 'load'});
      await settled(page, locale);
      const deadline = Date.now() + waitTimeout;
      let code;
      do {
        await new Promise((resolve) => setTimeout(resolve, 100));
        code = await page.evaluate(() => [...document.querySelectorAll('.lp-code pre')].map((pre) => pre.textContent));
      } while (code.length < 2 && Date.now() < deadline);
      const [withScript = '', prerendered = ''] = code;
      if (!withScript.startsWith(scriptLine)) problems.push(`[${chosen}] the script line is not ${scriptLine}: ${withScript}`);
      for (const text of code) for (const found of placeholdersIn(text)) problems.push(`[${chosen}] the code holds ${found}`);
      const tagLang = (markup) => markup.match(/<lp-[\w-]+\b[^>]*?\slang="([\w-]+)"/)?.[1];
      const expectedTagLang = language === 'keeps' ? locale : undefined;
      if (tagLang(withScript) !== expectedTagLang) problems.push(`[${chosen}] the tag's lang is ${tagLang(withScript) ?? 'none'}: ${withScript.split('\n').at(-1)}`);
      if (tagLang(prerendered) !== expectedTagLang) problems.push(`[${chosen}] the prerendered snippet's tag has lang ${tagLang(prerendered) ?? 'none'}`);
      const hasTemplate = /<template\b/.test(prerendered) || /<style\b/.test(prerendered);
      if (hasTemplate !== (form === 'shadow')) problems.push(`[${chosen}] the prerendered snippet ${hasTemplate ? 'holds' : 'lacks'} a template and style`);
      const textLang = prerendered.match(/(?:<template\b[^>]*>[\s\S]*?)?<div\b[^>]*\blang="([\w-]+)"/)?.[1];
      if (textLang !== locale) problems.push(`[${chosen}] the prerendered snippet's text is in ${textLang ?? 'no language'}`);
    }
  } catch (error) {
    problems.push(error.message);
  } finally {
    await page.close();
  }
  return problems;
}

/**
 * Theming's "Copy CSS": what the button copies, put in a blank part of the page on a fresh element, gives
 * it exactly the custom properties the story's element has; and the table of painted colours says the
 * headings are painted in another colour than the orange picked, as the heading shows them.
 */
async function checkCopyCss(browser, origin) {
  const problems = [];
  const page = await browser.newPage();
  await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const chosen = {'--lp-accent-color': '#f39200', '--lp-spacing': 1.5, '--lp-font-family': 'serif', '--lp-measure': 50};
  try {
    await watch(page, problems);
    await page.goto(`${origin}/iframe.html?id=guides-theming--custom-properties&viewMode=story&args=${argsParam(chosen)}`, {waitUntil: 'load'});
    await settled(page, sourceLocale);
    await page.click('button[aria-label="Copy CSS: the custom properties"]');
    // The button says what it did: copied to the clipboard, or (where the clipboard is refused) selected.
    await page.waitForFunction(() => document.querySelector('button[aria-label="Copy CSS: the custom properties"]').textContent.trim() !== 'Copy CSS', {
      timeout: waitTimeout,
    });
    const copied = await page.evaluate(async () => {
      const button = document.querySelector('button[aria-label="Copy CSS: the custom properties"]');
      return button.textContent.trim() === 'Copied' ? navigator.clipboard.readText() : getSelection().toString();
    });
    for (const [name, value] of Object.entries(chosen)) {
      if (!copied.includes(`${name}:`)) problems.push(`the copied CSS leaves out ${name} (${value}): ${copied}`);
    }
    const compared = await page.evaluate((css) => {
      const names = ['--lp-font-family', '--lp-text-color', '--lp-accent-color', '--lp-surface-color', '--lp-spacing', '--lp-radius',
        '--lp-letter-size', '--lp-title-size', '--lp-heading-size', '--lp-measure'];
      const story = document.querySelector('#storybook-root lp-mission-vision-values');
      const blank = document.createElement('div');
      blank.attachShadow({mode: 'open'}).innerHTML = `<style>${css}</style><lp-mission-vision-values></lp-mission-vision-values>`;
      document.body.append(blank);
      const pasted = blank.shadowRoot.querySelector('lp-mission-vision-values');
      const read = (element) => Object.fromEntries(names.map((name) => [name, getComputedStyle(element).getPropertyValue(name).trim()]));
      const result = {story: read(story), pasted: read(pasted)};
      blank.remove();
      return result;
    }, copied);
    for (const [name, value] of Object.entries(compared.story)) {
      if (compared.pasted[name] !== value) problems.push(`pasted, the CSS gives ${name} "${compared.pasted[name]}", the story "${value}"`);
    }
    const headings = await page.evaluate(async () => {
      const table = document.querySelector('story-painted-colours');
      await table.updateComplete;
      const row = table.shadowRoot.querySelector('tr[data-colour="Headings"]');
      const heading = document.querySelector('#storybook-root lp-mission-vision-values').shadowRoot.querySelector('.heading');
      const context = document.createElement('canvas').getContext('2d');
      context.fillStyle = getComputedStyle(heading).color;
      context.fillRect(0, 0, 1, 1);
      const painted = `#${[...context.getImageData(0, 0, 1, 1).data.slice(0, 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
      return {shown: row?.querySelector('[data-painted]')?.dataset.painted, why: row?.lastElementChild?.textContent.trim(), painted};
    });
    if (headings.shown !== headings.painted) problems.push(`the table says headings are ${headings.shown}, they are ${headings.painted}`);
    if (headings.painted === '#f39200' || !/^Changed: #f39200 reaches only/.test(headings.why ?? '')) {
      problems.push(`the headings' change from #f39200 is not explained: "${headings.why}"`);
    }
  } catch (error) {
    problems.push(error.message);
  } finally {
    await page.close();
  }
  return problems;
}

async function main() {
  const started = performance.now();
  const entries = await indexEntries();
  const ids = entries.filter((entry) => entry.type === 'story').map((entry) => entry.id);
  if (ids.length === 0) throw new Error('storybook-static/index.json lists no stories');
  // One story of each component carries its controls into the links.
  const linkIds = ids.filter((id, index) => ids.findIndex((other) => other.split('--')[0] === id.split('--')[0]) === index);
  defaults = await attributeDefaults();
  const {server, origin} = await serve(staticDir);
  const browser = await launchChromium();
  const failures = new Map();
  const docsEntries = entries.filter((entry) => entry.type === 'docs');
  const docsIds = docsEntries.map((entry) => entry.id);
  const scriptLine = await expectedScriptLine();
  const reviewPaths = [
    {name: 'README code blocks', run: () => checkReadme()},
    {name: 'links of earlier rounds', run: () => checkOldLinks(browser, origin)},
    {name: 'tab title and icon', run: () => checkTab(browser, origin)},
    {name: 'Get the code', run: () => checkGetTheCode(browser, origin, scriptLine)},
    {name: 'Theming: Copy CSS', run: () => checkCopyCss(browser, origin)},
  ];
  const jobs = [
    ...reviewPaths,
    ...ids.map((id) => ({name: id, run: () => checkStory(browser, origin, id)})),
    ...docsEntries.map((entry) => ({name: entry.id, run: () => checkDocs(browser, origin, entry, scriptLine)})),
    ...linkIds.map((id) => ({name: `${id} (links)`, run: () => checkLinks(browser, origin, id)})),
  ];
  try {
    const queue = [...jobs];
    const worker = async () => {
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
        // A check that could not finish fails with what stopped it; the others go on.
        const problems = await job.run().catch((error) => [`could not finish: ${error.message}`]);
        if (problems.length > 0) failures.set(job.name, problems);
        console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${job.name}`);
      }
    };
    await Promise.all(Array.from({length: parallelPages}, worker));
  } finally {
    await browser.close();
    server.close();
  }

  for (const [name, problems] of failures) {
    console.error(`\n${name}:`);
    for (const problem of [...new Set(problems)]) console.error(`  - ${problem}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const failedStories = ids.filter((id) => failures.has(id)).length;
  const failedLinks = linkIds.filter((id) => failures.has(`${id} (links)`)).length;
  const failedDocs = docsIds.filter((id) => failures.has(id)).length;
  const failedPaths = reviewPaths.filter((job) => failures.has(job.name)).map((job) => job.name);
  console.log(
    `\nStorybook check: ${ids.length} stories, ${ids.length - failedStories} passed, ${failedStories} failed ` +
      `(${looks.map((look) => look.name).join(', ')} x ${allLocales.join(', ')}; ` +
      `errors, network, text, axe); links of ${linkIds.length} components, ${linkIds.length - failedLinks} kept ` +
      `every setting; ${docsIds.length} docs pages, ${docsIds.length - failedDocs} shown with their tables and copyable code; ` +
      `${reviewPaths.length - failedPaths.length} of ${reviewPaths.length} review paths kept (${reviewPaths.map((job) => job.name).join(', ')}); in ${seconds}s`
  );
  process.exitCode = failures.size > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(`Storybook check could not run: ${error.stack ?? error}`);
  process.exitCode = 1;
});
