/**
 * The WordPress plugin in Debian's WordPress, as a municipality's web team uses it (`npm run build`
 * first; `.ci/run` runs it). The administrator installs WordPress, the theme and the plugin's zip; then,
 * through the REST API with their own application passwords:
 *
 * - an author writes a post with two blocks, a post in the classic editor with the shortcode, a post
 *   with the whole text, and a post with a block and a shortcode whose settings are wrong;
 * - an author and an editor each paste the light form and the prerendered snippet into a Custom HTML block.
 *
 * A visitor opens each post in Chromium: without JavaScript, the zone's text word for word, at the
 * chosen heading levels and in the chosen language, and no CSS as text; with JavaScript, the live
 * element, still in that language, one request for its script from the site itself, no console error.
 * What each role keeps of each pasted form is printed as a record. Prints "WordPress: N passed, N failed" last, and stops every server, also when something fails.
 */
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {renderSnippet} from '../../dist/ssr.js';
import {launchChromium, waitFor, watch} from '../support/harness.mjs';
import {startSite, wordpressCli} from './site.mjs';

const project = new URL('../../', import.meta.url);
const zip = fileURLToPath(new URL('dist/wordpress/lp-schoten.zip', project));
const started = Date.now();
let passed = 0;
let failed = 0;
let site;
let browser;

