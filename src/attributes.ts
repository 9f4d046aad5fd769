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

export const defaults = {
  headingLevel: 2,
  hideHeading: false,
  variant: 'plain',
  layout: 'stacked',
} as const satisfies {headingLevel: HeadingLevel; hideHeading: boolean; variant: Variant; layout: Layout};
