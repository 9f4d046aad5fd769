import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/lp-schoten.js';
import type {Variant} from '../src/attributes.js';
import {variantChoice} from './element-args.js';
import {chosenElement, elementChoice, showsValues, type Tag} from './element-choice.js';

interface PrintArgs {
  element: Tag;
  variant: Variant;
}

/**
 * The print look cannot be shown inside a page: only the browser's print preview (or its emulation of
 * print media, see the docs page) applies the elements' print styles. So the story prints itself. The
 * button is for the reviewer, in Dutch, and stays off the paper.
 */
const meta = {
  title: 'Guides/Dark, high contrast and print',
  parameters: {showsValues, controls: {include: ['element', 'variant']}},
  args: {element: 'lp-mission-vision-values', variant: 'card'},
  argTypes: {element: elementChoice, variant: variantChoice},
  render: ({element, variant}) => html`<p class="lp-screen-only" lang="nl">
      <button class="lp-button" type="button" @click=${() => window.print()}>Deze pagina afdrukken</button>
      Het afdrukvoorbeeld van uw browser toont het element zoals het op papier komt: zwart op wit.
    </p>
    ${chosenElement(element, 2, variant)}`,
} satisfies Meta<PrintArgs>;

export default meta;
type Story = StoryObj<PrintArgs>;

/** A button that opens the browser's print preview of this story. */
export const PrintThisPage: Story = {name: 'Print this page'};
