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

  it('let the script take the snippet over on the prerendered page with the script, and then its language switch', async () => {
    const page = await demoPage('prerendered-live.html');
    const element = page.querySelector('lp-mission-vision-values') as LpElement;
    await waitUntil(() => element.hasUpdated, 'not taken over');
    page.querySelector<HTMLButtonElement>('[data-lang="de-BE"]')!.click();
    const de = await messages('de');
    await waitUntil(() => textBlocks(element)[0] === de.get('page.title')!.target, 'not in German');
  });
});
