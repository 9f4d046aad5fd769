/**
 * How the Node suites (the consumer tests and the release rehearsal) name and run their tests: in order,
 * each by its name; a failure prints its stack and the suite goes on; the closing line counts them as
 * `<title>: N passed, N failed`, the line CI reads, and sets the exit code. A pattern given as the first
 * argument (`node test/consumers/partner-embeds.mjs "\((d|e)\)"`) runs only the tests whose names match.
 *
 * A test that has not ended after ten minutes (an install or a browser that never answers) fails with a
 * message saying so, and the suite goes on: a hang costs CI ten minutes, not its whole run.
 */
const ceiling = 10 * 60 * 1000;

export function suite(title) {
  const tests = [];
  return {
    test: (name, body) => tests.push({name, body}),

    /** Runs the tests, `afterEach` after each, and `after` (closing browsers and servers) whatever happened. */
    async runTests({afterEach, after} = {}) {
      const only = process.argv[2] ? new RegExp(process.argv[2]) : undefined;
      const chosen = only ? tests.filter(({name}) => only.test(name)) : tests;
      let failed = 0;
      let hung = false;
      try {
        for (const {name, body} of chosen) {
          let timer;
          try {
            const overdue = new Promise((_, reject) => {
              timer = setTimeout(() => {
                hung = true;
                reject(new Error(`not ended after ${ceiling / 60000} minutes`));
              }, ceiling);
            });
            await Promise.race([body(), overdue]);
            console.log(`✓ ${name}`);
          } catch (error) {
            failed++;
            console.log(`✗ ${name}\n    ${String(error.stack ?? error).replace(/\n/g, '\n    ')}`);
          } finally {
            clearTimeout(timer);
            await afterEach?.();
          }
        }
      } finally {
        await after?.();
      }
      console.log(`${title}: ${chosen.length - failed} passed, ${failed} failed`);
      process.exitCode = failed === 0 ? 0 : 1;
      // What a hung test left running (a child process, a socket) would keep the suite from ending.
      if (hung) process.exit();
    },
  };
}
