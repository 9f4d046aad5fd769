/**
 * The Content Security Policy the README asks partners for: nothing inline, no eval, Trusted Types
 * enforced, and only Lit's "lit-html" policy allowed. Served on every page under /test/pages/strict/;
 * test/strict-policy.test.ts checks that it is the one the README documents.
 */
export const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

export async function servedUnderStrictPolicy(context, next) {
  await next();
  if (context.path.startsWith('/test/pages/strict/')) context.set('Content-Security-Policy', strictPolicy);
}
