/**
 * The elements as static HTML, for Node. `renderSnippet()` gives the host tag with its attributes and,
 * in the shadow form, a declarative shadow root holding exactly what the element renders, styles
 * included; in the light form, the element's text as ordinary HTML inside the tag, for CMSs and
 * sanitizers that drop `<template>` and `<style>`. Both are made by rendering the same element classes
 * and templates as the script, with Lit's server renderer: a page that pastes one shows the zone's text
 * at first paint, without script, and the script, if the page has it, takes over.
 */
import {render} from '@lit-labs/ssr';
import {parseFragment, serializeOuter, type DefaultTreeAdapterMap} from 'parse5';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {createHash} from 'node:crypto';
import {createRequire} from 'node:module';
import {nothing, type CSSResult} from 'lit';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import {defaults, headingLevels, layouts, variants, type HeadingLevel, type Layout, type Variant} from './attributes.js';
import {LpMission} from './LpMission.js';
import {LpMissionVisionValues} from './LpMissionVisionValues.js';
import {LpValuesAcronym} from './LpValuesAcronym.js';
import {LpVisionList} from './LpVisionList.js';
import {inLocale, loadTexts, type Locale} from './texts.js';
import {defineElements} from './define.js';

const elements = {
  'lp-mission': LpMission,
  'lp-vision-list': LpVisionList,
  'lp-values-acronym': LpValuesAcronym,
  'lp-mission-vision-values': LpMissionVisionValues,
};
defineElements(elements);

export type SnippetTag = keyof typeof elements;
export const snippetTags = Object.keys(elements) as SnippetTag[];
// Dutch first, the zone's own text and the default, then the translations in the order partners meet them.
export const snippetLocales: readonly Locale[] = ['nl', 'fr', 'de', 'en'];

/**
 * The two forms of a snippet, made from the same render:
 *
 * - `shadow`: the finished element, its declarative shadow root holding exactly what the element renders,
 *   with its style, classes and parts;
 * - `light`: the same text as ordinary HTML inside the tag (headings, paragraphs, a list, a `dl`), for a
 *   CMS or a sanitizer that drops `<template>` and `<style>`; no style of the element reaches it, so it
 *   carries nothing only that style explains, and reads in the page's own style.
 */
export type MarkupForm = 'shadow' | 'light';
export const snippetForms: readonly MarkupForm[] = ['shadow', 'light'];

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
  const form = check('form', options.form ?? 'shadow', snippetForms);
  const variant = check('variant', options.variant ?? defaults.variant, variants);
  const headingLevel = check('heading level', options.headingLevel ?? defaults.headingLevel, headingLevels);
  const hideHeading = check('hide heading', options.hideHeading ?? defaults.hideHeading, [true, false]);
  if (options.layout !== undefined && element !== 'lp-values-acronym') {
    throw new SnippetError(`layout is an attribute of lp-values-acronym only, not of ${element}.`);
  }
  const layout = element === 'lp-values-acronym' ? check('layout', options.layout ?? defaults.layout, layouts) : undefined;
  if (!(await loadTexts(locale))) throw new Error(`the "${locale}" texts could not be loaded`);

  const name = unsafeStatic(element);
  const lang = keepsLanguage ? locale : nothing;
  const template = staticHtml`<${name} heading-level=${headingLevel} ?hide-heading=${hideHeading} variant=${variant} layout=${layout ?? nothing} lang=${lang} data-lp-version=${textVersion}></${name}>`;
  const rendered = inLocale(locale, () => collectResultSync(render(template)))
    // Lit's markers are for hydration, which the elements do not use: the script replaces a snippet's content.
    .replace(/<!--\/?lit-(part|node)[^>]*-->/g, '')
    .replace(new RegExp(`<${element}\\s+`), `<${element} `);
  return form === 'light' ? lightForm(rendered) : rendered;
}

type Node = DefaultTreeAdapterMap['childNode'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

// Attributes only the element's style explains: its classes, its parts, the soft-hyphenated copy of a word.
const styleOnly = new Set(['class', 'part', 'data-shown']);

/**
 * A node's children as ordinary HTML: without the style, without what is hidden from assistive
 * technology (the big letters of SCHOTEN and the words' soft-hyphenated copies, decoration that without
 * the element's style would stand as stray text), without classes and parts; a `div` or `span` left with
 * no attribute gives way to its children. What stays are the headings, paragraphs, list and `dl`, and the
 * `lang` of the text and of each Dutch value word.
 */
function lightChildren(parent: ParentNode): Node[] {
  return parent.childNodes.flatMap((node): Node[] => {
    if (!('tagName' in node)) return [node];
    if (node.tagName === 'style' || node.attrs.some(({name, value}) => name === 'aria-hidden' && value === 'true')) return [];
    node.attrs = node.attrs.filter(({name}) => !styleOnly.has(name));
    const children = lightChildren(node);
    if ((node.tagName === 'div' || node.tagName === 'span') && node.attrs.length === 0) return children;
    node.childNodes = children;
    for (const child of children) child.parentNode = node;
    return [node];
  });
}

/**
 * The light form of a rendered snippet: its host tag, holding what its declarative shadow root holds, as
 * ordinary HTML. Made from the shadow form, so the two can never say different things. Apostrophes are
 * written as `&#39;`, as Lit writes them, so that no editor curls the quotes of 'excellente politiezorg'.
 */
function lightForm(snippet: string): string {
  const host = parseFragment(snippet).childNodes[0] as Element;
  const template = host.childNodes.find((node): node is Template => 'tagName' in node && node.tagName === 'template');
  if (!template) throw new Error(`no declarative shadow root in the snippet of <${host.tagName}>`);
  host.childNodes = lightChildren(template.content);
  for (const child of host.childNodes) child.parentNode = host;
  return serializeOuter(host).replaceAll("'", '&#39;');
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
