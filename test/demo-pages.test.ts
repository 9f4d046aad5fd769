import {expect, waitUntil} from '@open-wc/testing';
import type {LpElement} from '../src/LpElement.js';
import {messages, sourceBlocks, sourceText, textBlocks} from './helpers.js';

/** The page `path` of `npm start`, loaded in an iframe at the end of this page. */
async function demoPage(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = new URL(path, new URL('../demo/', import.meta.url)).href;
  Object.assign(frame.style, {width: '1280px', height: '900px'});
  const loaded = new Promise((done) => frame.addEventListener('load', done, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('the demo pages', () => {
  it('show the bilingual page with the Dutch column in Dutch and the French column in French', async () => {
    const page = await demoPage('federaal.html');
    const fr = await messages('fr');
    const [dutch, french] = page.querySelectorAll('section');
    const headings = (column: Element) => [...column.querySelectorAll('lp-mission, lp-vision-list, lp-values-acronym')].map((element) => textBlocks(element)[0]);
    await waitUntil(
      () => headings(french).join() === ['mission.heading', 'vision.heading', 'values.heading'].map((id) => fr.get(id)!.target).join(),
      'the French column does not show French'
    );
    expect(headings(dutch)).to.deep.equal(['mission.heading', 'vision.heading', 'values.heading'].map((id) => fr.get(id)!.source));
  });

  it("show the build's snippet at first paint on the prerendered page, which has no script", async () => {
    const page = await demoPage('prerendered.html');
    const element = page.querySelector('lp-mission-vision-values')!;
    expect(page.defaultView!.customElements.get('lp-mission-vision-values'), 'no script').to.equal(undefined);
    expect(textBlocks(element)).to.deep.equal(sourceBlocks('lp-mission-vision-values', await sourceText()));
  });

  // The CMS pages: the light form of the values element after each sanitizer, run as the page loads.
  const sanitizers = ['raw', 'dompurify', 'sanitize-html', 'ckeditor'];
  async function savedThroughEach(path: string) {
    const page = await demoPage(path);
    await waitUntil(() => page.body.dataset.saved === 'true', 'the sanitizers did not run', {timeout: 50000});
    const {valuesHeading, valuesIntroduction, values} = await sourceText();
    const expected = [valuesHeading, valuesIntroduction, ...values.flatMap(({word, sentence}) => [word, sentence])];
    return {page, expected, saved: (through: string) => page.querySelector<HTMLElement>(`[data-saved-through="${through}"] .saved`)!};
  }
  // The text a visitor sees in a part of the page (inside the demo's frame), white space collapsed.
  const seen = (part: HTMLElement) => part.innerText.replace(/\s+/g, ' ');
  const count = (text: string, part: string) => text.split(part).length - 1;

  it('show the light form after each sanitizer without the script: the zone\'s text, word for word, under its heading', async function () {
    // The page loads the whole of CKEditor 5 (about 2 MB) before it can run it.
    this.timeout(60000);
    const {page, expected, saved} = await savedThroughEach('cms.html');
    expect(page.defaultView!.customElements.get('lp-values-acronym'), 'no script').to.equal(undefined);
    for (const through of sanitizers) {
      const shown = seen(saved(through));
      for (const text of expected) expect(count(shown, text), `${through}: "${text}"`).to.equal(1);
      expect([...saved(through).querySelectorAll('h3')].map((heading) => heading.textContent), through).to.deep.equal([expected[0]]);
    }
    // Each result is the sanitizer's own: DOMPurify and sanitize-html drop the tag, CKEditor with the configuration keeps it.
    expect(saved('raw').querySelector('lp-values-acronym'), 'as pasted').to.not.equal(null);
    expect(saved('dompurify').querySelector('lp-values-acronym'), 'DOMPurify').to.equal(null);
    expect(saved('sanitize-html').querySelector('lp-values-acronym'), 'sanitize-html').to.equal(null);
    expect(saved('ckeditor').querySelector('lp-values-acronym'), 'CKEditor 5').to.not.equal(null);
  });

  it('show the light form after each sanitizer with the script: where the tag stayed, the live element shows the text once', async function () {
    this.timeout(60000);
    const {expected, saved} = await savedThroughEach('cms-live.html');
    for (const through of ['raw', 'ckeditor']) {
      const element = saved(through).querySelector('lp-values-acronym') as LpElement;
      await waitUntil(() => element.hasUpdated, `${through}: not taken over`);
      const live = element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(textBlocks(element)[0], `${through}: the live element's heading`).to.equal(expected[0]);
      for (const text of expected) expect(live, `${through}: the live element shows "${text}"`).to.include(text);
      // The light form inside is no longer shown: the text once.
      expect(seen(saved(through)), `${through}: the light form is not shown beside the live element`).to.not.include(expected[1]);
    }
    for (const through of ['dompurify', 'sanitize-html']) {
      const shown = seen(saved(through));
      for (const text of expected) expect(count(shown, text), `${through}: "${text}"`).to.equal(1);
    }
  });

  it('let the script take the snippet over on the prerendered page with the script, and then its language switch', async () => {
    const page = await demoPage('prerendered-live.html');
    const element = page.querySelector('lp-mission-vision-values') as LpElement;
    await waitUntil(() => element.hasUpdated, 'not taken over');
    page.querySelector<HTMLButtonElement>('[data-lang="de-BE"]')!.click();
    const de = await messages('de');
    await waitUntil(() => textBlocks(element)[0] === de.get('page.title')!.target, 'not in German');
  });
});
