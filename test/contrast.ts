/** What a reader sees of colour: every run of text, its colour and the colour painted behind it. */

type Rgba = [red: number, green: number, blue: number, alpha: number];

const canvas = new OffscreenCanvas(1, 1);
const context = canvas.getContext('2d', {willReadFrequently: true})!;

/** A CSS colour (any syntax a computed style gives) as the browser paints it: sRGB bytes and alpha 0-1. */
export function rgba(color: string): Rgba {
  // A canvas keeps its last colour when given one it cannot read: that would pass for the last one painted.
  if (!CSS.supports('color', color)) throw new Error(`not a colour: ${color}`);
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [red, green, blue, alpha] = context.getImageData(0, 0, 1, 1).data;
  return [red, green, blue, alpha / 255];
}

/** `top` painted over `bottom` (opaque). */
const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

/** WCAG 2 relative luminance of an opaque sRGB colour. */
export function luminance([red, green, blue]: Rgba): number {
  const linear = (byte: number) => {
    const channel = byte / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(first: Rgba, second: Rgba): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

/** A system colour (`Canvas`, `CanvasText`) as `document` paints it, in its colour scheme and forced colours. */
export function systemColour(name: string, document: Document = window.document): Rgba {
  const probe = document.createElement('div');
  probe.style.background = name;
  document.documentElement.append(probe);
  const colour = rgba(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return colour;
}

/** The colour of the page's canvas, behind everything, in the page's colour scheme. */
const canvasColour = (document: Document) => systemColour('Canvas', document);

/**
 * The colour of the card's top bar: the first colour of its background's gradient layer
 * (`linear-gradient(rgb(…) 7px, …)`), or `none` where there is no bar.
 */
export const barColour = (style: CSSStyleDeclaration) => style.backgroundImage.match(/gradient\((\w+\([^)]*\)|#\w+|\w+)/)?.[1] ?? style.backgroundImage;

/** What is painted behind `element`: the backgrounds of it and its ancestors, up through shadow hosts. */
export function paintedBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; ) {
    const layer = rgba(getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : (parent as Element | null);
    if (node?.nodeType !== Node.ELEMENT_NODE) node = null;
  }
  return layers.reduceRight((below, layer) => over(layer, below), canvasColour(element.ownerDocument));
}

export interface TextRun {
  /** The text, or for a pseudo-element, its element and pseudo. */
  text: string;
  colour: Rgba;
  background: Rgba;
  contrast: number;
}

const isPainted = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility === 'visible';

/**
 * Every run of text an element paints, in its shadow tree: its text nodes, the words it shows through
 * `::before` (see `[data-shown]`) and the initials it marks with `::first-letter`. Text that is laid out
 * but clipped out of sight for screen readers (`.whole`) is not painted, and is left out.
 */
export function textRuns(host: Element): TextRun[] {
  const runs: TextRun[] = [];
  const add = (text: string, element: Element, pseudo?: string) => {
    const colour = rgba(getComputedStyle(element, pseudo).color);
    const background = paintedBehind(element);
    runs.push({text, colour, background, contrast: contrast(over(colour, background), background)});
  };
  const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || !isPainted(parent) || parent.closest('.whole')) continue;
    add(node.textContent!.trim().slice(0, 40), parent);
  }
  for (const element of host.shadowRoot!.querySelectorAll('[data-shown]')) {
    add(`${element.getAttribute('data-shown')} (::before)`, element, '::before');
    // The initial is the first letter of the word's box, which the ::before fills.
    add(`${element.getAttribute('data-shown')} (::first-letter)`, element.parentElement!, '::first-letter');
  }
  return runs;
}
