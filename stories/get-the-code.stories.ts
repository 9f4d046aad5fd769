/// <reference types="vite/client" />
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {until} from 'lit/directives/until.js';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import '../src/lp-schoten.js';
import {defaults, headingLevels, layouts, type HeadingLevel, type Layout, type Variant} from '../src/attributes.js';
import type {Locale} from '../src/language-of.js';
import type {MarkupForm} from '../src/ssr.js';
import {sourceLocale} from '../src/generated/locale-codes.js';
import {choiceOf, variantChoice} from './element-args.js';
import {elementChoice, showsValues, type Tag} from './element-choice.js';
import {codeBlock} from './copy-code.js';
import {codeFacts, scriptLine, selfHostedFolder} from './script-line.js';

/**
 * The code a partner pastes, for the settings chosen in Controls: the script line with its integrity and
 * the tag, and the prerendered snippet, each with a copy button. The snippets are made at build time by
 * the package's own generator (scripts/code-snippets.mjs, `renderSnippet`), one per combination, and
 * loaded when chosen: never written here.
 */
interface CodeArgs {
  element: Tag;
  /** `keeps`: always in the toolbar's language (`lang` on the tag); `page`: in the page's language. */
  language: 'keeps' | 'page';
  /** `shadow`: the finished element with its own style; `light`: its text as plain HTML, for a CMS. */
  form: MarkupForm;
  variant: Variant;
  layout: Layout;
  'heading-level': HeadingLevel;
  'hide-heading': boolean;
}

/** The two forms `renderSnippet` makes (src/ssr.ts is for Node, so only its type is imported). */
const snippetForms = ['shadow', 'light'] as const satisfies readonly MarkupForm[];

const snippets = import.meta.glob<string>('./generated/snippets/*.html', {query: '?raw', import: 'default'});

