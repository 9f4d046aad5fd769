// Fails when a message lacks a translation in any locale, or when locales/*.xlf are out of date with the
// msg() calls in src/ (what `lit-localize extract` would write differs from what is committed).
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const xliffDir = join(root, config.interchange.xliffDir);
const problems = [];

// 1. Every trans-unit of every locale has a non-empty target.
for (const locale of config.targetLocales) {
  const xliff = readFileSync(join(xliffDir, `${locale}.xlf`), 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    if (!/<target>[\s\S]*\S[\s\S]*<\/target>/.test(body)) problems.push(`${locale}: no translation for "${id}"`);
  }
}

// 2. Extracting again, into a copy, changes nothing.
const scratch = mkdtempSync(join(tmpdir(), 'lp-schoten-xliff-'));
try {
  cpSync(xliffDir, join(scratch, 'xliff'), {recursive: true});
  const scratchConfig = join(root, `.lit-localize.check.${process.pid}.json`);
  writeFileSync(
    scratchConfig,
    JSON.stringify({...config, interchange: {...config.interchange, xliffDir: relative(root, join(scratch, 'xliff'))}})
  );
  try {
    execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', scratchConfig], {
      cwd: root,
      stdio: 'pipe',
    });
  } finally {
    rmSync(scratchConfig);
  }
  for (const file of readdirSync(join(scratch, 'xliff'))) {
    let committed = '';
    try {
      committed = readFileSync(join(xliffDir, file), 'utf8');
    } catch {}
    if (readFileSync(join(scratch, 'xliff', file), 'utf8') !== committed) {
      problems.push(`locales/${file} is out of date with the msg() calls in src/: run "npm run extract", then translate`);
    }
  }
} finally {
  rmSync(scratch, {recursive: true, force: true});
}

if (problems.length > 0) {
  console.error(`Translations: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Translations: every message translated in ${config.targetLocales.join(', ')}; locales/ up to date.`);
