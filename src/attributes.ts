/**
 * The values each attribute accepts, and what an element shows when one is absent or not valid: the
 * README's defaults, written once for the elements (and for whatever else needs them: the snippet
 * renderer, the stories).
 */
export const headingLevels = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof headingLevels)[number];

export const variants = ['plain', 'card'] as const;
export type Variant = (typeof variants)[number];

export const layouts = ['stacked', 'word'] as const;
export type Layout = (typeof layouts)[number];

/**
 * What an attribute's property holds: one of `T` when the page wrote a valid value, else whatever it wrote,
 * which the element warns about and replaces with the default. (`string & {}` rather than `string`, which
 * would swallow `T`'s words, so that editors and the framework types still offer exactly those.)
 */
export type AsWritten<T> = T | (string & {});

export const defaults = {
  headingLevel: 2,
  hideHeading: false,
  variant: 'plain',
  layout: 'stacked',
} as const satisfies {headingLevel: HeadingLevel; hideHeading: boolean; variant: Variant; layout: Layout};
