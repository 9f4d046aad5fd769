/**
 * Framework recipes: the package in React 19 and Vue 3 apps, as partners build them. `npm pack` (which builds
 * the package first), then, in a temporary folder, a React app and a Vue app that install the tarball:
 *
 * - server rendering: each app renders its pages on the server (`react-dom/server`, `vue/server-renderer`) with
 *   a snippet from `@lp-schoten/elements/ssr`'s `renderSnippet`, then hydrates them in Chromium
 *   (`hydrateRoot`, `createSSRApp`), the way the README documents and the ways that break, so that what the
 *   README says each framework does with a snippet is what it does;
 * - the client-only way: the app imports a registration entry and uses the tag;
 * - the types: `<lp-mission heading-level={3} variant="card" />` type-checks with `tsc` (React) and
 *   `vue-tsc` (a Vue single-file component) against the installed package, and `variant="foo"` does not.
 *
 * `npm run test:consumers`; `.ci/run` runs it after `npm test`.
 */
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {launchChromium, serve, showsTexts, waitFor, watch} from '../support/harness.mjs';
import {installApp as installAppOf, packed, project, run} from '../support/package.mjs';
import {suite} from '../support/suite.mjs';

const work = mkdtempSync(join(tmpdir(), 'lp-schoten-frameworks-'));

/** The errors a command prints when it fails, or none when it succeeds. */
function failures(command, args, cwd) {
  try {
    execFileSync(command, args, {cwd, encoding: 'utf8', stdio: 'pipe'});
    return [];
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').filter(Boolean);
  }
}

const tarball = packed(work);

// The Dutch of <lp-mission>, from the copy of the zone's text the browser tests compare with; the French
// heading from the package's own locale module.
const source = readFileSync(join(project, 'test', 'fixtures', 'missie-visie-waarden.nl.txt'), 'utf8').trim().split(/\n\s*\n/);
const dutch = {'lp-mission': [source[2], source[3]]};
const {templates: frenchTemplates} = await import(pathToFileURL(join(project, 'lib', 'generated', 'locales', 'fr.js')));
const french = {'lp-mission': [frenchTemplates['mission.heading'].replace(/\s+/g, ' ')]};

const installApp = (name, devDependencies, files) => installAppOf(work, tarball, name, devDependencies, files);

/** Bundles `entry` for the browser with the app's own esbuild, as a development or a production build. */
function bundle(app, entry, outfile, mode, extra = []) {
  const define = [`--define:process.env.NODE_ENV="${mode}"`, '--jsx=automatic'];
  run(join(app, 'node_modules', '.bin', 'esbuild'), [entry, '--bundle', '--format=esm', `--outfile=dist/${outfile}`, '--log-level=warning', ...define, ...(mode === 'production' ? ['--minify'] : []), ...extra], app);
}

const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc');
const vueTsc = join(project, 'node_modules', '.bin', 'vue-tsc');
const typeCheck = {strict: true, noEmit: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], skipLibCheck: false};

// ---------------------------------------------------------------------------------------------------------
// The React 19 app.

