/**
 * What CMS editors and sanitizers keep of each form of a snippet, measured in Debian's Chromium, and the
 * README's "In your CMS" table checked against it, cell by cell.
 *
 * The forms: the shadow form (the prerendered snippet), the light form (the element's text as ordinary
 * HTML inside its tag) and the bare tag. The editors and sanitizers: DOMPurify and sanitize-html with their
 * defaults, DOMPurify with the options the README gives for it, CKEditor 5 (Drupal 10/11's and TYPO3 12+'s
 * editor) without General HTML Support, with the configuration the README gives for TYPO3, with what Drupal's "Full HTML" format gives it, and with what
 * Drupal's "Limit allowed HTML tags" gives it once the README's line is added. Each result is shown in a page
 * without the script, then in a page with it, and read as a visitor gets it.
 *
 * Also: the light form of every element, in every language and with every attribute a partner can choose,
 * keeps its tag, its attributes and its text word for word through CKEditor 5 with the README's
 * configuration, loaded and saved twice; and a light form in French is read in French only where its tag
 * stays.
 *
 * After `npm run build`; `npm run test:consumers` runs it.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {documentedHtmlSupport, sanitizeHtmlDefaults} from '../../scripts/cms-sanitizers.mjs';
import {launchChromium, serve, waitFor, watch} from '../support/harness.mjs';
import {suite} from '../support/suite.mjs';

const project = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(new URL('README.md', `file://${project}`), 'utf8');
const {renderSnippet} = await import(new URL('dist/ssr.js', `file://${project}`).href);

const tags = ['lp-mission', 'lp-vision-list', 'lp-values-acronym', 'lp-mission-vision-values'];
const locales = ['nl', 'fr', 'de', 'en'];

/** The three forms of `tag`, as a partner pastes them. */
const forms = async (tag, lang) => ({
  shadow: (await renderSnippet(tag, {lang})).trim(),
  light: (await renderSnippet(tag, {lang, form: 'light'})).trim(),
  bare: `<${tag} heading-level="2"></${tag}>`,
});

// What Drupal's CKEditor 5 gets from its text formats (core/modules/ckeditor5): "Full HTML" has no HTML
// restrictions, and Drupal allows anything (ckeditor5.ckeditor5.yml, ckeditor5_arbitraryHtmlSupport);
// a format with "Limit allowed HTML tags" gives each allowed tag a rule by its name and each listed
// attribute as `{key, value: true}` (HTMLRestrictions::toGeneralHtmlSupportConfig).
const drupalFullHtml = {allow: [{name: {pattern: '.*'}, attributes: true, classes: true, styles: true}]};
function drupalRestricted(allowedTags) {
  return {
    allow: [...allowedTags.matchAll(/<([a-z][a-z0-9-]*)([^>]*)>/g)].map(([, name, attributes]) => ({
      name,
      ...(attributes.trim() ? {attributes: attributes.trim().split(/\s+/).map((key) => ({key, value: true}))} : {}),
    })),
  };
}
const drupalLine = readme.match(/^\s*(<lp-mission [^\n]*>)\s*$/m)?.[1];
assert.ok(drupalLine, 'the README gives the line for "Limit allowed HTML tags"');
// Drupal's standard "Basic HTML" already allows these, through its Source editing settings.
const drupalBasicHtml = drupalRestricted(`<cite> <dl> <dt> <dd> <a hreflang> <blockquote cite> <ul type> <ol start type> <h2 id> <h3 id> <h4 id> <h5 id> <h6 id> ${drupalLine}`);
const documented = await documentedHtmlSupport();
// The README names the version of CKEditor 5 its findings were measured with: the one installed here.
const ckeditorVersion = JSON.parse(readFileSync(`${project}node_modules/ckeditor5/package.json`, 'utf8')).version;
assert.ok(readme.includes(`CKEditor 5 ${ckeditorVersion} from npm`), `the README names CKEditor 5 ${ckeditorVersion}, the version tested`);
// The DOMPurify options the README gives for a CMS whose sanitizer its owner can configure.
const dompurifyConfigured = readme.match(/`DOMPurify\.sanitize\(snippet, (\{.*\})\)`/)?.[1];
assert.ok(dompurifyConfigured, "the README's DOMPurify configuration");

/** The rows of the README's table: how each turns pasted HTML into what is saved. */
const sanitizers = {
  'DOMPurify, its defaults': {in: 'page', run: (html) => window.DOMPurify.sanitize(html)},
  'DOMPurify, with the options given below': {in: 'page', run: (html, options) => window.DOMPurify.sanitize(html, new Function(`return ${options}`)()), config: dompurifyConfigured},
  'sanitize-html, its defaults': {in: 'node', run: sanitizeHtmlDefaults},
  'CKEditor 5 without General HTML Support': {in: 'page', run: (html) => window.throughCkeditor(html)},
  'CKEditor 5 with the TYPO3 configuration above': {in: 'page', run: (html, config) => window.throughCkeditor(html, window.fromYaml(config)), config: documented},
  'CKEditor 5 in Drupal, Full HTML': {in: 'page', run: (html, config) => window.throughCkeditor(html, window.fromYaml(config)), config: drupalFullHtml},
  'CKEditor 5 in Drupal, Basic HTML with the line above': {in: 'page', run: (html, config) => window.throughCkeditor(html, window.fromYaml(config)), config: drupalBasicHtml},
};

