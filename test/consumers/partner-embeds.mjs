/**
 * Consumer tests: the package as partners get it. `npm pack` (which builds it first), then, in a temporary
 * folder, pages that embed it the ways partners do, each opened in Debian's Chromium:
 *
 * - a plain HTML page with the module script from another origin (a CDN), with integrity;
 * - the same with the classic script;
 * - a Vite app that installs the tarball and imports one registration entry;
 * - the script loaded twice, in every combination;
 * - pages served with a strict Content Security Policy and Trusted Types enforced.
 *
 * `npm run test:consumers`; `.ci/run` runs it after `npm test`.
 */
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {launchChromium, serve, showsTexts, waitFor, watch} from '../support/harness.mjs';

/** The Content Security Policy the README documents, and these tests serve. */
const policy =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const project = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'lp-schoten-consumers-'));

function run(command, args, cwd) {
  try {
    return execFileSync(command, args, {cwd, encoding: 'utf8', stdio: 'pipe'});
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

console.log('Packing the package (npm pack builds it first)...');
run('npm', ['pack', '--pack-destination', work, '--loglevel=error'], project);
const tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz')));
run('tar', ['-xzf', tarball, '-C', work]);
const dist = join(work, 'package', 'dist');
const sri = JSON.parse(readFileSync(join(dist, 'sri.json'), 'utf8'));

const tags = ['lp-mission', 'lp-vision-list', 'lp-values-acronym', 'lp-mission-vision-values'];
const dutch = {
  'lp-mission': ['Onze missie, Schoten veilig!', 'wil de basispolitiezorg verzekeren'],
  'lp-vision-list': ['Visie', 'De rode draad doorheen de organisatie'],
  'lp-values-acronym': ['Waarden', 'Samenwerking'],
  'lp-mission-vision-values': ['Missie, visie en waarden', 'Onze missie, Schoten veilig!', 'Samenwerking'],
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

const folders = {'/cdn/v1/': dist, '/cdn/v2/': dist, '/app/': join(work, 'vite-app', 'dist')};
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

const tests = [];
const test = (name, body) => tests.push({name, body});

test('the package holds the compiled modules with their types, dist/, the manifest and the README, nothing else', async () => {
  const files = run('tar', ['-tzf', tarball]).trim().split('\n').map((file) => file.replace(/^package\//, ''));
  const required = [
    'package.json',
    'README.md',
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
  ];
  assert.deepEqual(required.filter((file) => !files.includes(file)), [], 'missing from the package');
  const unexpected = files.filter((file) => !/^(lib\/|dist\/|custom-elements\.json$|README\.md$|package\.json$)/.test(file));
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

let failed = 0;
try {
  for (const {name, body} of tests) {
    try {
      await body();
      console.log(`✓ ${name}`);
    } catch (error) {
      failed++;
      console.log(`✗ ${name}\n    ${String(error.stack ?? error).replace(/\n/g, '\n    ')}`);
    } finally {
      await Promise.all(openPages.splice(0).map((page) => page.close()));
    }
  }
} finally {
  await browser.close();
  partner.close();
  cdn.close();
  rmSync(work, {recursive: true, force: true});
}
console.log(`Consumer tests: ${tests.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
