import {privacyBreached, privacyLine} from './privacy-guard.mjs';

/**
 * Closes the run with the privacy guard's line, a total, and last one line with the count of each engine,
 * e.g. "Chromium: 525 passed, 0 failed, 0 skipped  Firefox: …  WebKit: …": the last lines of a run say what
 * passed where, for CI's log and for a person.
 */
export function closingCounts() {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  };
  const line = (name, {passed, failed, skipped}) => `${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`;
  let closing = '';
  return {
    onTestRunFinished({sessions}) {
      const perBrowser = new Map();
      const total = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        const totals = perBrowser.get(session.browser.name) ?? {passed: 0, failed: 0, skipped: 0};
        perBrowser.set(session.browser.name, count(session.testResults, totals));
        // A file that failed to load has no results: count it as a failure.
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) totals.failed++;
      }
      for (const totals of perBrowser.values()) for (const key in total) total[key] += totals[key];
      const engines = [...perBrowser].map(([name, totals]) => line(name, totals)).join('  ');
      closing = [privacyLine(), line('Total', total), engines].join('\n');
    },
    // Written as the process exits, after the runner's own terminal display has let go of the output.
    stop() {
      process.once('exit', () => {
        if (closing) process.stdout.write(`${closing}\n`);
        if (privacyBreached()) process.exitCode = 1;
      });
    },
  };
}
