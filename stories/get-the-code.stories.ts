/// <reference types="vite/client" />
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {until} from 'lit/directives/until.js';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import '../src/lp-schoten.js';
import {defaults, headingLevels, layouts, type HeadingLevel, type Layout, type Variant} from '../src/attributes.js';
import type {Locale} from '../src/language-of.js';
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
  variant: Variant;
  layout: Layout;
  'heading-level': HeadingLevel;
  'hide-heading': boolean;
}

const snippets = import.meta.glob<string>('./generated/snippets/*.html', {query: '?raw', import: 'default'});

const languageNames: Record<Locale, string> = {nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English'};
const isLocale = (value: unknown): value is Locale => typeof value === 'string' && value in languageNames;

/** The file of the snippet for `args` in `lang`, as scripts/code-snippets.mjs names it. */
const snippetFile = (args: CodeArgs, lang: Locale) =>
  `./generated/snippets/${[
    args.element,
    lang,
    args.variant,
    args.element === 'lp-values-acronym' ? args.layout : 'any',
    `h${args['heading-level']}`,
    args['hide-heading'] ? 'hidden' : 'shown',
  ].join('.')}.html`;

/** The attributes a partner writes: only those that differ from the defaults. */
function attributes(args: CodeArgs): [string, string][] {
  const written: [string, string][] = [];
  if (args['heading-level'] !== defaults.headingLevel) written.push(['heading-level', String(args['heading-level'])]);
  if (args['hide-heading']) written.push(['hide-heading', '']);
  if (args.variant !== defaults.variant) written.push(['variant', args.variant]);
  if (args.element === 'lp-values-acronym' && args.layout !== defaults.layout) written.push(['layout', args.layout]);
  return written;
}

const tagCode = (args: CodeArgs) =>
  `<${args.element}${attributes(args)
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

/** The chosen element, live, in the page's language, as the code would show it. */
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
        <code>${selfHostedFolder(version)}</code>, and point <code>src</code> there. The element speaks the language of your
        page (<code>&lt;html lang&gt;</code>) or of its container; to show ${languageNames[lang]} on a page in another
        language, add <code>lang="${lang}"</code>.
      </p>
      ${codeBlock('the script line and the tag', `${scriptLine(codeFacts)}\n\n${tagCode(args)}`)}
      <h2>Prerendered</h2>
      <p>
        The element as static HTML, in ${languageNames[lang]}: the text at first paint, without script and without any
        layout shift. Alone it stays as pasted; with the script line above on the page, it follows languages and the zone's
        updates. Under a strict Content Security Policy, allow its style with the hashes of <code>dist/csp-hashes.json</code>
        (see the README).
      </p>
      ${load ? until(load().then((snippet) => codeBlock('the prerendered snippet', snippet)), html`<p>Loading…</p>`) : nothing}
      <h2>Preview</h2>
    </section>
    ${preview(args)}`;
}

const meta = {
  title: 'Guides/Get the code',
  parameters: {showsValues, controls: {include: ['element', 'variant', 'layout', 'heading-level', 'hide-heading']}},
  args: {element: 'lp-values-acronym', variant: 'plain', layout: 'stacked', 'heading-level': 2, 'hide-heading': false},
  argTypes: {
    element: elementChoice,
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
