/**
 * `npm run heights` (run by `npm run build-storybook`, after `npm run build`): how tall each element is,
 * for partners who reserve its room before the script has rendered it. It renders the built script
 * (dist/lp-schoten.js) in Chromium, each element in both variants at 260, 320, 375, 720, 736 and 1280 CSS
 * pixels wide, in Dutch, French, German and English, with 16px text and a line height of 1.5 in the system's
 * sans-serif font, and writes the heights to stories/generated/heights.json, which Storybook's page
 * "Guides › Heights to reserve" shows. It builds nothing itself; the file is generated, never committed.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {launchChromium, serve, waitFor} from '../test/support/harness.mjs';

const root = new URL('..', import.meta.url);
const output = new URL('stories/generated/heights.json', root);

// Phones (320, 375), a sidebar (260), a partner's content column (720, and the municipality page's 736)
// and a wide page (1280).
const widths = [260, 320, 375, 720, 736, 1280];
const locales = ['nl', 'fr', 'de', 'en'];
const variants = ['plain', 'card'];
const elements = [
  {key: 'lp-mission-vision-values', tag: 'lp-mission-vision-values'},
  {key: 'lp-mission', tag: 'lp-mission'},
  {key: 'lp-vision-list', tag: 'lp-vision-list'},
  {key: 'lp-values-acronym', tag: 'lp-values-acronym'},
  {key: 'lp-values-acronym layout="word"', tag: 'lp-values-acronym', attributes: ' layout="word"'},
];
const pageStyle = 'body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }';
const fontSize = 16;

try {
  await readFile(new URL('dist/lp-schoten.js', root));
} catch {
  console.error('measure-heights: dist/lp-schoten.js is missing; run npm run build first.');
  process.exit(1);
}

/** One page per language: every element, variant and width, each in a column of that width. */
const pageFor = (locale) => {
  const columns = elements.flatMap(({key, tag, attributes = ''}) =>
    variants.flatMap((variant) =>
      widths.map(
        (width) =>
          `<div style="inline-size: ${width}px"><${tag} data-key='${key}' data-variant="${variant}" data-width="${width}"` +
          `${attributes} variant="${variant}"></${tag}></div>`
      )
    )
  );
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>heights</title>` +
    `<style>${pageStyle}</style><script type="module" src="/dist/lp-schoten.js"></script></head>` +
    `<body>${columns.join('\n')}</body></html>`
  );
};

const server = await serve({folders: {'/dist/': new URL('dist/', root).pathname}});
const browser = await launchChromium();
const heights = {};
try {
  for (const locale of locales) {
    server.pages.set(`/${locale}.html`, {body: pageFor(locale)});
    const page = await browser.newPage();
    await page.setViewport({width: 1400, height: 900});
    await page.goto(`${server.origin}/${locale}.html`, {waitUntil: 'load'});
    await waitFor(page, `every element rendered in ${locale}`, (locale) =>
      [...document.querySelectorAll('[data-key]')].every(
        (element) => element.matches(':state(rendered)') && element.shadowRoot?.querySelector('[lang]')?.lang === locale
      ),
      locale
    );
    const measured = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.querySelectorAll('[data-key]')].map((element) => ({
        key: element.dataset.key,
        variant: element.dataset.variant,
        width: Number(element.dataset.width),
        height: element.getBoundingClientRect().height,
      }));
    });
    await page.close();
    for (const {key, variant, width, height} of measured) {
      ((heights[key] ??= {})[variant] ??= {})[locale] ??= {};
      heights[key][variant][locale][width] = Math.ceil(height);
    }
  }
  const measuredWith = {
    browser: await browser.version(),
    page: pageStyle,
    fontSize,
    date: new Date().toISOString().slice(0, 10),
  };
  await mkdir(new URL('.', output), {recursive: true});
  await writeFile(output, `${JSON.stringify({measuredWith, widths, locales, variants, elements: elements.map((element) => element.key), heights}, null, 2)}\n`);
  console.log(`measure-heights: ${elements.length} elements x ${variants.length} variants x ${locales.length} languages x ${widths.length} widths -> ${output.pathname.replace(root.pathname, '')}`);
} finally {
  await browser.close();
  server.close();
}
