import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/lp-schoten.js';
import type {LpElement} from '../src/LpElement.js';
import {barColour, contrast, paintedBehind, rgba, systemColour, textRuns} from './contrast.js';
import {cardColours, type CardColours} from './documented.js';
import {inWebKit, tags} from './helpers.js';

/**
 * Colours as visitors see them, in every combination of the page's colour scheme, the visitor's system
 * and a partner's colours: every run of text keeps at least 4.5:1 against what is painted behind it, the
 * card paints the README's colours for its scheme, its border is the system's text colour in forced
 * colours, and paper gets black text on nothing. Chromium emulates each system here; Firefox and WebKit run
 * this file once per system they can be launched with (see the test runner's groups), and each run takes
 * the cases of the system it has. WebKitGTK takes its dark scheme from MiniBrowser's --dark-mode, as Safari
 * takes it from macOS or iOS; it has no forced colours at all (Safari has none either), so those cases are
 * listed for WebKit as not checked.
 */
interface System {
  name: string;
  colorScheme: 'light' | 'dark';
  forcedColors: boolean;
}
const systems: System[] = [
  {name: 'a light system', colorScheme: 'light', forcedColors: false},
  {name: 'a dark system', colorScheme: 'dark', forcedColors: false},
  {name: 'forced colours on a light system', colorScheme: 'light', forcedColors: true},
  {name: 'forced colours on a dark system', colorScheme: 'dark', forcedColors: true},
];

type Emulated = Partial<System> & {print?: boolean};
const emulate = (emulated: Emulated) => executeServerCommand<boolean, Emulated>('emulate-system', emulated);
const isSystem = (system: System) =>
  matchMedia(`(prefers-color-scheme: ${system.colorScheme})`).matches && matchMedia('(forced-colors: active)').matches === system.forcedColors;
const emulates = await emulate({});
const available = emulates ? systems : systems.filter(isSystem);
const launchedScheme = (system: System) => matchMedia(`(prefers-color-scheme: ${system.colorScheme})`).matches;
const notInWebKit = inWebKit ? systems.filter((system) => system.forcedColors && launchedScheme(system)) : [];

const pages = [
  {name: 'a light-only page', colorScheme: '', supportsDark: false, onlyDark: false},
  {name: 'a page that supports dark (color-scheme: light dark)', colorScheme: 'light dark', supportsDark: true, onlyDark: false},
  {name: 'a dark page (color-scheme: dark)', colorScheme: 'dark', supportsDark: true, onlyDark: true},
];

const partners = [
  {name: "the zone's colours", style: ''},
  {name: "a partner's accent", style: '--lp-accent-color: #7b1f2e'},
  {name: "a partner's yellow accent", style: '--lp-accent-color: #ffcc00'},
  {
    name: "a partner's colours for light and dark",
    style: '--lp-accent-color: light-dark(#7b1f2e, #f4b6c2); --lp-surface-color: light-dark(#fdf6ec, #2a1a1d); --lp-text-color: light-dark(#2b2b2b, #f3eee9)',
  },
];

/** Every element in both variants, the values in both layouts, as a partner's page shows them. */
async function shown(style: string): Promise<LpElement[]> {
  const elements = tags.flatMap((tag) =>
    ['plain', 'card'].flatMap((variant) =>
      (tag === 'lp-values-acronym' ? ['stacked', 'word'] : [undefined]).map((layout) => {
        const element = document.createElement(tag) as LpElement;
        element.setAttribute('variant', variant);
        if (layout) element.setAttribute('layout', layout);
        return element;
      })
    )
  );
  await fixture(html`<div style="width: 1200px; ${style}">${elements}</div>`);
  await Promise.all(elements.map((element) => element.updateComplete));
  return elements;
}

/** The text runs of `elements` under 4.5:1, described for a failure message. */
const unreadable = (elements: LpElement[]) =>
  elements.flatMap((element) =>
    textRuns(element)
      .filter((run) => run.contrast < 4.5)
      .map((run) => `<${element.localName} variant="${element.variant}"> "${run.text}": ${run.contrast.toFixed(2)}:1 (${run.colour} on ${run.background})`)
  );

/** The pieces of a card and which of its colours each paints in. */
const cardPieces: Array<[piece: string, selector: string, style: (style: CSSStyleDeclaration) => string, colour: keyof CardColours]> = [
  ['surface', '.root', (style) => style.backgroundColor, 'surface'],
  ['text', 'p, li, dt, dd', (style) => style.color, 'text'],
  ['headings', '[part~="heading"]', (style) => style.color, 'accent'],
  ['big letters', '.letter', (style) => style.color, 'accent'],
  ['border', '.root', (style) => style.borderTopColor, 'accent'],
  ['top bar', '.root', barColour, 'accent'],
];

