import {nothing} from 'lit';
import type {HeadingLevel} from './LpElement.js';
import type {Layout} from './LpValuesAcronym.js';
import type {Locale} from './localization.js';

/**
 * The two forms of the elements' markup, made by the same templates:
 *
 * - `shadow`: what the element renders in its shadow root, with the classes its styles select and the
 *   parts partners style with `::part()`; the prerendered snippet's declarative shadow root is this too.
 * - `light`: the same text as ordinary HTML (headings, paragraphs, a list, a `dl`), for a snippet that
 *   must survive a sanitizer or a CMS that drops `<template>` and `<style>`. No style of the element
 *   reaches it, so it carries no class, no part and no decoration that only the element's CSS explains:
 *   it reads in the page's own style.
 */
export type MarkupForm = 'shadow' | 'light';

export const markupForms: readonly MarkupForm[] = ['shadow', 'light'];

/** `names` (a class or a part) in the shadow form; in the light form, no attribute at all. */
export const styled = (form: MarkupForm, names: string) => (form === 'shadow' ? names : nothing);

/** What an element's content depends on, in either form: its checked attributes and its language. */
export interface ContentSettings {
  /** The level of the top heading, 1-6. */
  level: HeadingLevel;
  /** Leaves the top heading out. */
  hideHeading: boolean;
  /** For the values: `stacked` or `word`. */
  layout?: Layout;
  /** The language the texts are in; the values show it beside their Dutch word. */
  locale: Locale;
  form: MarkupForm;
}