const reactFiles = {
  'lp-schoten.d.ts': `// The elements' tags and attributes in React's JSX.\nimport type {} from '@lp-schoten/elements/react';\n`,
  'Snippet.tsx': `/**
 * A prerendered element. React writes the snippet's HTML on the server and, hydrating, keeps what the browser
 * made of it: the element with its declarative shadow root, which a browser's innerHTML would not parse again.
 * The browser's innerHTML of this div has no shadow root in it, so it differs from the snippet:
 * suppressHydrationWarning says that is expected. The client must get the same string, so that React never
 * writes it again when the app re-renders.
 */
export function Snippet({html}: {html: string}) {
  return <div className="lp-snippet" dangerouslySetInnerHTML={{__html: html}} suppressHydrationWarning />;
}
`,
  'App.tsx': `import {useEffect, useState} from 'react';
import {Snippet} from './Snippet';

export type Way = 'documented' | 'without-suppress' | 'dsd-in-jsx' | 'mismatch-elsewhere';

/** The snippet's parts, to write its declarative shadow root as JSX, as the way that breaks does. */
function parts(snippet: string) {
  const [, attributes, shadow] = snippet.match(/^<lp-mission ([^>]*)><template[^>]*>([\\s\\S]*)<\\/template><\\/lp-mission>$/)!;
  return {attributes: Object.fromEntries([...attributes.matchAll(/([\\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])), shadow};
}

export function App({snippet, way}: {snippet: string; way: Way}) {
  const [hydrated, setHydrated] = useState(false);
  const [clicks, setClicks] = useState(0);
  useEffect(() => setHydrated(true), []);
  let element;
  if (way === 'documented' || way === 'mismatch-elsewhere') element = <Snippet html={snippet} />;
  if (way === 'without-suppress') element = <div className="lp-snippet" dangerouslySetInnerHTML={{__html: snippet}} />;
  if (way === 'dsd-in-jsx') {
    const {attributes, shadow} = parts(snippet);
    element = (
      <lp-mission {...attributes}>
        <template {...{shadowrootmode: 'open'}} dangerouslySetInnerHTML={{__html: shadow}} />
      </lp-mission>
    );
  }
  return (
    <main data-hydrated={hydrated ? '' : undefined}>
      <h1>Partner app</h1>
      <button type="button" onClick={() => setClicks(clicks + 1)}>Clicked {clicks} times</button>
      {element}
      {way === 'mismatch-elsewhere' && <p>{typeof window === 'undefined' ? 'Rendered on the server' : 'Rendered in the browser'}</p>}
    </main>
  );
}
`,
  'client.tsx': `import {createRoot, hydrateRoot} from 'react-dom/client';
import {App} from './App';

// What the server rendered with: the same snippet string, so that React never writes it again.
const {snippet, way, mount} = JSON.parse(document.getElementById('app-props')!.textContent!);
const container = document.getElementById('root')!;
if (mount === 'createRoot') createRoot(container).render(<App snippet={snippet} way={way} />);
else hydrateRoot(container, <App snippet={snippet} way={way} />);
`,
  'elements.ts': `import '@lp-schoten/elements/lp-mission.js';\n`,
  'prerender.tsx': `import {writeFileSync} from 'node:fs';
import {renderToString} from 'react-dom/server';
import {renderSnippet} from '@lp-schoten/elements/ssr';
import {App, type Way} from './App';

const snippet = await renderSnippet('lp-mission');
const page = (name: string, way: Way, scripts: string[], mount = 'hydrateRoot') => {
  const props = JSON.stringify({snippet, way, mount}).replace(/</g, '\\\\u003c');
  writeFileSync(\`dist/\${name}.html\`, \`<!doctype html>
<html lang="nl-BE">
  <head><meta charset="utf-8"><title>Partner app</title>\${scripts.map((src) => \`<script type="module" src="./\${src}"></script>\`).join('')}</head>
  <body><div id="root">\${renderToString(<App snippet={snippet} way={way} />)}</div><script type="application/json" id="app-props">\${props}</script></body>
</html>\`);
};
page('documented', 'documented', ['elements.js', 'client.js']);
page('documented-alone', 'documented', ['client.js']);
page('documented-production', 'documented', ['client.production.js']);
page('without-suppress', 'without-suppress', ['client.js']);
page('dsd-in-jsx', 'dsd-in-jsx', ['client.js']);
page('mismatch-elsewhere', 'mismatch-elsewhere', ['client.js']);
page('create-root', 'documented', ['client.js'], 'createRoot');
`,
  'ClientApp.tsx': `import '@lp-schoten/elements/lp-mission.js';
import {useState} from 'react';

export function ClientApp() {
  const [clicks, setClicks] = useState(0);
  return (
    <main data-hydrated="">
      <h1>Partner app</h1>
      <button type="button" onClick={() => setClicks(clicks + 1)}>Clicked {clicks} times</button>
      <lp-mission heading-level={3} variant="card" />
    </main>
  );
}
`,
  'client-only.tsx': `import {createRoot} from 'react-dom/client';
import {ClientApp} from './ClientApp';

createRoot(document.getElementById('root')!).render(<ClientApp />);
`,
  'client-only.html': `<!doctype html>
<html lang="nl-BE">
  <head><meta charset="utf-8"><title>Partner app</title><script type="module" src="./client-only.js"></script></head>
  <body><div id="root"></div></body>
</html>
`,
  'WrongVariant.tsx': `export const Wrong = () => <lp-mission variant="foo" />;\n`,
  'tsconfig.json': JSON.stringify({compilerOptions: {...typeCheck, jsx: 'react-jsx', types: ['node']}, files: ['lp-schoten.d.ts', 'App.tsx', 'client.tsx', 'prerender.tsx', 'ClientApp.tsx', 'client-only.tsx']}),
  'tsconfig.wrong.json': JSON.stringify({compilerOptions: {...typeCheck, jsx: 'react-jsx', types: []}, files: ['lp-schoten.d.ts', 'WrongVariant.tsx']}),
};

