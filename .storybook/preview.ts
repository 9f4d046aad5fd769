import {setCustomElementsManifest, type Decorator, type Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
import manifest from '../custom-elements.json';
import {sourceLocale} from '../src/generated/locale-codes.js';
import type {Locale} from '../src/localization.js';
import {proposalBanner} from '../stories/values-proposal.js';
import {describeComponent} from './component-docs.js';

// Controls, the ArgTypes tables and the docs descriptions come from the manifest the analyzer writes.
setCustomElementsManifest(manifest);

const localeNames: Record<Locale, string> = {nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English'};
const isLocale = (value: unknown): value is Locale => typeof value === 'string' && value in localeNames;

/**
 * The language toolbar works the way a partner page does: it sets `<html lang>`, which the elements
 * follow live. Nothing reloads; the story re-renders in place.
 */
const withPageLanguage: Decorator = (story, {globals}) => {
  const lang = isLocale(globals.locale) ? globals.locale : sourceLocale;
  if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  return story();
};

/**
 * Above every story that shows the values, the reviewers' banner on their proposal status (docs pages
 * carry the same note in their description). It is a project decorator, outside the story, so it stays
 * out of the code the docs show for copying.
 */
const withValuesProposalBanner: Decorator = (story, {parameters, viewMode}) => {
  if (!parameters.showsValues || viewMode === 'docs') return story();
  // A full-screen story (the partner page) has no padding of Storybook's around it.
  return parameters.layout === 'fullscreen'
    ? html`<div style="padding: 0.5rem 0.5rem 0">${proposalBanner()}</div>${story()}`
    : html`${proposalBanner()}${story()}`;
};

const preview: Preview = {
  decorators: [withValuesProposalBanner, withPageLanguage],
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
  },
  initialGlobals: {locale: sourceLocale},
  parameters: {
    controls: {expanded: true},
    docs: {extractComponentDescription: describeComponent(manifest)},
    // Every story must pass axe: a violation fails the story (and the a11y panel shows it).
    a11y: {test: 'error'},
    options: {
      storySort: {order: ['Elements', ['lp-mission-vision-values', 'lp-mission', 'lp-vision-list', 'lp-values-acronym'], 'Guides']},
    },
  },
};

export default preview;
