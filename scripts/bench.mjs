/**
 * `npm run bench` (which builds first): what the elements cost a partner's page, as one markdown table.
 *
 * (a) the gzip bytes a page fetches for Dutch, and the extra bytes for each other language, as counted
 *     from the requests Chromium makes;
 * (b) with the CPU throttled 4x, the time until the whole-page element's text is painted (first
 *     contentful paint of a page holding only that element), against a static page with the same text and
 *     the same styles (the element's own shadow DOM and stylesheet, written out as declarative shadow DOM);
 *     median of RUNS runs each, and their ratio;
 * (c) the cumulative layout shift of the demo page (demo/gemeente.html with the built script), with the
 *     README's space reservations (until defined, and always) and without one, in Dutch and French, on a
 *     desktop and a phone viewport, with the CPU throttled 4x and the network as "Fast 4G";
 * (d) the prerendered snippets: their HTML bytes per element (gzip); the time to text of a page holding the
 *     whole-page snippet and no script, against the static page of (b); the layout shift of that page with
 *     the script arriving 2 s late, against the bare tag without reservation; and the largest contentful
 *     paint of each; on a desktop and a phone viewport.
 * (e) the light form of each element (dist/snippets/light/), on a partner page with more of the page below
 *     it: the layout shift when the script, arriving 2 s late, takes it over, without a reservation and
 *     with the README's rules holding the element's real height until it has rendered; and the height of
 *     the light text in the page's style against the element's, which the shift comes from; on a desktop
 *     and a phone viewport.
 *
 * Timings are reported, never asserted: they depend on the machine. The byte budgets are asserted by
 * `npm test` (test/package/size-budgets.mjs).
 */
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {PredefinedNetworkConditions} from 'puppeteer-core';
import {launchChromium, serve, showsTexts, waitFor, watch} from '../test/support/harness.mjs';
import {snippet} from './snippet-includes.mjs';

const runs = Number(process.env.RUNS ?? 15);
const root = new URL('..', import.meta.url);
const file = (path) => readFileSync(new URL(path, root));
const gzipBytes = (path) => gzipSync(file(path), {level: 9}).length;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await serve({folders: {'/dist/': new URL('dist/', root).pathname, '/demo/': new URL('demo/', root).pathname}});
const browser = await launchChromium();
const rows = [];

/** A fresh page, throttled as asked, with nothing cached. */
async function newPage({cpu = 1, network, viewport = {width: 1280, height: 800}} = {}) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.setViewport(viewport);
  const session = await page.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', {rate: cpu});
  if (network) await page.emulateNetworkConditions(network);
  return page;
}

const whole = 'lp-mission-vision-values';
const host = '<style>body { font: 17px/1.6 system-ui, sans-serif; max-width: 48rem; margin: 0 auto; padding: 1.5rem; }</style>';
const shell = (lang, head, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bench</title>${host}${head}</head><body>${body}</body></html>`;

// (a) Bytes: what Chromium fetches for a page in each language.
const locales = ['nl', 'fr', 'de', 'en'];
let dutchBytes = 0;
for (const locale of locales) {
  server.pages.set(`/bytes-${locale}.html`, {
    body: shell(locale, '<script type="module" src="/dist/lp-schoten.js"></script>', `<${whole}></${whole}>`),
  });
  const page = await newPage();
  const record = watch(page);
  await page.goto(`${server.origin}/bytes-${locale}.html`);
  await waitFor(page, `the ${locale} text`, (tag, lang) => document.querySelector(tag)?.shadowRoot?.querySelector(`[lang="${lang}"]`), whole, locale);
  await page.close();
  const fetched = record.requests.filter((url) => url.includes('/dist/')).map((url) => new URL(url).pathname.slice(1));
  const bytes = fetched.reduce((sum, path) => sum + gzipBytes(path), 0);
  if (locale === 'nl') {
    dutchBytes = bytes;
    rows.push(['(a) bytes', 'Dutch page: main ES module (all four elements, Lit, Dutch)', `${bytes} B`, fetched.join(' + ')]);
  } else {
    rows.push(['(a) bytes', `extra for ${locale}`, `+${bytes - dutchBytes} B`, fetched.slice(1).join(' + ')]);
  }
}
rows.push(['(a) bytes', 'classic script (every language inside)', `${gzipBytes('dist/lp-schoten.classic.js')} B`, 'dist/lp-schoten.classic.js']);

// (b) Time to text. The static page is the element's own rendering, frozen: its shadow DOM (without
// Lit's comment markers) and its stylesheets' rules, as declarative shadow DOM, without any script.
server.pages.set('/element.html', {body: shell('nl-BE', '<script type="module" src="/dist/lp-schoten.js"></script>', `<${whole}></${whole}>`)});
const probe = await newPage();
await probe.goto(`${server.origin}/element.html`);
await waitFor(probe, 'the whole-page element', showsTexts, {[whole]: ['Samenwerking']});
const frozen = await probe.evaluate((tag) => {
  const shadow = document.querySelector(tag).shadowRoot;
  const css = shadow.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  return {css, html: shadow.innerHTML.replace(/<!--[^]*?-->/g, '')};
}, whole);
await probe.close();
server.pages.set('/static.html', {
  body: shell('nl-BE', '', `<div><template shadowrootmode="open"><style>${frozen.css}</style>${frozen.html}</template></div>`),
});

async function timeToText(path) {
  const page = await newPage({cpu: 4});
  await page.goto(`${server.origin}${path}`);
  await waitFor(page, 'the text', (tag) => document.querySelector(tag)?.shadowRoot?.textContent.includes('Samenwerking'), path.startsWith('/static') ? 'div' : whole);
  const paint = await waitFor(page, 'the first contentful paint', () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
  await page.close();
  return paint;
}
const times = {static: [], element: []};
await timeToText('/static.html');
await timeToText('/element.html');
for (let run = 0; run < runs; run++) {
  times.static.push(await timeToText('/static.html'));
  times.element.push(await timeToText('/element.html'));
}
const [staticTime, elementTime] = [median(times.static), median(times.element)];
const how = `4x CPU, median of ${runs}`;
rows.push(['(b) time to text', 'static HTML, same text and styles', `${staticTime.toFixed(0)} ms`, how]);
rows.push(['(b) time to text', `\`<${whole}>\``, `${elementTime.toFixed(0)} ms`, how]);
rows.push(['(b) time to text', 'ratio element / static', `${(elementTime / staticTime).toFixed(2)}`, how]);

