// What Svelte 5 checks an element's attributes against, in a component's markup.
import type {SvelteHTMLElements} from 'svelte/elements';
import type {} from '@lp-schoten/elements/svelte';

export const mission: SvelteHTMLElements['lp-mission'] = {'heading-level': 3, variant: 'card'};
export const vision: SvelteHTMLElements['lp-vision-list'] = {'heading-level': '2', 'hide-heading': true, lang: 'fr'};
export const values: SvelteHTMLElements['lp-values-acronym'] = {layout: 'word', class: 'values'};
export const page: SvelteHTMLElements['lp-mission-vision-values'] = {};
