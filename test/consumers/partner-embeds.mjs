/**
 * Consumer tests: the package as partners get it. `npm pack` (which builds it first), then, in a temporary
 * folder, pages that embed it the ways partners do, each opened in Debian's Chromium:
 *
 * - a plain HTML page with the module script from another origin (a CDN), with integrity;
 * - the same with the classic script;
 * - a Vite app that installs the tarball and imports one registration entry;
 * - the script loaded twice, in every combination;
 * - pages served with a strict Content Security Policy and Trusted Types enforced;
 * - an Eleventy site that prerenders the elements with the package's `renderSnippet`, and its command;
 * - a snippet through the sanitizers CMS editors use, as the README says, and what each sanitizer keeps
 *   of each form (the shadow form, the light form, the bare tag).
 *
 * `npm run test:consumers`; `.ci/run` runs it after `npm test`. `npm run test:consumers -- "\(g\)"` runs the
 * tests whose names match that regular expression.
 */
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {documentedPolicy} from '../support/documented.mjs';
import {launchChromium, serve, showsTexts, waitFor, watch} from '../support/harness.mjs';
import {installApp as installAppOf, packed, project, run} from '../support/package.mjs';
import {suite} from '../support/suite.mjs';

/** The Content Security Policy the README documents, and these tests serve. */
const policy = documentedPolicy('script');

const work = mkdtempSync(join(tmpdir(), 'lp-schoten-consumers-'));


const tarball = packed(work);
run('tar', ['-xzf', tarball, '-C', work]);
const dist = join(work, 'package', 'dist');
const sri = JSON.parse(readFileSync(join(dist, 'sri.json'), 'utf8'));

const tags = ['lp-mission', 'lp-vision-list', 'lp-values-acronym', 'lp-mission-vision-values'];
// The Dutch, from the copies of the zone's text and of the proposed values the browser tests compare with.
const fixture = (name) => readFileSync(join(project, 'test', 'fixtures', name), 'utf8').trim();
const [title, , missionHeading, mission, visionHeading, vision, , valuesHeading] = fixture('missie-visie-waarden.nl.txt').split(/\n\s*\n/);
const firstValue = fixture('values.nl.txt').split(': ')[0];
const dutch = {
  'lp-mission': [missionHeading, mission],
  'lp-vision-list': [visionHeading, vision],
  'lp-values-acronym': [valuesHeading, firstValue],
  'lp-mission-vision-values': [title, missionHeading, firstValue],
};
// The other languages' headings, from the package's own locale modules.
async function headingsIn(locale) {
  const {templates} = await import(pathToFileURL(join(work, 'package', 'lib', 'generated', 'locales', `${locale}.js`)));
  const text = (id) => templates[id].replace(/\s+/g, ' ');
  return {
    'lp-mission': [text('mission.heading')],
    'lp-vision-list': [text('vision.heading')],
    'lp-values-acronym': [text('values.heading')],
    'lp-mission-vision-values': [text('page.title'), text('mission.heading')],
  };
}
const french = await headingsIn('fr');
const german = await headingsIn('de');

const integrity = (hash) => (hash ? ` integrity="${hash}" crossorigin="anonymous"` : '');
const moduleScript = (src, hash) => `<script type="module" src="${src}"${integrity(hash)}></script>`;
const classicScript = (src, hash, defer = false) => `<script${defer ? ' defer' : ''} src="${src}"${integrity(hash)}></script>`;
const partnerPage = (...scripts) => `<!doctype html>
<html lang="nl-BE">
  <head><meta charset="utf-8"><title>Partner page</title>${scripts.join('')}</head>
  <body>
    <main>
      <h1>Partner page</h1>
      ${tags.map((tag) => `<${tag} heading-level="2"></${tag}>`).join('\n      ')}
    </main>
  </body>
</html>`;

const folders = {
  '/cdn/v1/': dist,
  '/cdn/v2/': dist,
  '/app/': join(work, 'vite-app', 'dist'),
  '/site/': join(work, 'eleventy-site', '_site'),
  '/dompurify/': join(project, 'node_modules', 'dompurify', 'dist'),
};
const partner = await serve({folders});
const cdn = await serve({folders});
const browser = await launchChromium();

