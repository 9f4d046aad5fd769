/**
 * The elements as static HTML, for Node. `renderSnippet()` gives the host tag with its attributes and,
 * in the shadow form, a declarative shadow root holding exactly what the element renders, styles
 * included; in the light form, the element's text as ordinary HTML inside the tag, for CMSs and
 * sanitizers that drop `<template>` and `<style>`. Both are made by rendering the same element classes
 * and templates as the script, with Lit's server renderer: a page that pastes one shows the zone's text
 * at first paint, without script, and the script, if the page has it, takes over.
 */
import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {createHash} from 'node:crypto';
import {createRequire} from 'node:module';
import {nothing, type CSSResult} from 'lit';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import {headingLevels, variants, type HeadingLevel, type Variant} from './LpElement.js';
import {LpMission} from './LpMission.js';
import {LpMissionVisionValues} from './LpMissionVisionValues.js';
import {layouts, LpValuesAcronym, type Layout} from './LpValuesAcronym.js';
import {LpVisionList} from './LpVisionList.js';
import {inLocale, loadTexts, type Locale} from './localization.js';
import {defineElements} from './define.js';
import {markupForms, type MarkupForm} from './form.js';

const elements = {
  'lp-mission': LpMission,
  'lp-vision-list': LpVisionList,
  'lp-values-acronym': LpValuesAcronym,
  'lp-mission-vision-values': LpMissionVisionValues,
};
defineElements(elements);

export type SnippetTag = keyof typeof elements;
export const snippetTags = Object.keys(elements) as SnippetTag[];
export const snippetLocales: readonly Locale[] = ['nl', 'fr', 'de', 'en'];
/** `shadow`, the finished element, and `light`, its text as plain HTML (see form.ts). */
export const snippetForms = markupForms;
export type {MarkupForm};

/** The package's version, which each snippet names: the version of the text it carries. */
export const textVersion: string = createRequire(import.meta.url)('../package.json').version;

export interface SnippetOptions {
  /**
   * A snippet that keeps its language: `nl`, `fr`, `de` or `en`. The tag carries `lang`, so the element
   * stays in it on a page in another language, before and after the script arrives.
   */
  lang?: string;
  /**
   * A snippet that follows the page's language: its text is in this one (`nl`, the default, `fr`, `de`
   * or `en`) at first paint, its tag carries no `lang`, and once the script arrives the element speaks
   * the page's language. Give `lang` or `pageLang`, not both.
   */
  pageLang?: string;
  /**
   * `shadow` (the default): the finished element, with its declarative shadow root and style. `light`:
   * the element's tag holding its text as plain HTML, without `<template>`, `<style>` or `part`, which
   * survives sanitizers and shows in the page's own style until the script takes over.
   */
  form?: MarkupForm;
  /** `plain` (the default) or `card`. */
  variant?: Variant;
  /** For `lp-values-acronym`: `stacked` (the default) or `word`. */
  layout?: Layout;
  /** The level of the element's top heading, 1-6 (default 2). */
  headingLevel?: HeadingLevel;
  /** Leaves the element's top heading out. */
  hideHeading?: boolean;
}

/** A snippet asked for with a value it does not have: the message names the value and the accepted ones. */
export class SnippetError extends Error {
  override name = 'SnippetError';
}

function check<T>(what: string, value: unknown, accepted: readonly T[]): T {
  if (accepted.includes(value as T)) return value as T;
  throw new SnippetError(`${what} ${JSON.stringify(value)} is not valid; accepted: ${accepted.join(', ')}.`);
}

/**
 * The HTML of `<tag>` in `options.lang` (kept) or `options.pageLang` (the page's), in the shadow or the
 * light form. Rejects with a `SnippetError` for an element, language, form, variant, layout or heading
 * level it does not have, or for both `lang` and `pageLang`.
 */
export async function renderSnippet(tag: string, options: SnippetOptions = {}): Promise<string> {
  const element = check('element', tag, snippetTags);
  if (options.lang !== undefined && options.pageLang !== undefined) {
    throw new SnippetError(
      `lang ${JSON.stringify(options.lang)} and pageLang ${JSON.stringify(options.pageLang)} are both given; give lang for a snippet that keeps its language, or pageLang for one that follows the page's.`
    );
  }
  const keepsLanguage = options.lang !== undefined;
  const locale = (keepsLanguage ? check('lang', options.lang, snippetLocales) : check('pageLang', options.pageLang ?? 'nl', snippetLocales)) as Locale;
  const form = check('form', options.form ?? 'shadow', markupForms);
  const variant = check('variant', options.variant ?? 'plain', variants);
  const headingLevel = check('heading level', options.headingLevel ?? 2, headingLevels);
  const hideHeading = check('hide heading', options.hideHeading ?? false, [true, false]);
  if (options.layout !== undefined && element !== 'lp-values-acronym') {
    throw new SnippetError(`layout is an attribute of lp-values-acronym only, not of ${element}.`);
  }
  const layout = element === 'lp-values-acronym' ? check('layout', options.layout ?? 'stacked', layouts) : undefined;
  if (!(await loadTexts(locale))) throw new Error(`the "${locale}" texts could not be loaded`);

  const name = unsafeStatic(element);
  const lang = keepsLanguage ? locale : nothing;
  // The light form holds the element's content in that form as the tag's children; without element
  // renderers, Lit's server renderer writes the tag and its attributes, and no shadow root.
  const light = form === 'light';
  const rendered = inLocale(locale, () => {
    const content = light ? elements[element].content({level: headingLevel, hideHeading, layout, locale, form}) : nothing;
    const template = staticHtml`<${name} heading-level=${headingLevel} ?hide-heading=${hideHeading} variant=${variant} layout=${layout ?? nothing} lang=${lang} data-lp-version=${textVersion}>${content}</${name}>`;
    return collectResultSync(render(template, light ? {elementRenderers: []} : undefined));
  });
  // Lit's markers are for hydration, which the elements do not use: the script replaces a snippet's content.
  // The light form's tags keep no attribute, and no space where one was.
  return rendered
    .replace(/<!--\/?lit-(part|node)[^>]*-->/g, '')
    .replace(new RegExp(`<${element}\\s+`), `<${element} `)
    .replace(/<([a-z][a-z0-9]*)\s+>/g, '<$1>');
}

/**
 * The `'sha256-…'` source of each inline style the snippets hold, for `style-src` in a Content Security
 * Policy: one per element class, whatever the language, variant or layout. The style is what Lit's
 * server renderer writes: the class's styles, one after the other.
 */
export function snippetStyleHashes(): string[] {
  const styles = Object.values(elements).map((element) => element.elementStyles.map((style) => (style as CSSResult).cssText).join(''));
  return [...new Set(styles)].map((style) => `'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`);
}