// (c) Layout shift of the demo page, built, with the README's reservations in place of its own.
// `:not(:defined)` keeps the place until the script has defined the element; on a page in another
// language than Dutch the element then waits for its language chunk, empty: `:not(:state(rendered))`
// keeps the place through that too, as does a reservation that stays (no larger than the real height).
const untilDefined = 'lp-mission-vision-values:not(:defined) { display: block; min-height: 90em; }';
const reservations = {
  'until-rendered': `${untilDefined} lp-mission-vision-values:not(:state(rendered)) { display: block; min-height: 90em; }`,
  'until-defined': untilDefined,
  'always': 'lp-mission-vision-values { display: block; min-height: 90em; }',
  'none': '',
};
const demoHtml = file('demo/gemeente.html').toString();
const demoCss = file('demo/reserve-room.css').toString();
const demoReservation = /lp-mission-vision-values:not\(:defined\)\s*\{[^}]*\}\s*lp-mission-vision-values:not\(:state\(rendered\)\)\s*\{[^}]*\}/;
if (!demoHtml.includes('../src/lp-schoten.ts')) throw new Error('demo/gemeente.html no longer loads ../src/lp-schoten.ts');
if (!demoReservation.test(demoCss)) throw new Error('demo/reserve-room.css no longer reserves space with :not(:defined) and :not(:state(rendered))');
for (const [variant, css] of Object.entries(reservations)) {
  server.pages.set(`/demo/reserve-room.${variant}.css`, {body: demoCss.replace(demoReservation, css), type: 'text/css'});
  for (const lang of ['nl-BE', 'fr-BE']) {
    const html = demoHtml
      .replace('../src/lp-schoten.ts', '../dist/lp-schoten.js')
      .replace('./reserve-room.css', `./reserve-room.${variant}.css`)
      .replace(/<html lang="[^"]*">/, `<html lang="${lang}">`);
    server.pages.set(`/demo/gemeente.${variant}.${lang}.html`, {body: html});
  }
}