let pageCount = 0;
const openPages = [];
/** Opens `html` served by the partner's origin (with `headers`), or a URL, recording what goes wrong. */
async function open(html, headers = {}) {
  let url = html;
  if (html.startsWith('<')) {
    url = `/page-${++pageCount}.html`;
    partner.pages.set(url, {body: html, headers});
  }
  const page = await browser.newPage();
  openPages.push(page);
  await page.evaluateOnNewDocument(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.effectiveDirective} refused ${event.blockedURI}`)
    );
  });
  const record = watch(page);
  await page.goto(new URL(url, partner.origin).href);
  return {page, record};
}

/** The elements show Dutch, as `<html lang="nl-BE">` asks, then follow the page to French. */
async function dutchThenFrench({page, record}, expectedDutch = dutch, expectedFrench = french) {
  try {
    await waitFor(page, 'the Dutch text', showsTexts, expectedDutch);
    await page.evaluate(() => (document.documentElement.lang = 'fr-BE'));
    await waitFor(page, 'the French text after <html lang="fr-BE">', showsTexts, expectedFrench);
  } catch (error) {
    error.message += `; the page said: ${JSON.stringify([...record.errors, ...record.warnings])}`;
    throw error;
  }
}

const {test, runTests} = suite('Consumer tests');

test('the package holds the compiled modules with their types, dist/, the manifest, the README, the licence and the changelog, nothing else', async () => {
  const files = run('tar', ['-tzf', tarball]).trim().split('\n').map((file) => file.replace(/^package\//, ''));
  const required = [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'custom-elements.json',
    'lib/index.js',
    'lib/index.d.ts',
    'lib/lp-schoten.js',
    'lib/lp-schoten.d.ts',
    'lib/generated/locales/fr.js',
    'lib/generated/locales/de.js',
    'lib/generated/locales/en.js',
    ...tags.flatMap((tag) => [`lib/${tag}.js`, `lib/${tag}.d.ts`]),
    'dist/lp-schoten.js',
    'dist/lp-schoten.classic.js',
    'dist/lp-schoten-fr.js',
    'dist/lp-schoten-de.js',
    'dist/lp-schoten-en.js',
    'dist/sri.json',
    'dist/ssr.js',
    'dist/cli.js',
    'dist/csp-hashes.json',
    ...['', 'page-lang/', 'light/'].flatMap((folder) =>
      tags.flatMap((tag) => ['nl', 'fr', 'de', 'en'].flatMap((lang) => ['plain', 'card'].map((variant) => `dist/snippets/${folder}${tag}.${lang}.${variant}.html`)))
    ),
  ];
  assert.deepEqual(required.filter((file) => !files.includes(file)), [], 'missing from the package');
  const unexpected = files.filter((file) => !/^(lib\/|dist\/|custom-elements\.json$|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/.test(file));
  assert.deepEqual(unexpected, [], 'in the package but not for partners');
  for (const tag of tags) {
    const declarations = readFileSync(join(work, 'package', 'lib', `${tag}.d.ts`), 'utf8');
    assert.match(declarations, new RegExp(`interface HTMLElementTagNameMap[^}]*'${tag}'`), `lib/${tag}.d.ts declares its tag`);
  }
});

test('(a) module script from a CDN, with integrity: Dutch, then French from the chunk beside the script', async () => {
  const src = `${cdn.origin}/cdn/v1/lp-schoten.js`;
  const {page, record} = await open(partnerPage(moduleScript(src, sri['lp-schoten.js'])));
  await dutchThenFrench({page, record});
  const scripts = record.requests.filter((url) => url.endsWith('.js'));
  assert.deepEqual(scripts, [src, `${cdn.origin}/cdn/v1/lp-schoten-fr.js`]);
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.warnings, []);
});

test('(b) classic script (defer) from a CDN, with integrity: Dutch, French, then German through LpSchoten.setLocale', async () => {
  const src = `${cdn.origin}/cdn/v1/lp-schoten.classic.js`;
  const {page, record} = await open(partnerPage(classicScript(src, sri['lp-schoten.classic.js'], true)));
  await dutchThenFrench({page, record});
  await page.evaluate(() => window.LpSchoten.setLocale('de'));
  await waitFor(page, 'the German text after LpSchoten.setLocale("de")', showsTexts, german);
  // Every language is inside the classic script: it fetches nothing else.
  assert.deepEqual(record.requests.filter((url) => url.endsWith('.js')), [src]);
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.warnings, []);
});

test('(c) a Vite app that installs the tarball and imports @lp-schoten/elements/lp-mission.js', async () => {
  const app = join(work, 'vite-app');
  mkdirSync(app);
  const viteVersion = JSON.parse(readFileSync(join(project, 'node_modules', 'vite', 'package.json'), 'utf8')).version;
  const files = {
    'package.json': JSON.stringify({
      name: 'partner-app',
      private: true,
      type: 'module',
      dependencies: {'@lp-schoten/elements': `file:${tarball}`},
      devDependencies: {vite: viteVersion},
    }),
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        lib: ['es2022', 'dom', 'dom.iterable'],
        strict: true,
        noEmit: true,
        types: [],
      },
      include: ['main.ts'],
    }),
    'index.html': `<!doctype html>
