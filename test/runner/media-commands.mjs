import {inflateSync} from 'node:zlib';

/**
 * Commands for the tests of colour schemes and print, in the browser:
 *
 * - `emulate-system` sets the visitor's system colour scheme and forced colours (`{colorScheme, forcedColors}`),
 *   and with `print: true` lays the page out for paper, through Chromium's DevTools protocol, and answers
 *   whether it could. Firefox over WebDriver BiDi and WebKit over WebDriver classic cannot emulate them:
 *   they answer false, and run the tests of one system setting per launch (see launchers.mjs).
 * - `printed-text-colours` prints the test page to PDF, as a browser prints it for paper, and answers the
 *   colour of every run of text in it: what the reader of the paper sees, in Chromium and Firefox (WebKit's
 *   WebDriver has no command to print).
 */
export function mediaCommands() {
  // One DevTools session per page, kept open: Chromium drops a session's emulation when it detaches.
  const sessions = new WeakMap();
  return {
    name: 'lp-media-commands',
    async executeCommand({command, session, payload}) {
      const page = () => session.browser.getPage(session.id);
      if (command === 'emulate-system') {
        if (session.browser.type !== 'puppeteer') return false; // WebKit, over WebDriver classic
        if (!sessions.has(page())) sessions.set(page(), await page().createCDPSession().catch(() => undefined));
        const client = sessions.get(page());
        if (!client) return false; // Firefox, over WebDriver BiDi
        await client.send('Emulation.setEmulatedMedia', {
          media: payload.print ? 'print' : '',
          features: [
            {name: 'prefers-color-scheme', value: payload.colorScheme ?? ''},
            {name: 'forced-colors', value: payload.forcedColors ? 'active' : ''},
          ],
        });
        return true;
      }
      if (command === 'printed-text-colours') return printedTextColours(Buffer.from(await page().pdf()));
      return undefined;
    },
  };
}

/**
 * The fill colour (`r g b`, 0-1) of each text-showing operator in the page contents of `pdf`. Chromium and
 * Firefox both write text colour with the `rg` operator; gray (`g`) is read too.
 */
function printedTextColours(pdf) {
  const text = pdf.toString('latin1');
  const colours = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    let contents;
    try {
      contents = inflateSync(pdf.subarray(start, text.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue; // an uncompressed or non-content stream (fonts, images)
    }
    let fill = [0, 0, 0];
    for (const [, operands, operator] of contents.matchAll(/(?<![\w/])((?:-?[\d.]+\s+)*)(rg|g|Tj|TJ)(?=\s|$)/g)) {
      const numbers = operands.trim().split(/\s+/).filter(Boolean).map(Number);
      if (operator === 'rg' && numbers.length >= 3) fill = numbers.slice(-3);
      else if (operator === 'g' && numbers.length >= 1) fill = [numbers.at(-1), numbers.at(-1), numbers.at(-1)];
      else if (operator === 'Tj' || operator === 'TJ') colours.push(fill);
    }
  }
  return colours;
}
