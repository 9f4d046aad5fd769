import {expect, fixture, waitUntil} from '@open-wc/testing';
import {html} from 'lit';
import {zoneValues} from '../src/content.js';
import '../src/lp-schoten.js';
import type {LpElement} from '../src/LpElement.js';
import {getLocale, setLocale} from '../src/language-of.js';
import {blocksIn, recordWarnings, tags, textBlocks, type Tag} from './helpers.js';

const page = document.documentElement;
const locales = ['nl', 'fr', 'de', 'en'] as const;
type Locale = (typeof locales)[number];

/** The language an element shows: the `lang` its content declares. */
const shownLocale = (element: Element) => element.shadowRoot?.querySelector('.root')?.getAttribute('lang');

/** Waits until `element` shows `tag`'s texts in `locale`, with its content marked so. */
async function showsIn(element: Element, locale: Locale) {
  const expected = await blocksIn(element.localName as Tag, locale);
  await waitUntil(
    () => shownLocale(element) === locale && JSON.stringify(textBlocks(element)) === JSON.stringify(expected),
    `<${element.localName}> does not show ${locale}: ${shownLocale(element)} "${textBlocks(element)[0]}"`
  );
}

/** A new `<tag>`, with `lang` when one is given. */
function made(tag: Tag, lang?: string): Element {
  const element = document.createElement(tag);
  if (lang !== undefined) element.setAttribute('lang', lang);
  return element;
}

const headingIn = async (locale: Locale) => (await blocksIn('lp-mission', locale))[0];

