import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/lp-values-acronym.js';
import {layouts, type Layout} from '../src/attributes.js';
import {choiceOf, elementArgTypes, elementControls, elementDefaults, unlessDefault, type ElementArgs} from './element-args.js';
import {textsFor} from './host-texts.js';
import {inPartnerColumn, inSidebar} from './sidebar.js';

interface ValuesArgs extends ElementArgs {
  layout: Layout;
}

const valuesDefaults: ValuesArgs = {...elementDefaults, layout: 'stacked'};

const meta = {
  title: 'Elements/Values (SCHOTEN)',
  component: 'lp-values-acronym',
  tags: ['autodocs'],
  // The preview shows the reviewers' note on the values' proposal status (see values-proposal.ts).
  parameters: {showsValues: true, controls: elementControls('layout')},
  args: valuesDefaults,
  argTypes: {...elementArgTypes, layout: {...choiceOf(layouts), control: 'inline-radio'}},
  render: (args) => html`<lp-values-acronym
    heading-level=${ifDefined(unlessDefault(args['heading-level'], valuesDefaults['heading-level']))}
    ?hide-heading=${args['hide-heading']}
    variant=${ifDefined(unlessDefault(args.variant, valuesDefaults.variant))}
    layout=${ifDefined(unlessDefault(args.layout, valuesDefaults.layout))}
  ></lp-values-acronym>`,
} satisfies Meta<ValuesArgs>;

export default meta;
type Story = StoryObj<ValuesArgs>;

/** The default (`layout="stacked"`): one row per value, its big letter beside it, so that SCHOTEN reads down. */
export const Stacked: Story = {name: 'SCHOTEN down the side (stacked)'};

/**
 * `layout="word"`: the seven letters in one row, so that SCHOTEN reads across, then the values in two
 * columns (three where there is room), where the element is at least 40em wide (640px with 16px text);
 * else stacked.
 */
export const Word: Story = {name: 'SCHOTEN across (word)', args: {layout: 'word'}};

/**
 * `layout="word"` in a partner's content column of 736px, as on the municipality page: SCHOTEN reads
 * across there, whatever the width of this window (on a narrower phone the column, and the values, stack).
 */
export const WordInPartnerColumn: Story = {
  name: "SCHOTEN across, in a partner's 736px column",
  args: {layout: 'word'},
  render: (args) => inPartnerColumn(meta.render(args)),
};

/**
 * `layout="word"` in a sidebar of 260px: too narrow for the word, so the element stacks the values. It
 * measures its own width (a container query), not the window's.
 */
export const WordInNarrowSidebar: Story = {
  name: 'SCHOTEN across, in a narrow sidebar',
  args: {layout: 'word'},
  render: (args) => inSidebar(meta.render(args)),
};

/** A bordered surface in the zone's police blue, stacked. */
export const Card: Story = {args: {variant: 'card'}};

/** The card with the word layout. */
export const CardWord: Story = {name: 'Card, SCHOTEN across', args: {variant: 'card', layout: 'word'}};

/** Fitted into a host outline one level deeper: the heading is an `<h3>`. It looks the same. */
export const HeadingLevel3: Story = {name: 'Inside a section (heading level 3)', args: {'heading-level': 3}};

/** The host writes its own heading (here an `<h2>` of the host page) and leaves the element's out. */
export const HiddenHeading: Story = {
  name: "Under the partner's own heading",
  args: {'hide-heading': true, layout: 'word'},
  render: (args, {globals}) => html`<h2>${textsFor(globals.locale).aboutThePolice}</h2>
    ${meta.render(args)}`,
};
