/**
 * Everything the elements ship works in the oldest browsers they promise, or steps aside cleanly there.
 *
 * The floor is written once, in package.json's `browserslist`: Chrome 111, Firefox 123, Safari 16.4 and
 * Safari 16.4 on iPhone and iPad (the first versions with declarative shadow DOM, which the snippets
 * need). The README must name the same versions. Against the compatibility data of
 * `@mdn/browser-compat-data`, this reads
 * - all the CSS the elements ship: the styles of each element class in `lib/` (the constructed style
 *   sheets of the script and the npm modules) and every `<style>` of the prerendered snippets in
 *   `dist/snippets/` (the same styles as minified into `dist/lp-schoten.js`), and
 * - the APIs the built scripts call (`dist/lp-schoten.js`, its locale chunks, the classic script),
 * and fails on anything newer than the floor that is neither guarded nor preceded by a fallback
 * (see css-features.mjs and script-apis.mjs for what counts). Run after `npm run build`.
 */
import {readdirSync, readFileSync} from 'node:fs';
import bcd from '@mdn/browser-compat-data' with {type: 'json'};
import {firstVersion, floorInWords, readFloor} from './browser-floor.mjs';
import {acceptedLosses, checkStylesheet} from './css-features.mjs';
import {checkScript} from './script-apis.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const floor = readFloor();
const findings = [];

// The README's promise, in the same words wherever it makes it ("… and later").
const promise = floorInWords(floor);
const readme = read('README.md').replace(/\s+/g, ' ');
if (!readme.includes(promise)) findings.push(`README.md: never says "${promise}", the floor of package.json's browserslist`);
const promises = /Chrome [\d.]*\d, Firefox [\d.]*\d, Safari [\d.]*\d(, Safari on iOS [\d.]*\d)? and later(, on iPhone and iPad too)?/g;
for (const [named] of readme.matchAll(promises)) {
  if (named !== promise) findings.push(`README.md: promises "${named}", but package.json's browserslist says "${promise}"`);
}
// What the README says of features newer than the floor, "(`light-dark()`: Chrome 123, …)", as the data says it.
const namedFeatures = {
  '`light-dark()`': 'css.types.color.light-dark',
  'relative colours': 'css.types.color.oklch.relative_syntax',
  'custom states': 'api.ElementInternals.states',
};
const browserNames = {Chrome: 'chrome', Firefox: 'firefox', Safari: 'safari'};
for (const [phrase, path] of Object.entries(namedFeatures)) {
  const compat = path.split('.').reduce((node, key) => node[key], bcd).__compat;
  const claims = [...readme.matchAll(new RegExp(`\\(${phrase.replace(/[()]/g, '\\$&')}: ([^)]*)\\)`, 'g'))];
  if (!claims.length) findings.push(`README.md: no longer names the versions of ${phrase}; take it out of namedFeatures here`);
  for (const [, versions] of claims) {
    for (const [, browser, version] of versions.matchAll(/(Chrome|Firefox|Safari) ([\d.]+)/g)) {
      const first = firstVersion(compat, browserNames[browser]);
      if (first !== version) findings.push(`README.md: says ${phrase} came in ${browser} ${version}; the compatibility data says ${first ?? 'never'}`);
    }
  }
}

