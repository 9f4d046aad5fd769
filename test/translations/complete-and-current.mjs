// Fails when a message lacks a translation in any locale, when a translation is still the Dutch, or when
// locales/*.xlf are out of date with the msg() calls in src/ (what `lit-localize extract` would write
// differs from what is committed).
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const xliffDir = join(root, config.interchange.xliffDir);
const problems = [];

// Messages a translation may leave as the Dutch, as `locale id` and why. None today: every text of the
// zone, the value words too, reads differently in French, German and English. A name that stays the same
// in a language would go here, e.g. ['de value.x.name', 'a name, the same in German'].
const sameAsDutch = new Map();

// Soft hyphens and white space are where a word may break and how lines wrap, not what it says.
const comparable = (text) => text.replace(/\u00AD|\s/g, '');

// 1. Every trans-unit of every locale has a non-empty target, and one that is not the Dutch left in place:
// a Dutch value word left as its own translation shows twice on a French page ("Samenwerking
// (Samenwerking)"), and a Dutch sentence is no translation at all.
for (const locale of config.targetLocales) {
  const xliff = readFileSync(join(xliffDir, `${locale}.xlf`), 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const [source, target] = ['source', 'target'].map((tag) => body.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`))?.[1] ?? '');
    if (!/\S/.test(target)) problems.push(`${locale}: no translation for "${id}"`);
    else if (comparable(target) === comparable(source) && !sameAsDutch.has(`${locale} ${id}`)) {
      problems.push(`${locale}: "${id}" is still the Dutch "${source}": translate it`);
    }
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
console.log(`Translations: every message translated in ${config.targetLocales.join(', ')}, none left in Dutch; locales/ up to date.`);
