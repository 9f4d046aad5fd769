import {css} from 'lit';

/**
 * The look every element shares. The host's font family, size, line height, colour and colour scheme
 * come in; every other inherited property of the host page stops at `.root`, so a page's text-transform
 * or letter-spacing cannot change the zone's text. Hosts theme through the `--lp-*` custom properties and
 * `::part()`. Sizes and spacing are in `em`: they follow the element's font size, not the page's root.
 *
 * What inheritance does not carry stops at `.content`: a full-width inline-block, because the text
 * decorations of an ancestor (an underlining link around the element) and its `::first-line` and
 * `::first-letter` reach into every in-flow block, shadow tree or not, but never into an inline-block.
 *
 * The card follows the page's `color-scheme` through `light-dark()`: light on a page that declares no
 * dark support, whatever the visitor's system says, and light in a browser without `light-dark()`.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    all: initial;
    display: block;
    color-scheme: inherit;
    font-family: var(--lp-font-family, inherit);
    font-size: inherit;
    line-height: inherit;
    color: var(--lp-text-color, inherit);
    overflow-wrap: break-word;
    /* Safari before 17 knows hyphens only by its prefixed name. */
    -webkit-hyphens: auto;
    hyphens: auto;
    --_accent: var(--lp-accent-color, currentColor);
    --_heading: var(--_accent);
    --_space: var(--lp-spacing, 1em);
  }
  /* Only words of ten letters or more break, with four at least on either side of the hyphen; browsers
     without it (Firefox before 137, Safari) keep their own limits. */
  @supports (hyphenate-limit-chars: 10 4 4) {
    .root {
      hyphenate-limit-chars: 10 4 4;
    }
  }
  .content {
    display: inline-block;
    vertical-align: top;
    inline-size: 100%;
  }
  .card {
    --_pad: clamp(0.75em, 5%, 1.5em);
    --_accent: var(--lp-accent-color, #0b2a5b);
    color: var(--lp-text-color, #1b1b1f);
    border: 1px solid var(--_accent);
    border-radius: var(--lp-radius, 0.5em);
    /* The top bar is a layer of the background from the border's outer edge: clipped by the same rounded
       corners as the border, with a straight lower edge, and over no surface, which ends inside the
       border, so that no light seam shows where the two meet. The padding follows the room there is,
       down to 0.75em on a phone. */
    background: linear-gradient(var(--_accent) 0.4375em, #0000 0) border-box,
      var(--lp-surface-color, #ffffff) padding-box;
    padding: calc(var(--_pad) + 0.375em) var(--_pad) var(--_pad);
    /* As wide as its text (the measure, and the indent of a list), not as the page: a full-width card in
       a wide page would be half empty. At least 40em, the room the values' word layout needs;
       --lp-measure: none lifts the cap. */
    max-inline-size: max(calc(var(--lp-measure, 64ch) + 1.5em), 40em);
  }
  /*
   * Readable in either scheme: in a light one the surface stays light and the text and headings dark, in
   * a dark one the other way round. Only a lightness that would be unreadable is moved, so the zone's
   * colours and most partners' stay exactly as given. In the plain variant only a partner's accent is
   * kept readable; without one, headings have the page's own text colour.
   */
  @supports (color: light-dark(#000, #fff)) and (color: oklch(from #000 l c h)) {
    /* The headings are made readable from --_tone: a partner's accent in the plain variant (without one,
       --_readable is invalid and the headings keep the text's colour), the accent in the card. */
    .root {
      --_tone: var(--lp-accent-color);
      --_readable: light-dark(oklch(from var(--_tone) min(l, 0.48) c h), oklch(from var(--_tone) max(l, 0.78) c h));
      --_heading: var(--_readable, currentColor);
    }
    .card {
      --_accent: var(--lp-accent-color, light-dark(#0b2a5b, #a8c7fa));
      --_tone: var(--_accent);
      --_surface: var(--lp-surface-color, light-dark(#ffffff, #0d1626));
      --_text: var(--lp-text-color, light-dark(#1b1b1f, #eef2f8));
      color: light-dark(oklch(from var(--_text) min(l, 0.4) c h), oklch(from var(--_text) max(l, 0.85) c h));
      background-color: light-dark(oklch(from var(--_surface) max(l, 0.94) c h), oklch(from var(--_surface) min(l, 0.28) c h));
    }
  }
  /* Sized to sit under a page's own h1 at the default heading-level 2: the title as a browser's h2, the
     other headings a step smaller. */
  .heading {
    font-size: var(--lp-heading-size, 1.25em);
    font-weight: 700;
    line-height: 1.25;
    -webkit-hyphens: manual;
    hyphens: manual;
    color: var(--_heading);
    margin: 0 0 0.5em;
  }
  .title {
    font-size: var(--lp-title-size, 1.5em);
  }
  section {
    margin-block-start: calc(var(--_space) * 2);
  }
  p,
  ul,
  dl {
    margin: 0 0 var(--_space);
  }
  p,
  li,
  dd {
    max-inline-size: var(--lp-measure, 64ch);
  }
  ul {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .content > :last-child,
  section > :last-child {
    margin-block-end: 0;
  }
  @media print {
    .root {
      --_heading: #000;
      --_accent: #000;
      color: #000;
      background: none;
    }
    /* An inline-block cannot break across pages. */
    .content {
      display: block;
    }
    li {
      break-inside: avoid;
    }
    .heading {
      break-after: avoid;
    }
  }
`;
