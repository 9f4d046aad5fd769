/**
 * The command `snippet` {tag, options}: a prerendered snippet made by the package's own `renderSnippet`
 * (dist/ssr.js, from `npm run build`), for any attributes a test needs, as a partner's build or the CLI
 * makes it; never a copy of what the element renders.
 */
const ssr = new URL('../../dist/ssr.js', import.meta.url);

export function snippetCommand() {
  const made = new Map();
  return {
    name: 'lp-snippet-command',
    async executeCommand({command, payload}) {
      if (command !== 'snippet') return undefined;
      const key = JSON.stringify(payload);
      if (!made.has(key)) {
        const {renderSnippet} = await import(ssr.href);
        made.set(key, await renderSnippet(payload.tag, payload.options));
      }
      return made.get(key);
    },
  };
}