const page = (head) => `<!doctype html>
<html lang="nl-BE">
  <head><meta charset="utf-8"><title>CMS page</title>${head}</head>
  <body><main></main></body>
</html>`;
const server = await serve({
  folders: {
    '/demo/': `${project}demo`,
    '/dist/': `${project}dist`,
    '/node_modules/': `${project}node_modules`,
  },
  pages: new Map([
    [
      '/editor.html',
      {
        body: page(`<script type="module">
import DOMPurify from '/node_modules/dompurify/dist/purify.es.mjs';
import {fromYaml, throughCkeditor} from '/demo/cms-editor.js';
Object.assign(window, {DOMPurify, fromYaml, throughCkeditor, ready: true});
</script>`),
      },
    ],
    ['/without-script.html', {body: page('')}],
    ['/with-script.html', {body: page('<script type="module" src="/dist/lp-schoten.js"></script>')}],
  ]),
});
const browser = await launchChromium();

async function open(path) {
  const tab = await browser.newPage();
  const record = watch(tab);
  await tab.goto(`${server.origin}${path}`);
  return {tab, record};
}
const editor = await open('/editor.html');
await waitFor(editor.tab, 'the editor page', () => window.ready);

/** `html` after the sanitizer `name`. */
async function sanitized(name, html) {
  const sanitizer = sanitizers[name];
  if (sanitizer.in === 'node') return sanitizer.run(html);
  return editor.tab.evaluate(sanitizer.run, html, sanitizer.config);
}

/** In the page: puts `html` in `<main>`, as the CMS puts the saved HTML in its page. */
const put = (html) => document.querySelector('main').setHTMLUnsafe(html);

/**
 * In the page: what a visitor gets of `<main>`: the blocks of text shown (shadow roots included, what is
 * not displayed left out), the heading outline, and the `tag` element's attributes (`null` without one).
 */
function read(tag) {
  const main = document.querySelector('main');
  const blocks = [];
  const headings = [];
  const walk = (node, block) => {
    if (node.nodeType === Node.TEXT_NODE) return block.push(node.textContent);
    if (!(node instanceof Element)) return;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const inline = style.display.startsWith('inline');
    const own = inline ? block : [];
    for (const child of node.shadowRoot?.childNodes ?? node.childNodes) walk(child, own);
    if (inline) return;
    blocks.push(own.join(''));
    if (/^h[1-6]$/.test(node.localName)) headings.push(`${node.localName} ${own.join('').replace(/\s+/g, ' ').trim()}`);
  };
  walk(main, []);
  const element = main.querySelector(tag);
  // The language a screen reader reads the first heading and the first value word in.
  const languageOf = (node) => node?.closest('[lang]')?.getAttribute('lang') ?? null;
  const valueWord = main.querySelector('dt span, dt');
  return {
    languages: {heading: languageOf(main.querySelector('h1, h2, h3, h4, h5, h6')), valueWord: languageOf(valueWord?.firstElementChild ?? valueWord)},
    text: blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean),
    headings,
    attributes: element && Object.fromEntries([...element.attributes].map(({name, value}) => [name, value])),
  };
}

/** What a visitor gets of `html`: in a page without the script, and in a page with it. */
async function visit(html, tag) {
  const {tab: still} = await open('/without-script.html');
  await still.evaluate(put, html);
  const before = await still.evaluate(read, tag);
  await still.close();
  const {tab: live, record} = await open('/with-script.html');
  await waitFor(live, 'the script', () => customElements.get('lp-mission'));
  await live.evaluate(put, html);
  // The element renders once its language is there; a page without the element has nothing to wait for.
  await waitFor(live, 'the element to render', (tag) => !document.querySelector(tag) || document.querySelector(tag).hasUpdated, tag);
  const after = await live.evaluate(read, tag);
  await live.close();
  return {before, after, errors: record.errors};
}

const {test, runTests} = suite('CMS editor tests');

// The attributes a partner chooses, each kept through the editor: the defaults, every other attribute, and
// a snippet that follows the page's language (no `lang` on its tag).
const choices = (tag) => [
  {},
  {variant: 'card', headingLevel: 4, hideHeading: true, ...(tag === 'lp-values-acronym' ? {layout: 'word'} : {})},
];