/** How `card` paints each of its pieces (`<tag> piece: r, g, b, a`), or with `colours`, how it should. */
const cardPaint = (card: LpElement, colours?: CardColours) =>
  cardPieces.flatMap(([piece, selector, style, colour]) =>
    [...card.shadowRoot!.querySelectorAll(selector)].map(
      (node) => `<${card.localName}> ${piece}: ${rgba(colours ? colours[colour] : style(getComputedStyle(node))).join(', ')}`
    )
  );

describe('colours', () => {
  // The page paints its canvas in the colours of its scheme, as a page that supports dark does.
  before(() => Object.assign(document.documentElement.style, {background: 'Canvas', color: 'CanvasText'}));
  after(() => Object.assign(document.documentElement.style, {background: '', color: ''}));
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulate({});
  });

  for (const system of notInWebKit) {
    it(`${system.name}: not checked in WebKit, for WebKitGTK has no forced colours to launch with or to emulate`);
  }

  for (const system of available) {
    for (const page of pages) {
      describe(`${page.name}, ${system.name}`, () => {
        const darkCard = !system.forcedColors && page.supportsDark && (system.colorScheme === 'dark' || page.onlyDark);
        beforeEach(async () => {
          document.documentElement.style.colorScheme = page.colorScheme;
          await emulate(system);
        });

        for (const partner of partners) {
          it(`keeps every text at 4.5:1 or more against what is painted behind it, with ${partner.name}`, async () => {
            const elements = await shown(partner.style);
            // The figure for the record (the browser log), per variant: the lowest contrast of any text run.
            for (const variant of ['plain', 'card']) {
              const lowest = Math.min(...elements.filter((element) => element.variant === variant).flatMap((element) => textRuns(element).map((run) => run.contrast)));
              console.log(`Contrast, ${page.name}, ${system.name}, ${partner.name}, ${variant}: lowest ${lowest.toFixed(2)}:1`);
            }
            expect(unreadable(elements)).to.deep.equal([]);
          });
        }

        if (!system.forcedColors) {
          const scheme = darkCard ? 'dark' : 'light';
          it(`shows the ${scheme} card in the README's ${scheme} colours: surface, text and accent`, async () => {
            const colours = await cardColours(scheme);
            const cards = (await shown('')).filter((element) => element.variant === 'card');
            expect(cards.flatMap((card) => cardPaint(card))).to.deep.equal(cards.flatMap((card) => cardPaint(card, colours)));
          });
        }

        if (page.supportsDark && system.colorScheme === 'dark') {
          it('has no axe violation', async () => {
            for (const element of await shown('')) await expect(element).to.be.accessible();
          });
        }

        if (system.forcedColors) {
          it("draws the card's border, opaque, in the system's text colour (CanvasText)", async () => {
            const cards = (await shown('')).filter((element) => element.variant === 'card');
            const canvasText = systemColour('CanvasText');
            for (const card of cards) {
              const root = card.shadowRoot!.querySelector('.root')!;
              const style = getComputedStyle(root);
              expect([style.borderTopStyle, style.borderTopWidth], `<${card.localName}> border`).to.deep.equal(['solid', '1px']);
              expect(rgba(style.borderTopColor), `<${card.localName}> border colour`).to.deep.equal(canvasText);
              expect(contrast(canvasText, paintedBehind(root)), 'the border against the card').to.be.at.least(4.5);
            }
          });
        }
      });
    }
  }

  describe('on paper', () => {
    if (inWebKit) it("prints every text in black: not checked in WebKit, for WebKit's WebDriver has no command to print");
    for (const page of inWebKit ? [] : pages) {
      for (const partner of partners) {
        it(`prints every text in black, on ${page.name} with ${partner.name}`, async () => {
          document.documentElement.style.colorScheme = page.colorScheme;
          await emulate({colorScheme: 'dark'});
          await shown(partner.style);
          const printed = await executeServerCommand<number[][], undefined>('printed-text-colours');
          expect(printed.length, 'runs of text printed').to.be.above(100);
          expect(printed.filter((colour) => colour.some((channel) => channel !== 0))).to.deep.equal([]);
        });
      }
    }

    // Only Chromium lays a page out for paper on request; what Firefox prints is checked above.
    if (emulates) {
      it("leaves the card's background and top bar off the paper, and draws its border in black", async () => {
        document.documentElement.style.colorScheme = 'light dark';
        await emulate({colorScheme: 'dark', print: true});
        const cards = (await shown('--lp-surface-color: #fdf6ec; --lp-accent-color: #7b1f2e')).filter((element) => element.variant === 'card');
        const onPaper = (card: LpElement) => {
          const style = getComputedStyle(card.shadowRoot!.querySelector('.root')!);
          return `<${card.localName}> background: ${rgba(style.backgroundColor).join(', ')}; top bar: ${barColour(style)}; border: ${rgba(style.borderTopColor).join(', ')}`;
        };
        expect(cards.map(onPaper)).to.deep.equal(cards.map((card) => `<${card.localName}> background: 0, 0, 0, 0; top bar: none; border: 0, 0, 0, 1`));
      });
    }
  });
});
