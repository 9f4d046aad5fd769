/**
 * The package as the Node suites install it: a command run to completion, the project packed as partners
 * get it (`npm pack`, which builds it first), and an app that installs that tarball.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const project = fileURLToPath(new URL('../..', import.meta.url));

/** Runs a command and gives its output; a failure throws with what it printed, and its exit status. */
export function run(command, args, cwd) {
  try {
    return execFileSync(command, args, {cwd, encoding: 'utf8', stdio: 'pipe'});
  } catch (error) {
    const failure = new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    failure.status = error.status;
    throw failure;
  }
}

/** Packs the project into `work` and gives the tarball's path. */
export function packed(work) {
  console.log('Packing the package (npm pack builds it first)...');
  run('npm', ['pack', '--pack-destination', work, '--loglevel=error'], project);
  return join(work, readdirSync(work).find((name) => name.endsWith('.tgz')));
}

/** Installs `tarball`, and `devDependencies` at this project's versions, into a new folder `work/name`. */
export function installApp(work, tarball, name, devDependencies, files) {
  const app = join(work, name);
  mkdirSync(app);
  const version = (dependency) => JSON.parse(readFileSync(join(project, 'node_modules', dependency, 'package.json'), 'utf8')).version;
  files['package.json'] = JSON.stringify({
    name,
    private: true,
    type: 'module',
    dependencies: {'@lp-schoten/elements': `file:${tarball}`},
    devDependencies: Object.fromEntries(devDependencies.map((dependency) => [dependency, version(dependency)])),
  });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(app, file), content);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
  return app;
}
