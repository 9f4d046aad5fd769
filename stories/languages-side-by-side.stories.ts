import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/lp-schoten.js';
import type {Variant} from '../src/attributes.js';
import type {Locale} from '../src/language-of.js';
import {variantChoice} from './element-args.js';
import {chosenElement, elementChoice, showsValues, type Tag} from './element-choice.js';

/** The columns: Dutch, the zone's own text, then the translations; each language named in itself. */
const languageNames: Record<Locale, string> = {nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English'};
const columns = Object.keys(languageNames) as Locale[];

interface SideBySideArgs {
  element: Tag;
  variant: Variant;
}

const columnsStyle = html`<style>
  .languages {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 1.5rem;
    align-items: start;
  }
  .languages h2 {
    margin: 0 0 0.75rem;
    padding-block-end: 0.25rem;
    border-block-end: 1px solid;
    font-size: 1rem;
  }
</style>`;

/**
 * One element in all four languages, one column each (`<div lang="…">`), so that length and line breaks
 * can be compared. Each column keeps its language whatever the toolbar says: the elements speak the
 * language of their nearest ancestor with `lang`, as on a bilingual partner page.
 */
const meta = {
  title: 'Guides/Languages side by side',
  parameters: {showsValues, controls: {include: ['element', 'variant']}},
  args: {element: 'lp-mission-vision-values', variant: 'plain'},
  argTypes: {element: elementChoice, variant: variantChoice},
  render: ({element, variant}) => html`${columnsStyle}
    <div class="languages">
      ${columns.map(
        (locale) => html`<div lang=${locale}>
          <h2>${languageNames[locale]}</h2>
          ${chosenElement(element, 3, variant)}
        </div>`
      )}
    </div>`,
} satisfies Meta<SideBySideArgs>;

export default meta;
type Story = StoryObj<SideBySideArgs>;

/** Choose the element and its variant in Controls. On a phone the columns stack. */
export const FourLanguages: Story = {name: 'Four languages'};
