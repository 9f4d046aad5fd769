/**
 * A control that chooses one of the four elements, for the guides that show any of them. The options
 * are the tags (what a link carries); the labels are the names a designer uses.
 */
import {html, unsafeStatic} from 'lit/static-html.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Variant} from '../src/attributes.js';
import {choiceOf} from './element-args.js';

export const elementNames = {
  'lp-mission-vision-values': 'Whole page',
  'lp-mission': 'Mission',
  'lp-vision-list': 'Vision',
  'lp-values-acronym': 'Values (SCHOTEN)',
} as const;
export type Tag = keyof typeof elementNames;

export const elementChoice = {
  ...choiceOf(Object.keys(elementNames) as Tag[]),
  control: {type: 'select' as const, labels: elementNames},
  description: 'The element to show.',
};

/** Whether the element shows the values, and so needs the reviewers' banner on their proposal status. */
export const showsValues = ({element}: {element: Tag}) => element === 'lp-mission-vision-values' || element === 'lp-values-acronym';

/** The chosen element, with a heading level and a variant (left out when plain, the default). */
export const chosenElement = (element: Tag, headingLevel: number, variant: Variant) => {
  const tag = unsafeStatic(element in elementNames ? element : 'lp-mission-vision-values');
  return html`<${tag} heading-level=${headingLevel} variant=${ifDefined(variant === 'plain' ? undefined : variant)}></${tag}>`;
};