// ---------------------------------------------------------------------------------------------------------
// The Vue 3 app. Its components are templates that Vue compiles where they run: on the server with its
// server compiler, in the browser with its full build, the two compilers single-file components go through.

const vueFiles = {
  'lpSnippet.js': `/**
 * v-lp-snippet="html": a prerendered element. On the server the directive gives the element its HTML; in the
 * browser, hydrating, it leaves what the browser made of it alone (v-html would write it again with innerHTML,
 * which does not parse the declarative shadow root). Where the browser renders it without the server (a page
 * reached in the app), it writes the snippet with setHTMLUnsafe, which parses it.
 */
export const lpSnippet = {
  getSSRProps: ({value}) => ({innerHTML: value}),
  mounted(element, {value}) {
    if (!element.hasChildNodes()) element.setHTMLUnsafe(value);
  },
};
`,
  'App.js': `import {onMounted, ref} from 'vue';
import {lpSnippet} from './lpSnippet.js';

export const App = {
  props: ['snippet', 'way'],
  directives: {lpSnippet},
  setup() {
    const hydrated = ref(false);
    const clicks = ref(0);
    onMounted(() => (hydrated.value = true));
    return {hydrated, clicks};
  },
  template: \`<main :data-hydrated="hydrated ? '' : undefined">
    <h1>Partner app</h1>
    <button type="button" @click="clicks++">Clicked {{ clicks }} times</button>
    <div v-if="way === 'directive'" class="lp-snippet" v-lp-snippet="snippet"></div>
    <div v-if="way === 'v-html'" class="lp-snippet" v-html="snippet"></div>
    <div v-if="way === 'v-html-allow-mismatch'" class="lp-snippet" v-html="snippet" data-allow-mismatch></div>
    <div v-if="way === 'directive' && clicks > 1" class="lp-snippet" v-lp-snippet="snippet"></div>
  </main>\`,
};

export const isCustomElement = (tag) => tag.startsWith('lp-');
`,
  'client.js': `import {createApp, createSSRApp} from 'vue';
import {App, isCustomElement} from './App.js';

const {snippet, way, mount} = JSON.parse(document.getElementById('app-props').textContent);
const app = (mount === 'createApp' ? createApp : createSSRApp)(App, {snippet, way});
app.config.compilerOptions.isCustomElement = isCustomElement;
app.mount('#app');
`,
  'elements.js': `import '@lp-schoten/elements/lp-mission.js';\n`,
  'prerender.js': `import {writeFileSync} from 'node:fs';
import {createSSRApp} from 'vue';
import {renderToString} from 'vue/server-renderer';
import {renderSnippet} from '@lp-schoten/elements/ssr';
import {App, isCustomElement} from './App.js';

const snippet = await renderSnippet('lp-mission');
async function page(name, way, scripts, mount = 'createSSRApp') {
  const app = createSSRApp(App, {snippet, way});
  app.config.compilerOptions.isCustomElement = isCustomElement;
  const props = JSON.stringify({snippet, way, mount}).replace(/</g, '\\\\u003c');
  // The way outside the app: the page's own template holds the snippet, beside the app's root.
  const outside = way === 'outside-the-app' ? \`<div class="lp-snippet">\${snippet}</div>\` : '';
  writeFileSync(\`dist/\${name}.html\`, \`<!doctype html>
<html lang="nl-BE">
  <head><meta charset="utf-8"><title>Partner app</title>\${scripts.map((src) => \`<script type="module" src="./\${src}"></script>\`).join('')}</head>
  <body>\${outside}<div id="app">\${await renderToString(app)}</div><script type="application/json" id="app-props">\${props}</script></body>
</html>\`);
}
await page('documented', 'directive', ['elements.js', 'client.js']);
await page('documented-alone', 'directive', ['client.js']);
await page('documented-production', 'directive', ['client.production.js']);
await page('outside-the-app', 'outside-the-app', ['elements.js', 'client.js']);
await page('v-html', 'v-html', ['client.js']);
await page('v-html-allow-mismatch', 'v-html-allow-mismatch', ['client.js']);
await page('create-app', 'directive', ['client.js'], 'createApp');
`,
  'client-only.js': `import '@lp-schoten/elements/lp-mission.js';
import {createApp, ref} from 'vue';

const app = createApp({
  setup: () => ({clicks: ref(0)}),
  template: \`<main data-hydrated="">
    <h1>Partner app</h1>
    <button type="button" @click="clicks++">Clicked {{ clicks }} times</button>
    <lp-mission :heading-level="3" variant="card" />
  </main>\`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('lp-');
app.mount('#app');
`,
  'client-only.html': `<!doctype html>
<html lang="nl-BE">
  <head><meta charset="utf-8"><title>Partner app</title><script type="module" src="./client-only.js"></script></head>
  <body><div id="app"></div></body>
</html>
`,
  'env.d.ts': `// The elements' tags and attributes in Vue's templates.\nimport type {} from '@lp-schoten/elements/vue';\n`,
  'Mission.vue': `<template>
  <lp-mission :heading-level="3" variant="card" />
</template>
`,
  'WrongVariant.vue': `<template>
  <lp-mission variant="foo" />
</template>
`,
  'tsconfig.json': JSON.stringify({compilerOptions: {...typeCheck, types: []}, files: ['env.d.ts', 'Mission.vue']}),
  'tsconfig.wrong.json': JSON.stringify({compilerOptions: {...typeCheck, types: []}, files: ['env.d.ts', 'WrongVariant.vue']}),
};
// Vue's full build, which compiles templates in the browser, and its compile-time flags.
const vueBundle = ['--alias:vue=vue/dist/vue.esm-bundler.js', '--define:__VUE_OPTIONS_API__=true', '--define:__VUE_PROD_DEVTOOLS__=false', '--define:__VUE_PROD_HYDRATION_MISMATCH_DETAILS__=false'];

