import {css, html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {softHyphen, valuesTexts, zoneValues} from '../content.js';
import {sourceLocale} from '../generated/locale-codes.js';
import {heading, type HeadingRank} from '../heading.js';
import type {HeadingLevel, Layout} from '../attributes.js';
import type {Locale} from '../texts.js';

/**
 * `text` as one whole word for screen readers, copy and search, shown with its soft hyphens so that it
 * breaks with a hyphen in a narrow column in every browser, with or without hyphenation dictionaries.
 *
 * The word is shown by the `::before` of an `aria-hidden` span (`[data-shown]`), and read from a visually
 * hidden copy without soft hyphens (`.whole`). Generated content is neither selected, copied nor found,
 * and `aria-hidden` keeps it unread in every browser; `content`'s alternative text (`/ ""`) would keep it
 * unread only from Firefox 128 and Safari 17.4, and below those the word would be heard twice.
 */
const wordThatBreaks = (text: string, className: string, lang?: string) =>
  html`<span class=${className} lang=${ifDefined(lang)}><span aria-hidden="true" data-shown=${text}></span><span class="whole">${text.replaceAll(softHyphen, '')}</span></span>`;

/**
 * The values section; without a level, the heading is left out. Each value is a big letter of SCHOTEN,
 * decoration hidden from assistive technology, then its word and sentence: a screen reader hears each
 * value as a word. Outside Dutch, the Dutch value word keeps its letter and its `lang`, and the
 * translation follows it.
 */
export const valuesSection = (level: HeadingLevel | undefined, rank: HeadingRank, layout: Layout, locale: Locale) => {
  const texts = valuesTexts();
  const translated = locale !== sourceLocale;
  return html`${level ? heading(level, texts.heading, rank) : nothing}
    <p part="text">${texts.introduction}</p>
    <div class="acronym layout-${layout}">
      <dl class="values" part="list">
        ${zoneValues.map(
          (value) => html`<div class="value" part="item">
            <dt part="term">
              <span class="letter" part="letter" aria-hidden="true">${value.word[0]}</span>
              ${wordThatBreaks(value.breakableWord, 'value-word', 'nl')}
              ${translated ? wordThatBreaks(`(${value.name()})`, 'value-name') : nothing}
            </dt>
            <dd part="description">${value.explanation()}</dd>
          </div>`
        )}
      </dl>
    </div>`;
};

/**
 * Stacked: one row per value, its big letter beside its word, on the word's baseline, so that SCHOTEN
 * reads down the left. Word: the seven letters as one row of equal cells, so that SCHOTEN reads across,
 * then the values in two readable columns (three where there is room), in the same order, each tied to
 * its letter by its marked initial. The word needs an element of 40em (640px with 16px text); narrower,
 * the values stack. The room is measured inside the card's border and padding, so the card has its own
 * threshold: 40em less its padding (1.5em a side) and border (1px a side).
 */
export const valuesStyles = css`
  /* The values measure the room the element has: in the card, their box reaches over the card's padding
     and border, and gives that space back to the values inside, so that the word layout starts at the
     same width of element (40em) in either variant. */
  .acronym {
    container: lp-values / inline-size;
  }
  .card .acronym {
    margin-inline: calc(-1px - var(--_pad));
  }
  .card .values {
    margin-inline: calc(1px + var(--_pad));
  }
  .value {
    margin-block-end: var(--_space);
    break-inside: avoid;
  }
  .value:last-child {
    margin-block-end: 0;
  }
  dt {
    display: grid;
    grid-template-columns: var(--lp-letter-size, 2.5em) minmax(0, 1fr);
    column-gap: 0.25em;
    align-items: baseline;
    font-weight: 700;
  }
  dd {
    margin: 0;
    margin-inline-start: calc(var(--lp-letter-size, 2.5em) + 0.25em);
  }
  .letter {
    grid-column: 1;
    text-align: center;
    font-size: var(--lp-letter-size, 2.5em);
    line-height: 1;
    color: var(--_heading);
  }
  /* Positioned, so that the hidden whole word stays inside the word it is read for. */
  .value-word,
  .value-name {
    grid-column: 2;
    position: relative;
    -webkit-hyphens: manual;
    hyphens: manual;
  }
  [data-shown]::before {
    content: attr(data-shown);
  }
  .whole {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The initial carries the letter of SCHOTEN: larger as well as in the accent colour, so that it is
     marked in the plain variant too, where the accent may be the text's own colour. */
  .value-word::first-letter {
    color: var(--_heading);
    font-size: 1.3em;
    line-height: 1;
  }
  /* The place of each letter in the row of the word layout. */
  .value:nth-child(2) {
    --_index: 1;
  }
  .value:nth-child(3) {
    --_index: 2;
  }
  .value:nth-child(4) {
    --_index: 3;
  }
  .value:nth-child(5) {
    --_index: 4;
  }
  .value:nth-child(6) {
    --_index: 5;
  }
  .value:nth-child(7) {
    --_index: 6;
  }
  @container lp-values (min-width: 40em) {
    .layout-word .values {
      position: relative;
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_space) calc(var(--_space) * 2);
      padding-block-start: calc(var(--lp-letter-size, 2.5em) + var(--_space));
    }
    .layout-word .value {
      margin: 0;
    }
    .layout-word dt {
      grid-template-columns: minmax(0, 1fr);
    }
    .layout-word .value-word,
    .layout-word .value-name {
      grid-column: 1;
    }
    .layout-word dd {
      margin-inline-start: 0;
    }
    .layout-word .letter {
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: calc(var(--_index, 0) * 1.1em);
      inline-size: 1.1em;
    }
  }
  @container lp-values (min-width: 60em) {
    .layout-word .values {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
`;
