import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import '../src/lp-schoten.js';
import {textsFor} from './host-texts.js';

/**
 * The site's own styles, deliberately intrusive: a serif font, justified text, letter-spacing,
 * uppercase red headings with a rule. The element takes the font, size, line height and colour, and
 * nothing else: its headings stay its own. The site paints itself light or dark with the page's colour
 * scheme, as a site that declares `color-scheme: light dark` does (the toolbar's "Page colour scheme").
 */
const siteStyles = html`<style>
  .partner-site {
    font-family: Georgia, 'Times New Roman', serif;
    font-size: 1.0625rem;
    line-height: 1.7;
    color: light-dark(#2b2622, #ece6dc);
    background: light-dark(#faf7f2, #1c1916);
    letter-spacing: 0.01em;
    min-block-size: 100vh;
  }
  .partner-site a {
    color: inherit;
  }
  .partner-site .site-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 2rem;
    padding: 1rem 2rem;
    background: #6e1a1a;
    color: #ffffff;
  }
  .partner-site .site-name {
    margin: 0;
    font-size: 1.375rem;
    font-weight: 700;
  }
  .partner-site nav ul,
  .partner-site nav ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .partner-site .breadcrumb li + li::before {
    content: '›';
    margin-inline-end: 0.5rem;
  }
  .partner-site main {
    max-inline-size: 46rem;
    margin: 0 auto;
    padding: 1.5rem 2rem 3rem;
    text-align: justify;
  }
  .partner-site h1,
  .partner-site h2 {
    color: light-dark(#6e1a1a, #f2b8b5);
    text-transform: uppercase;
    letter-spacing: 0.08em;
    border-block-end: 3px double currentColor;
  }
  .partner-site footer {
    padding: 1rem 2rem;
    border-block-start: 1px solid light-dark(#d6cfc4, #4a433b);
    font-size: 0.9375rem;
  }
</style>`;

/**
 * What the municipality adds to its own stylesheet to fit the element into its page: its headings' look
 * through `::part(heading)` (the title keeps the double rule, the section headings do without), its own
 * line length through `--lp-measure`, and room above the element. Shown on the page and in the docs, from
 * this one text.
 */
const matchingCss = `lp-mission-vision-values {
  --lp-measure: none; /* lines as long as the site's own */
  margin-block-start: 2rem;
}
lp-mission-vision-values::part(heading) {
  color: light-dark(#6e1a1a, #f2b8b5);
  text-transform: uppercase;
  letter-spacing: 0.08em;
  border-block-end: 3px double currentColor;
}
lp-mission-vision-values::part(subheading) {
  border-block-end: none;
}
lp-mission-vision-values::part(text) {
  text-align: justify;
}`;

// Scoped to this story's page, so that the docs page, which shows both stories, shows each as it is.
const matchingStyles = unsafeHTML(`<style>${matchingCss.replaceAll(/^lp-/gm, '.partner-site.matched lp-')}</style>`);

interface PageArgs {
  matched: boolean;
}

const meta = {
  title: 'Guides/Partner page',
  parameters: {layout: 'fullscreen', showsValues: true},
  args: {matched: false},
  argTypes: {matched: {control: false}},
  render: ({matched}, {globals}) => {
    const texts = textsFor(globals.locale);
    return html`${siteStyles}${matched ? matchingStyles : nothing}
      <div class=${matched ? 'partner-site matched' : 'partner-site'}>
        <header class="site-header">
          <p class="site-name">${texts.municipality}</p>
          <nav aria-label=${texts.mainNavigation}>
            <ul>
              ${texts.navigation.map((item) => html`<li><a href="#">${item}</a></li>`)}
            </ul>
          </nav>
        </header>
        <main>
          <nav class="breadcrumb" aria-label=${texts.breadcrumb}>
            <ol>
              <li><a href="#">${texts.home}</a></li>
              <li><a href="#">${texts.navigation[2]}</a></li>
              <li aria-current="page">${texts.pageTitle}</li>
            </ol>
          </nav>
          <h1>${texts.pageTitle}</h1>
          <p>${texts.pageIntroduction}</p>
          <lp-mission-vision-values heading-level="2"></lp-mission-vision-values>
        </main>
        <footer><p>${texts.contact}</p></footer>
      </div>`;
  },
} satisfies Meta<PageArgs>;

export default meta;
type Story = StoryObj<PageArgs>;

/**
 * A municipality page with its own header, navigation, serif font and `<h1>`. The element sits in the
 * page's outline with `heading-level="2"`, and follows the page's language.
 */
export const MunicipalityPage: Story = {name: 'Municipality page'};

/**
 * The same page, with the element's headings in the site's own look: uppercase, maroon, letter-spaced,
 * the title with the site's double rule. The site adds these rules to its own stylesheet (each part is
 * documented in the README under Theming):
 */
export const MatchedToTheSite: Story = {
  name: 'Municipality page, headings matched',
  args: {matched: true},
  parameters: {docs: {source: {code: matchingCss, language: 'css'}}},
};