console.log('Installing the packed package in a React app and a Vue app...');
const reactApp = installApp('react-app', ['react', 'react-dom', '@types/react', '@types/react-dom', '@types/node', 'esbuild'], reactFiles);
mkdirSync(join(reactApp, 'dist'));
bundle(reactApp, 'client.tsx', 'client.js', 'development');
bundle(reactApp, 'client.tsx', 'client.production.js', 'production');
bundle(reactApp, 'elements.ts', 'elements.js', 'production');
bundle(reactApp, 'client-only.tsx', 'client-only.js', 'development');
writeFileSync(join(reactApp, 'dist', 'client-only.html'), reactFiles['client-only.html']);
run(join(reactApp, 'node_modules', '.bin', 'esbuild'), ['prerender.tsx', '--bundle', '--platform=node', '--format=esm', '--packages=external', '--jsx=automatic', '--outfile=prerender.mjs', '--log-level=warning'], reactApp);
run(process.execPath, ['prerender.mjs'], reactApp);

const vueApp = installApp('vue-app', ['vue', 'esbuild'], vueFiles);
mkdirSync(join(vueApp, 'dist'));
bundle(vueApp, 'client.js', 'client.js', 'development', vueBundle);
bundle(vueApp, 'client.js', 'client.production.js', 'production', vueBundle);
bundle(vueApp, 'elements.js', 'elements.js', 'production');
bundle(vueApp, 'client-only.js', 'client-only.js', 'development', vueBundle);
writeFileSync(join(vueApp, 'dist', 'client-only.html'), vueFiles['client-only.html']);
run(process.execPath, ['prerender.js'], vueApp);