const languageNames: Record<Locale, string> = {nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English'};
const isLocale = (value: unknown): value is Locale => typeof value === 'string' && value in languageNames;

/** The file of the snippet for `args` in `lang`, as scripts/code-snippets.mjs names it. */
const snippetFile = (args: CodeArgs, lang: Locale) =>
  `./generated/snippets/${[
    args.element,
    lang,
    args.language,
    args.form,
    args.variant,
    args.element === 'lp-values-acronym' ? args.layout : 'any',
    `h${args['heading-level']}`,
    args['hide-heading'] ? 'hidden' : 'shown',
  ].join('.')}.html`;

/** The attributes a partner writes: only those that differ from the defaults. */
function attributes(args: CodeArgs, lang: Locale): [string, string][] {
  const written: [string, string][] = [];
  if (args.language === 'keeps') written.push(['lang', lang]);
  if (args['heading-level'] !== defaults.headingLevel) written.push(['heading-level', String(args['heading-level'])]);
  if (args['hide-heading']) written.push(['hide-heading', '']);
  if (args.variant !== defaults.variant) written.push(['variant', args.variant]);
  if (args.element === 'lp-values-acronym' && args.layout !== defaults.layout) written.push(['layout', args.layout]);
  return written;
}

const tagCode = (args: CodeArgs, lang: Locale) =>
  `<${args.element}${attributes(args, lang)
    .map(([name, value]) => (value ? ` ${name}="${value}"` : ` ${name}`))
    .join('')}></${args.element}>`;

const styles = html`<style>
  .builder {
    max-inline-size: 60rem;
  }
  .builder h2 {
    font-size: 1.125rem;
    margin: 1.5rem 0 0.5rem;
  }
  .builder p {
    margin: 0 0 0.75rem;
  }
  .preview {
    padding: 1rem;
    border: 1px dashed;
  }
</style>`;

/** The chosen element, live, in the page's language (the toolbar's, as the code's). */
function preview(args: CodeArgs) {
  const tag = unsafeStatic(args.element);
  return staticHtml`<div class="preview"><${tag}
      heading-level=${args['heading-level']}
      ?hide-heading=${args['hide-heading']}
      variant=${args.variant}
      layout=${ifDefined(args.element === 'lp-values-acronym' ? args.layout : undefined)}
    ></${tag}></div>`;
}

function builder(args: CodeArgs, lang: Locale) {
  if (!codeFacts) {
    return html`<p>The code builder needs the build: run <code>npm run build-storybook</code> (or <code>npm run build</code>
      then <code>node scripts/code-snippets.mjs</code>) and open Storybook again.</p>`;
  }
  const {version} = codeFacts;
  const load = snippets[snippetFile(args, lang)];
  return html`${styles}
    <section class="builder" lang="en">
      <p>
        The code for the element as it shows below, in ${languageNames[lang]}: choose the language in the toolbar, the rest in
        Controls.
      </p>
      <h2>With the script</h2>
      <p>
        The script line and the tag, to paste as they are. The script line loads version ${version} from jsDelivr, the public
        CDN of npm packages, and <code>integrity</code> makes the browser refuse any other file. To host the script yourself,
        copy the files of the package's <code>dist/</code> folder together to your server, for example to
        <code>${selfHostedFolder(version)}</code>, and point <code>src</code> there.
        ${args.language === 'keeps'
          ? html`The tag's <code>lang="${lang}"</code> keeps the element in ${languageNames[lang]} on a page in any language.`
          : html`Without <code>lang</code>, the element speaks the language of your page (<code>&lt;html lang&gt;</code>) or of
              its container.`}
      </p>
      ${codeBlock('the script line and the tag', `${scriptLine(codeFacts)}\n\n${tagCode(args, lang)}`)}
      <h2>Prerendered</h2>
      <p>
        ${args.form === 'shadow'
          ? html`The finished element as static HTML, with its own style: the text at first paint, without script and without
              any layout shift. Paste it where your page or template takes HTML as it is. Under a strict Content Security
              Policy, allow its style with the hashes of <code>dist/csp-hashes.json</code> (see the README).`
          : html`For a CMS editor (Drupal, TYPO3, a Custom HTML block): the tag holding the element's text as plain HTML, with
              no template, style or script, which editors' filters keep. Paste it in the editor's source view. Where a filter
              removes the tag, the text stays, in your page's own style. On WordPress, the plugin does this for you.`}
        ${args.language === 'keeps'
          ? html`It is in ${languageNames[lang]} and stays so: its tag carries <code>lang="${lang}"</code>.`
          : html`It is in ${languageNames[lang]} at first paint and carries no <code>lang</code>: choose the language of the page
              it goes on.`}
        Alone it stays as pasted; with the script line above on the page, it becomes the live element, which
        ${args.language === 'keeps' ? 'keeps its language' : 'follows the page\'s language'} and brings the zone's updates.
      </p>
      ${load ? until(load().then((snippet) => codeBlock('the prerendered snippet', snippet)), html`<p aria-busy="true">Loading…</p>`) : nothing}
      <h2>Preview</h2>
    </section>
    ${preview(args)}`;
}

const meta = {
  title: 'Guides/Get the code',
  parameters: {showsValues, controls: {include: ['element', 'language', 'form', 'variant', 'layout', 'heading-level', 'hide-heading']}},
  args: {element: 'lp-values-acronym', language: 'keeps', form: 'shadow', variant: 'plain', layout: 'stacked', 'heading-level': 2, 'hide-heading': false},
  argTypes: {
    element: elementChoice,
    language: {
      ...choiceOf(['keeps', 'page'] as const),
      control: {type: 'inline-radio', labels: {keeps: 'Always the toolbar’s', page: 'The page’s'}},
      description: 'Always the toolbar’s: the tag carries `lang`, on a page in any language. The page’s: no `lang`; the element follows the page once the script is there.',
    },
    form: {
      ...choiceOf(snippetForms),
      control: {type: 'inline-radio', labels: {shadow: 'Finished, with its style', light: 'Plain HTML, for a CMS'}},
      description: 'The prerendered snippet: the finished element with its own style, or its text as plain HTML that CMS editors keep.',
    },
    variant: variantChoice,
    layout: {...choiceOf(layouts), control: 'inline-radio', description: 'For Values (SCHOTEN) only: stacked, or the word across.'},
    'heading-level': {...choiceOf(headingLevels), control: 'select', description: 'The level of the element’s top heading (the outline, not the size).'},
    'hide-heading': {type: {name: 'boolean'}, control: 'boolean', description: 'Leaves the element’s top heading out.'},
  },
  // The language is the toolbar's, as on every other story: the page's language, which the preview follows too.
  render: (args, {globals}) => builder(args, isLocale(globals.locale) ? globals.locale : sourceLocale),
} satisfies Meta<CodeArgs>;

export default meta;
type Story = StoryObj<CodeArgs>;

/** Choose in Controls; copy the code. A link to this story keeps the choice. */
export const GetTheCode: Story = {name: 'Get the code'};
