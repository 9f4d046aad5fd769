/**
 * The elements as static HTML, for Node: `renderSnippet()` gives the host tag with its attributes and a
 * declarative shadow root holding exactly what the element renders, styles included. It is made by
 * rendering the same element classes and templates as the script, with Lit's server renderer: a page
 * that pastes it shows the zone's text at first paint, without script, and the script, if the page has
 * it, takes over without a visible change.
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

/** The package's version, which each snippet names: the version of the text it carries. */
export const textVersion: string = createRequire(import.meta.url)('../package.json').version;

export interface SnippetOptions {
  /** The language of the text: `nl` (the default), `fr`, `de` or `en`. */
  lang?: string;
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
 * The HTML of `<tag>` with its declarative shadow root, in `options.lang`. Rejects with a
 * `SnippetError` for an element, language, variant, layout or heading level it does not have.
 */
export async function renderSnippet(tag: string, options: SnippetOptions = {}): Promise<string> {
  const element = check('element', tag, snippetTags);
  const locale = check('lang', options.lang ?? 'nl', snippetLocales) as Locale;
  const variant = check('variant', options.variant ?? 'plain', variants);
  const headingLevel = check('heading level', options.headingLevel ?? 2, headingLevels);
  const hideHeading = check('hide heading', options.hideHeading ?? false, [true, false]);
  if (options.layout !== undefined && element !== 'lp-values-acronym') {
    throw new SnippetError(`layout is an attribute of lp-values-acronym only, not of ${element}.`);
  }
  const layout = element === 'lp-values-acronym' ? check('layout', options.layout ?? 'stacked', layouts) : undefined;
  if (!(await loadTexts(locale))) throw new Error(`the "${locale}" texts could not be loaded`);

  const name = unsafeStatic(element);
  const template = staticHtml`<${name} heading-level=${headingLevel} ?hide-heading=${hideHeading} variant=${variant} layout=${layout ?? nothing} data-lp-version=${textVersion}></${name}>`;
  const rendered = inLocale(locale, () => collectResultSync(render(template)));
  // Lit's markers are for hydration, which the elements do not use: the script replaces a snippet's content.
  return rendered.replace(/<!--\/?lit-(part|node)[^>]*-->/g, '').replace(new RegExp(`<${element}\\s+`), `<${element} `);
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
