import type {ArgTypes, Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {styleMap} from 'lit/directives/style-map.js';
import '../src/lp-mission-vision-values.js';
import type {Variant} from '../src/attributes.js';
import {codeBlock} from './copy-code.js';
import {choiceOf, variantChoice} from './element-args.js';
import {paintedColours} from './painted-colours.js';

/**
 * What a host may change: the `--lp-*` custom properties (documented on the elements, see each docs
 * page) and `variant`. Each control sets one property on a wrapper, as a host's own stylesheet would; the
 * properties inherit into the element's shadow DOM.
 *
 * Every control keeps its setting in a shared link. A link carries only plain words, numbers and colours
 * (`#rrggbb` as `!hex(rrggbb)`, `rgba(…)` as `!rgba(…)`): so the sizes are numbers, in the unit each
 * property is shown in, and the font is one of a few named families.
 */
interface ThemeArgs {
  variant: Variant;
  '--lp-font-family': FontChoice;
  '--lp-text-color'?: string;
  '--lp-accent-color'?: string;
  '--lp-surface-color'?: string;
  '--lp-spacing': number;
  '--lp-radius': number;
  '--lp-letter-size': number;
  '--lp-title-size': number;
  '--lp-heading-size': number;
  '--lp-measure': number;
}

/** The fonts on offer: installed on almost every system, since the elements load no font. */
const fonts = {
  page: undefined,
  'sans-serif': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
  serif: 'Georgia, Cambria, "Times New Roman", serif',
  rounded: '"Trebuchet MS", Verdana, sans-serif',
} as const;
type FontChoice = keyof typeof fonts;
const fontLabels: Record<FontChoice, string> = {
  page: "The page's own font",
  'sans-serif': 'System sans-serif',
  serif: 'Georgia (serif)',
  rounded: 'Trebuchet MS',
};

type Colour = '--lp-text-color' | '--lp-accent-color' | '--lp-surface-color';
const colours: Colour[] = ['--lp-text-color', '--lp-accent-color', '--lp-surface-color'];

/** Each size, its unit, the range its slider offers, and the element's default. */
type Size = '--lp-spacing' | '--lp-radius' | '--lp-letter-size' | '--lp-title-size' | '--lp-heading-size' | '--lp-measure';
const sizes: Record<Size, {unit: 'em' | 'ch'; min: number; max: number; step: number; default: number}> = {
  '--lp-spacing': {unit: 'em', min: 0.25, max: 3, step: 0.125, default: 1},
  '--lp-radius': {unit: 'em', min: 0, max: 2, step: 0.125, default: 0.5},
  '--lp-letter-size': {unit: 'em', min: 1.5, max: 5, step: 0.25, default: 2.5},
  '--lp-title-size': {unit: 'em', min: 1, max: 3.5, step: 0.125, default: 1.5},
  '--lp-heading-size': {unit: 'em', min: 1, max: 3, step: 0.125, default: 1.25},
  '--lp-measure': {unit: 'ch', min: 30, max: 120, step: 1, default: 64},
};
const sizeNames = Object.keys(sizes) as Size[];

const themeArgTypes = {
  variant: variantChoice,
  '--lp-font-family': {
    ...choiceOf(Object.keys(fonts) as FontChoice[]),
    control: {type: 'select', labels: fontLabels},
  },
  ...Object.fromEntries(
    colours.map((name) => [name, {type: {name: 'string'}, control: {type: 'color', presetColors: ['#0b2a5b', '#1b1b1f', '#ffffff', '#14532d', '#7b1f2e']}}])
  ),
  ...Object.fromEntries(
    sizeNames.map((name) => {
      const {unit, min, max, step} = sizes[name];
      return [name, {type: {name: 'number'}, control: {type: 'range', min, max, step}, table: {type: {summary: `number, in ${unit}`}}}];
    })
  ),
} satisfies Partial<ArgTypes<ThemeArgs>>;

/** The element's own look: the page's font, the card's colours (light or dark with the page), its sizes. */
const elementLook: ThemeArgs = {
  variant: 'card',
  '--lp-font-family': 'page',
  ...(Object.fromEntries(sizeNames.map((name) => [name, sizes[name].default])) as Record<Size, number>),
};

/** The custom properties as a host's stylesheet would set them; a colour left empty is the element's own. */
const hostStyle = (args: ThemeArgs) => ({
  '--lp-font-family': fonts[args['--lp-font-family']],
  ...Object.fromEntries(colours.map((name) => [name, args[name] || undefined])),
  ...Object.fromEntries(sizeNames.map((name) => [name, `${args[name]}${sizes[name].unit}`])),
});

/** The tags the custom properties are set on: every element, so that one rule themes them all. */
const tags = ['lp-mission', 'lp-vision-list', 'lp-values-acronym', 'lp-mission-vision-values'];

/**
 * The CSS a partner puts in its own stylesheet for the look chosen: every custom property as the controls
 * set it (a colour or font left to the element is left out, as the element's own).
 */
const themeCss = (args: ThemeArgs) => {
  const set = Object.entries(hostStyle(args) as Record<string, string | undefined>).filter(([, value]) => value !== undefined);
  return `${tags.join(',\n')} {\n${set.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
};

const takeItOut = (args: ThemeArgs) => html`<section class="lp-take-out" lang="en">
  <h2>Your look, to take out</h2>
  <p>
    The CSS for the look chosen in Controls: the custom properties as set, for the partner's own stylesheet.
    ${args.variant === 'card' ? html`Add <code>variant="card"</code> to the tag for the card.` : nothing}
  </p>
  ${codeBlock('the custom properties', themeCss(args), 'Copy CSS')}
  ${paintedColours('lp-mission-vision-values', Object.fromEntries(colours.map((name) => [name, args[name] || undefined])))}
</section>`;

const meta = {
  title: 'Guides/Theming',
  component: 'lp-mission-vision-values',
  parameters: {
    showsValues: true,
    controls: {include: ['variant', '--lp-font-family', ...colours, ...sizeNames], expanded: true},
  },
  args: elementLook,
  argTypes: themeArgTypes,
  render: (args) => html`<div class="host-theme" style=${styleMap(hostStyle(args))}>
      <lp-mission-vision-values variant=${ifDefined(args.variant === 'plain' ? undefined : args.variant)}></lp-mission-vision-values>
      ${takeItOut(args)}
    </div>`,
} satisfies Meta<ThemeArgs>;

export default meta;
type Story = StoryObj<ThemeArgs>;

/**
 * The zone's own card: the colours are left to the element (police blue and dark text on white, or light
 * blue and light text on navy on a dark page), and every size is the element's default. Pick a colour,
 * a font or a size in Controls: below the element, "Copy CSS" gives the CSS for your choice, and a table
 * shows the colours the element paints with it, and why one differs from what you picked. The accessibility
 * panel checks the contrast of what you chose.
 */
export const CustomProperties: Story = {name: "The zone's own look"};

/**
 * A partner's palette: a serif font, a dark green accent on a pale green surface (accent 9:1, text
 * 13:1), square corners, more space and larger letters. On a dark page the element keeps these single
 * colours readable, only as far as reading needs.
 */
export const PartnerPalette: Story = {
  name: "A partner's palette",
  args: {
    '--lp-font-family': 'serif',
    '--lp-text-color': '#1f2a24',
    '--lp-accent-color': '#14532d',
    '--lp-surface-color': '#f1f7f2',
    '--lp-spacing': 1.25,
    '--lp-radius': 0,
    '--lp-letter-size': 3.25,
  },
};
