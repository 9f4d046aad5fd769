import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/lp-vision-list.js';
import {elementArgTypes, elementControls, elementDefaults, unlessDefault, type ElementArgs} from './element-args.js';
import {textsFor} from './host-texts.js';

const meta = {
  title: 'Elements/Vision',
  component: 'lp-vision-list',
  tags: ['autodocs'],
  parameters: {controls: elementControls()},
  args: elementDefaults,
  argTypes: elementArgTypes,
  render: (args) => html`<lp-vision-list
    heading-level=${ifDefined(unlessDefault(args['heading-level'], elementDefaults['heading-level']))}
    ?hide-heading=${args['hide-heading']}
    variant=${ifDefined(unlessDefault(args.variant, elementDefaults.variant))}
  ></lp-vision-list>`,
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** The default: the host page's font and colour, no box; the five points are a list. */
export const Plain: Story = {};

/** A bordered surface in the zone's police blue. */
export const Card: Story = {args: {variant: 'card'}};

/** Fitted into a host outline one level deeper: the heading is an `<h3>`. It looks the same. */
export const HeadingLevel3: Story = {name: 'Inside a section (heading level 3)', args: {'heading-level': 3}};

/** The host writes its own heading (here an `<h2>` of the host page) and leaves the element's out. */
export const HiddenHeading: Story = {
  name: "Under the partner's own heading",
  args: {'hide-heading': true},
  render: (args, {globals}) => html`<h2>${textsFor(globals.locale).aboutThePolice}</h2>
    ${meta.render(args)}`,
};
