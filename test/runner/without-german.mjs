/**
 * Serves the project a second time under /without-german/, where the German texts are missing, for the
 * test of a locale chunk that fails to load. Relative imports stay under the prefix; Lit is shared.
 */
export function withoutGermanTexts(context, next) {
  if (!context.path.startsWith('/without-german/')) return next();
  if (/\/generated\/locales\/de\.(js|ts)$/.test(context.path)) {
    context.status = 404;
    return undefined;
  }
  context.url = context.url.slice('/without-german'.length);
  return next();
}
