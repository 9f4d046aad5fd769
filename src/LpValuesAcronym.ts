import {css, html, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {softHyphen, valuesTexts, zoneValues} from './content.js';
import {styled, type ContentSettings, type MarkupForm} from './form.js';
import {sourceLocale} from './generated/locale-codes.js';
import {heading, type HeadingRank} from './heading.js';
import {LpElement, type HeadingLevel} from './LpElement.js';
import type {Locale} from './localization.js';
import {baseStyles} from './styles.js';

export const layouts = ['stacked', 'word'] as const;
export type Layout = (typeof layouts)[number];

/**
 * `text` as one whole word for screen readers, copy and search, shown with its soft hyphens so that it
 * breaks with a hyphen in a narrow column in every browser, with or without hyphenation dictionaries.
 * In the light form, where no style of the element shows the soft-hyphenated copy, it is the word alone.
 */
const breakable = (text: string, className: string, lang: string | undefined, form: MarkupForm) => {
  const whole = text.replaceAll(softHyphen, '');
  if (form === 'light') return lang ? html`<span lang=${lang}>${whole}</span>` : whole;
  return html`<span class=${className} lang=${ifDefined(lang)} data-shown=${text}><span class="whole">${whole}</span></span>`;
};

/**
 * The values section; without a level, the heading is left out. Each value is a big letter of SCHOTEN,
 * decoration hidden from assistive technology, then its word and sentence: a screen reader hears each
 * value as a word. Outside Dutch, the Dutch value word keeps its letter and its `lang`, and the
 * translation follows it. The light form leaves the big letter out: without the element's style it
 * would stand beside the word as a stray capital.
 */
export const valuesSection = (level: HeadingLevel | undefined, rank: HeadingRank, layout: Layout, locale: Locale, form: MarkupForm = 'shadow') => {
  const texts = valuesTexts();
  const translated = locale !== sourceLocale;
  return html`${level ? heading(level, texts.heading, rank, form) : nothing}
    <p part=${styled(form, 'text')}>${texts.introduction}</p>
    <div class=${styled(form, `acronym layout-${layout}`)}>
      <dl class=${styled(form, 'values')} part=${styled(form, 'list')}>
        ${zoneValues.map(
          (value) => html`<div class=${styled(form, 'value')} part=${styled(form, 'item')}>
            <dt part=${styled(form, 'term')}>
              ${form === 'shadow' ? html`<span class="letter" part="letter" aria-hidden="true">${value.word[0]}</span>` : nothing}
              ${breakable(value.breakableWord, 'value-word', 'nl', form)}
              ${translated ? breakable(`(${value.name()})`, 'value-name', undefined, form) : nothing}
            </dt>
            <dd part=${styled(form, 'description')}>${value.explanation()}</dd>
          </div>`
        )}
      </dl>
    </div>`;
};

/**
 * Stacked: one row per value, its big letter beside it, so that SCHOTEN reads down the left. Word: seven
 * columns side by side, each headed by its letter, so that SCHOTEN reads across; only where all seven
 * fit (about 69em), else stacked, so that no row is ever left with a few stragglers.
 */
export const valuesStyles = css`
  .acronym {
    container: lp-values / inline-size;
  }
  .values {
    padding: 0;
  }
  .value {
    position: relative;
    min-block-size: var(--lp-letter-size, 2.5em);
    padding-inline-start: calc(var(--lp-letter-size, 2.5em) + 0.25em);
    margin-block-end: var(--_space);
    break-inside: avoid;
  }
  .value:last-child {
    margin-block-end: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .letter {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    inline-size: 1em;
    text-align: center;
    font-size: var(--lp-letter-size, 2.5em);
    font-weight: 700;
    line-height: 1;
    color: var(--_heading);
  }
  .value-word,
  .value-name {
    display: inline-block;
    hyphens: manual;
  }
  [data-shown]::before {
    content: attr(data-shown) / '';
  }
  .whole {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The initial carries the letter of SCHOTEN: marked by more than colour, for the plain variant too. */
  .value-word::first-letter {
    color: var(--_heading);
    text-decoration: underline 0.1em;
    text-underline-offset: 0.15em;
  }
  @container lp-values (min-width: 69em) {
    .layout-word .values {
      display: grid;
      grid-template-columns: repeat(7, minmax(0, 1fr));
      gap: var(--_space);
    }
    .layout-word .value {
      min-block-size: 0;
      padding: 0;
      margin: 0;
    }
    .layout-word .letter {
      position: static;
      display: block;
      inline-size: auto;
      text-align: start;
      margin-block-end: 0.125em;
      font-size: calc(var(--lp-letter-size, 2.5em) * 1.2);
    }
  }
`;

/**
 * The values of Lokale Politie Schoten: the heading "Waarden", the values introduction and the seven
 * values laid out as the acronym SCHOTEN. The values are a proposal until the zone confirms them.
 *
 * @csspart heading - The heading "Waarden".
 * @csspart text - The values introduction.
 * @csspart list - The list of values.
 * @csspart item - One value: its term and description.
 * @csspart letter - A big letter of SCHOTEN (decoration: hidden from assistive technology).
 * @csspart term - The value word (and, outside Dutch, its translation).
 * @csspart description - The sentence that explains the value.
 */
export class LpValuesAcronym extends LpElement {
  static override styles = [baseStyles, valuesStyles];

  static override properties: PropertyDeclarations = {layout: {reflect: true}};

  /**
   * `stacked`: one row per letter, the letter large, then the value and its sentence. `word`: the
   * letters side by side as the word SCHOTEN, the values below; stacked when the element is narrow.
   */
  layout: Layout = 'stacked';

  /** The layout in use: `layout`, or `stacked` when that is not valid. */
  protected layoutInUse: Layout = 'stacked';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('layout')) this.layoutInUse = this.accepted('layout', this.layout, layouts, 'stacked');
  }

  /** The element's content in either form: the element renders the shadow one, a light snippet the other. */
  static content({level, hideHeading, layout = 'stacked', locale, form}: ContentSettings) {
    return valuesSection(hideHeading ? undefined : level, 'top', layout, locale, form);
  }

  protected renderContent(locale: Locale) {
    return LpValuesAcronym.content({level: this.levelInUse, hideHeading: this.hideHeading, layout: this.layoutInUse, locale, form: 'shadow'});
  }
}
