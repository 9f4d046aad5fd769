import {expect, fixture, html} from '@open-wc/testing';
import '../src/lp-schoten.js';
import type {LpElement} from '../src/LpElement.js';
import {pixelsOf, renderIn, wholeWords} from './helpers.js';

/** The number of characters on each line of `element`'s text, as laid out. */
function charactersPerLine(element: Element): number[] {
  const lines = new Map<number, number>();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    for (let index = 0; index < node.textContent!.length; index++) {
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      const top = Math.round(rect.top);
      lines.set(top, (lines.get(top) ?? 0) + 1);
    }
  }
  return [...lines.values()];
}

/** The lines of every paragraph and list item of `element`, but the last line of each (which may be short). */
const fullLines = (element: LpElement) =>
  [...element.shadowRoot!.querySelectorAll('p, li')].flatMap((block) => charactersPerLine(block).slice(0, -1));

// A font every Debian machine has, so that characters per line do not depend on the browser's default.
// WebKitGTK finds it through fontconfig, as Chromium and Firefox do; a Mac has no DejaVu, so in WebKit these
// are WebKitGTK's lines, not Safari's.
const font = `font: 16px/1.5 'DejaVu Sans'`;

const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

describe('the look', () => {
  describe('a readable measure', () => {
    it('keeps paragraphs and list items to about 65 to 80 characters a line, in a wide column', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 1400px; ${font}"><lp-mission-vision-values variant="card"></lp-mission-vision-values></div>`);
      const element = container.firstElementChild as LpElement;
      await element.updateComplete;
      const lines = fullLines(element);
      expect(Math.max(...lines), 'the longest line').to.be.at.most(82);
      expect(lines.reduce((sum, line) => sum + line, 0) / lines.length, 'the average line').to.be.at.least(62);
    });

    it('lets --lp-measure change the cap, or lift it with none', async () => {
      const narrow = await fixture<HTMLDivElement>(html`<div style="width: 1400px; ${font}; --lp-measure: 40ch"><lp-vision-list></lp-vision-list></div>`);
      const element = narrow.firstElementChild as LpElement;
      await element.updateComplete;
      expect(Math.max(...fullLines(element))).to.be.at.most(56);
      narrow.style.setProperty('--lp-measure', 'none');
      expect(Math.max(...fullLines(element))).to.be.above(120);
    });
  });

  describe('hyphenation', () => {
    // The value words break at their own soft hyphens, with or without a dictionary. Running text is
    // hyphenated by the browser: WebKitGTK with Debian's dictionaries in /usr/share/hyphen, Safari with the
    // system's, so WebKit's breaks here are not necessarily Safari's.
    for (const lang of ['nl', 'fr', 'de', 'en']) {
      it(`breaks the long value words within a 260px sidebar, and keeps them whole for reading and copying (${lang})`, async () => {
        const sidebar = await fixture<HTMLElement>(
          html`<aside lang=${lang} style="width: 260px; ${font}"><lp-values-acronym variant="card"></lp-values-acronym></aside>`
        );
        const element = sidebar.firstElementChild as LpElement;
        await element.updateComplete;
        let broken = 0;
        for (const term of element.shadowRoot!.querySelectorAll('dt')) {
          for (const shown of term.querySelectorAll<HTMLElement>('.value-word, .value-name')) {
            const whole = shown.querySelector('.whole')!;
            expect(whole.textContent, 'read whole').to.equal(wholeWords(shown.querySelector<HTMLElement>('[data-shown]')!.dataset.shown!));
            // The word's own box is its column beside the big letter.
            const column = shown.getBoundingClientRect();
            expect(column.right, `"${whole.textContent}" stays in the term`).to.be.at.most(term.getBoundingClientRect().right + 0.5);
            expect(shown.scrollWidth, `"${whole.textContent}" stays in its column`).to.be.at.most(shown.clientWidth);
            if (whole.scrollWidth > column.width) {
              expect(column.height, `"${whole.textContent}" is broken over two lines or more`).to.be.at.least(2 * parseFloat(getComputedStyle(shown).fontSize));
              broken++;
            }
          }
          const selection = getSelection()!;
          selection.selectAllChildren(term);
          expect(selection.toString().replace(/\s+/g, ' ').trim(), 'copied whole').not.to.contain('\u00AD');
          selection.removeAllRanges();
        }
        expect(broken, 'Oplossingsgerichtheid at least').to.be.at.least(1);
      });
    }

    it('hyphenates running text in the language the element speaks', async () => {
      const element = await fixture<LpElement>(html`<lp-mission lang="de"></lp-mission>`);
      await element.updateComplete;
      const paragraph = element.shadowRoot!.querySelector('p')!;
      expect(getComputedStyle(paragraph).hyphens).to.equal('auto');
      expect(paragraph.closest('[lang]')!.getAttribute('lang')).to.equal('de');
    });
  });

  describe('the heading scale', () => {
    it('reads as a hierarchy: the title, then the section headings, then the text', async () => {
      for (const variant of ['plain', 'card']) {
        const element = await renderIn(800, 'lp-mission-vision-values', `variant="${variant}"`);
        const [title, section] = [...element.shadowRoot!.querySelectorAll('h2, h3')].map(size);
        const text = size(element.shadowRoot!.querySelector('p')!);
        expect(title / section, `${variant}: title to section`).to.be.at.least(1.2);
        expect(section / text, `${variant}: section to text`).to.be.at.least(1.25);
      }
    });

    it("stays below a page's own h1 at heading-level 2: the title no larger than the page's h2", async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div style="${font}"><h1>Veiligheid in Schoten</h1><h2>Contact</h2><lp-mission-vision-values></lp-mission-vision-values><lp-mission></lp-mission></div>`
      );
      const elements = [page.querySelector('lp-mission-vision-values')!, page.querySelector('lp-mission')!];
      await Promise.all(elements.map((element) => element.updateComplete));
      const [title, mission] = elements.map((element) => element.shadowRoot!.querySelector('h2')!);
      const [pageTitle, pageSection] = [size(page.querySelector('h1')!), size(page.querySelector('h2')!)];
      for (const [name, heading] of [['the whole page', title], ['the mission', mission]] as const) {
        expect(size(heading), `${name} under the page's h1`).to.be.below(pageTitle);
        expect(size(heading), `${name} at most the page's h2`).to.be.at.most(pageSection);
      }
    });

    it('keeps the same size at every heading level: the level is for the outline', async () => {
      const sizes = [];
      for (const level of [1, 2, 3, 4, 5, 6]) sizes.push(size((await renderIn(800, 'lp-mission', `heading-level="${level}"`)).shadowRoot!.querySelector(`h${level}`)!));
      expect(new Set(sizes).size).to.equal(1);
    });

    it('lets --lp-title-size and --lp-heading-size set the sizes', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="--lp-title-size: 40px; --lp-heading-size: 30px"><lp-mission-vision-values></lp-mission-vision-values></div>`);
      const element = container.firstElementChild as LpElement;
      await element.updateComplete;
      expect([...element.shadowRoot!.querySelectorAll('h2, h3')].map(size)).to.deep.equal([40, 30, 30, 30]);
    });
  });

  describe('the card', () => {
    it('draws its top bar inside a border of one width all round, so that the corners stay round', async () => {
      const root = (await renderIn(800, 'lp-mission', 'variant="card"')).shadowRoot!.querySelector('.root')!;
      const style = getComputedStyle(root);
      expect(new Set([style.borderTopWidth, style.borderRightWidth, style.borderBottomWidth, style.borderLeftWidth]).size).to.equal(1);
    });

    it('joins its top bar to its border at the rounded corners with no light seam, on a dark page', async () => {
      // On a dark grey page, each pixel of the bar's rows is the accent, the page, or a blend of the two at
      // the curve: none is lighter than both, as a seam of the light surface between bar and border was.
      const container = await fixture<HTMLDivElement>(html`<div style="background: #444444; padding: 8px; width: 640px"><lp-mission variant="card"></lp-mission></div>`);
      const element = container.querySelector('lp-mission')!;
      await element.updateComplete;
      const {width, pixel} = await pixelsOf(element);
      const [page, accent] = [[68, 68, 68], [11, 42, 91]];
      const barRows = Math.round(7 * devicePixelRatio);
      const lighter: string[] = [];
      for (let y = 0; y < barRows; y++) {
        for (let x = 0; x < width; x++) {
          const [r, g, b] = pixel(x, y);
          if ([r, g, b].some((channel, index) => channel > Math.max(page[index], accent[index]) + 8)) lighter.push(`(${x}, ${y}): ${r}, ${g}, ${b}`);
        }
      }
      expect(lighter, 'pixels of the bar lighter than the page and the accent').to.deep.equal([]);
      expect(pixel(Math.round(width / 2), Math.floor(barRows / 2)).slice(0, 3), 'the bar, in the accent').to.deep.equal(accent);
    });

    it('is as wide as its text in a wide page, not half empty', async () => {
      const element = await renderIn(1280, 'lp-mission-vision-values', 'variant="card"');
      const root = element.shadowRoot!.querySelector('.root')!;
      const style = getComputedStyle(root);
      const inner = root.getBoundingClientRect();
      const left = inner.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
      const right = inner.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
      const range = document.createRange();
      const lineEnds = [...element.shadowRoot!.querySelectorAll('p, li, dd')].map((block) => {
        range.selectNodeContents(block);
        return range.getBoundingClientRect().right;
      });
      expect(inner.width, 'the card').to.be.below(0.75 * 1280);
      expect((Math.max(...lineEnds) - left) / (right - left), 'the share of the card the longest lines fill').to.be.at.least(0.8);
    });

    it('leaves at least 300px of a 343px phone column for the text', async () => {
      const element = await renderIn(343, 'lp-mission', 'variant="card"');
      expect(element.shadowRoot!.querySelector('p')!.getBoundingClientRect().width).to.be.at.least(300);
    });

    it("spaces its blocks by the element's font size, not the page's root font size", async () => {
      document.documentElement.style.fontSize = '10px';
      try {
        const container = await fixture<HTMLDivElement>(html`<div style="font-size: 20px"><lp-vision-list></lp-vision-list></div>`);
        const element = container.firstElementChild as LpElement;
        await element.updateComplete;
        const paragraph = element.shadowRoot!.querySelector('p')!;
        const list = element.shadowRoot!.querySelector('ul')!;
        expect(list.getBoundingClientRect().top - paragraph.getBoundingClientRect().bottom).to.equal(20);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });
});
