import {documentedPolicy} from '../support/documented.mjs';

/**
 * The Content Security Policy the README asks partners for (nothing inline, no eval, Trusted Types
 * enforced, and only Lit's "lit-html" policy allowed), read from the README. Served on every page under
 * /test/pages/strict/; test/strict-policy.test.ts checks that the header served is the README's, and strict.
 */
export const strictPolicy = documentedPolicy('script');

export async function servedUnderStrictPolicy(context, next) {
  await next();
  if (context.path.startsWith('/test/pages/strict/')) context.set('Content-Security-Policy', strictPolicy);
}