const server = await serve({folders: {'/react/': join(reactApp, 'dist'), '/vue/': join(vueApp, 'dist')}});
const browser = await launchChromium();

// ---------------------------------------------------------------------------------------------------------
// In the page.

/** What a person would find of <lp-mission>: how many there are, its shadow root's text and copies of the content. */
const seen = () => {
  const all = document.querySelectorAll('lp-mission');
  const element = all[0];
  return {
    elements: all.length,
    // Whether it is still the element the browser made from the server's HTML (see `open`).
    serverElement: element !== undefined && element === window.fromServer?.element,
    text: (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
    copies: element?.shadowRoot?.querySelectorAll('.root').length ?? 0,
  };
};

/**
 * Opens `path`, noting before the page's scripts run (module scripts run after `readyState` turns
 * `interactive`) the element the browser made from the server's HTML and its text; waits until the app has
 * mounted (its effect marks <main data-hydrated>).
 */
async function open(path) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const element = document.querySelector('lp-mission');
      window.fromServer = {element, text: (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ')};
    });
  });
  const record = watch(page);
  await page.goto(new URL(path, server.origin).href);
  await waitFor(page, 'the app to mount', () => document.querySelector('main[data-hydrated]') !== null).catch((error) => {
    error.message += `; the page said: ${JSON.stringify([...record.errors, ...record.warnings])}`;
    throw error;
  });
  // Lit's updates and React's or Vue's effects settle within a few frames.
  await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
  return {page, record, before: await page.evaluate(() => window.fromServer.text)};
}

/** Clicks the app's button, a state change that re-renders the component around the element. */
async function rerender(page) {
  await page.click('main button');
  await waitFor(page, 'the re-render', () => document.querySelector('main button').textContent.includes('Clicked 1 times'));
  await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
  return page.evaluate(seen);
}

const shows = (text, expected) => expected.every((part) => text.includes(part));
const results = [];
/** One row of the table this test prints: what the framework did with the snippet, as measured. */
function note(framework, way, {before, after, rerendered, record}) {
  const messages = [...record.errors, ...record.warnings];
  results.push({
    framework,
    way,
    before: shows(before, dutch['lp-mission']) ? 'text' : 'none',
    after: `${shows(after.text, dutch['lp-mission']) ? 'text' : 'NO TEXT'}, ${after.serverElement ? 'server element kept' : 'element REPLACED'}`,
    rerendered: rerendered ? `${shows(rerendered.text, dutch['lp-mission']) ? 'text' : 'NO TEXT'}, ${rerendered.serverElement ? 'kept' : 'REPLACED'}` : '',
    console: messages.length ? messages.map((message) => message.split('\n')[0].slice(0, 90)).join(' | ') : 'nothing',
  });
}

const {test, runTests} = suite('Framework recipes');

