import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/lp-mission-vision-values.js';
import {elementArgTypes, elementControls, elementDefaults, unlessDefault, type ElementArgs} from './element-args.js';
import {textsFor} from './host-texts.js';
import {inSidebar} from './sidebar.js';

const meta = {
  title: 'Elements/Whole page',
  component: 'lp-mission-vision-values',
  tags: ['autodocs'],
  // The preview shows the reviewers' note on the values' proposal status (see values-proposal.ts).
  parameters: {showsValues: true, controls: elementControls()},
  args: elementDefaults,
  argTypes: elementArgTypes,
  render: (args) => html`<lp-mission-vision-values
    heading-level=${ifDefined(unlessDefault(args['heading-level'], elementDefaults['heading-level']))}
    ?hide-heading=${args['hide-heading']}
    variant=${ifDefined(unlessDefault(args.variant, elementDefaults.variant))}
  ></lp-mission-vision-values>`,
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** The whole page: title (`<h2>`), introduction, then mission, vision and values under `<h3>` headings. */
export const Plain: Story = {};

/** The whole page on a bordered surface in the zone's police blue. */
export const Card: Story = {args: {variant: 'card'}};

/** As the page's own title, for a host page that holds nothing else: `<h1>`, sections `<h2>`. */
export const PageTitle: Story = {name: "As the page's title (heading level 1)", args: {'heading-level': 1}};

/**
 * The host writes the title itself (an `<h1>`) and leaves the element's out; with `heading-level="1"`
 * the sections stay `<h2>`, right below the host's title.
 */
export const HiddenHeading: Story = {
  name: "Under the partner's own title",
  args: {'heading-level': 1, 'hide-heading': true},
  render: (args, {globals}) => html`<h1>${textsFor(globals.locale).aboutThePolice}</h1>
    ${meta.render(args)}`,
};

/** In a sidebar of 260px: everything reflows, and the values stack instead of spelling the word. */
export const NarrowSidebar: Story = {
  name: 'In a narrow sidebar',
  render: (args) => inSidebar(meta.render(args)),
};
