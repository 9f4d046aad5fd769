/**
 * For the Theming story: the colours the element actually paints, read from the rendered element, beside
 * the colours a designer picked. The element keeps every text readable (4.5:1, see SPEC.md): it moves a
 * picked colour's lightness as far as reading needs and keeps its hue. So an orange accent (#f39200) gives
 * brown headings on white; this says so, and why, instead of leaving "what you pick is not what you get"
 * to be found out.
 */
import {LitElement, css, html, nothing, type PropertyValues} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';

/** A colour the designer picked, by the custom property it was set as. */
export interface PickedColours {
  '--lp-text-color'?: string;
  '--lp-accent-color'?: string;
  '--lp-surface-color'?: string;
}

type Rgb = [number, number, number];

/** Any CSS colour (oklch(), light-dark() resolved, …) as the sRGB the screen shows: drawn, then read back. */
function toRgb(colour: string): Rgb | undefined {
  const context = document.createElement('canvas').getContext('2d', {willReadFrequently: true});
  if (!context) return undefined;
  context.fillStyle = '#000';
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

const hex = (rgb: Rgb) => `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2's contrast ratio of two sRGB colours. */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r, g, b] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The colour painted behind `element`: its own background, or the nearest ancestor's (the page's). */
function backgroundBehind(element: Element): string {
  for (let at: Element | null = element; at; at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null) {
    const background = getComputedStyle(at).backgroundColor;
    if (!/^rgba\(.*,\s*0\)$|^transparent$/.test(background)) return background;
  }
  return 'white';
}

const ratio = (value: number) => `${value.toFixed(1)}:1`;

/** One painted colour: what it is, the picked one it comes from, what is painted, and behind what. */
interface Reading {
  what: string;
  picked?: string;
  painted: Rgb;
  /** What the colour is read against, for text; none for the surface itself and for the bar. */
  against?: Rgb;
}

/**
 * `<story-painted-colours for="lp-mission-vision-values">`: a table of the colours the element named by
 * `for` (in the same story) paints, read again whenever the story renders.
 */
export class StoryPaintedColours extends LitElement {
  static override properties = {for: {}, picked: {attribute: false}, readings: {state: true}};
  static override styles = css`
    :host {
      display: block;
      font: 0.875rem/1.4 system-ui, sans-serif;
      max-inline-size: 60rem;
    }
    .scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block: 1rem 0.5rem;
    }
    [data-painted] {
      white-space: nowrap;
    }
    th,
    td {
      text-align: start;
      padding: 0.25rem 0.75rem 0.25rem 0;
      vertical-align: top;
    }
    .swatch {
      display: inline-block;
      inline-size: 1em;
      block-size: 1em;
      border: 1px solid CanvasText;
      vertical-align: -0.15em;
      margin-inline-end: 0.25em;
      forced-color-adjust: none;
    }
  `;

  declare for: string;
  declare picked: PickedColours;
  declare readings: Reading[];

  constructor() {
    super();
    this.for = '';
    this.picked = {};
    this.readings = [];
  }

  protected override updated(changed: PropertyValues) {
    if (changed.has('for') || changed.has('picked')) void this.read();
  }

  /** The nearest element named by `for`: in the same story, around this table. */
  private target() {
    for (let at = this.parentElement; at; at = at.parentElement) {
      const found = at.querySelector<HTMLElement & {updateComplete?: Promise<unknown>}>(this.for);
      if (found) return found;
    }
    return null;
  }

  /** Reads the element's colours once it has rendered (and once more a frame later, when styles settle). */
  async read() {
    const target = this.target();
    if (!target) return;
    await customElements.whenDefined(target.localName);
    await target.updateComplete;
    await new Promise(requestAnimationFrame);
    const root = target.shadowRoot?.querySelector<HTMLElement>('.root');
    const heading = target.shadowRoot?.querySelector<HTMLElement>('.heading');
    if (!root || !heading) return;
    const style = getComputedStyle(root);
    const surface = toRgb(backgroundBehind(root));
    const text = toRgb(style.color);
    const headings = toRgb(getComputedStyle(heading).color);
    if (!surface || !text || !headings) return;
    const readings: Reading[] = [
      {what: 'Surface', picked: this.picked['--lp-surface-color'], painted: surface},
      {what: 'Text', picked: this.picked['--lp-text-color'], painted: text, against: surface},
      {what: 'Headings', picked: this.picked['--lp-accent-color'], painted: headings, against: surface},
    ];
    // Only the card has a bar and a border; the plain variant has no box.
    const bar = style.borderTopStyle === 'none' ? undefined : toRgb(style.borderTopColor);
    if (bar) readings.push({what: 'Bar and border', picked: this.picked['--lp-accent-color'], painted: bar});
    if (JSON.stringify(readings) !== JSON.stringify(this.readings)) this.readings = readings;
  }

  /** Why a painted colour differs from the picked one, in a sentence; nothing when it is the same. */
  private why({what, picked, painted, against}: Reading) {
    const pickedRgb = picked ? toRgb(picked) : undefined;
    if (!pickedRgb || hex(pickedRgb) === hex(painted)) return nothing;
    if (against) {
      return html`Changed: ${picked} reaches only ${ratio(contrast(pickedRgb, against))} on this surface, less than the 4.5:1 text
        needs, so the element ${contrast(painted, [255, 255, 255]) > contrast(pickedRgb, [255, 255, 255]) ? 'darkens' : 'lightens'}
        it, keeping its hue, to ${ratio(contrast(painted, against))}.`;
    }
    return html`Changed: the ${what.toLowerCase()} stays ${contrast(painted, [255, 255, 255]) > 4.5 ? 'dark' : 'light'} in this
      colour scheme, so the element moves ${picked} that way, keeping its hue.`;
  }

  override render() {
    if (this.readings.length === 0) return nothing;
    // A table of five columns is wider than a phone: it scrolls in its own box, not the page sideways.
    return html`<div class="scroll" tabindex="0" role="region" aria-label="What the element paints"><table>
      <caption>
        What the element paints, read from it as it is shown (the page's colour scheme included)
      </caption>
      <thead>
        <tr>
          <th scope="col">Colour</th>
          <th scope="col">Picked</th>
          <th scope="col">Painted</th>
          <th scope="col">Contrast with the surface</th>
          <th scope="col">Why it differs</th>
        </tr>
      </thead>
      <tbody>
        ${this.readings.map(
          (reading) => html`<tr data-colour=${reading.what}>
            <th scope="row">${reading.what}</th>
            <td>${reading.picked ?? html`the element's own`}</td>
            <td data-painted=${hex(reading.painted)}>
              <span class="swatch" style=${styleMap({background: hex(reading.painted)})}></span>${hex(reading.painted)}
            </td>
            <td>${reading.against ? ratio(contrast(reading.painted, reading.against)) : '–'}</td>
            <td>${this.why(reading)}</td>
          </tr>`
        )}
      </tbody>
    </table></div>`;
  }
}

customElements.define('story-painted-colours', StoryPaintedColours);

/**
 * The table for the element `tag` of the same story, given the colours picked. (A story uses this rather
 * than importing the module for its effect: package.json's `sideEffects` would let the bundler drop it.)
 */
export const paintedColours = (tag: string, picked: PickedColours) =>
  html`<story-painted-colours for=${tag} .picked=${picked}></story-painted-colours>`;
