/**
 * Serves the project again under /held-locales/<run>/, where a test decides how each language chunk
 * behaves, as a partner's network might: `served` at once, `held` back until the test releases it (a
 * language that arrives late, past the first render's wait, without the test waiting seconds), or
 * `failing` until the test lets it through. Relative imports stay under the prefix; Lit is shared.
 *
 * Commands: `locale-chunks` {run, chunks: {fr: 'held', …}} before the run's page loads the elements;
 * `release-locale` {run, locale} sends a held chunk (and serves it from then on); `recover-locale`
 * {run, locale} serves a failing one from then on; `end-run` {run} releases whatever is still held.
 */
const prefix = /^\/held-locales\/([\w-]+)\//;
const chunk = /\/generated\/locales\/(\w+)\.(js|ts)$/;

// For each run: how each chunk behaves, and the requests held back, by locale.
const runs = new Map();

const runOf = (id) => {
  if (!runs.has(id)) runs.set(id, {chunks: {}, held: new Map()});
  return runs.get(id);
};

function release(run, locale) {
  run.chunks[locale] = 'served';
  for (const send of run.held.get(locale) ?? []) send();
  run.held.delete(locale);
}

export async function heldLocaleChunks(context, next) {
  const match = context.path.match(prefix);
  if (!match) return next();
  const run = runOf(match[1]);
  const locale = context.path.match(chunk)?.[1];
  if (locale && run.chunks[locale] === 'held') {
    await new Promise((send) => run.held.set(locale, [...(run.held.get(locale) ?? []), send]));
  }
  if (locale && run.chunks[locale] === 'failing') {
    context.status = 503;
    return undefined;
  }
  context.url = context.url.slice(match[0].length - 1);
  return next();
}

export function heldLocaleCommands() {
  return {
    name: 'lp-held-locales',
    executeCommand({command, payload}) {
      if (command === 'locale-chunks') {
        runOf(payload.run).chunks = {...payload.chunks};
        return true;
      }
      if (command === 'release-locale') {
        release(runOf(payload.run), payload.locale);
        return true;
      }
      if (command === 'recover-locale') {
        runOf(payload.run).chunks[payload.locale] = 'served';
        return true;
      }
      if (command === 'end-run') {
        const run = runOf(payload.run);
        for (const locale of [...run.held.keys()]) release(run, locale);
        runs.delete(payload.run);
        return true;
      }
      return undefined;
    },
  };
}
