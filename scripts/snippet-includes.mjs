/**
 * A dev-server plugin: in the HTML pages under each of `prefixes`, `<!--#snippet lp-mission.fr.card-->` becomes the
 * build's own `dist/snippets/lp-mission.fr.card.html` (from `npm run build`); `<!--#snippet light/lp-mission.fr.card-->`
 * and `<!--#snippet page-lang/…-->`, those of dist/snippets/light/ and dist/snippets/page-lang/. The demo and the tests show
 * the snippets partners get, never a copy of them.
 */
import {readFile} from 'node:fs/promises';

const dist = new URL('../dist/', import.meta.url);

export const snippet = (name) => readFile(new URL(`snippets/${name}.html`, dist), 'utf8').then((html) => html.trim());

export function snippetIncludes(...prefixes) {
  return {
    name: 'lp-snippet-includes',
    async transform(context) {
      if (!prefixes.some((prefix) => context.path.startsWith(prefix)) || !context.response.is('html')) return undefined;
      const names = [...context.body.matchAll(/<!--#snippet ([\w./-]+)-->/g)].map(([, name]) => name);
      const snippets = new Map(await Promise.all(names.map(async (name) => [name, await snippet(name)])));
      // Not cached: a new build gives new snippets.
      return {body: context.body.replace(/<!--#snippet ([\w./-]+)-->/g, (_, name) => snippets.get(name)), transformCache: false};
    },
  };
}
