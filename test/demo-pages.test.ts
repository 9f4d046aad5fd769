import {expect, waitUntil} from '@open-wc/testing';
import {messages, textBlocks} from './helpers.js';

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
});
