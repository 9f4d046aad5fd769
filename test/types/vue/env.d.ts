import type {} from '@lp-schoten/elements/vue';
