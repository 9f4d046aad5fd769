import {expect} from '@open-wc/testing';
import '../src/lp-schoten.js';
import type {LpElement} from '../src/LpElement.js';
import {
  changedStyles,
  compareScreenshots,
  computedStyles,
  expectNoTrace,
  screenshot,
  shadowStyles,
  tags,
  textBlocks,
  type Tag,
} from './helpers.js';

/** The hostile page's style sheet (resets, a framework's base styles, !important rules, column typography). */
const hostileSheet = new URL('./pages/hostile-page.css', import.meta.url).href;

/** What the host may pass in, the same on the calm and the hostile page. */
const hostTypography = {fontFamily: '"DejaVu Sans"', fontSize: '18px', lineHeight: '27px', color: 'rgb(34, 34, 34)'};

/** A column of a page, at the top left, holding one element; calm until the hostile page is applied. */
async function pageColumn(tag: Tag, attributes: Record<string, string>) {
  const column = document.createElement('div');
  Object.assign(column.style, hostTypography, {position: 'absolute', top: '0', left: '0', width: '720px', background: 'white'});
  const element = document.createElement(tag) as LpElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  column.append(element);
  document.body.append(column);
  await element.updateComplete;
  return {column, element};
}

/** Turns the page hostile: its style sheet in the head, its typography on the column. */
async function makeHostile(column: HTMLElement) {
  const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href: hostileSheet});
  const loaded = new Promise((done) => link.addEventListener('load', done));
  document.head.append(link);
  await loaded;
  column.classList.add('hostile-column');
  return () => link.remove();
}

const cases: Array<[Tag, Record<string, string>]> = tags.flatMap((tag) =>
  ['plain', 'card'].flatMap((variant) =>
    tag === 'lp-values-acronym'
      ? ['stacked', 'word'].map((layout): [Tag, Record<string, string>] => [tag, {variant, layout}])
      : [[tag, {variant}] as [Tag, Record<string, string>]]
  )
);

const describeCase = (tag: Tag, attributes: Record<string, string>) =>
  `<${tag} ${Object.entries(attributes)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ')}>`;

describe('a hostile host page', () => {
  let cleanUp: Array<() => void> = [];
  afterEach(() => {
    for (const undo of cleanUp) undo();
    cleanUp = [];
  });
  after(() => expectNoTrace());

  for (const [tag, attributes] of cases) {
    const name = `${tag}-${Object.values(attributes).join('-')}`;

    it(`keeps its resets, base styles, !important rules and column typography out of ${describeCase(tag, attributes)}`, async () => {
      const {column, element} = await pageColumn(tag, attributes);
      cleanUp.push(() => column.remove());
      const calmStyles = shadowStyles(element);
      const calmText = textBlocks(element);
      cleanUp.push(await makeHostile(column));
      // Chromium notes on .root the decorations an ancestor propagates; they are drawn only on text, and .root has
      // none of its own: its text sits in .content, which they do not reach (the screenshots prove it).
      const changed = changedStyles(calmStyles, shadowStyles(element)).filter(
        (line) => !/^0 div\.root\.\w+ -webkit-text-decorations-in-effect:/.test(line)
      );
      expect(changed).to.deep.equal([]);
      expect(textBlocks(element)).to.deep.equal(calmText);
    });

    it(`shows ${describeCase(tag, attributes)} pixel for pixel as on a calm page with the same font, size, line height and colour`, async () => {
      const {column, element} = await pageColumn(tag, attributes);
      cleanUp.push(() => column.remove());
      // The column holds the element alone: its screenshot is the element's, whatever display the page gives the element.
      await screenshot(column, `${name}-calm`);
      cleanUp.push(await makeHostile(column));
      await element.updateComplete;
      await screenshot(column, `${name}-hostile`);
      const {same, sizes, differentPixels} = await compareScreenshots(`${name}-calm`, `${name}-hostile`);
      expect(same, `calm ${sizes[0]}, hostile ${sizes[1]}, ${differentPixels} pixels differ`).to.be.true;
    });
  }

  describe("the host's typography that the SPEC keeps out", () => {
    // Each property, with the longhands a browser reports for it.
    const keptOut: Record<string, RegExp> = {
      'text-transform': /^text-transform$/,
      'letter-spacing': /^letter-spacing$/,
      'word-spacing': /^word-spacing$/,
      'white-space': /^(white-space|white-space-collapse|text-wrap-mode)$/,
      'text-align': /^text-align$/,
      'text-indent': /^text-indent$/,
      'font-style': /^font-style$/,
      'font-weight': /^font-weight$/,
      'text-shadow': /^text-shadow$/,
      'list-style': /^list-style-(type|position|image)$/,
    };
    let calm: {column: Map<string, string>; shadow: Map<string, string>};
    let hostile: typeof calm;
    before(async () => {
      const {column, element} = await pageColumn('lp-mission-vision-values', {});
      calm = {column: computedStyles([column]), shadow: shadowStyles(element)};
      const undo = await makeHostile(column);
      hostile = {column: computedStyles([column]), shadow: shadowStyles(element)};
      undo();
      column.remove();
    });

    for (const [property, longhands] of Object.entries(keptOut)) {
      it(`keeps the host's ${property} out`, () => {
        const ofProperty = (line: string) => longhands.test(line.split(' ')[2].replace(/:$/, ''));
        expect(changedStyles(calm.column, hostile.column).filter(ofProperty), 'set on the column').not.to.be.empty;
        expect(changedStyles(calm.shadow, hostile.shadow).filter(ofProperty), 'inside the element').to.deep.equal([]);
      });
    }
  });

  it("lets the host's font family, size, line height and colour in on the hostile page", async () => {
    const {column, element} = await pageColumn('lp-vision-list', {});
    cleanUp.push(() => column.remove());
    cleanUp.push(await makeHostile(column));
    for (const block of element.shadowRoot!.querySelectorAll('p, li')) {
      const style = getComputedStyle(block);
      expect([style.fontFamily, style.fontSize, style.lineHeight, style.color]).to.deep.equal(Object.values(hostTypography));
    }
  });
});