async function check(name, test) {
  try {
    await test();
    passed++;
    console.log(`✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`✗ ${name}\n    ${error.message.replaceAll('\n', '\n    ')}`);
  }
}

// The servers stop however the test ends, also when it is interrupted.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await browser?.close();
    await site?.stop();
    process.exit(130);
  });
}

// The text each element shows, block by block: the Dutch from the copy of the zone's own page, the other
// languages from the package's locale modules.
const fixture = (name) => readFileSync(new URL(`test/fixtures/${name}`, project), 'utf8').trim();
const [title, introduction, missionHeading, mission, visionHeading, vision, points, valuesHeading, valuesIntroduction] = fixture('missie-visie-waarden.nl.txt').split(/\n\s*\n/);
const valueLines = fixture('values.nl.txt').split('\n').flatMap((line) => line.split(': '));
const dutch = {
  'lp-mission': [missionHeading, mission],
  'lp-vision-list': [visionHeading, vision, ...points.split('\n').map((line) => line.replace(/^\s*•\s*/, ''))],
  'lp-values-acronym': [valuesHeading, valuesIntroduction, ...valueLines],
};
dutch['lp-mission-vision-values'] = [title, introduction, ...dutch['lp-mission'], ...dutch['lp-vision-list'], ...dutch['lp-values-acronym']];
async function textsIn(lang) {
  if (lang === 'nl') return dutch;
  const {templates} = await import(pathToFileURL(fileURLToPath(new URL(`lib/generated/locales/${lang}.js`, project))));
  const text = (id) => templates[id].replace(/<[^>]+>/g, '');
  return {
    'lp-mission': [text('mission.heading'), text('mission.body')],
    'lp-vision-list': [text('vision.heading'), text('vision.introduction')],
    'lp-values-acronym': [text('values.heading'), text('values.introduction')],
    'lp-mission-vision-values': [text('page.title'), text('page.introduction'), text('mission.heading')],
  };
}
const words = (text) => text.replaceAll('\u00AD', '').replace(/\s+/g, ' ').trim();

// In the page: what the post shows of the zone (its content, and each element's shadow root), as text
// read from the page (textContent) and as text painted (innerText, which leaves out what CSS hides).
function shownInPost() {
  const content = document.querySelector('.wp-block-post-content');
  const hosts = [...content.querySelectorAll('lp-mission, lp-vision-list, lp-values-acronym, lp-mission-vision-values')];
  const inRoot = (host, read) => [...(host.shadowRoot?.children ?? [])].filter((node) => node.localName !== 'style').map(read).join(' ');
  return {
    text: [content.textContent, ...hosts.map((host) => inRoot(host, (node) => node.textContent))].join(' '),
    painted: [content.innerText, ...hosts.map((host) => inRoot(host, (node) => node.innerText))].join(' '),
    elements: hosts.map((host) => ({
      tag: host.localName,
      lang: host.getAttribute('lang'),
      shadow: !!host.shadowRoot,
      live: !!customElements.get(host.localName) && host.hasUpdated === true && !host.shadowRoot.querySelector('style'),
      text: inRoot(host, (node) => node.textContent),
      box: (({width, height}) => `${Math.round(width)}×${Math.round(height)}`)(host.getBoundingClientRect()),
    })),
  };
}

/** The headings a screen reader lists, in order: `h<level> <name>`. */
async function outline(page) {
  const headings = [];
  (function walk(node) {
    if (node.role === 'heading') headings.push(`h${node.level} ${words(node.name)}`);
    for (const child of node.children ?? []) walk(child);
  })(await page.accessibility.snapshot());
  return headings;
}

async function visit(url, {javaScript}) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(javaScript);
  const record = watch(page);
  await page.goto(url, {waitUntil: 'load'});
  await page.evaluate(() => document.fonts.ready.then(() => true));
  return {page, record};
}

async function logIn(page, user) {
  await page.goto(`${site.origin}/wp-login.php`);
  await page.type('#user_login', user.login);
  await page.type('#user_pass', user.password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
}

/** As an author or editor does it: through the REST API, with the application password WordPress gave them. */
async function rest(user, route, body) {
  const response = await fetch(`${site.origin}/?rest_route=${route}`, {
    method: body ? 'POST' : 'GET',
    headers: {authorization: `Basic ${Buffer.from(`${user.login}:${user.applicationPassword}`).toString('base64')}`, 'content-type': 'application/json'},
    body: body && JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${route}: HTTP ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}
const publish = (user, postTitle, content) => rest(user, '/wp/v2/posts', {title: postTitle, content, status: 'publish'});
const block = (attributes) => `<!-- wp:lp-schoten/embed ${JSON.stringify(attributes)} /-->`;

/** Checks a post as a visitor sees it: `expected` lists its elements, in order, with their settings. */
async function checkVisitor(post, expected, {outline: expectedOutline}) {
  const html = await (await fetch(post.link)).text();
  await check(`${post.title.raw}: the page holds the build's snippet for exactly the chosen settings`, async () => {
    for (const {tag, options} of expected) {
      const snippet = await renderSnippet(tag, options);
      assert.ok(html.includes(snippet), `the page does not hold the snippet of ${tag} ${JSON.stringify(options)} unchanged`);
    }
  });

  const {page} = await visit(post.link, {javaScript: false});
  const firstPaint = await page.evaluate(shownInPost);
  await check(`${post.title.raw}: without JavaScript, the zone's text word for word, in the chosen language, and no CSS as text`, async () => {
    assert.deepEqual(
      firstPaint.elements.map(({tag, lang, shadow}) => ({tag, lang, shadow})),
      expected.map(({tag, options}) => ({tag, lang: options.lang ?? null, shadow: true})),
    );
    for (const [index, {tag, options}] of expected.entries()) {
      const shown = words(firstPaint.elements[index].text);
      for (const text of (await textsIn(options.lang ?? options.pageLang))[tag]) assert.ok(shown.includes(words(text)), `${tag} does not show "${words(text).slice(0, 80)}"`);
    }
    assert.doesNotMatch(firstPaint.painted, /:host|\{|\}/, 'CSS is shown as text');
  });
  await check(`${post.title.raw}: without JavaScript, the heading outline`, async () => {
    const headings = await outline(page);
    const start = headings.indexOf(expectedOutline[0]);
    assert.deepEqual(headings.slice(start, start + expectedOutline.length), expectedOutline, `the page's headings: ${headings.join(' | ')}`);
  });
  await page.close();

  const live = await visit(post.link, {javaScript: true});
  await check(`${post.title.raw}: with JavaScript, the live element, the same size and still in its language; one script request, from the site; no console error`, async () => {
    await waitFor(live.page, 'every element to take over', () => document.querySelectorAll('.wp-block-post-content :is(lp-mission, lp-vision-list, lp-values-acronym, lp-mission-vision-values)').length > 0 && [...document.querySelectorAll('.wp-block-post-content :is(lp-mission, lp-vision-list, lp-values-acronym, lp-mission-vision-values)')].every((host) => host.hasUpdated));
    const shown = await live.page.evaluate(shownInPost);
    for (const [index, {tag, options}] of expected.entries()) {
      assert.ok(shown.elements[index].live, `${tag} did not take over`);
      assert.equal(shown.elements[index].box, firstPaint.elements[index].box, `${tag} changed size when the script took over`);
      const text = words(shown.elements[index].text);
      for (const expectedText of (await textsIn(options.lang ?? options.pageLang))[tag]) assert.ok(text.includes(words(expectedText)), `${tag}, once live, does not show "${words(expectedText).slice(0, 80)}"`);
    }
    const scripts = live.record.requests.filter((url) => new URL(url).pathname.endsWith('/lp-schoten.js'));
    assert.equal(scripts.length, 1, `requests for the script: ${scripts.join(', ')}`);
    assert.equal(new URL(scripts[0]).origin, site.origin);
    assert.deepEqual(live.record.requests.filter((url) => new URL(url).origin !== site.origin), [], 'requests to another host');
    assert.deepEqual(live.record.errors, [], 'errors in the page');
  });
  await live.page.close();
}

