/**
 * Builds the WordPress plugin, `dist/wordpress/lp-schoten.zip` (top folder `lp-schoten/`), from
 * `integrations/wordpress/` and the build's own output:
 *
 * - `script/`: the plugin's copy of the module script and its locale chunks, served by the site itself;
 * - `snippets/<tag>.<language>.json`: every prerendered snippet the block and the shortcode can ask for,
 *   made by `renderSnippet` (dist/ssr.js) from the same templates as the script, keyed by
 *   `variant|layout|headingLevel|hideHeading`. `<language>` is `fr` for a snippet that keeps French
 *   (its tag carries `lang="fr"`), `page-fr` for French text that follows the page's language;
 * - `snippets/choices.json`: the values each setting accepts, for PHP to check attributes against;
 * - `languages/`: the editor's translations, compiled from the `.po` files for PHP (`.mo`) and for the
 *   editor's script (Jed JSON).
 *
 * The PHP only chooses one of these and prints it: it never builds the element's markup or text.
 */
import {cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {renderSnippet, snippetLocales, snippetTags} from '../dist/ssr.js';
import {headingLevels, layouts, variants} from '../lib/attributes.js';
import {zip} from './zip.mjs';

const project = fileURLToPath(new URL('..', import.meta.url));
const source = join(project, 'integrations', 'wordpress');
// The plugin's folder is put together outside dist/, which the npm package ships: only the zip goes there.
const staging = join(project, 'build', 'wordpress');
const plugin = join(staging, 'lp-schoten');
const out = join(project, 'dist', 'wordpress');
const {version} = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
// Translations: Dutch has the plural rule of English; a message with a context is keyed context EOT message.
const pluralForms = 'nplurals=2; plural=(n != 1);';
const key = ({msgctxt, msgid}) => (msgctxt === undefined ? msgid : `${msgctxt}\u0004${msgid}`);

rmSync(staging, {recursive: true, force: true});
mkdirSync(plugin, {recursive: true});
mkdirSync(out, {recursive: true});
cpSync(source, plugin, {recursive: true, filter: (path) => !path.endsWith('.po')});

// The plugin announces the package's version, and asks browsers for the script of that version.
const main = join(plugin, 'lp-schoten.php');
writeFileSync(
  main,
  readFileSync(main, 'utf8')
    .replace(/^( \* Version:\s*).*$/m, `$1${version}`)
    .replace(/^(const LP_SCHOTEN_VERSION = ').*(';)$/m, `$1${version}$2`),
);

mkdirSync(join(plugin, 'script'));
for (const name of readdirSync(join(project, 'dist'))) {
  if (/^lp-schoten(-[a-z]+)?\.js$/.test(name)) cpSync(join(project, 'dist', name), join(plugin, 'script', name));
}

// A language chosen in the block keeps the element in it; "the page's language" follows the page.
const languageForms = [
  ...snippetLocales.map((lang) => ({name: lang, options: {lang}})),
  ...snippetLocales.map((lang) => ({name: `page-${lang}`, options: {pageLang: lang}})),
];
mkdirSync(join(plugin, 'snippets'));
let count = 0;
for (const tag of snippetTags) {
  for (const {name, options} of languageForms) {
    const snippets = {};
    for (const variant of variants) {
      for (const layout of tag === 'lp-values-acronym' ? layouts : [undefined]) {
        for (const headingLevel of headingLevels) {
          for (const hideHeading of [false, true]) {
            const key = [variant, layout ?? '', headingLevel, hideHeading ? 1 : 0].join('|');
            snippets[key] = await renderSnippet(tag, {...options, variant, layout, headingLevel, hideHeading});
            count++;
          }
        }
      }
    }
    writeFileSync(join(plugin, 'snippets', `${tag}.${name}.json`), JSON.stringify(snippets));
  }
}
const choices = {element: snippetTags, lang: ['', ...snippetLocales], variant: variants, layout: layouts, headingLevel: headingLevels};
writeFileSync(join(plugin, 'snippets', 'choices.json'), `${JSON.stringify(choices, null, 2)}\n`);

for (const name of readdirSync(join(source, 'languages')).filter((file) => file.endsWith('.po'))) {
  const {locale, entries} = readPo(readFileSync(join(source, 'languages', name), 'utf8'));
  const base = join(plugin, 'languages', name.replace(/\.po$/, ''));
  writeFileSync(`${base}.mo`, mo(entries, locale));
  // WordPress finds an editor script's translations as <domain>-<locale>-<script handle>.json.
  writeFileSync(`${base}-lp-schoten-editor.json`, JSON.stringify(jed(entries, locale)));
}

const files = [];
(function collect(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) collect(path);
    else files.push({name: relative(staging, path), data: readFileSync(path)});
  }
})(plugin);
const archive = zip(files);
writeFileSync(join(out, 'lp-schoten.zip'), archive);
console.log(`dist/wordpress/lp-schoten.zip: ${files.length} files, ${count} snippets, ${(archive.length / 1024).toFixed(0)} KB`);

