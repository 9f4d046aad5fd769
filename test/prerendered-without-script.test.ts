import {expect, waitUntil} from '@open-wc/testing';
import {blocksIn, outline, snippet, tags, textBlocks, type Tag} from './helpers.js';

/**
 * The build's snippets on a page where no script runs: what a visitor with JavaScript off, a reader mode
 * or a crawler gets. Nothing in this test page defines the elements.
 */
const locales = ['nl', 'fr', 'de', 'en'] as const;
const variants = ['plain', 'card'] as const;
const outlines: Record<Tag, (level: number) => string[]> = {
  'lp-mission': (level) => [`h${level}`],
  'lp-vision-list': (level) => [`h${level}`],
  'lp-values-acronym': (level) => [`h${level}`],
  'lp-mission-vision-values': (level) => [`h${level}`, `h${level + 1}`, `h${level + 1}`, `h${level + 1}`],
};

describe('prerendered snippets without any script', () => {
  for (const lang of locales) {
    for (const tag of tags) {
      for (const variant of variants) {
        it(`show <${tag}> ${variant} in ${lang} word for word, with its outline, and pass axe`, async () => {
          const page = document.createElement('main');
          page.setHTMLUnsafe(`<h1>Partner page</h1>${await snippet(tag, lang, variant)}`);
          document.body.append(page);
          try {
            const element = page.querySelector(tag)!;
            expect(customElements.get(tag), 'no script defined it').to.equal(undefined);
            expect(textBlocks(element)).to.deep.equal(await blocksIn(tag, lang));
            expect(outline(element).map((heading) => heading.slice(0, 2))).to.deep.equal(outlines[tag](2));
            expect(element.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal(lang);
            await expect(page).to.be.accessible();
          } finally {
            page.remove();
          }
        });
      }
    }
  }

  it('show their text in a frame where scripts are disabled, the script tag notwithstanding', async () => {
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-same-origin');
    frame.srcdoc = `<!doctype html><html lang="nl-BE"><head><script type="module" src="/dist/lp-schoten.js"></script></head>
      <body><h1>Partner page</h1>${await snippet('lp-mission-vision-values', 'nl', 'card')}</body></html>`;
    const loaded = new Promise((done) => frame.addEventListener('load', done, {once: true}));
    document.body.append(frame);
    await loaded;
    try {
      const element = frame.contentDocument!.querySelector('lp-mission-vision-values')!;
      await waitUntil(() => element.shadowRoot, 'no shadow root');
      expect(frame.contentWindow!.customElements.get('lp-mission-vision-values'), 'the script did not run').to.equal(undefined);
      expect(textBlocks(element)).to.deep.equal(await blocksIn('lp-mission-vision-values', 'nl'));
    } finally {
      frame.remove();
    }
  });
});
