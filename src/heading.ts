import {html, literal} from 'lit/static-html.js';
import type {HeadingLevel} from './LpElement.js';

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A top heading is the element's own; a sub-heading is one of a section inside it. */
export type HeadingRank = 'top' | 'sub';

/**
 * A heading at `level`, which the host chooses to fit its own outline. Its look does not depend on the
 * level: an element looks the same at any place in a page's outline.
 */
export const heading = (level: HeadingLevel, text: string, rank: HeadingRank) => {
  const tag = headingTags[level - 1];
  return rank === 'top'
    ? html`<${tag} class="heading" part="heading">${text}</${tag}>`
    : html`<${tag} class="heading subheading" part="heading subheading">${text}</${tag}>`;
};