<html lang="nl-BE">
  <head><meta charset="utf-8"><title>Partner app</title><script type="module" src="./main.ts"></script></head>
  <body><main><h1>Partner app</h1><lp-mission heading-level="2"></lp-mission></main></body>
</html>`,
    'main.ts': `import '@lp-schoten/elements/lp-mission.js';
import type {LpMission} from '@lp-schoten/elements';

// The package's HTMLElementTagNameMap makes this an LpMission: without it, the type check fails.
const mission: LpMission | null = document.querySelector('lp-mission');
if (mission) mission.headingLevel = 2;
`,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(app, name), content);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
  run(process.execPath, [join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], app);
  run(join(app, 'node_modules', '.bin', 'vite'), ['build', '--base', './', '--logLevel', 'warn'], app);

  const {page, record} = await open('/app/index.html');
  await dutchThenFrench({page, record}, {'lp-mission': dutch['lp-mission']}, {'lp-mission': french['lp-mission']});
  // The registration entry registers its element only.
  const defined = await page.evaluate((all) => all.filter((tag) => customElements.get(tag)), tags);
  assert.deepEqual(defined, ['lp-mission']);
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.warnings, []);
});

// Loading twice: two URLs for one module script (the browser runs one URL once), the module with the
// classic script, and two "versions" (the same files from two paths are two module instances).
const v1 = '/cdn/v1/lp-schoten.js';
const classic = '/cdn/v1/lp-schoten.classic.js';
const firstIsModule = (url) => `(await import('${url}')).LpMission`;
const firstIsClassic = 'window.LpSchoten.LpMission';
for (const [name, scripts, first] of [
  ['the module script twice', [moduleScript(v1), moduleScript(`${v1}?copy=2`)], firstIsModule(v1)],
  ['the module and the classic script (the classic one runs first)', [moduleScript(v1), classicScript(classic)], firstIsClassic],
  ['the classic script twice', [classicScript(classic), classicScript(`${classic}?copy=2`)], firstIsClassic],
  ['two versions, from two paths', [moduleScript(v1), moduleScript('/cdn/v2/lp-schoten.js')], firstIsModule(v1)],
]) {
  test(`loaded twice, ${name}: the first definition stays, one warning, no error`, async () => {
    const {page, record} = await open(partnerPage(...scripts));
    await dutchThenFrench({page, record});
    const firstStays = await page.evaluate(`(async () => customElements.get('lp-mission') === ${first})()`);
    assert.equal(firstStays, true, 'the first definition stays');
    assert.equal(record.warnings.length, 1, `one warning, not: ${JSON.stringify(record.warnings)}`);
    assert.match(record.warnings[0], /already defined/);
    for (const tag of tags) assert.ok(record.warnings[0].includes(`<${tag}>`), `the warning names <${tag}>`);
    assert.deepEqual(record.errors, []);
  });
}

// The strict policy, with the script from the partner's own origin ('self').
const refusesPlainHtml = () => {
  try {
    document.createElement('div').innerHTML = '<b>not trusted</b>';
    return 'allowed';
  } catch (error) {
    return error.name;
  }
};
for (const [name, scripts, warnings] of [
  ['the module script', [moduleScript(v1, sri['lp-schoten.js'])], 0],
  ['the classic script', [classicScript(classic, sri['lp-schoten.classic.js'])], 0],
  ['the module and the classic script (two copies of Lit)', [moduleScript(v1), classicScript(classic)], 1],
]) {
  test(`strict CSP with Trusted Types enforced, ${name}: renders, changes language, no violation`, async () => {
    const {page, record} = await open(partnerPage(...scripts), {'content-security-policy': policy});
    await dutchThenFrench({page, record});
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(record.errors, []);
    assert.equal(record.warnings.length, warnings, JSON.stringify(record.warnings));
    // The policy is really in force: the page itself may not put a plain string into innerHTML.
    assert.equal(await page.evaluate(refusesPlainHtml), 'TypeError');
  });
}

test("strict CSP without 'allow-duplicates': a second copy of Lit is refused, the first keeps working", async () => {
  const withoutDuplicates = policy.replace(" 'allow-duplicates'", '');
  const {page, record} = await open(partnerPage(moduleScript(v1), classicScript(classic)), {'content-security-policy': withoutDuplicates});
  await dutchThenFrench({page, record});
  assert.ok(record.errors.some((error) => /lit-html/.test(error)), `an error names the lit-html policy: ${JSON.stringify(record.errors)}`);
});

const installApp = (name, devDependencies, files) => installAppOf(work, tarball, name, devDependencies, files);

test('(d) an Eleventy 3 site prerenders the elements with renderSnippet: text without script, then the script takes over', async () => {
  const site = installApp('eleventy-site', ['@11ty/eleventy'], {
    'eleventy.config.mjs': `import {renderSnippet} from '@lp-schoten/elements/ssr';