async function layoutShift(path, lang, viewport) {
  const page = await newPage({cpu: 4, network: PredefinedNetworkConditions['Fast 4G'], viewport});
  await page.evaluateOnNewDocument(() => {
    window.layoutShift = 0;
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
  });
  await page.goto(`${server.origin}${path}`);
  const rendered = (tag, locale) => document.querySelector(tag)?.shadowRoot?.querySelector(`[lang="${locale}"] dd`);
  await waitFor(page, 'the whole-page element', rendered, whole, lang.slice(0, 2));
  // Layout shifts are reported after the frame that has them.
  await new Promise((settle) => setTimeout(settle, 1000));
  const shift = await page.evaluate(() => window.layoutShift);
  await page.close();
  return shift;
}
const viewports = {desktop: {width: 1280, height: 800}, phone: {width: 390, height: 844}};
const shiftRuns = Math.max(5, Math.round(runs / 3));
for (const variant of Object.keys(reservations)) {
  for (const lang of ['nl-BE', 'fr-BE']) {
    for (const [name, viewport] of Object.entries(viewports)) {
      const shifts = [];
      for (let run = 0; run < shiftRuns; run++) shifts.push(await layoutShift(`/demo/gemeente.${variant}.${lang}.html`, lang, viewport));
      const measure = `demo page, ${lang}, ${name} ${viewport.width}x${viewport.height}, reservation: ${variant}`;
      rows.push(['(c) layout shift', measure, median(shifts).toFixed(3), `4x CPU, Fast 4G, median of ${shiftRuns}`]);
    }
  }
}

// (d) Prerendered snippets.
for (const tag of ['lp-mission', 'lp-vision-list', 'lp-values-acronym', whole]) {
  const sizes = ['plain', 'card'].map((variant) => `${gzipBytes(`dist/snippets/${tag}.nl.${variant}.html`)} B ${variant}`);
  rows.push(['(d) prerendered', `HTML of \`<${tag}>\`, Dutch`, sizes.join(', '), `dist/snippets/${tag}.nl.*.html, gzip -9`]);
}
// A partner page (a title, a paragraph, the element, a footer) with the build's whole-page snippet:
// alone, with the script arriving 2 s after the page (the partner's CDN is slow), and, to compare, with
// the bare tag and the script and no reservation; each with the styles of (b).
const partnerPage = (head, element) =>
  shell('nl-BE', head, `<h1>Veiligheid in Schoten</h1><p>De gemeente en de lokale politie werken samen.</p>${element}<footer><p>Voor dringende politiehulp belt u 101.</p></footer>`);
const wholeSnippet = await snippet(`${whole}.nl.plain`);
server.pages.set('/prerendered.html', {body: partnerPage('', wholeSnippet)});
server.pages.set('/prerendered-late-script.html', {body: partnerPage('<script type="module" src="/late/lp-schoten.js"></script>', wholeSnippet)});
server.pages.set('/late/lp-schoten.js', {body: file('dist/lp-schoten.js'), type: 'text/javascript', delay: 2000});
server.pages.set('/bare-tag.html', {body: partnerPage('<script type="module" src="/dist/lp-schoten.js"></script>', `<${whole}></${whole}>`)});

/** First contentful paint, largest contentful paint and layout shift of `path`, once its text is shown. */
async function paints(path, {viewport, takeOver = false} = {}) {
  const page = await newPage({cpu: 4, network: PredefinedNetworkConditions['Fast 4G'], viewport});
  await page.evaluateOnNewDocument(() => {
    window.paints = {shift: 0, largest: 0};
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.paints.shift += entry.hadRecentInput ? 0 : entry.value))).observe({type: 'layout-shift', buffered: true});
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.paints.largest = entry.startTime))).observe({type: 'largest-contentful-paint', buffered: true});
  });
  await page.goto(`${server.origin}${path}`);
  await waitFor(page, 'the text', (tag) => document.querySelector(tag)?.shadowRoot?.textContent.includes('Samenwerking'), path.startsWith('/static') ? 'div' : whole);
  if (takeOver) await waitFor(page, 'the take-over', (tag) => document.querySelector(tag)?.hasUpdated, whole);
  await new Promise((settle) => setTimeout(settle, 1000));
  const result = await page.evaluate(() => ({...window.paints, first: performance.getEntriesByName('first-contentful-paint')[0]?.startTime}));
  await page.close();
  return result;
}
const measured = {};
for (const [name, path, options] of [
  ['prerendered, no script', '/prerendered.html', {}],
  ['prerendered, script 2 s late', '/prerendered-late-script.html', {takeOver: true}],
  ['bare tag, no reservation', '/bare-tag.html', {takeOver: true}],
]) {
  for (const [viewportName, viewport] of Object.entries(viewports)) {
    const samples = [];
    for (let run = 0; run < shiftRuns; run++) samples.push(await paints(path, {...options, viewport}));
    const middle = (key) => median(samples.map((sample) => sample[key]));
    measured[`${name} ${viewportName}`] = middle('first');
    const how = `4x CPU, Fast 4G, ${viewportName}, median of ${shiftRuns}`;
    rows.push(['(d) prerendered', `${name}: first contentful paint / largest contentful paint`, `${middle('first').toFixed(0)} ms / ${middle('largest').toFixed(0)} ms`, how]);
    rows.push(['(d) prerendered', `${name}: layout shift`, middle('shift').toFixed(3), how]);
  }
}
// Time to text against static HTML: the same partner page with the element's own rendering frozen into
// it, as in (b).
server.pages.set('/static-partner.html', {
  body: partnerPage('', `<div><template shadowrootmode="open"><style>${frozen.css}</style>${frozen.html}</template></div>`),
});
for (const [viewportName, viewport] of Object.entries(viewports)) {
  const samples = [];
  for (let run = 0; run < shiftRuns; run++) samples.push((await paints('/static-partner.html', {viewport})).first);
  const ratio = measured[`prerendered, no script ${viewportName}`] / median(samples);
  rows.push(['(d) prerendered', `time to text, prerendered / static HTML, ${viewportName}`, ratio.toFixed(2), `first contentful paint, median of ${shiftRuns}`]);
}

