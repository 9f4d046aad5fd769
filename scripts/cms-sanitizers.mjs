/**
 * What a CMS's sanitizer leaves of a snippet, for the demo page that shows it and the tests that measure it.
 *
 * - `documentedHtmlSupport()`: the CKEditor 5 General HTML Support configuration the README gives for TYPO3,
 *   read from the README's YAML, so that what the demo shows and the tests prove is what editors are told.
 * - `sanitizeHtmlDefaults()`: sanitize-html with its defaults, which runs in Node only.
 * - `cmsSanitizers()`: a dev-server plugin. In the HTML pages under `prefix`, `<!--#light lp-mission nl 3-->`
 *   becomes the light form of `<lp-mission>` in Dutch at heading level 3, from the build's own generator
 *   (`npm run build` first), inside a `<template data-form="light">`; `<!--#sanitize-html lp-mission nl 3-->`
 *   the same after sanitize-html; `<!--#html-support-->` the documented configuration, as JSON.
 */
import {readFile} from 'node:fs/promises';
import yaml from 'js-yaml';
import sanitizeHtml from 'sanitize-html';

const readme = new URL('../README.md', import.meta.url);

/** The `htmlSupport` of the README's TYPO3 YAML, with its `{pattern}` objects as TYPO3 reads them. */
export async function documentedHtmlSupport() {
  const text = await readFile(readme, 'utf8');
  const block = text.match(/```yaml\n((?:(?!```)[\s\S])*?htmlSupport:(?:(?!```)[\s\S])*?)```/)?.[1];
  const htmlSupport = block && yaml.load(block)?.editor?.config?.htmlSupport;
  if (!htmlSupport) throw new Error('the README gives no YAML with editor.config.htmlSupport');
  return htmlSupport;
}

export const sanitizeHtmlDefaults = (html) => sanitizeHtml(html);

/** The light form of `tag` in `locale` at `headingLevel`, from the build's generator. */
export async function lightForm(tag, locale, headingLevel) {
  const {renderSnippet} = await import(new URL('../dist/ssr.js', import.meta.url).href);
  return (await renderSnippet(tag, {lang: locale, headingLevel: Number(headingLevel), form: 'light'})).trim();
}

// Inside a template the form stays inert: the page's own script puts it, and each sanitizer's result, in place.
const inert = (html) => `<template data-form="light">${html}</template>`;

export function cmsSanitizers(prefix) {
  return {
    name: 'lp-cms-sanitizers',
    async transform(context) {
      if (!context.path.startsWith(prefix) || !context.response.is('html')) return undefined;
      if (!/<!--#(light|sanitize-html|html-support)\b/.test(context.body)) return undefined;
      const replacements = new Map();
      for (const [directive, kind, tag, locale, level] of context.body.matchAll(/<!--#(light|sanitize-html) ([\w-]+) (\w+) (\d)-->/g)) {
        const light = await lightForm(tag, locale, level);
        replacements.set(directive, inert(kind === 'light' ? light : sanitizeHtmlDefaults(light)));
      }
      if (context.body.includes('<!--#html-support-->')) {
        replacements.set('<!--#html-support-->', `<script type="application/json" id="html-support">${JSON.stringify(await documentedHtmlSupport())}</script>`);
      }
      let body = context.body;
      for (const [directive, html] of replacements) body = body.replaceAll(directive, html);
      // Not cached: a new build gives new snippets.
      return {body, transformCache: false};
    },
  };
}
