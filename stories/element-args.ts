/**
 * The attributes every element understands, as Storybook args. The controls' options come from the
 * element code itself, so a story never offers a value the element does not accept.
 */
import type {ArgTypes} from '@storybook/web-components-vite';
import {headingLevels, variants, type HeadingLevel, type Variant} from '../src/LpElement.js';

/** Args are named after the attributes: a partner writes HTML, and the docs show that HTML. */
export interface ElementArgs {
  'heading-level': HeadingLevel;
  'hide-heading': boolean;
  variant: Variant;
}

/** The elements' defaults (see SPEC.md: heading level 2, plain, heading shown). */
export const elementDefaults: ElementArgs = {'heading-level': 2, 'hide-heading': false, variant: 'plain'};

export const elementArgTypes: ArgTypes<ElementArgs> = {
  'heading-level': {control: 'select', options: headingLevels},
  'hide-heading': {control: 'boolean'},
  variant: {control: 'inline-radio', options: variants},
};

/**
 * The manifest describes each attribute twice, as an attribute and as the property it reflects; the
 * property rows would be duplicate controls.
 */
export const reflectedPropertyArgTypes = {
  headingLevel: {table: {disable: true}},
  hideHeading: {table: {disable: true}},
} satisfies ArgTypes;

/**
 * An attribute value for a template, or `undefined` (the attribute left out) when it is the default:
 * the code Storybook shows is then what a partner would write.
 */
export const unlessDefault = <T>(value: T, defaultValue: T): T | undefined => (value === defaultValue ? undefined : value);
