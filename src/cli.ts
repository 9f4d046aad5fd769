/**
 * `npx lp-schoten snippet <element> [options]`: prints an element as static HTML, with its declarative
 * shadow root or in the light form, for pasting into a page or a template (see `renderSnippet` in ssr.ts).
 */
import {parseArgs} from 'node:util';
import {renderSnippet, SnippetError, snippetLocales, snippetTags, type SnippetOptions} from './ssr.js';

const usage = `Usage: lp-schoten snippet <element> [--lang ${snippetLocales.join('|')} | --page-lang ${snippetLocales.join('|')}]
                          [--form shadow|light] [--variant plain|card] [--layout stacked|word]
                          [--heading-level 1-6] [--hide-heading]

Prints <element> as static HTML, the zone's text in the language asked. Elements: ${snippetTags.join(', ')}.

  --lang L       the snippet keeps language L: its tag carries lang="L", before and after the script.
  --page-lang L  the text is in L at first paint and the tag carries no lang: once the script arrives,
                 the element follows the page's language. Without --lang or --page-lang: --page-lang nl.
  --form shadow  (the default) the finished element, with its declarative shadow root and style.
  --form light   the element's tag holding its text as plain HTML (no template, style or part), which
                 survives HTML sanitizers and reads in the page's style until the script takes over.`;

/** Says what is wrong on standard error, with the usage, and exits with status 2; prints no snippet. */
function fail(message: string): never {
  process.stderr.write(`lp-schoten: ${message}\n\n${usage}\n`);
  process.exit(2);
}

async function main(args: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        lang: {type: 'string'},
        'page-lang': {type: 'string'},
        form: {type: 'string'},
        variant: {type: 'string'},
        layout: {type: 'string'},
        'heading-level': {type: 'string'},
        'hide-heading': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const {values, positionals} = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const [command, tag, ...extra] = positionals;
  if (command !== 'snippet') fail(command ? `unknown command "${command}"; the command is: snippet` : 'no command given');
  if (!tag) fail(`no element given; accepted: ${snippetTags.join(', ')}.`);
  if (extra.length > 0) fail(`one element at a time; also given: ${extra.join(' ')}`);
  const level = values['heading-level'];
  const options: SnippetOptions = {
    lang: values.lang,
    pageLang: values['page-lang'],
    form: values.form as SnippetOptions['form'],
    variant: values.variant as SnippetOptions['variant'],
    layout: values.layout as SnippetOptions['layout'],
    headingLevel: (level !== undefined && /^\d+$/.test(level) ? Number(level) : level) as SnippetOptions['headingLevel'],
    hideHeading: values['hide-heading'],
  };
  try {
    process.stdout.write(`${await renderSnippet(tag, options)}\n`);
  } catch (error) {
    if (error instanceof SnippetError) fail(error.message);
    throw error;
  }
}

await main(process.argv.slice(2));
