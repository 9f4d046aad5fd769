/**
 * The attributes every element understands, as Storybook args. The controls' options come from the
 * element code itself, so a story never offers a value the element does not accept.
 *
 * A link keeps what the controls show (`…&args=variant:card;heading-level:4;hide-heading:!true`) only
 * where each arg has a type Storybook knows: it reads the args of an address through that type, and
 * silently drops an arg whose type it does not know. The manifest names the attributes' TypeScript types
 * (`Variant`, `HeadingLevel`, `Layout`), which Storybook does not know, so every arg states its type here.
 */
import type {ArgTypes} from '@storybook/web-components-vite';
import {defaults, headingLevels, variants, type HeadingLevel, type Variant} from '../src/attributes.js';

/** Args are named after the attributes: a partner writes HTML, and the docs show that HTML. */
export interface ElementArgs {
  'heading-level': HeadingLevel;
  'hide-heading': boolean;
  variant: Variant;
}

/** The elements' defaults, as the attributes name them. */
export const elementDefaults: ElementArgs = {'heading-level': defaults.headingLevel, 'hide-heading': defaults.hideHeading, variant: defaults.variant};

/** A choice among `options`, as a link carries it and as the docs table shows its type. */
export const choiceOf = <T extends string | number>(options: readonly T[]) => ({
  type: {name: 'enum' as const, value: [...options]},
  options,
  table: {type: {summary: options.map((option) => (typeof option === 'string' ? `"${option}"` : String(option))).join(' | ')}},
});

/** The variant, for stories of more than one element, which the manifest does not describe. */
export const variantChoice = {
  ...choiceOf(variants),
  control: 'inline-radio' as const,
  description: '`plain`: the page\'s own font and colour, without a box; `card`: a bordered surface in the police blue.',
};

export const elementArgTypes = {
  'heading-level': {...choiceOf(headingLevels), control: 'select'},
  'hide-heading': {type: {name: 'boolean'}, control: 'boolean'},
  variant: {...choiceOf(variants), control: 'inline-radio'},
} satisfies ArgTypes<ElementArgs>;

/**
 * The controls an element story shows: its attributes. The manifest also lists the element's properties
 * (the same settings again), custom properties and parts; as controls those would be dead boxes, since a
 * story sets attributes only. Colours and sizes have their own story (Guides/Theming), and each docs page
 * names them.
 */
export const elementControls = (...more: string[]) => ({
  include: [...Object.keys(elementArgTypes), ...more],
});

/**
 * An attribute value for a template, or `undefined` (the attribute left out) when it is the default:
 * the code Storybook shows is then what a partner would write.
 */
export const unlessDefault = <T>(value: T, defaultValue: T): T | undefined => (value === defaultValue ? undefined : value);