// (e) The light form of each element, in Dutch, on the partner page of (d) with more of the page below it:
// its text in the page's style until the script, 2 s late, takes it over, and then the element's own look,
// whose height differs. Without a reservation, and with the README's rules holding the element's real
// height (measured first, on the same page and viewport) until it has rendered.
const pageBelow = '<p>Voor dringende politiehulp belt u 101.</p>'.repeat(12);
const lightPage = (head, element) =>
  shell('nl-BE', `${head}<script type="module" src="/late/lp-schoten.js"></script>`, `<h1>Veiligheid in Schoten</h1><p>De gemeente en de lokale politie werken samen.</p>${element}<footer>${pageBelow}</footer>`);

/** The height of the light text before the take-over, the element's after, and the layout shift. */
async function takeOver(path, tag, viewport) {
  const page = await newPage({cpu: 4, network: PredefinedNetworkConditions['Fast 4G'], viewport});
  await page.evaluateOnNewDocument((tag) => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.layoutShift += entry.hadRecentInput ? 0 : entry.value))).observe({type: 'layout-shift', buffered: true});
    // The light text's height in the last frame before the script defined the element.
    window.lightHeight = NaN;
    const watchLight = () => {
      if (customElements.get(tag)) return;
      const element = document.querySelector(tag);
      if (element) window.lightHeight = element.getBoundingClientRect().height;
      requestAnimationFrame(watchLight);
    };
    requestAnimationFrame(watchLight);
  }, tag);
  await page.goto(`${server.origin}${path}`);
  await waitFor(page, 'the take-over', (tag) => document.querySelector(tag)?.hasUpdated, tag);
  await new Promise((settle) => setTimeout(settle, 1000));
  const measured = await page.evaluate((tag) => ({shift: window.layoutShift, light: window.lightHeight, live: document.querySelector(tag).getBoundingClientRect().height}), tag);
  await page.close();
  return measured;
}
for (const tag of ['lp-mission', 'lp-vision-list', 'lp-values-acronym', whole]) {
  const element = await snippet(`light/${tag}.nl.plain`);
  for (const [viewportName, viewport] of Object.entries(viewports)) {
    const bare = `/light-${tag}-${viewportName}.html`;
    server.pages.set(bare, {body: lightPage('', element)});
    const {live} = await takeOver(bare, tag, viewport);
    const rule = (selector) => `${tag}:${selector} { display: block; min-height: ${Math.round(live)}px; }`;
    const reserved = `/light-${tag}-${viewportName}-reserved.html`;
    server.pages.set(reserved, {body: lightPage(`<style>${rule('not(:defined)')} ${rule('not(:state(rendered))')}</style>`, element)});
    const how = `Dutch, script 2 s late, 4x CPU, Fast 4G, ${viewportName} ${viewport.width}x${viewport.height}, median of ${shiftRuns}`;
    for (const [name, path] of [['no reservation', bare], [`reservation of ${Math.round(live)}px until rendered`, reserved]]) {
      const samples = [];
      for (let run = 0; run < shiftRuns; run++) samples.push(await takeOver(path, tag, viewport));
      const middle = (key) => median(samples.map((sample) => sample[key]));
      rows.push(['(e) light form', `\`<${tag}>\`, ${name}: layout shift at the take-over`, middle('shift').toFixed(3), how]);
      if (name === 'no reservation') rows.push(['(e) light form', `\`<${tag}>\`: height of the light text / of the element`, `${middle('light').toFixed(0)} px / ${middle('live').toFixed(0)} px`, how]);
    }
  }
}

await browser.close();
server.close();

console.log(`\n| | measure | value | how |\n|---|---|---|---|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log('\nReservations (c), in place of the demo page\'s own:');
for (const [variant, css] of Object.entries(reservations)) console.log(`- ${variant}: ${css ? `\`${css}\`` : 'no rule'}`);
