import {expect, waitUntil} from '@open-wc/testing';
import {zoneValues} from '../src/content.js';
import '../src/lp-schoten.js';
import {getLocale, setLocale} from '../src/language-of.js';
import {blockIds, messages, recordWarnings, render, sourceText, spokenText, tags, textBlocks, texts, wholeWords} from './helpers.js';

const page = document.documentElement;

/** Sets `<html lang>` as a partner site does, and waits until the elements speak `locale`. */
async function pageLanguage(lang: string, locale: string) {
  page.lang = lang;
  await waitUntil(() => getLocale() === locale, `the elements did not switch to ${locale}`);
}

const officialTerms: Record<string, string> = {fr: 'CPAS', de: 'ÖSHZ', en: 'Public Centre for Social Welfare'};

describe('languages', () => {
  // The elements follow the page's language from the first one on.
  before(() => render('lp-mission'));
  afterEach(() => pageLanguage('nl-BE', 'nl'));

  for (const [lang, locale] of [
    ['fr-BE', 'fr'],
    ['de-BE', 'de'],
    ['en', 'en'],
  ]) {
    describe(`<html lang="${lang}">`, () => {
      for (const tag of tags) {
        it(`renders <${tag}> in its ${locale} translation, with no Dutch sentence left`, async () => {
          const translations = await messages(locale);
          await pageLanguage(lang, locale);
          const element = await render(tag);
          const root = element.shadowRoot!.querySelector('.root')!;
          expect(root.getAttribute('lang')).to.equal(locale);
          expect(textBlocks(element)).to.deep.equal(blockIds[tag].map((id) => translations.get(id)!.target));
          const shown = spokenText(element);
          for (const [id, {source}] of translations) {
            if (!/^value\.\w\.name$/.test(id)) expect(shown, `Dutch of ${id}`).not.to.contain(source);
          }
        });

        it(`has no axe violation for <${tag}> in ${locale}`, async () => {
          await pageLanguage(lang, locale);
          await expect(await render(tag, tag === 'lp-values-acronym' ? 'layout="word"' : '')).to.be.accessible();
        });
      }

      it(`uses the official term ${officialTerms[locale]} for the OCMW`, async () => {
        await pageLanguage(lang, locale);
        const element = await render('lp-mission');
        expect(spokenText(element)).to.contain(officialTerms[locale]).and.not.to.contain('OCMW');
      });

      it(`names every value in ${locale} beside its Dutch word, never in Dutch again`, async () => {
        const source = await sourceText();
        await pageLanguage(lang, locale);
        const element = await render('lp-values-acronym');
        const names = texts(element, '.value-name');
        expect(names, 'a translated name for each value').to.have.length(source.values.length);
        const leftInDutch = source.values.filter(({word}, index) => names[index].toLowerCase() === `(${word})`.toLowerCase());
        expect(leftInDutch.map(({word}) => `${word} (${word})`)).to.deep.equal([]);
      });

      it('keeps SCHOTEN: each Dutch value word, marked lang="nl", then its translation and sentence', async () => {
        const translations = await messages(locale);
        await pageLanguage(lang, locale);
        const element = await render('lp-values-acronym');
        const terms = [...element.shadowRoot!.querySelectorAll('dt')];
        const descriptions = [...element.shadowRoot!.querySelectorAll('dd')];
        for (const [index, value] of zoneValues.entries()) {
          const letter = value.word[0].toLowerCase();
          const word = terms[index].querySelector('[lang="nl"]')!;
          expect(word.textContent).to.equal(value.word);
          expect(spokenText(terms[index])).to.equal(`${value.word} (${wholeWords(translations.get(`value.${letter}.name`)!.target)})`);
          expect(spokenText(descriptions[index])).to.equal(translations.get(`value.${letter}.explanation`)!.target);
        }
      });
    });
  }

  it('switches every element on the page live when <html lang> changes', async () => {
    await pageLanguage('fr-BE', 'fr');
    const elements = await Promise.all(tags.map((tag) => render(tag)));
    const [fr, de] = await Promise.all([messages('fr'), messages('de')]);
    expect(textBlocks(elements[0])[0]).to.equal(fr.get('mission.heading')!.target);
    await pageLanguage('de', 'de');
    await Promise.all(elements.map((element) => element.updateComplete));
    for (const [index, tag] of tags.entries()) {
      expect(textBlocks(elements[index])).to.deep.equal(blockIds[tag].map((id) => de.get(id)!.target));
    }
  });

  for (const lang of ['xx', '', 'nl-x-unknown-but-dutch']) {
    const dutch = lang.startsWith('nl');
    it(`${dutch ? 'shows Dutch, silently,' : 'falls back to Dutch with one warning'} for <html lang="${lang}">`, async () => {
      await pageLanguage('fr', 'fr');
      const element = await render('lp-mission');
      const recorder = recordWarnings();
      try {
        await pageLanguage(lang, 'nl');
        await element.updateComplete;
        page.lang = `${lang}`; // the same value again: no second warning
        await element.updateComplete;
      } finally {
        recorder.restore();
      }
      expect(textBlocks(element)[0]).to.equal((await sourceText()).missionHeading);
      if (dutch) expect(recorder.warnings).to.deep.equal([]);
      else {
        expect(recorder.warnings).to.have.length(1);
        expect(recorder.warnings[0]).to.contain(`"${lang}"`).and.to.contain('nl, de, en, fr');
      }
    });
  }

  it('lets the host choose with setLocale(), until the page language changes again', async () => {
    const element = await render('lp-vision-list');
    const [en, de] = await Promise.all([messages('en'), messages('de')]);
    await setLocale('en');
    await element.updateComplete;
    expect(textBlocks(element)).to.deep.equal(blockIds['lp-vision-list'].map((id) => en.get(id)!.target));
    expect(page.lang).to.equal('nl-BE');
    await pageLanguage('de-BE', 'de');
    await element.updateComplete;
    expect(textBlocks(element)).to.deep.equal(blockIds['lp-vision-list'].map((id) => de.get(id)!.target));
  });
});