describe('each element speaks its own language', () => {
  afterEach(async () => {
    page.lang = 'nl-BE';
    await waitUntil(() => getLocale() === 'nl');
  });

  it('shows all four languages side by side, by the elements’ own lang and by an ancestor’s', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      ${locales.map((locale) => html`<section>${tags.map((tag) => made(tag, locale))}</section>`)}
      ${locales.map((locale) => html`<section lang=${locale}>${tags.map((tag) => made(tag))}</section>`)}
    </div>`);
    const elements = [...container.querySelectorAll<LpElement>(tags.join(','))];
    expect(elements).to.have.length(32);
    for (const element of elements) await showsIn(element, element.closest('[lang]')!.getAttribute('lang') as Locale);
  });

  it('counts the primary subtag of a language tag: fr-BE, de-BE, en-GB, nl-BE', async () => {
    for (const [lang, locale] of [
      ['fr-BE', 'fr'],
      ['de-BE', 'de'],
      ['en-GB', 'en'],
      ['nl-BE', 'nl'],
    ] as const) {
      await showsIn(await fixture(html`<lp-mission lang=${lang}></lp-mission>`), locale);
    }
  });

  it('on a Dutch page, after <html lang="en">, turns only the element without a language of its own', async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <div lang="fr"><lp-mission></lp-mission></div>
      <lp-mission lang="de"></lp-mission>
      <lp-mission></lp-mission>
    </div>`);
    const [french, german, bare] = container.querySelectorAll('lp-mission');
    await showsIn(french, 'fr');
    await showsIn(german, 'de');
    await showsIn(bare, 'nl');
    page.lang = 'en';
    await showsIn(bare, 'en');
    expect(textBlocks(french)[0]).to.equal(await headingIn('fr'));
    expect(textBlocks(german)[0]).to.equal(await headingIn('de'));
  });

  it('follows a change of lang on the element itself, and its removal', async () => {
    const element = await fixture(html`<lp-vision-list lang="fr"></lp-vision-list>`);
    await showsIn(element, 'fr');
    element.setAttribute('lang', 'de');
    await showsIn(element, 'de');
    element.removeAttribute('lang');
    await showsIn(element, 'nl');
  });

  it('follows a change of lang on an ancestor, however far up', async () => {
    const container = await fixture<HTMLElement>(html`<article lang="fr"><div><div><lp-values-acronym></lp-values-acronym></div></div></article>`);
    const element = container.querySelector('lp-values-acronym')!;
    await showsIn(element, 'fr');
    container.lang = 'en';
    await showsIn(element, 'en');
    container.firstElementChild!.setAttribute('lang', 'de');
    await showsIn(element, 'de');
  });

  it('takes the language of the container it is moved into', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><div lang="fr"></div><div lang="de"></div><div></div></div>`);
    const [french, german, unmarked] = container.children;
    const element = document.createElement('lp-mission-vision-values');
    french.append(element);
    await showsIn(element, 'fr');
    german.append(element);
    await showsIn(element, 'de');
    unmarked.append(element);
    await showsIn(element, 'nl');
  });

  it("looks up through the host of another component's shadow tree, and follows a lang changed inside it", async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
    const shadow = host.attachShadow({mode: 'open'});
    const wrapper = document.createElement('div');
    const element = document.createElement('lp-mission');
    wrapper.append(element);
    shadow.append(wrapper);
    await showsIn(element, 'de');
    wrapper.lang = 'fr';
    await showsIn(element, 'fr');
    host.lang = 'en';
    expect(textBlocks(element)[0], 'the nearer lang, inside the shadow tree, wins').to.equal(await headingIn('fr'));
    wrapper.removeAttribute('lang');
    await showsIn(element, 'en');
  });

  it('shows Dutch, with one warning, for an unsupported or empty lang of its own, and keeps the value words Dutch', async () => {
    const recorder = recordWarnings();
    let container: HTMLDivElement;
    try {
      container = await fixture<HTMLDivElement>(html`<div lang="fr">
        <lp-mission lang="tlh"></lp-mission><lp-mission lang="tlh"></lp-mission><lp-mission lang="tlh"></lp-mission>
        <lp-values-acronym lang=""></lp-values-acronym>
      </div>`);
      for (const element of container.children) await showsIn(element, 'nl');
    } finally {
      recorder.restore();
    }
    expect(recorder.warnings).to.have.length(2);
    expect(recorder.warnings[0]).to.contain('"tlh"').and.to.contain('nl, de, en, fr');
    expect(recorder.warnings[1]).to.contain('""');
  });

  it('marks the Dutch value words lang="nl" inside an element that speaks French', async () => {
    const element = await fixture(html`<lp-values-acronym lang="fr"></lp-values-acronym>`);
    await showsIn(element, 'fr');
    const words = [...element.shadowRoot!.querySelectorAll('dt [lang]')].map((word) => `${word.getAttribute('lang')} ${word.textContent}`);
    expect(words).to.deep.equal(zoneValues.map((value) => `nl ${value.word}`));
  });

  it("lets setLocale() choose for the elements that follow the page, never for those with a lang of their own or an ancestor's", async () => {
    const container = await fixture<HTMLDivElement>(html`<div>
      <lp-mission lang="fr"></lp-mission>
      <div lang="nl"><lp-mission></lp-mission></div>
      <lp-mission></lp-mission>
    </div>`);
    const [own, ancestor, bare] = container.querySelectorAll('lp-mission');
    await showsIn(own, 'fr');
    await setLocale('de');
    expect(getLocale()).to.equal('de');
    await showsIn(bare, 'de');
    await showsIn(own, 'fr');
    await showsIn(ancestor, 'nl');
    // <html lang> speaking again takes the page back from setLocale().
    page.lang = 'en';
    await showsIn(bare, 'en');
    expect(getLocale()).to.equal('en');
    await showsIn(own, 'fr');
  });

  it('has no axe violation on a page with the four languages side by side', async () => {
    const container = await fixture<HTMLDivElement>(html`<main>
      <h1>Missie, visie en waarden</h1>
      ${locales.map((locale) => html`<section lang=${locale}><lp-mission-vision-values heading-level="2"></lp-mission-vision-values></section>`)}
    </main>`);
    const elements = [...container.querySelectorAll('lp-mission-vision-values')];
    for (const [index, element] of elements.entries()) await showsIn(element, locales[index]);
    await expect(container).to.be.accessible();
  });
});