export default function (eleventyConfig) {
  eleventyConfig.addAsyncShortcode('lpSnippet', renderSnippet);
}
`,
    'index.njk': `<!doctype html>
<html lang="nl-BE">
  <head><meta charset="utf-8"><title>Partner site</title>{% if script %}<script type="module" src="/cdn/v1/lp-schoten.js"></script>{% endif %}</head>
  <body><main><h1>Partner site</h1>
    {% lpSnippet "lp-mission-vision-values", {variant: "card"} %}
    <div lang="fr">{% lpSnippet "lp-values-acronym", {lang: "fr", layout: "word", headingLevel: 3} %}</div>
  </main></body>
</html>
`,
  });
  // The same page with the script: the template again, with front matter that turns the script on.
  writeFileSync(join(site, 'with-script.njk'), `---\npermalink: with-script.html\nscript: true\n---\n${readFileSync(join(site, 'index.njk'), 'utf8')}`);
  run(join(site, 'node_modules', '.bin', 'eleventy'), ['--quiet'], site);

  const frenchValues = (await headingsIn('fr'))['lp-values-acronym'];
  const prerendered = {'lp-mission-vision-values': dutch['lp-mission-vision-values'], 'lp-values-acronym': frenchValues};
  // The page without the script: the text is there at first paint, from the declarative shadow roots alone.
  const page = await browser.newPage();
  openPages.push(page);
  await page.goto(new URL('/site/index.html', partner.origin).href);
  assert.equal(await page.evaluate(() => customElements.get('lp-values-acronym')), undefined, 'nothing defines the elements');
  assert.ok(await page.evaluate(showsTexts, prerendered), 'the prerendered text without script');
  assert.equal(await page.evaluate(() => document.querySelector('lp-values-acronym').shadowRoot.querySelector('h3')?.textContent), frenchValues[0]);

  // With the script: the elements take over, then follow <html lang>.
  const {page: live, record} = await open('/site/with-script.html');
  await waitFor(live, 'the take-over', () => customElements.get('lp-values-acronym') && document.querySelector('lp-values-acronym').hasUpdated);
  assert.ok(await live.evaluate(showsTexts, prerendered), 'the same text once the script has taken over');
  await live.evaluate(() => (document.documentElement.lang = 'de-BE'));
  await waitFor(live, 'German after <html lang="de-BE">', showsTexts, {'lp-mission-vision-values': german['lp-mission-vision-values']});
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.warnings, []);
});

test('(e) npx lp-schoten snippet prints a snippet; bad arguments get an error naming the accepted values, and no snippet', async () => {
  const site = join(work, 'eleventy-site');
  const command = join(site, 'node_modules', '.bin', 'lp-schoten');
  const printed = run(command, ['snippet', 'lp-mission', '--lang', 'fr', '--variant', 'card', '--heading-level', '3'], site);
  assert.match(printed, /^<lp-mission [^>]*data-lp-version="\d+\.\d+\.\d+"[^>]*><template[^>]* shadowrootmode="open">/);
  assert.ok(printed.replace(/\s+/g, ' ').includes(`<h3 class="heading" part="heading">${french['lp-mission'][0]}</h3>`), 'the French heading, as an h3');
  const light = run(command, ['snippet', 'lp-vision-list', '--lang', 'de', '--form', 'light', '--heading-level', '4'], site);
  assert.match(light, /^<lp-vision-list heading-level="4" variant="plain" lang="de" data-lp-version="\d+\.\d+\.\d+"><div lang="de" dir="ltr"><h4>/, 'the light form keeps its language, on its tag and on its text');
  assert.doesNotMatch(light, /<template|<style|<script|\spart=|\sclass=/, 'the light form is plain HTML');
  const following = run(command, ['snippet', 'lp-mission', '--page-lang', 'fr'], site);
  assert.match(following, /^<lp-mission heading-level="2" variant="plain" data-lp-version="[^"]+"><template/, 'a page-lang snippet: no lang on its tag');
  assert.ok(following.replace(/\s+/g, ' ').includes(french['lp-mission'][0]), 'a page-lang snippet: French at first paint');
  for (const [args, accepted] of [
    [['snippet', 'lp-mission', '--lang', 'fr', '--page-lang', 'fr'], 'give lang for a snippet that keeps its language, or pageLang'],
    [['snippet', 'lp-mission', '--page-lang', 'xx'], 'nl, fr, de, en'],
    [['snippet', 'lp-mission', '--form', 'dark'], 'shadow, light'],
    [['snippet', 'lp-values-acronym', '--lang', 'xx'], 'nl, fr, de, en'],
    [['snippet', 'lp-mission', '--heading-level', '9'], '1, 2, 3, 4, 5, 6'],
    [['snippet', 'lp-mission', '--variant', 'box'], 'plain, card'],
    [['snippet', 'lp-mission', '--layout', 'word'], 'lp-values-acronym only'],
    [['snippet', 'lp-foo'], 'lp-mission, lp-vision-list, lp-values-acronym, lp-mission-vision-values'],
    [['snippet', 'lp-mission', '--colour', 'red'], "Unknown option '--colour'"],
  ]) {
    let result;
    try {
      result = {status: 0, stdout: execFileSync(command, args, {cwd: site, encoding: 'utf8', stdio: 'pipe'})};
    } catch (error) {
      result = error;
    }
    assert.notEqual(result.status, 0, `${args.join(' ')} exits with an error`);
    assert.equal(result.stdout, '', `${args.join(' ')} prints no snippet`);
    assert.ok(result.stderr.includes(accepted), `${args.join(' ')}: the error says ${accepted}: ${result.stderr}`);
  }
});

test('(f) a snippet through CMS sanitizers, as the README says: DOMPurify by default leaves nothing, configured keeps it; sanitize-html leaves plain text', async () => {
  const readme = readFileSync(join(work, 'package', 'README.md'), 'utf8');
  const configured = readme.match(/`DOMPurify\.sanitize\(snippet, (\{.*\})\)`/)?.[1];
  assert.ok(configured, "the README's DOMPurify configuration");
  const snippet = readFileSync(join(dist, 'snippets', 'lp-values-acronym.nl.card.html'), 'utf8');
  partner.pages.set('/cms-page.html', {body: '<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>CMS page</title></head><body></body></html>'});
  const page = await browser.newPage();
  openPages.push(page);
  await page.goto(new URL('/cms-page.html', partner.origin).href);
  await page.addScriptTag({url: new URL('/dompurify/purify.min.js', partner.origin).href});
  const shown = (html) =>
    page.evaluate((html, word) => {
      document.body.setHTMLUnsafe(html);
      const element = document.querySelector('lp-values-acronym');
      return {
        text: document.body.innerText.trim(),
        shadowText: element?.shadowRoot?.textContent.includes(word) ?? false,
        styled: element?.shadowRoot ? getComputedStyle(element.shadowRoot.querySelector('.root')).borderTopStyle === 'solid' : false,
        headings: [...document.querySelectorAll('h2')].map((heading) => heading.textContent),
      };
    }, html, firstValue);

  const byDefault = await shown(await page.evaluate((snippet) => DOMPurify.sanitize(snippet), snippet));
  assert.deepEqual(byDefault, {text: '', shadowText: false, styled: false, headings: []}, 'DOMPurify by default: nothing to see');
  const kept = await shown(await page.evaluate((snippet, options) => DOMPurify.sanitize(snippet, new Function(`return ${options}`)()), snippet, configured));
  assert.equal(kept.shadowText && kept.styled, true, 'DOMPurify configured as the README says: the snippet works');
  const sanitizeHtml = (await import(pathToFileURL(join(project, 'node_modules', 'sanitize-html', 'index.js')))).default;
  const plain = await shown(sanitizeHtml(snippet));
  assert.equal(plain.shadowText, false, 'sanitize-html: no element left');
  assert.deepEqual(plain.headings, [valuesHeading], 'sanitize-html: the heading, as plain HTML');
  assert.ok(plain.text.includes(firstValue), 'sanitize-html: the text, unstyled');
});

test('(g) what DOMPurify and sanitize-html, with their defaults, keep of each form; the light form keeps every text word for word and its outline', async () => {
  const sanitizeHtml = (await import(pathToFileURL(join(project, 'node_modules', 'sanitize-html', 'index.js')))).default;
  const configured = readFileSync(join(work, 'package', 'README.md'), 'utf8').match(/`DOMPurify\.sanitize\(snippet, (\{.*\})\)`/)[1];
  const tag = 'lp-mission-vision-values';
  const forms = {
    'shadow form': readFileSync(join(dist, 'snippets', `${tag}.nl.card.html`), 'utf8'),
    'light form': readFileSync(join(dist, 'snippets', 'light', `${tag}.nl.card.html`), 'utf8'),
    'bare tag': `<${tag} heading-level="2" variant="card"></${tag}>`,
  };
  // Every text of the zone, from the copies of its page and of the proposed values.
  const zoneTexts = [
    ...fixture('missie-visie-waarden.nl.txt').split(/\n\s*(?:•\s*)?/),
    // Each value's line is `word: sentence`; a sentence may hold a colon of its own.
    ...fixture('values.nl.txt').split('\n').flatMap((line) => line.match(/^(.+?): (.+)$/).slice(1)),
  ].map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const outline = ['h2 Missie, visie en waarden', `h3 ${missionHeading}`, `h3 ${visionHeading}`, `h3 ${valuesHeading}`];
  const page = (body, script) =>
    `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>CMS page</title>${script ? moduleScript('/cdn/v1/lp-schoten.js') : ''}</head><body><main><h1>CMS page</h1>${body}</main></body></html>`;

  /** In the page: what a visitor gets of the element, or of what is left of it. */
  const seen = (tag, texts, reference) => {
    const element = document.querySelector(tag);
    const root = element?.shadowRoot;
    // Text in a shadow root is what the element shows; the page's own text is everything else.
    const shown = `${document.querySelector('main').innerText} ${root?.querySelector('.root')?.innerText ?? ''}`.replace(/\s+/g, ' ');
    const headings = [...document.querySelectorAll('main :is(h2, h3)'), ...(root?.querySelectorAll('h2, h3') ?? [])].filter((heading) => heading.checkVisibility());
    return {
      tag: !!element,
      text: texts.every((text) => shown.includes(text)),
      outline: headings.map((heading) => `${heading.localName} ${heading.textContent.trim()}`),
      css: /:host|\{[^}]*:[^}]*\}/.test(shown),
      // The Dutch value words marked as Dutch (for a screen reader on a page in another language).
      dutchWords: [...document.querySelectorAll('main dt'), ...(root?.querySelectorAll('dt') ?? [])].some((term) => term.querySelector('[lang="nl"]')),
      // Without the element, anything beside the zone's text: stray letters of SCHOTEN, a doubled word.
      stray: !root && texts.some((text) => shown.includes(text)) && shown.trim() !== reference,
      live: !!element?.hasUpdated && root.querySelectorAll('.root').length === 1 && getComputedStyle(root.querySelector('.root')).borderTopStyle === 'solid',
    };
  };

  const browserPage = await browser.newPage();
  openPages.push(browserPage);
  partner.pages.set('/sanitizer.html', {body: page('')});
  await browserPage.goto(new URL('/sanitizer.html', partner.origin).href);
  await browserPage.addScriptTag({url: new URL('/dompurify/purify.min.js', partner.origin).href});
  const sanitizers = {
    'nothing (pasted as is)': async (html) => html,
    'DOMPurify, defaults': (html) => browserPage.evaluate((html) => DOMPurify.sanitize(html), html),
    'sanitize-html, defaults': async (html) => sanitizeHtml(html),
    // As the README says for a CMS whose DOMPurify its owner can configure.
    'DOMPurify, lp-* allowed': (html) => browserPage.evaluate((html, options) => DOMPurify.sanitize(html, new Function(`return ${options}`)()), html, configured),
  };

  // The page's text when it shows the zone's text once, in order, and nothing else.
  const reference = `CMS page ${zoneTexts.join(' ')}`;
  const table = [];
  for (const [sanitizer, sanitize] of Object.entries(sanitizers)) {
    for (const [form, html] of Object.entries(forms)) {
      const kept = await sanitize(html);
      const withoutScript = await open(page(kept));
      const before = await withoutScript.page.evaluate(seen, tag, zoneTexts, reference);
      const withScript = await open(page(kept, true));
      if (before.tag) await waitFor(withScript.page, 'the take-over', (tag) => document.querySelector(tag).hasUpdated, tag);
      const after = await withScript.page.evaluate(seen, tag, zoneTexts, reference);
      table.push({sanitizer, form, before, after});
      if (form === 'light form') {
        assert.ok(before.text, `${sanitizer}, light form: every text of the zone, word for word, without script`);
        assert.deepEqual(before.outline, outline, `${sanitizer}, light form: the outline`);
        assert.equal(before.css, false, `${sanitizer}, light form: no CSS shown as text`);
        assert.equal(before.stray, false, `${sanitizer}, light form: nothing beside the zone's text`);
        if (after.tag) {
          assert.ok(after.live && after.text, `${sanitizer}, light form, tag kept: the live element, with the script`);
          assert.deepEqual(after.outline, outline, `${sanitizer}, light form, tag kept: each heading once`);
        }
        assert.deepEqual(withScript.record.errors, [], `${sanitizer}, light form: no error`);
      }
    }
  }
  const yes = (value) => (value ? 'yes' : 'no');
  console.log(
    [
      '    | sanitizer | form | tag kept | text word for word | outline | value words marked Dutch | stray text | CSS as text | live with the script |',
      '    |---|---|---|---|---|---|---|---|---|',
      ...table.map(
        ({sanitizer, form, before, after}) =>
          `    | ${sanitizer} | ${form} | ${yes(before.tag)} | ${yes(before.text)} | ${before.outline.length === outline.length ? 'yes' : before.outline.length ? 'partly' : 'no'} | ${yes(before.dutchWords)} | ${yes(before.stray)} | ${yes(before.css)} | ${yes(after.live)} |`
      ),
    ].join('\n')
  );
  // Pasted as is, every form is the live element once the script arrives.
  for (const {sanitizer, form, after} of table) if (sanitizer.startsWith('nothing')) assert.ok(after.live, `${form}, pasted as is: live with the script`);
});

// (e) uses the site that (d) builds: `node test/consumers/partner-embeds.mjs "\((d|e)\)"` runs the two.
await runTests({
  afterEach: () => Promise.all(openPages.splice(0).map((page) => page.close())),
  after: async () => {
    await browser.close();
    partner.close();
    cdn.close();
    rmSync(work, {recursive: true, force: true});
  },
});