try {
  site = await startSite();
  console.log(`WordPress at ${site.origin}`);
  const users = JSON.parse(wordpressCli(site, 'setup-site', zip));
  const {author, editor} = users;
  assert.equal(author.unfilteredHtml, false);
  assert.equal(editor.unfilteredHtml, true);
  browser = await launchChromium();

  await check('every combination of settings, as a block and as a shortcode, comes out of WordPress\'s content filters as the build rendered it', () => {
    const {checked, changed} = JSON.parse(wordpressCli(site, 'every-combination'));
    assert.ok(checked >= 1200, `only ${checked} combinations checked`);
    assert.deepEqual(changed, []);
    console.log(`  (${checked} combinations)`);
  });

  // The site is in Dutch (Belgium): "the page's language" is Dutch, and the element follows <html lang>.
  const blocks = await publish(author, 'Met blokken', [
    '<!-- wp:paragraph --><p>Een partnerpagina met twee blokken van de politiezone.</p><!-- /wp:paragraph -->',
    block({element: 'lp-mission', lang: 'fr', variant: 'card'}),
    block({element: 'lp-values-acronym', layout: 'word', headingLevel: 3}),
  ].join('\n\n'));
  await checkVisitor(
    blocks,
    [
      {tag: 'lp-mission', options: {lang: 'fr', variant: 'card'}},
      {tag: 'lp-values-acronym', options: {pageLang: 'nl', layout: 'word', headingLevel: 3}},
    ],
    {outline: ['h1 Met blokken', `h2 ${words((await textsIn('fr'))['lp-mission'][0])}`, `h3 ${valuesHeading}`]},
  );

  // The shortcode as the README gives it.
  const documented = /^\[lp-schoten [^\]]+\]$/m.exec(readFileSync(new URL('README.md', project), 'utf8'))?.[0];
  assert.equal(documented, '[lp-schoten element="lp-vision-list" lang="de" variant="card" heading-level="3"]');
  const shortcode = await publish(author, 'In de klassieke editor', `Deze pagina is in de klassieke editor geschreven.\n\n${documented}\n\nMet dank aan de politiezone.`);
  await check('the shortcode post is classic content: no blocks, so wpautop and wptexturize run over it', async () => {
    const {content} = await rest(author, `/wp/v2/posts/${shortcode.id}&context=edit`);
    assert.doesNotMatch(content.raw, /<!-- wp:/);
  });
  await checkVisitor(shortcode, [{tag: 'lp-vision-list', options: {lang: 'de', variant: 'card', headingLevel: 3}}], {
    outline: ['h1 In de klassieke editor', `h3 ${words((await textsIn('de'))['lp-vision-list'][0])}`],
  });

  const whole = await publish(author, 'De hele tekst', block({element: 'lp-mission-vision-values'}));
  await checkVisitor(whole, [{tag: 'lp-mission-vision-values', options: {pageLang: 'nl'}}], {
    outline: ['h1 De hele tekst', `h2 ${title}`, `h3 ${missionHeading}`, `h3 ${visionHeading}`, `h3 ${valuesHeading}`],
  });

  const wrong = await publish(
    author,
    'Verkeerde instellingen',
    `${block({element: 'lp-bogus', headingLevel: 9})}\n\n<!-- wp:shortcode -->\n[lp-schoten element="lp-missie" heading-level="9"]\n<!-- /wp:shortcode -->`,
  );
  const byDefault = {tag: 'lp-mission-vision-values', options: {pageLang: 'nl'}};
  await checkVisitor(wrong, [byDefault, byDefault], {outline: ['h1 Verkeerde instellingen', `h2 ${title}`]});
  await check('wrong settings: a note for whoever can edit, naming the wrong values, and none for visitors', async () => {
    const {page} = await visit(wrong.link, {javaScript: false});
    assert.equal(await page.$('.lp-schoten-note'), null, 'a visitor sees the note');
    await logIn(page, author);
    await page.goto(wrong.link);
    const [fromBlock, fromShortcode] = await page.$$eval('.lp-schoten-note', (notes) => notes.map((note) => note.innerText));
    assert.match(fromBlock, /"lp-bogus"/);
    assert.match(fromBlock, /"9"/);
    assert.match(fromShortcode, /"lp-missie"/);
    assert.match(fromShortcode, /"9"/);
    await page.close();
  });

  await check("the block in the author's editor: settings in Dutch, the element itself as the preview, and the post stores only the block's comment", async () => {
    const page = await browser.newPage();
    await logIn(page, author);
    await page.goto(`${site.origin}/wp-admin/post-new.php`);
    await waitFor(page, 'the block editor', () => window.wp?.blocks?.getBlockType?.('lp-schoten/embed') && window.wp.data.select('core/editor').getCurrentPostId());
    await page.evaluate(() => {
      window.wp.data.dispatch('core/preferences').set('core/edit-post', 'welcomeGuide', false);
      const embed = window.wp.blocks.createBlock('lp-schoten/embed', {element: 'lp-mission'});
      window.wp.data.dispatch('core/block-editor').insertBlocks(embed);
      window.wp.data.dispatch('core/block-editor').selectBlock(embed.clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    await waitFor(page, 'the preview to be the live element', () => document.querySelector('.wp-block-lp-schoten-embed lp-mission')?.hasUpdated);
    const panel = await page.$eval('.block-editor-block-inspector', (inspector) => inspector.textContent);
    for (const words of ['Missie, visie en waarden van Lokale Politie Schoten', 'Tekst en uitzicht', 'Taal', 'De tekst is in de taal van de site', 'Uitzicht', 'Titel']) {
      assert.ok(panel.includes(words), `the settings panel does not say "${words}":\n${panel}`);
    }
    const language = await page.$$eval('.block-editor-block-inspector label', (labels) => labels.find((label) => label.textContent === 'Taal').htmlFor);
    await page.select(`[id="${language}"]`, 'fr');
    const french = words((await textsIn('fr'))['lp-mission'][0]);
    await waitFor(page, 'the preview in French', (heading) => {
      const preview = document.querySelector('.wp-block-lp-schoten-embed lp-mission[lang="fr"]');
      return preview?.hasUpdated && preview.shadowRoot.textContent.replaceAll('\u00AD', '').replace(/\s+/g, ' ').includes(heading);
    }, french).catch(async (error) => {
      const preview = await page.$eval('.wp-block-lp-schoten-embed', (wrapper) => `${wrapper.querySelector('.lp-schoten-note')?.textContent} | ${wrapper.querySelector('lp-mission')?.shadowRoot?.textContent.slice(-300)}`);
      throw new Error(`${error.message}; the preview: ${preview}`);
    });
    assert.equal(await page.evaluate(() => document.querySelector('.wp-block-lp-schoten-embed .lp-schoten-note')?.textContent), undefined, 'the preview has a note about wrong settings');
    await page.evaluate(() => window.wp.data.dispatch('core/editor').savePost());
    await waitFor(page, 'the post to be saved', () => !window.wp.data.select('core/editor').isSavingPost() && !window.wp.data.select('core/editor').isEditedPostDirty());
    const id = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
    const {content} = await rest(author, `/wp/v2/posts/${id}&context=edit`);
    assert.equal(content.raw.trim(), '<!-- wp:lp-schoten/embed {"element":"lp-mission","lang":"fr"} /-->');
    await page.close();
  });

  // An author (no unfiltered_html) and an editor (unfiltered_html, on a single site) paste the whole text
  // into a Custom HTML block: the light form, and the prerendered snippet.
  const pasted = {
    light: readFileSync(new URL('dist/snippets/light/lp-mission-vision-values.nl.plain.html', project), 'utf8').trim(),
    prerendered: readFileSync(new URL('dist/snippets/lp-mission-vision-values.nl.plain.html', project), 'utf8').trim(),
  };
  const kept = [];
  for (const [role, user] of Object.entries({author, editor})) {
    for (const [form, snippet] of Object.entries(pasted)) {
      const post = await publish(user, `Geplakt: ${form}, ${role}`, `<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`);
      const {content} = await rest(user, `/wp/v2/posts/${post.id}&context=edit`);
      const stored = {
        tag: content.raw.includes('<lp-mission-vision-values'),
        lang: /<lp-mission-vision-values[^>]* lang="nl"/.test(content.raw),
        template: content.raw.includes('<template'),
        style: content.raw.includes('<style'),
      };
      const {page} = await visit(post.link, {javaScript: false});
      const firstPaint = await page.evaluate(shownInPost);
      const headings = await outline(page);
      await page.close();
      const live = await visit(post.link, {javaScript: true});
      // The element takes over if the tag is kept and the plugin put its script on the page.
      if (stored.tag) await waitFor(live.page, 'the element to take over', () => document.querySelector('lp-mission-vision-values')?.hasUpdated).catch(() => {});
      const shown = await live.page.evaluate(shownInPost);
      await live.page.close();
      const text = words(firstPaint.text);
      const result = {
        role,
        form,
        stored,
        wordForWord: dutch['lp-mission-vision-values'].every((block) => text.includes(words(block))),
        cssAsText: /:host|\{/.test(firstPaint.painted),
        outline: [`h2 ${title}`, `h3 ${missionHeading}`, `h3 ${visionHeading}`, `h3 ${valuesHeading}`].every((heading) => headings.includes(heading)),
        live: shown.elements.length === 1 && shown.elements[0].live,
        missionShown: words(shown.painted).split(words(mission)).length - 1,
      };
      kept.push(result);
      if (form === 'light') {
        await check(`the light form pasted by an ${role}: the text word for word at first paint, at its heading levels, no CSS as text`, () => {
          assert.ok(result.wordForWord, `the text is not all there: ${words(firstPaint.text).slice(0, 200)}`);
          assert.ok(result.outline, `the headings: ${headings.join(' | ')}`);
          assert.equal(result.cssAsText, false);
        });
      }
      if (role === 'editor') {
        await check(`the ${form} form pasted by an editor: kept whole, then the live element in Dutch, its text shown once`, () => {
          assert.deepEqual(stored, {tag: true, lang: true, template: form === 'prerendered', style: form === 'prerendered'});
          assert.ok(result.wordForWord);
          assert.ok(result.live, 'the element did not take over');
          assert.equal(result.missionShown, 1, 'the mission is not shown exactly once');
        });
      }
    }
  }
  await check('the plugin leaves no PHP notice, warning or error in the debug log', () => {
    const log = existsSync(site.log) ? readFileSync(site.log, 'utf8') : '';
    assert.deepEqual(log.split('\n').filter((line) => line.includes('lp-schoten')), []);
  });
  console.log('\nWhat a Custom HTML block keeps, by role (stored: what the post keeps; then what a visitor gets):');
  for (const {role, form, stored, wordForWord, cssAsText, outline: headings, live} of kept) {
    const storedParts = Object.entries(stored).filter(([, present]) => present).map(([part]) => part);
    console.log(
      `  ${role}, ${form}: stored keeps ${storedParts.join(', ') || 'none of tag, lang, template, style'}; without JavaScript the text is ${wordForWord ? 'all there' : 'NOT all there'}, headings ${headings ? 'kept' : 'lost'}, ${cssAsText ? 'CSS SHOWN AS TEXT' : 'no CSS as text'}; with JavaScript ${live ? 'the live element' : 'no element'}`,
    );
  }
} catch (error) {
  failed++;
  console.log(`✗ the WordPress test could not go on: ${error.stack}${error.cause ? `\n  because: ${error.cause.stack ?? error.cause}` : ''}`);
} finally {
  await browser?.close();
  await site?.stop();
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s, servers stopped)`);
  console.log(`WordPress: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
