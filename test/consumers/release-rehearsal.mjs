/**
 * A release, rehearsed as the zone would make it and a partner would take it, on a registry of our own on
 * 127.0.0.1 (Verdaccio, started and stopped here):
 *
 * - this version is published, then a next one whose only change is a text: the text check in `npm test`
 *   refuses that change until a minor changeset quotes it, and `npm run release:version` makes the version
 *   and its changelog entry;
 * - a partner project installs the first version, sees its text, upgrades, and sees the new text and the
 *   changelog entry that quotes it;
 * - a prerendered snippet of the first version, on a page with the second version's script, shows the new
 *   text (in Chromium).
 *
 * `npm run test:consumers` runs it after the partner embeds; `.ci/run` runs that.
 */
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {launchChromium, serve, waitFor, watch} from '../support/harness.mjs';
import {project, run} from '../support/package.mjs';
import {suite} from '../support/suite.mjs';

const work = mkdtempSync(join(tmpdir(), 'lp-schoten-release-'));
const {name, version: firstVersion} = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));


const freePort = () =>
  new Promise((found) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const {port} = probe.address();
      probe.close(() => found(port));
    });
  });

/** Verdaccio on 127.0.0.1, holding only this package's scope: everything else comes from the usual registry. */
async function startRegistry() {
  const port = await freePort();
  const folder = join(work, 'registry');
  mkdirSync(folder);
  writeFileSync(
    join(folder, 'config.yaml'),
    `storage: ${join(folder, 'storage')}
auth:
  htpasswd:
    file: ${join(folder, 'htpasswd')}
uplinks: {}
packages:
  '${name.split('/')[0]}/*':
    access: $all
    publish: $authenticated
web:
  enable: false
log: {type: stdout, format: pretty, level: warn}
`
  );
  const verdaccio = join(project, 'node_modules', '.bin', 'verdaccio');
  const server = spawn(verdaccio, ['--config', join(folder, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}-/ping`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`Verdaccio did not start:\n${output}`);
    await new Promise((later) => setTimeout(later, 200));
  }
  // The zone's publisher: an account on this registry, whose token npm publishes with.
  const account = await fetch(`${url}-/user/org.couchdb.user:zone`, {
    method: 'PUT',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({name: 'zone', password: 'rehearsal-only'}),
  });
  const {token} = await account.json();
  assert.ok(token, `Verdaccio gave no token (HTTP ${account.status})`);
  return {url, token, stop: () => process.kill(-server.pid)};
}

/**
 * An .npmrc that takes this package's scope from the rehearsal registry, and the rest from the usual one;
 * with the publisher's token where `publisher` is true.
 */
function npmrc(folder, registry, publisher) {
  const auth = publisher ? `${registry.url.replace(/^http:/, '')}:_authToken=${registry.token}\n` : '';
  writeFileSync(join(folder, '.npmrc'), `${name.split('/')[0]}:registry=${registry.url}\n${auth}`);
}

/** The sentence a release changes: the explanation of the value C, as `src/content.ts` writes it. */
const changedId = 'value.c.explanation';
const messageOf = (id) => new RegExp(`msg\\(\\s*(['"])((?:(?!\\1).)*)\\1,\\s*\\{\\s*id: '${id.replaceAll('.', '\\.')}'`, 's');

const {test, runTests} = suite('Release rehearsal');

const registry = await startRegistry();
const releases = join(work, 'releases');
mkdirSync(releases);
const partnerProject = join(work, 'partner');
const browser = await launchChromium();
const site = await serve({folders: {'/next/': join(partnerProject, 'node_modules', ...name.split('/'), 'dist')}});

let firstSentence;
let nextSentence;
let nextVersion;
let firstSnippet;

test(`publishes ${firstVersion}, with its licence, README and changelog`, async () => {
  console.log(`Packing ${firstVersion} (npm pack builds it first)...`);
  run('npm', ['pack', '--pack-destination', releases, '--loglevel=error'], project);
  const tarball = join(releases, readdirSync(releases).find((file) => file.endsWith('.tgz')));
  const files = run('tar', ['-tzf', tarball]).split('\n');
  for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md']) assert.ok(files.includes(`package/${file}`), `the tarball carries ${file}`);
  npmrc(releases, registry, true);
  run('npm', ['publish', tarball, '--loglevel=error'], releases);
  firstSentence = readFileSync(join(project, 'src', 'content.ts'), 'utf8').match(messageOf(changedId))[2];
});

test('a text change fails the text check until a minor changeset quotes it; then the release makes the next version', async () => {
  // The next version: this project as committed, but for one sentence of one value.
  const next = join(work, 'next');
  for (const file of run('git', ['ls-files', '-z'], project).split('\0').filter(Boolean)) {
    if (!existsSync(join(project, file))) continue;
    mkdirSync(dirname(join(next, file)), {recursive: true});
    cpSync(join(project, file), join(next, file));
  }
  symlinkSync(join(project, 'node_modules'), join(next, 'node_modules'), 'dir');
  nextSentence = 'We overleggen met al onze partners en geven hun geregeld feedback.';
  const content = join(next, 'src', 'content.ts');
  writeFileSync(content, readFileSync(content, 'utf8').replace(messageOf(changedId), (call, quote) => call.replace(`${quote}${firstSentence}${quote}`, `'${nextSentence}'`)));
  run('npm', ['run', 'build', '--silent'], next);

  const check = () => run('node', ['test/package/text-changes-have-a-changeset.mjs'], next);
  assert.throws(check, (error) => error.status === 1 && error.message.includes(`now: ${JSON.stringify(nextSentence)}`), 'the check refuses a text change without a changeset');

  writeFileSync(join(next, '.changeset', 'clearer-communication.md'), `---\n"${name}": minor\n---\n\nThe value Communicatie now reads "${nextSentence}" (it read "${firstSentence}").\n`);
  check();
  run('npm', ['run', 'release:version', '--silent'], next);
  nextVersion = JSON.parse(readFileSync(join(next, 'package.json'), 'utf8')).version;
  assert.equal(nextVersion, firstVersion.replace(/^(\d+)\.(\d+)\.\d+$/, (_, major, minor) => `${major}.${Number(minor) + 1}.0`), 'a text change is a minor release');
  check();

  run('npm', ['pack', '--pack-destination', releases, '--ignore-scripts', '--loglevel=error'], next);
  const tarball = join(releases, readdirSync(releases).find((file) => file.endsWith(`-${nextVersion}.tgz`)));
  run('npm', ['publish', tarball, '--loglevel=error'], releases);
});

/** What the partner's installed package renders, through its own snippet generator. */
const installedText = () =>
  run('node', ['--input-type=module', '-e', `import {renderSnippet} from '${name}/ssr'; console.log(await renderSnippet('lp-values-acronym'));`], partnerProject);
const installedVersion = () => JSON.parse(readFileSync(join(partnerProject, 'node_modules', ...name.split('/'), 'package.json'), 'utf8')).version;

test('a partner project installs the first version and shows its text', async () => {
  mkdirSync(partnerProject);
  writeFileSync(join(partnerProject, 'package.json'), JSON.stringify({name: 'partner-site', private: true, type: 'module'}));
  npmrc(partnerProject, registry, false);
  run('npm', ['install', `${name}@${firstVersion}`, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], partnerProject);
  assert.equal(installedVersion(), firstVersion);
  const text = installedText();
  assert.ok(text.includes(firstSentence), `${firstVersion} shows "${firstSentence}"`);
  firstSnippet = readFileSync(join(partnerProject, 'node_modules', ...name.split('/'), 'dist', 'snippets', 'lp-values-acronym.nl.plain.html'), 'utf8');
});

test('upgrading brings the new text and the changelog entry that quotes it', async () => {
  run('npm', ['install', `${name}@latest`, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], partnerProject);
  assert.equal(installedVersion(), nextVersion);
  const text = installedText();
  assert.ok(text.includes(nextSentence) && !text.includes(firstSentence), `${nextVersion} shows "${nextSentence}" instead`);
  const changelog = readFileSync(join(partnerProject, 'node_modules', ...name.split('/'), 'CHANGELOG.md'), 'utf8');
  const entry = changelog.split(`## ${nextVersion}`)[1]?.split(/\n## /)[0] ?? '';
  assert.match(entry, /### Minor Changes/, `the changelog has a minor entry for ${nextVersion}`);
  assert.ok(entry.includes(nextSentence), 'the entry quotes the new text');
});

test(`a ${firstVersion} snippet on a page with the next version's script shows the new text`, async () => {
  site.pages.set('/page.html', {
    body: `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>Partner page</title></head><body><main><h1>Partner page</h1>${firstSnippet}</main></body></html>`,
  });
  const page = await browser.newPage();
  const record = watch(page);
  try {
    await page.goto(`${site.origin}/page.html`);
    const before = await page.evaluate(() => document.querySelector('lp-values-acronym').shadowRoot.textContent);
    assert.ok(before.includes(firstSentence), 'the snippet shows its own text before the script');
    await page.evaluate(() => {
      const script = Object.assign(document.createElement('script'), {type: 'module', src: '/next/lp-schoten.js'});
      document.body.append(script);
    });
    await waitFor(page, 'the new text', (sentence) => document.querySelector('lp-values-acronym').shadowRoot.textContent.includes(sentence), nextSentence);
    const after = await page.evaluate(() => ({
      text: document.querySelector('lp-values-acronym').shadowRoot.textContent,
      roots: document.querySelector('lp-values-acronym').shadowRoot.querySelectorAll('.root').length,
    }));
    assert.equal(after.text.includes(firstSentence), false, 'the old text is gone');
    assert.equal(after.roots, 1, 'one root');
    assert.deepEqual(record.errors, [], 'no error');
  } finally {
    await page.close();
  }
});

await runTests({
  after: async () => {
    await browser.close();
    site.close();
    registry.stop();
    rmSync(work, {recursive: true, force: true});
  },
});
