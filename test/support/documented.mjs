import {readFileSync} from 'node:fs';

/**
 * The Content Security Policy the README documents, as the test runner serves it and the consumer tests
 * use it: for the script (`'script'`), or for prerendered snippets (`'snippets'`), with its `'sha256-…'`
 * placeholders as the README writes them. Read from the README, so that what partners are told is what
 * the tests serve.
 */
export function documentedPolicy(use) {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const line = use === 'script' ? /^Content-Security-Policy: ((?:(?!sha256).)+)$/m : /^Content-Security-Policy: (.*'sha256-….*)$/m;
  const policy = readme.match(line)?.[1];
  if (!policy) throw new Error(`the README documents no Content Security Policy for the ${use}`);
  return policy;
}