test('the light form of every element, in every language and with every attribute, keeps its tag, attributes and text through CKEditor 5 with the TYPO3 configuration, loaded and saved twice', async () => {
  for (const tag of tags) {
    for (const lang of locales) {
      for (const options of [...choices(tag).map((choice) => ({lang, ...choice})), {pageLang: lang}]) {
        const what = `${tag} ${JSON.stringify(options)}`;
        const light = (await renderSnippet(tag, {...options, form: 'light'})).trim();
        const once = await sanitized('CKEditor 5 with the TYPO3 configuration above', light);
        const twice = await sanitized('CKEditor 5 with the TYPO3 configuration above', once);
        assert.equal(twice, once, `${what}: saved again, the same`);
        const {tab} = await open('/without-script.html');
        await tab.evaluate(put, light);
        const pasted = await tab.evaluate(read, tag);
        await tab.evaluate(put, twice);
        const saved = await tab.evaluate(read, tag);
        await tab.close();
        assert.deepEqual(saved.attributes, pasted.attributes, `${what}: the tag and its attributes`);
        assert.equal(saved.attributes.lang, options.lang, `${what}: the language it was made for, or none to follow the page`);
        if (options.hideHeading) assert.equal(saved.attributes['hide-heading'], '', `${what}: hide-heading`);
        assert.deepEqual(saved.text, pasted.text, `${what}: the text, word for word`);
        assert.deepEqual(saved.headings, pasted.headings, `${what}: the heading outline`);
      }
    }
  }
});

const joined = (read) => read.text.join(' ');

/**
 * What `result` (a visit) keeps of `raw` (the visit of what was pasted), in the words of the README's table.
 * `live` is what the live element shows: the whole text, read once.
 */
function verdict(raw, result, live) {
  const before = joined(result.before);
  const tag = result.before.attributes ? (JSON.stringify(result.before.attributes) === JSON.stringify(raw.before.attributes) ? 'kept' : 'changed') : 'gone';
  const isLive = joined(result.after) === live;
  if (tag === 'gone') {
    if (before.includes(':host')) return before.endsWith(joined(raw.before)) ? 'the CSS as text, then the text' : 'the CSS as text';
    if (!before) return 'nothing';
    if (before === joined(raw.before) && result.before.headings.join() === raw.before.headings.join()) return "the text, in your page's style";
    return 'part of the text';
  }
  if (tag === 'kept' && isLive) {
    if (before && before === joined(raw.before)) return 'all of it: the text, then the live element';
    if (!before) return 'the tag: the text once the script runs';
  }
  return `the tag ${tag === 'kept' ? 'with' : 'without'} its attributes; ${before ? 'part of the text' : 'no text'} without the script; ${isLive ? 'the live element' : 'no live element'} with it`;
}

test("the README's table says what each sanitizer and editor keeps of each form, as measured", async () => {
  const tag = 'lp-mission-vision-values';
  const pasted = await forms(tag, 'nl');
  const raw = {};
  for (const [form, html] of Object.entries(pasted)) raw[form] = await visit(html, tag);
  const live = joined(raw.shadow.after);
  assert.ok(live.includes('Onze missie, Schoten veilig!'), 'the live element shows the text');
  for (const form of Object.keys(pasted)) assert.equal(joined(raw[form].after), live, `the ${form} form pasted as it is becomes the live element`);
  const table = {};
  for (const name of Object.keys(sanitizers)) {
    table[name] = {};
    for (const [form, html] of Object.entries(pasted)) {
      const result = await visit(await sanitized(name, html), tag);
      assert.deepEqual(result.errors, [], `${name}, ${form} form: no error in the page`);
      table[name][form] = verdict(raw[form], result, live);
    }
  }
  // The README's table, row by row: the sanitizer, then the shadow form, the light form and the bare tag.
  const documentedTable = Object.fromEntries(
    [...readme.matchAll(/^\| ([^|\n]+) \| ([^|\n]+) \| ([^|\n]+) \| ([^|\n]+) \|$/gm)]
      .filter(([, name]) => name in sanitizers)
      .map(([, name, shadow, light, bare]) => [name, {shadow, light, bare}])
  );
  assert.deepEqual(documentedTable, table, `the README's table, against what was measured:\n${JSON.stringify(table, null, 2)}`);
});

// Sanitizers that keep a `lang` on an element they otherwise keep; the others drop every `lang`.
const keepsLang = new Set(['DOMPurify, its defaults']);

test('a French light form on a Dutch page is read in French where the tag or the language of its block stays, else in the page\'s language', async () => {
  const tag = 'lp-values-acronym';
  const {light} = await forms(tag, 'fr');
  for (const name of Object.keys(sanitizers)) {
    const {tab} = await open('/without-script.html');
    await tab.evaluate(put, await sanitized(name, light));
    const {attributes, languages} = await tab.evaluate(read, tag);
    await tab.close();
    assert.equal(languages.heading, attributes || keepsLang.has(name) ? 'fr' : 'nl-BE', `${name}: the heading's language`);
  }
});

await runTests({
  after: async () => {
    await browser.close();
    server.close();
  },
});