/** The documented way, with the element's script: the text before and after hydration, the same element after a re-render, the page's language, silence. */
async function documentedWithScript(framework, path, way = 'documented, with the script (development build)') {
  const {page, record, before} = await open(path);
  try {
    assert.ok(shows(before, dutch['lp-mission']), `the text before hydration: ${before}`);
    const after = await page.evaluate(seen);
    assert.deepEqual({...after, text: shows(after.text, dutch['lp-mission'])}, {elements: 1, serverElement: true, text: true, copies: 1}, 'after hydration: one element, the one from the server, with its text, one copy of the content');
    const rerendered = await rerender(page);
    assert.deepEqual({...rerendered, text: shows(rerendered.text, dutch['lp-mission'])}, {elements: 1, serverElement: true, text: true, copies: 1}, 'after the app re-rendered around it');
    await page.evaluate(() => (document.documentElement.lang = 'fr-BE'));
    await waitFor(page, 'the French text after <html lang="fr-BE">', showsTexts, french);
    assert.equal(await page.evaluate(() => document.querySelector('lp-mission') === window.fromServer.element), true, 'the same element, in French');
    note(framework, way, {before, after, rerendered, record});
    assert.deepEqual(record.errors, [], 'no error');
    assert.deepEqual(record.warnings, [], 'no warning');
  } finally {
    await page.close();
  }
}

/** A snippet alone (no element script), hydrated: what stays of it, and what the page said. */
async function hydrated(framework, way, path) {
  const {page, record, before} = await open(path);
  try {
    const after = await page.evaluate(seen);
    const rerendered = await rerender(page);
    note(framework, way, {before, after, rerendered, record});
    return {before, after, rerendered, record};
  } finally {
    await page.close();
  }
}

/** Stays as the server wrote it, through hydration and a re-render, and nothing said. */
function kept({before, after, rerendered, record}) {
  assert.ok(shows(before, dutch['lp-mission']), 'the text before hydration');
  for (const [when, state] of [['after hydration', after], ['after a re-render', rerendered]]) {
    assert.deepEqual({...state, text: shows(state.text, dutch['lp-mission'])}, {elements: 1, serverElement: true, text: true, copies: 1}, when);
  }
  assert.deepEqual(record.errors, [], 'no error');
  assert.deepEqual(record.warnings, [], 'no warning');
}

/** The client-only way: the app renders the tag, the registration entry makes it the element. */
async function clientOnly(framework, path) {
  const {page, record} = await open(path);
  try {
    await waitFor(page, 'the Dutch text', showsTexts, dutch);
    const rendered = await page.evaluate(() => {
      const element = document.querySelector('lp-mission');
      window.fromServer = {element};
      return {heading: element.shadowRoot.querySelector('h3')?.textContent, card: element.shadowRoot.querySelector('.root').classList.contains('card')};
    });
    assert.deepEqual(rendered, {heading: dutch['lp-mission'][0], card: true}, 'heading-level={3} and variant="card" reach the element');
    const rerendered = await rerender(page);
    assert.deepEqual({...rerendered, text: shows(rerendered.text, dutch['lp-mission'])}, {elements: 1, serverElement: true, text: true, copies: 1}, 'after the app re-rendered around it');
    await page.evaluate(() => (document.documentElement.lang = 'fr-BE'));
    await waitFor(page, 'the French text after <html lang="fr-BE">', showsTexts, french);
    results.push({framework, way: 'client only: import and the tag', before: '', after: 'text', rerendered: 'text, kept', console: [...record.errors, ...record.warnings].join(' | ') || 'nothing'});
    assert.deepEqual(record.errors, []);
    assert.deepEqual(record.warnings, []);
  } finally {
    await page.close();
  }
}

const messagesMatch = (record, pattern) => [...record.errors, ...record.warnings].some((message) => pattern.test(message));

// React ------------------------------------------------------------------------------------------------------

