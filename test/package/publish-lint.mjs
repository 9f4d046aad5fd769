/**
 * Lints the package as npm would publish it (publint), and fails on any message, suggestions included.
 * The one suggestion allowed is "sideEffects": false: registration is this library's side effect, so
 * package.json names the registration files instead (toolchain.md).
 */
import {publint} from 'publint';
import {formatMessage} from 'publint/utils';

const {messages, pkg} = await publint({pkgDir: new URL('../..', import.meta.url).pathname, level: 'suggestion', pack: 'npm'});
const problems = messages.filter((message) => message.code !== 'USE_SIDE_EFFECTS');
for (const message of problems) console.error(`publint ${message.type}: ${formatMessage(message, pkg)}`);
console.log(`Package (publint): ${problems.length === 0 ? 'clean' : `${problems.length} problem(s)`}`);
process.exitCode = problems.length === 0 ? 0 : 1;
