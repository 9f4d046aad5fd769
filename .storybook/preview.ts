import {setCustomElementsManifest, type Decorator, type Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
import manifest from '../custom-elements.json';
import {sourceLocale} from '../src/generated/locale-codes.js';
import type {Locale} from '../src/language-of.js';
import {withScriptLine} from '../stories/script-line.js';
import {proposalBanner} from '../stories/values-proposal.js';
import {describeComponent} from './component-docs.js';

// The ArgTypes tables and the docs descriptions come from the manifest the analyzer writes.
setCustomElementsManifest(manifest);

const localeNames: Record<Locale, string> = {nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English'};
const isLocale = (value: unknown): value is Locale => typeof value === 'string' && value in localeNames;

/**
 * The colour scheme of the partner's page, and of the visitor's system where it matters. The elements
 * follow the page's CSS `color-scheme`: a page that declares nothing is light, whatever the system says; a
 * page that declares `color-scheme: light dark` is dark for a visitor whose system is dark. Storybook
 * cannot switch the reviewer's system, so the third choice declares `color-scheme: dark`, which paints
 * exactly what that visitor sees (the story check proves the two alike).
 */
const pageSchemes = {
  'light-page': {title: 'Light page', right: 'declares no color-scheme', colorScheme: ''},
  'supports-dark': {title: 'Page that supports dark', right: 'light dark: as your system is set', colorScheme: 'light dark'},
  'supports-dark-on-dark-system': {
    title: 'Page that supports dark, on a dark system',
    right: 'what a visitor with a dark system sees',
    colorScheme: 'dark',
  },
} as const;
type PageScheme = keyof typeof pageSchemes;
const isPageScheme = (value: unknown): value is PageScheme => typeof value === 'string' && value in pageSchemes;

/**
 * The page around every story, as a partner's page: its language and its colour scheme. The page paints
 * its background and text in the scheme's own colours (Canvas, CanvasText; see preview-head.html).
 *
 * The language works the way a partner page does: the toolbar sets `<html lang>`, which the elements
 * follow live. Nothing reloads; the story re-renders in place. On a docs page, whose own prose is English,
 * each story is a small page of its own instead: a box with the language and the scheme chosen.
 */
const withPartnerPage: Decorator = (story, {globals, viewMode}) => {
  const lang = isLocale(globals.locale) ? globals.locale : sourceLocale;
  const scheme = isPageScheme(globals.scheme) ? globals.scheme : 'light-page';
  const root = document.documentElement;
  if (viewMode === 'docs') {
    if (root.lang !== 'en') root.lang = 'en';
    delete root.dataset.pageScheme;
    return html`<div class="lp-docs-page" lang=${lang} data-page-scheme=${scheme}>${story()}</div>`;
  }
  if (root.lang !== lang) root.lang = lang;
  root.dataset.pageScheme = scheme;
  return story();
};

/** A story's parameter that says whether it shows the values: a flag, or a function of its args. */
type ShowsValues = boolean | ((args: Record<string, unknown>) => boolean);

/**
 * Above every story that shows the values, the reviewers' banner on their proposal status (docs pages
 * carry the same note in their description). It is a project decorator, outside the story, so it stays
 * out of the code the docs show for copying, and out of the elements: a partner page never shows it.
 */
const withValuesProposalBanner: Decorator = (story, {args, parameters, viewMode}) => {
  const showsValues = parameters.showsValues as ShowsValues | undefined;
  const shown = typeof showsValues === 'function' ? showsValues(args) : showsValues;
  if (!shown || viewMode === 'docs') return story();
  // A full-screen story (the partner page) has no padding of Storybook's around it.
  return parameters.layout === 'fullscreen'
    ? html`<div class="lp-banner-room">${proposalBanner()}</div>${story()}`
    : html`${proposalBanner()}${story()}`;
};

const preview: Preview = {
  decorators: [withValuesProposalBanner, withPartnerPage],
  globalTypes: {
    locale: {
      description: 'Page language (<html lang>), which the elements follow',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: Object.entries(localeNames).map(([value, title]) => ({value, title, right: value})),
        dynamicTitle: true,
      },
    },
    scheme: {
      description: "Colour scheme of the partner's page (CSS color-scheme), which the elements follow",
      toolbar: {
        title: 'Page colour scheme',
        icon: 'contrast',
        items: Object.entries(pageSchemes).map(([value, {title, right}]) => ({value, title, right})),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: sourceLocale, scheme: 'light-page'},
  parameters: {
    controls: {expanded: true},
    docs: {
      extractComponentDescription: describeComponent(manifest),
      // "Show code" gives what a partner pastes: the script line, then the story's own markup, without the
      // box a docs page draws around each story for its language and colour scheme.
      source: {excludeDecorators: true, transform: (code: string) => withScriptLine(code.trim())},
    },
    // Every story must pass axe: a violation fails the story (and the a11y panel shows it).
    a11y: {test: 'error'},
    options: {
      storySort: {
        order: [
          'Welcome',
          'Guides',
          ['Dark, high contrast and print', 'Languages side by side', 'Partner page', 'Theming', 'Get the code', 'Heights to reserve'],
          'Elements',
          ['Whole page', 'Mission', 'Vision', 'Values (SCHOTEN)'],
        ],
      },
    },
  },
};

export default preview;