/**
 * The entries of a `.po` file (`msgctxt`, `msgid`, `msgstr`, each string on one line or continued on
 * the lines below; no plurals, which the plugin does not use). Untranslated entries are left out.
 */
function readPo(text) {
  const entries = [];
  let entry = {};
  let last;
  for (const line of text.split('\n')) {
    const field = /^(?:(msgctxt|msgid|msgstr) )?"(.*)"$/.exec(line);
    if (!field) continue;
    if (field[1] === undefined) {
      entry[last] += JSON.parse(`"${field[2]}"`);
      continue;
    }
    if (field[1] !== 'msgstr' && 'msgstr' in entry) entry = {};
    last = field[1];
    entry[last] = JSON.parse(`"${field[2]}"`);
    if (last === 'msgstr') entries.push(entry);
  }
  const header = entries.find((candidate) => candidate.msgid === '');
  const locale = /^Language: (.+)$/m.exec(header?.msgstr ?? '')?.[1];
  if (!locale) throw new Error('a .po file of the WordPress plugin has no "Language:" header');
  return {locale, entries: entries.filter((candidate) => candidate.msgid !== '' && candidate.msgstr !== '')};
}

/** A GNU `.mo` file, which WordPress's PHP reads: a table of originals and one of translations, sorted. */
function mo(entries, locale) {
  const pairs = [['', `Language: ${locale}\nContent-Type: text/plain; charset=UTF-8\nPlural-Forms: ${pluralForms}\n`], ...entries.map((entry) => [key(entry), entry.msgstr])]
    .map(([original, translation]) => [Buffer.from(original), Buffer.from(translation)])
    .sort(([a], [b]) => Buffer.compare(a, b));
  const tables = 28 + pairs.length * 16;
  const header = Buffer.alloc(tables);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(pairs.length, 8);
  header.writeUInt32LE(28, 12);
  header.writeUInt32LE(28 + pairs.length * 8, 16);
  // No hash table, at the offset where it would start: WordPress's reader measures the tables by it.
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(tables, 24);
  const strings = [];
  let offset = tables;
  for (const column of [0, 1]) {
    pairs.forEach((pair, index) => {
      header.writeUInt32LE(pair[column].length, 28 + column * pairs.length * 8 + index * 8);
      header.writeUInt32LE(offset, 32 + column * pairs.length * 8 + index * 8);
      strings.push(pair[column], Buffer.from([0]));
      offset += pair[column].length + 1;
    });
  }
  return Buffer.concat([header, ...strings]);
}

/** The Jed 1.x data `wp.i18n` reads, as WordPress's own translation files hold it. */
function jed(entries, locale) {
  const messages = {'': {domain: 'messages', lang: locale, 'plural-forms': pluralForms}};
  for (const entry of entries) messages[key(entry)] = [entry.msgstr];
  return {domain: 'messages', locale_data: {messages}};
}
