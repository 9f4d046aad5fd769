/// <reference types="vite/client" />
/**
 * The heights that `npm run heights` measured (scripts/measure-heights.mjs, run by `npm run
 * build-storybook`), for the page "Guides › Heights to reserve". The file is generated, never committed;
 * before it exists (a fresh `npm run storybook`), the page says how to measure instead of showing figures.
 */

export interface MeasuredHeights {
  measuredWith: {browser: string; page: string; fontSize: number; date: string};
  widths: number[];
  locales: string[];
  variants: string[];
  elements: string[];
  /** Height in CSS pixels, by element, variant, language and width. */
  heights: Record<string, Record<string, Record<string, Record<string, number>>>>;
}

const generated = import.meta.glob<MeasuredHeights>('./generated/heights.json', {eager: true, import: 'default'});

export const measuredHeights: MeasuredHeights | undefined = Object.values(generated)[0];
