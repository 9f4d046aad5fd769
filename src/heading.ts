import {html, type TemplateResult} from 'lit';
import type {HeadingLevel} from './attributes.js';

/**
 * A top heading is the element's own; the title is the top heading of the whole page; a sub-heading is
 * one of a section inside it.
 */
export type HeadingRank = 'title' | 'top' | 'sub';

// Class and part of each rank: the title and the top headings are `heading` to partners, the sections
// `heading subheading`; the title is larger, so that the whole page reads as a hierarchy.
const names: Record<HeadingRank, [className: string, part: string]> = {
  title: ['heading title', 'heading'],
  top: ['heading', 'heading'],
  sub: ['heading', 'heading subheading'],
};

type Heading = (text: string, className: string, part: string) => TemplateResult;

const headings: Record<HeadingLevel, Heading> = {
  1: (text, className, part) => html`<h1 class=${className} part=${part}>${text}</h1>`,
  2: (text, className, part) => html`<h2 class=${className} part=${part}>${text}</h2>`,
  3: (text, className, part) => html`<h3 class=${className} part=${part}>${text}</h3>`,
  4: (text, className, part) => html`<h4 class=${className} part=${part}>${text}</h4>`,
  5: (text, className, part) => html`<h5 class=${className} part=${part}>${text}</h5>`,
  6: (text, className, part) => html`<h6 class=${className} part=${part}>${text}</h6>`,
};

/**
 * A heading at `level`, which the host chooses to fit its own outline. Its look depends on its rank, not
 * on the level: an element looks the same at any place in a page's outline.
 */
export const heading = (level: HeadingLevel, text: string, rank: HeadingRank) => headings[level](text, ...names[rank]);

/** The heading one level below `level`, for a section inside an element; HTML has no level below 6. */
export const subLevel = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;
