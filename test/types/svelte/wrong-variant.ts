// What Svelte 5 checks an element's attributes against, in a component's markup.
import type {SvelteHTMLElements} from 'svelte/elements';
import type {} from '@lp-schoten/elements/svelte';

export const mission: SvelteHTMLElements['lp-mission'] = {variant: 'foo'};
