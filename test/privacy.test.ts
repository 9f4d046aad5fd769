import {expect, waitUntil} from '@open-wc/testing';
import type {LpElement} from '../src/LpElement.js';
import {expectNoTrace, requestsUntilQuiet, tags} from './helpers.js';

/** What the elements may load: the library's own modules (Lit among them) and its locale chunks. */
const libraryModule = /^\/(src\/[\w/-]+\.ts|node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/localize)\/[\w./-]+\.js)$/;
const localeChunk = /^\/src\/generated\/locales\/(fr|de|en)\.ts$/;

const page = document.documentElement;

/** Every element in every variant and layout, in the page, rendered. */
async function everyElement() {
  const container = document.createElement('div');
  for (const tag of tags) {
    for (const variant of ['plain', 'card']) {
      for (const layout of tag === 'lp-values-acronym' ? ['stacked', 'word'] : [undefined]) {
        const element = document.createElement(tag);
        element.setAttribute('variant', variant);
        if (layout) element.setAttribute('layout', layout);
        container.append(element);
      }
    }
  }
  document.body.append(container);
  await Promise.all([...container.children].map((element) => (element as LpElement).updateComplete));
  return container;
}

describe('privacy', () => {
  it('loads nothing but its own modules and locale chunks, from where it is served, and stores nothing', async () => {
    // What the test page loaded itself, before the elements: the browser driver may report it late.
    await requestsUntilQuiet();
    const start = performance.now();
    const loadedBefore = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
    const fontsBefore = document.fonts.size;

    const {getLocale} = await import('../src/lp-schoten.js');
    const container = await everyElement();
    for (const [lang, locale] of [
      ['fr-BE', 'fr'],
      ['de-BE', 'de'],
      ['en', 'en'],
      ['nl-BE', 'nl'],
    ]) {
      page.lang = lang;
      // Every module passes WebKit's recording proxy uncached: a few seconds on a busy machine.
      await waitUntil(() => getLocale() === locale, `not switched to ${locale}`, {timeout: 10000});
      await Promise.all([...container.children].map((element) => (element as LpElement).updateComplete));
    }
    container.remove();

    // A data: URL reaches no network: Firefox draws list bullets with a font of its own built-in style sheet,
    // given as one, whoever shows a list.
    const paths = (urls: string[]) =>
      urls
        .filter((url) => !url.startsWith('data:'))
        .map((url) => new URL(url, location.href))
        .map((url) => (url.origin === location.origin ? url.pathname : url.href));
    const requested = paths((await requestsUntilQuiet()).filter((url) => !loadedBefore.has(url)));
    const loaded = paths(
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime >= start)
        .map((entry) => entry.name)
    );
    for (const [source, urls] of [
      ['requests seen by the browser driver', requested],
      ['resources seen by the page', loaded],
    ] as const) {
      expect(urls.filter((path) => !libraryModule.test(path) && !localeChunk.test(path)), source).to.deep.equal([]);
    }
    expect(requested.filter((path) => localeChunk.test(path)).sort(), 'each locale chunk, once').to.deep.equal([
      '/src/generated/locales/de.ts',
      '/src/generated/locales/en.ts',
      '/src/generated/locales/fr.ts',
    ]);
    expect(document.fonts.size, 'fonts').to.equal(fontsBefore);
    await expectNoTrace();
  });
});
