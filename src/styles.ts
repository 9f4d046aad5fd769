import {css} from 'lit';

/**
 * The look every element shares. The host's font family, size, line height and colour come in; every
 * other inherited property of the host page stops at `.root`, so a page's text-transform or
 * letter-spacing cannot change the zone's text. Hosts theme through the `--lp-*` custom properties and
 * `::part()`.
 *
 * What inheritance does not carry stops at `.content`: a full-width inline-block, because the text
 * decorations of an ancestor (an underlining link around the element) and its `::first-line` and
 * `::first-letter` reach into every in-flow block, shadow tree or not, but never into an inline-block.
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
    font-family: var(--lp-font-family, inherit);
    font-size: inherit;
    line-height: inherit;
    color: var(--lp-text-color, inherit);
    overflow-wrap: break-word;
    --_accent: var(--lp-accent-color, currentColor);
    --_space: var(--lp-spacing, 1rem);
  }
  .content {
    display: inline-block;
    vertical-align: top;
    inline-size: 100%;
  }
  .card {
    --_accent: var(--lp-accent-color, #0b2a5b);
    color: var(--lp-text-color, #1b1b1f);
    background: var(--lp-surface-color, #ffffff);
    border: 1px solid var(--_accent);
    border-block-start-width: 0.375rem;
    border-radius: var(--lp-radius, 0.5rem);
    padding: calc(var(--_space) * 1.5);
  }
  @media (prefers-color-scheme: dark) {
    .card {
      --_accent: var(--lp-accent-color, #a8c7fa);
      color: var(--lp-text-color, #eef2f8);
      background: var(--lp-surface-color, #0d1626);
    }
  }
  .heading {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
    color: var(--_accent);
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .subheading {
    font-size: 1.25em;
    margin-block-start: calc(var(--_space) * 1.5);
  }
  p,
  ul,
  dl {
    margin: 0 0 var(--_space);
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
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
  @media print {
    .root,
    .card {
      --_accent: #000000;
      color: #000000;
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