/** What the elements could change around them: the page's style sheets, and every style of its own elements. */
function pageState(region: Element) {
  const rules = (sheet: CSSStyleSheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
  return {
    styleSheets: [...document.styleSheets].map(rules),
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    head: document.head.innerHTML,
    rootAttributes: [document.documentElement, document.body].map((node) => [...node.attributes].map((a) => `${a.name}=${a.value}`)),
    fonts: document.fonts.size,
    styles: computedStyles([document.documentElement, document.body, ...region.querySelectorAll('*')]),
  };
}

describe('the page around the elements', () => {
  it("keeps its style sheets, its fonts and every style of its own headings, paragraphs and lists", async () => {
    const region = document.createElement('div');
    region.innerHTML = `<h1>Gemeente Schoten</h1><h2>Nieuws</h2><p>Een <a href="#">paragraaf</a> van de gemeente.</p>
      <ul><li>een punt</li><li>nog een punt</li></ul><dl><dt>Term</dt><dd>Uitleg</dd></dl><section><h3>Sectie</h3></section>`;
    Object.assign(region.style, {position: 'absolute', top: '0', left: '0', width: '600px', background: 'white'});
    // The elements go below the region, clipped, so that the page does not grow a scroll bar.
    const elements = document.createElement('div');
    Object.assign(elements.style, {position: 'absolute', top: '400px', left: '0', width: '600px', height: '150px', overflow: 'hidden'});
    document.body.append(region, elements);
    try {
      const before = pageState(region);
      await screenshot(region, 'page-region-before');
      for (const tag of tags) {
        for (const variant of ['plain', 'card']) {
          const element = document.createElement(tag);
          element.setAttribute('variant', variant);
          element.setAttribute('layout', 'word');
          elements.append(element);
        }
      }
      await Promise.all([...elements.children].map((element) => (element as LpElement).updateComplete));
      const after = pageState(region);
      expect(after.styleSheets, 'document style sheets').to.deep.equal(before.styleSheets);
      expect(after.adoptedStyleSheets, 'adopted style sheets of the document').to.equal(before.adoptedStyleSheets);
      expect(after.head, 'the head').to.equal(before.head);
      expect(after.rootAttributes, 'attributes of <html> and <body>').to.deep.equal(before.rootAttributes);
      expect(after.fonts, 'fonts').to.equal(before.fonts);
      expect(changedStyles(before.styles, after.styles), 'styles of the page').to.deep.equal([]);
      await screenshot(region, 'page-region-after');
      const {same, differentPixels} = await compareScreenshots('page-region-before', 'page-region-after');
      expect(same, `${differentPixels} pixels of the page changed`).to.be.true;
    } finally {
      region.remove();
      elements.remove();
    }
  });
});
