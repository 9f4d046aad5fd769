/// <reference types="vite/client" />
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {until} from 'lit/directives/until.js';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import '../src/lp-schoten.js';
import {headingLevels, type HeadingLevel, type Variant} from '../src/LpElement.js';
import {layouts, type Layout} from '../src/LpValuesAcronym.js';
import type {Locale} from '../src/localization.js';
import {choiceOf, variantChoice} from './element-args.js';
import {elementChoice, showsValues, type Tag} from './element-choice.js';

/**
 * The code a partner pastes, for the settings chosen in Controls: the script line with its integrity and
 * the tag, and the prerendered snippet, each with a copy button. The snippets are made at build time by
 * the package's own generator (scripts/code-snippets.mjs, `renderSnippet`), one per combination, and
 * loaded when chosen: never written here.
 */
interface CodeArgs {
  element: Tag;
  lang: Locale;
  variant: Variant;
  layout: Layout;
  'heading-level': HeadingLevel;
  'hide-heading': boolean;
}

interface CodeFacts {
  version: string;
  integrity: Record<string, string>;
}
const facts = Object.values(import.meta.glob<CodeFacts>('./generated/code.json', {eager: true, import: 'default'}))[0];
const snippets = import.meta.glob<string>('./generated/snippets/*.html', {query: '?raw', import: 'default'});

const languageNames: Record<Locale, string> = {nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English'};

/** The file of the snippet for `args`, as scripts/code-snippets.mjs names it. */
const snippetFile = (args: CodeArgs) =>
  `./generated/snippets/${[
    args.element,
    args.lang,
    args.variant,
    args.element === 'lp-values-acronym' ? args.layout : 'any',
    `h${args['heading-level']}`,
    args['hide-heading'] ? 'hidden' : 'shown',
  ].join('.')}.html`;

/** The attributes a partner writes: only those that differ from the defaults. */
function attributes(args: CodeArgs): [string, string][] {
  const written: [string, string][] = [];
  if (args['heading-level'] !== 2) written.push(['heading-level', String(args['heading-level'])]);
  if (args['hide-heading']) written.push(['hide-heading', '']);
  if (args.variant !== 'plain') written.push(['variant', args.variant]);
  if (args.element === 'lp-values-acronym' && args.layout !== 'stacked') written.push(['layout', args.layout]);
  return written;
}

const tagCode = (args: CodeArgs) =>
  `<${args.element}${attributes(args)
    .map(([name, value]) => (value ? ` ${name}="${value}"` : ` ${name}`))
    .join('')}></${args.element}>`;

const scriptCode = ({version, integrity}: CodeFacts) =>
  `<script type="module" src="https://cdn.example.be/lp-schoten/${version}/lp-schoten.js"\n` +
  `        integrity="${integrity['lp-schoten.js']}" crossorigin="anonymous"></script>`;

/** Copies `text`, and says so on the button; where the clipboard is refused, selects the code instead. */
async function copy(event: Event, text: string) {
  const button = event.currentTarget as HTMLButtonElement;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    getSelection()?.selectAllChildren(button.nextElementSibling!);
    button.textContent = 'Selected: copy with Ctrl+C';
  }
}

const codeBlock = (label: string, text: string) =>
  html`<div class="code">
    <button type="button" aria-label=${`Copy ${label}`} @click=${(event: Event) => copy(event, text)}>Copy</button>
    <pre tabindex="0" aria-label=${label}><code>${text}</code></pre>
  </div>`;

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
  .code {
    position: relative;
    border: 1px solid;
    border-radius: 0.25rem;
  }
  .code pre {
    margin: 0;
    padding: 0.75rem;
    max-block-size: 16rem;
    overflow: auto;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.8125rem;
  }
  .code button {
    float: inline-end;
    margin: 0.5rem;
  }
  .preview {
    padding: 1rem;
    border: 1px dashed;
  }
</style>`;

/** The chosen element, live, in the chosen language, as the code would show it. */
function preview(args: CodeArgs) {
  const tag = unsafeStatic(args.element);
  return staticHtml`<div class="preview" lang=${args.lang}><${tag}
      heading-level=${args['heading-level']}
      ?hide-heading=${args['hide-heading']}
      variant=${args.variant}
      layout=${ifDefined(args.element === 'lp-values-acronym' ? args.layout : undefined)}
    ></${tag}></div>`;
}

function builder(args: CodeArgs) {
  if (!facts) {
    return html`<p>The code builder needs the build: run <code>npm run build-storybook</code> (or <code>npm run build</code>
      then <code>node scripts/code-snippets.mjs</code>) and open Storybook again.</p>`;
  }
  const load = snippets[snippetFile(args)];
  return html`${styles}
    <section class="builder" lang="en">
      <h2>With the script</h2>
      <p>
        The script line and the tag. Replace <code>https://cdn.example.be/lp-schoten/</code> with where the zone publishes
        the script; keep the files of <code>dist/</code> together. The element speaks the language of your page
        (<code>&lt;html lang&gt;</code>) or of its container; to show ${languageNames[args.lang]} on a page in another language,
        add <code>lang="${args.lang}"</code>.
      </p>
      ${codeBlock('the script line and the tag', `${scriptCode(facts)}\n\n${tagCode(args)}`)}
      <h2>Prerendered</h2>
      <p>
        The element as static HTML, in ${languageNames[args.lang]}: the text at first paint, without script and without any
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
  parameters: {showsValues, controls: {include: ['element', 'lang', 'variant', 'layout', 'heading-level', 'hide-heading']}},
  args: {element: 'lp-values-acronym', lang: 'nl', variant: 'plain', layout: 'stacked', 'heading-level': 2, 'hide-heading': false},
  argTypes: {
    element: elementChoice,
    lang: {...choiceOf(['nl', 'fr', 'de', 'en'] as Locale[]), control: {type: 'inline-radio', labels: languageNames}, description: 'The language of the text.'},
    variant: variantChoice,
    layout: {...choiceOf(layouts), control: 'inline-radio', description: 'For Values (SCHOTEN) only: stacked, or the word across.'},
    'heading-level': {...choiceOf(headingLevels), control: 'select', description: 'The level of the element’s top heading (the outline, not the size).'},
    'hide-heading': {type: {name: 'boolean'}, control: 'boolean', description: 'Leaves the element’s top heading out.'},
  },
  render: builder,
} satisfies Meta<CodeArgs>;

export default meta;
type Story = StoryObj<CodeArgs>;

/** Choose in Controls; copy the code. A link to this story keeps the choice. */
export const GetTheCode: Story = {name: 'Get the code'};
