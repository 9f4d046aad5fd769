import type {ArgTypes, Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {styleMap} from 'lit/directives/style-map.js';
import '../src/lp-mission-vision-values.js';
import {variants, type Variant} from '../src/LpElement.js';

/**
 * What a host may change: the `--lp-*` custom properties (documented on the elements, see the table
 * below each docs page) and `variant`. Each control sets one property on a wrapper, as a host's own
 * stylesheet would; the properties inherit into the element's shadow DOM.
 */
interface ThemeArgs {
  variant: Variant;
  '--lp-font-family': string;
  '--lp-text-color': string;
  '--lp-accent-color': string;
  '--lp-surface-color': string;
  '--lp-spacing': string;
  '--lp-radius': string;
  '--lp-letter-size': string;
}

/** The card's own look, written out: dark text and police blue on white (accent 13:1, text 17:1). */
const zoneLook: ThemeArgs = {
  variant: 'card',
  '--lp-font-family': 'system-ui, sans-serif',
  '--lp-text-color': '#1b1b1f',
  '--lp-accent-color': '#0b2a5b',
  '--lp-surface-color': '#ffffff',
  '--lp-spacing': '1rem',
  '--lp-radius': '0.5rem',
  '--lp-letter-size': '2.75em',
};

type CustomProperty = Exclude<keyof ThemeArgs, 'variant'>;
const customProperties = Object.keys(zoneLook).filter((name): name is CustomProperty => name.startsWith('--lp-'));

const themeArgTypes: Partial<ArgTypes<ThemeArgs>> = {
  variant: {control: 'inline-radio', options: variants},
  ...Object.fromEntries(customProperties.map((name) => [name, {control: name.endsWith('-color') ? 'color' : 'text'}])),
};

const meta = {
  title: 'Guides/Theming',
  component: 'lp-mission-vision-values',
  parameters: {
    showsValues: true,
    controls: {include: /^(variant|--lp-.*)$/, expanded: true},
  },
  args: zoneLook,
  argTypes: themeArgTypes,
  render: (args) => {
    const style = Object.fromEntries(customProperties.map((name) => [name, args[name]]));
    return html`<div class="host-theme" style=${styleMap(style)}>
      <lp-mission-vision-values variant=${ifDefined(args.variant === 'plain' ? undefined : args.variant)}></lp-mission-vision-values>
    </div>`;
  },
} satisfies Meta<ThemeArgs>;

export default meta;
type Story = StoryObj<ThemeArgs>;

/** The zone's own card look, with every custom property written out: change any of them in Controls. */
export const CustomProperties: Story = {name: 'Custom properties'};

/**
 * A partner's palette: a serif font, a dark green accent on a pale green surface (accent 9:1, text
 * 13:1), square corners, more space and larger letters.
 */
export const PartnerPalette: Story = {
  name: "A partner's palette",
  args: {
    '--lp-font-family': 'Georgia, "Times New Roman", serif',
    '--lp-text-color': '#1f2a24',
    '--lp-accent-color': '#14532d',
    '--lp-surface-color': '#f1f7f2',
    '--lp-spacing': '1.25rem',
    '--lp-radius': '0',
    '--lp-letter-size': '3.25em',
  },
};
