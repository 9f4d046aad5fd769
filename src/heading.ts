import {html, type TemplateResult} from 'lit';
import type {HeadingLevel} from './LpElement.js';

/** A top heading is the element's own; a sub-heading is one of a section inside it. */
export type HeadingRank = 'top' | 'sub';

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
 * A heading at `level`, which the host chooses to fit its own outline. Its look does not depend on the
 * level: an element looks the same at any place in a page's outline.
 */
export const heading = (level: HeadingLevel, text: string, rank: HeadingRank) =>
  rank === 'top'
    ? headings[level](text, 'heading', 'heading')
    : headings[level](text, 'heading subheading', 'heading subheading');
