import {readFile} from 'node:fs/promises';
import {documentedPolicy} from '../support/documented.mjs';

/**
 * The policy the README gives partners who paste prerendered snippets: the strict policy, with the
 * snippets' inline styles allowed by their hashes. The README writes each hash as `'sha256-…'`; the
 * build publishes them in dist/csp-hashes.json. Served on every page under /test/pages/prerendered/strict/.
 */
export async function snippetPolicy() {
  const documented = documentedPolicy('snippets');
  const {'style-src': hashes} = JSON.parse(await readFile(new URL('../../dist/csp-hashes.json', import.meta.url), 'utf8'));
  const placeholders = documented.match(/'sha256-…'/g);
  if (placeholders.length !== hashes.length) {
    throw new Error(`the README's policy has ${placeholders.length} style hashes, the build ${hashes.length}`);
  }
  let next = 0;
  return documented.replace(/'sha256-…'/g, () => hashes[next++]);
}

export async function servedUnderSnippetPolicy(context, next) {
  await next();
  if (context.path.startsWith('/test/pages/prerendered/strict/')) context.set('Content-Security-Policy', await snippetPolicy());
}