// The check itself: what it must flag and what it must let through, so that a change to it, or to the
// data, cannot quietly turn it into one that passes everything. The first is the value words' rule as
// it was, which left Firefox 123-127 and Safari 16.4-17.3 without the words.
const mustFlag = {
  'alternative text alone': '[data-shown]::before{content:attr(data-shown)/""}',
  'light-dark() with no fallback': '.card{color:light-dark(#000,#fff)}',
  'relative colour under a guard that does not test it': '.card{color:#000}@supports (display:grid){.card{color:oklch(from red l c h)}}',
  'a guard with nothing outside it': '@supports (color:light-dark(#000,#fff)){.card{color:light-dark(#000,#fff)}}',
  'a guard with another shorthand outside it': '.card{border:1px solid}@supports (color:light-dark(#000,#fff)){.card{background-color:light-dark(#000,#fff)}}',
  ':state() unguarded': ':host(:state(rendered)) .root{color:red}',
};
const mustPass = {
  'alternative text after a plain fallback': '[data-shown]::before{content:attr(data-shown);content:attr(data-shown)/""}',
  'light-dark() under its guard, with a fallback outside': '.card{color:#000}@supports (color:light-dark(#000,#fff)){.card{color:light-dark(#000,#fff)}}',
  'a colour under its guard, with the shorthand outside': '.card{background:#fff}@supports (color:light-dark(#000,#fff)){.card{background-color:light-dark(#000,#fff)}}',
  'the prefixed name before the standard one': '.root{-webkit-hyphens:auto;hyphens:auto}',
};
for (const [name, cssText] of Object.entries(mustFlag)) {
  if (!checkStylesheet(cssText, floor, name).findings.length) findings.push(`the check lets through ${name}: ${cssText}`);
}
for (const [name, cssText] of Object.entries(mustPass)) {
  for (const finding of checkStylesheet(cssText, floor, name).findings) findings.push(`the check flags ${name}: ${finding}`);
}
const scriptCases = [
  ['custom states unguarded', 'class A extends HTMLElement{#i=this.attachInternals();r(){this.#i.states.add("rendered")}}', true],
  ['custom states in try', 'class A extends HTMLElement{#i=this.attachInternals();r(){try{this.#i.states.add("rendered")}catch{}}}', false],
  ['setHTMLUnsafe behind a test', 'if(e.setHTMLUnsafe)e.setHTMLUnsafe(h);else e.innerHTML=h', false],
];
for (const [name, code, flagged] of scriptCases) {
  if (checkScript(code, floor, name).findings.length > 0 !== flagged) findings.push(`the check ${flagged ? 'lets through' : 'flags'} ${name}: ${code}`);
}

// Every stylesheet the elements ship, once each, named by where it was first found.
const stylesheets = new Map();
const classes = await import(new URL('lib/index.js', root).href);
for (const [name, exported] of Object.entries(classes)) {
  if (typeof exported?.finalize !== 'function') continue;
  exported.finalize();
  for (const style of exported.elementStyles) if (!stylesheets.has(style.cssText)) stylesheets.set(style.cssText, `lib/ ${name}'s styles`);
}
const snippets = readdirSync(new URL('dist/snippets/', root)).filter((file) => file.endsWith('.html'));
if (!snippets.length) findings.push('dist/snippets/: no snippets; run npm run build first');
for (const file of snippets) {
  for (const [, style] of read(`dist/snippets/${file}`).matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    if (!stylesheets.has(style)) stylesheets.set(style, `dist/snippets/${file}`);
  }
}
const cssFeatures = new Set();
const accepted = new Set();
for (const [cssText, source] of stylesheets) {
  const result = checkStylesheet(cssText, floor, source);
  result.used.forEach((feature) => cssFeatures.add(feature));
  result.accepted.forEach((feature) => accepted.add(feature));
  findings.push(...new Set(result.findings));
}

// Every script a page loads: the module, its locale chunks, the classic script.
const scripts = readdirSync(new URL('dist/', root)).filter((file) => /^lp-schoten.*\.js$/.test(file));
const apis = new Set();
for (const file of scripts) {
  const result = checkScript(read(`dist/${file}`), floor, `dist/${file}`, {module: !file.endsWith('.classic.js')});
  result.used.forEach((api) => apis.add(api));
  findings.push(...result.findings);
}

const versions = Object.entries(floor)
  .map(([browser, version]) => `${{chrome: 'Chrome', firefox: 'Firefox', safari: 'Safari', safari_ios: 'iOS Safari'}[browser] ?? browser} ${version}`)
  .join(', ');
for (const feature of accepted) console.log(`Accepted below the floor: ${feature}: ${acceptedLosses[feature]}.`);
for (const finding of findings) console.log(`✗ ${finding}`);
console.log(
  `Browser floor: ${versions}: ${cssFeatures.size} CSS features in ${stylesheets.size} stylesheets, ${apis.size} APIs in ${scripts.length} scripts checked, ${findings.length} unguarded.`
);
if (findings.length) process.exitCode = 1;
