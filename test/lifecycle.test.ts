import {expect, waitUntil} from '@open-wc/testing';
import '../src/lp-schoten.js';
import type {LpElement} from '../src/LpElement.js';
import {getLocale} from '../src/language-of.js';
import {LpMission} from '../src/LpMission.js';
import {barColour, rgba} from './contrast.js';
import {cardColours} from './documented.js';
import {expectNoTrace, messages, outline, recordWarnings, shownVariant, sourceBlocks, sourceText, textBlocks} from './helpers.js';

const page = document.documentElement;
const source = await sourceText();

/** Sets `<html lang>` and waits until the elements speak `locale`. */
async function pageLanguage(lang: string, locale: string) {
  page.lang = lang;
  await waitUntil(() => getLocale() === locale, `the elements did not switch to ${locale}`);
}

describe('lifecycle', () => {
  const placed: Element[] = [];
  /** Puts `nodes` at the end of the page, removed after the test. */
  const place = (...nodes: Element[]) => {
    document.body.append(...nodes);
    placed.push(...nodes);
  };
  afterEach(async () => {
    for (const node of placed.splice(0)) node.remove();
    await pageLanguage('nl-BE', 'nl');
  });
  after(() => expectNoTrace());

  /** An iframe showing the page `src`, loaded, at the end of the page. */
  async function iframe(src: string) {
    const frame = document.createElement('iframe');
    frame.src = new URL(src, import.meta.url).href;
    Object.assign(frame.style, {width: '800px', height: '600px'});
    const loaded = new Promise((done) => frame.addEventListener('load', done, {once: true}));
    place(frame);
    await loaded;
    return frame;
  }

  it('renders when created with document.createElement, its properties set before it is connected', async () => {
    const element = document.createElement('lp-mission');
    element.headingLevel = 4;
    element.variant = 'card';
    place(element);
    await element.updateComplete;
    expect(outline(element)).to.deep.equal([`h4 ${source.missionHeading}`]);
    expect(shownVariant(element)).to.equal('card');
    expect(element.getAttribute('heading-level')).to.equal('4');
  });

  it('keeps its text and its shadow tree when moved to another place in the page, without a warning', async () => {
    const [first, second] = [document.createElement('div'), document.createElement('section')];
    place(first, second);
    const element = document.createElement('lp-vision-list');
    first.append(element);
    await element.updateComplete;
    const list = element.shadowRoot!.querySelector('ul');
    const recorder = recordWarnings();
    try {
      second.append(element);
      await element.updateComplete;
      second.prepend(element);
      await element.updateComplete;
    } finally {
      recorder.restore();
    }
    expect(element.shadowRoot!.querySelector('ul'), 'the same list').to.equal(list);
    expect(textBlocks(element)).to.deep.equal(sourceBlocks('lp-vision-list', source));
    expect(recorder.warnings).to.deep.equal([]);
  });

  it('renders again when removed and re-added, in the language the page switched to meanwhile', async () => {
    const element = document.createElement('lp-mission');
    place(element);
    await element.updateComplete;
    element.remove();
    await pageLanguage('fr-BE', 'fr');
    const fr = await messages('fr');
    place(element);
    await element.updateComplete;
    expect(textBlocks(element)[0]).to.equal(fr.get('mission.heading')!.target);
    await pageLanguage('de-BE', 'de');
    await element.updateComplete;
    expect(textBlocks(element)[0], 'and keeps following it').to.equal((await messages('de')).get('mission.heading')!.target);
  });

  it("renders inside another element's shadow root, and follows the page's language there", async () => {
    const host = document.createElement('div');
    place(host);
    const element = document.createElement('lp-mission');
    host.attachShadow({mode: 'open'}).append(element);
    await element.updateComplete;
    expect(textBlocks(element)).to.deep.equal(sourceBlocks('lp-mission', source));
    expect(getComputedStyle(element.shadowRoot!.querySelector('h2')!).fontWeight, 'styled').to.equal('700');
    await pageLanguage('en', 'en');
    await element.updateComplete;
    expect(textBlocks(element)[0]).to.equal((await messages('en')).get('mission.heading')!.target);
  });

  it("renders inside an iframe, in the language of the iframe's own page", async () => {
    const frame = await iframe('./pages/iframe-page.html');
    const inFrame = frame.contentDocument!;
    const fr = await messages('fr');
    await waitUntil(() => {
      const mission = inFrame.querySelector('lp-mission');
      return mission?.shadowRoot && textBlocks(mission)[0] === fr.get('mission.heading')!.target;
    }, 'the iframe did not show French');
    const values = inFrame.querySelector('lp-values-acronym')!;
    await waitUntil(() => values.shadowRoot?.querySelector('.layout-word'), 'the values did not render');
    expect(textBlocks(values)).to.deep.equal(['values.heading', 'values.introduction'].map((id) => fr.get(id)!.target));
    const letter = values.shadowRoot!.querySelector('.letter')!;
    expect(getComputedStyle(letter).fontSize, 'styled: the big letters').to.equal(`${2.5 * parseFloat(getComputedStyle(values).fontSize)}px`);
    expect(getLocale(), 'the page around it stays Dutch').to.equal('nl');
    await expectNoTrace(frame.contentWindow!);
  });

  it("keeps its look when moved from the page into an iframe, and speaks the iframe page's language", async () => {
    const frame = await iframe('./pages/iframe-page.html');
    const element = document.createElement('lp-mission');
    element.variant = 'card';
    place(element);
    await element.updateComplete;
    // The heading's accent colour and the card's border and top bar come from the element's style sheets.
    const look = (node: LpElement) => ({
      heading: getComputedStyle(node.shadowRoot!.querySelector('h2')!).color,
      border: getComputedStyle(node.shadowRoot!.querySelector('.root')!).borderTopWidth,
      bar: barColour(getComputedStyle(node.shadowRoot!.querySelector('.root')!)),
    });
    const before = look(element);
    frame.contentDocument!.body.append(element);
    const fr = await messages('fr');
    await waitUntil(() => textBlocks(element)[0] === fr.get('mission.heading')!.target, 'not in the French of the iframe page');
    expect(look(element)).to.deep.equal(before);
    const {accent} = await cardColours('light');
    expect(rgba(before.heading), "the heading in the card's accent").to.deep.equal(rgba(accent));
    expect(rgba(before.bar), "the top bar in the card's accent").to.deep.equal(rgba(accent));
    expect(before.border).to.equal('1px');
  });

  it('is copied whole by cloneNode(true): the copy has the same attributes and renders the same text', async () => {
    const container = document.createElement('div');
    const element = document.createElement('lp-mission');
    element.headingLevel = 3;
    element.variant = 'card';
    element.hideHeading = true;
    container.append(element);
    place(container);
    await element.updateComplete;
    const copy = container.cloneNode(true) as HTMLDivElement;
    place(copy);
    const copied = copy.querySelector('lp-mission')!;
    expect(copied).to.be.instanceOf(LpMission);
    await copied.updateComplete;
    expect(copied.shadowRoot, 'a shadow tree of its own').not.to.equal(element.shadowRoot);
    expect([copied.headingLevel, copied.variant, copied.hideHeading]).to.deep.equal([3, 'card', true]);
    expect(textBlocks(copied)).to.deep.equal(textBlocks(element));
    expect(outline(copied)).to.deep.equal([]);
    expect(shownVariant(copied)).to.equal('card');
  });
});