test('React: <lp-mission heading-level={3} variant="card" /> type-checks with tsc against the installed package, variant="foo" does not', () => {
  assert.deepEqual(failures(process.execPath, [tsc, '-p', 'tsconfig.json'], reactApp), [], 'the app type-checks');
  const wrong = failures(process.execPath, [tsc, '-p', 'tsconfig.wrong.json'], reactApp);
  assert.ok(wrong.length > 0 && wrong.every((line) => /"foo"/.test(line) || !/error TS/.test(line)), `fails on "foo" only: ${wrong.join('\n')}`);
});

test('React, documented (dangerouslySetInnerHTML, suppressHydrationWarning, the same string on the client), with the script: hydrates silently, survives a re-render, follows <html lang>', () =>
  documentedWithScript('React 19', '/react/documented.html'));

test('React, documented, the snippet alone, development build: kept through hydration and a re-render, nothing said', async () =>
  kept(await hydrated('React 19', 'documented, snippet alone (development build)', '/react/documented-alone.html')));

test('React, documented, the snippet alone, production build: kept through hydration and a re-render, nothing said', async () =>
  kept(await hydrated('React 19', 'documented, snippet alone (production build)', '/react/documented-production.html')));

test('React, without suppressHydrationWarning: kept, but the development build reports a mismatch', async () => {
  const {after, rerendered, record} = await hydrated('React 19', 'dangerouslySetInnerHTML without suppressHydrationWarning', '/react/without-suppress.html');
  assert.equal(after.serverElement && rerendered.serverElement && shows(rerendered.text, dutch['lp-mission']), true, 'the element stays');
  assert.ok(messagesMatch(record, /attributes of the server rendered HTML didn't match the client/), `a hydration warning: ${JSON.stringify(record)}`);
});

test('React, the declarative shadow root written as JSX: a hydration error, and the shadow root is lost', async () => {
  const {after, record} = await hydrated('React 19', 'declarative shadow root written as JSX', '/react/dsd-in-jsx.html');
  assert.ok(messagesMatch(record, /Hydration failed because the server rendered HTML didn't match/), `a hydration error: ${JSON.stringify(record)}`);
  assert.deepEqual({serverElement: after.serverElement, text: shows(after.text, dutch['lp-mission'])}, {serverElement: false, text: false});
});

test('React, a hydration error elsewhere in the root: React renders the root again with innerHTML, which loses the shadow root', async () => {
  const {after, record} = await hydrated('React 19', 'documented, with a hydration error elsewhere in the root', '/react/mismatch-elsewhere.html');
  assert.ok(messagesMatch(record, /Hydration failed because the server rendered text didn't match/), `a hydration error: ${JSON.stringify(record)}`);
  assert.ok(messagesMatch(record, /declarative Shadow DOM is not being parsed/), `Chromium says why: ${JSON.stringify(record)}`);
  assert.deepEqual({serverElement: after.serverElement, text: shows(after.text, dutch['lp-mission'])}, {serverElement: false, text: false});
});

test('React, createRoot instead of hydrateRoot over the server HTML: the element is silently replaced, without its shadow root', async () => {
  const {after, record} = await hydrated('React 19', 'createRoot over the server HTML', '/react/create-root.html');
  assert.deepEqual({serverElement: after.serverElement, text: shows(after.text, dutch['lp-mission'])}, {serverElement: false, text: false});
  assert.deepEqual(record.errors, [], 'and React says nothing');
  assert.ok(messagesMatch(record, /declarative Shadow DOM is not being parsed/), `Chromium says why: ${JSON.stringify(record)}`);
});

test('React, client only: import the registration entry, render the tag; it renders, survives a re-render, follows <html lang>', () =>
  clientOnly('React 19', '/react/client-only.html'));

// Vue --------------------------------------------------------------------------------------------------------

test('Vue: <lp-mission :heading-level="3" variant="card" /> in a single-file component type-checks with vue-tsc, variant="foo" does not', () => {
  assert.deepEqual(failures(vueTsc, ['--noEmit', '-p', 'tsconfig.json'], vueApp), [], 'the component type-checks');
  const wrong = failures(vueTsc, ['--noEmit', '-p', 'tsconfig.wrong.json'], vueApp);
  assert.ok(wrong.length > 0 && wrong.every((line) => /"foo"/.test(line) || !/error TS/.test(line)), `fails on "foo" only: ${wrong.join('\n')}`);
});

test('Vue, documented (a directive whose getSSRProps gives innerHTML), with the script: hydrates silently, survives a re-render, follows <html lang>', () =>
  documentedWithScript('Vue 3.5', '/vue/documented.html'));

test('Vue, documented, the snippet alone, development build: kept through hydration and a re-render, nothing said', async () =>
  kept(await hydrated('Vue 3.5', 'documented, snippet alone (development build)', '/vue/documented-alone.html')));

test('Vue, documented, the snippet alone, production build: kept through hydration and a re-render, nothing said', async () =>
  kept(await hydrated('Vue 3.5', 'documented, snippet alone (production build)', '/vue/documented-production.html')));

test('Vue, documented, rendered by the browser alone (the directive on a re-render): the directive writes the snippet with its shadow root', async () => {
  // The documented page's second re-render shows a second element, which only the browser renders.
  const {page} = await open('/vue/documented-alone.html');
  try {
    await rerender(page);
    await page.click('main button');
    await waitFor(page, 'the second element', () => document.querySelectorAll('lp-mission').length === 2);
    const second = await page.evaluate(() => (document.querySelectorAll('lp-mission')[1]?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
    assert.ok(shows(second, dutch['lp-mission']), `the text of the element the browser rendered: ${second}`);
  } finally {
    await page.close();
  }
});

test('Vue, the snippet in the page, outside the app, with the script: untouched by hydration, follows <html lang>', () =>
  documentedWithScript('Vue 3.5', '/vue/outside-the-app.html', 'in the page outside the app root, with the script'));

test('Vue, v-html: hydration writes the snippet again with innerHTML, and the shadow root is lost', async () => {
  const {after, record} = await hydrated('Vue 3.5', 'v-html', '/vue/v-html.html');
  assert.equal(shows(after.text, dutch['lp-mission']), false, 'no text after hydration');
  assert.equal(after.serverElement, false, 'the element from the server is gone');
  assert.deepEqual(record.errors, [], 'and Vue says nothing');
  assert.ok(messagesMatch(record, /declarative Shadow DOM is not being parsed/), `Chromium says why: ${JSON.stringify(record)}`);
});

test('Vue, v-html with data-allow-mismatch: the same loss', async () => {
  const {after} = await hydrated('Vue 3.5', 'v-html with data-allow-mismatch', '/vue/v-html-allow-mismatch.html');
  assert.deepEqual({serverElement: after.serverElement, text: shows(after.text, dutch['lp-mission'])}, {serverElement: false, text: false});
});

test('Vue, createApp instead of createSSRApp over the server HTML: the element is replaced; the directive writes it anew', async () => {
  const {after} = await hydrated('Vue 3.5', 'createApp over the server HTML (documented directive)', '/vue/create-app.html');
  assert.deepEqual({serverElement: after.serverElement, text: shows(after.text, dutch['lp-mission'])}, {serverElement: false, text: true});
});

test('Vue, client only: import the registration entry, isCustomElement for lp-*, the tag; it renders, survives a re-render, follows <html lang>', () =>
  clientOnly('Vue 3.5', '/vue/client-only.html'));

await runTests({
  after: async () => {
    await browser.close();
    server.close();
    rmSync(work, {recursive: true, force: true});
    console.log('\n| framework | way | before hydration | after hydration | after a re-render | console |\n|---|---|---|---|---|---|');
    for (const row of results) console.log(`| ${row.framework} | ${row.way} | ${row.before} | ${row.after} | ${row.rerendered} | ${row.console.replace(/\|/g, '\\|')} |`);
    console.log('');
  },
});
