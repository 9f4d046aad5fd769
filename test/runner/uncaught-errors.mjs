import {writeSync} from 'node:fs';

/**
 * An error nothing caught in the runner's own process (a plugin, a launcher, a proxy) stops the run with
 * exit code 1. The runner prints it through its terminal display, which the process may leave before it is
 * drawn; this writes it to stderr at once, so that the log of a run that stopped says why.
 */
export function reportUncaughtErrors() {
  process.on('uncaughtException', (error, origin) => {
    writeSync(2, `\nThe test runner stopped on an uncaught ${origin === 'unhandledRejection' ? 'rejection' : 'exception'}:\n${error?.stack ?? error}\n`);
  });
}
