/**
 * What the consumer tests, the Storybook check and the benchmark share: Debian's Chromium driven by
 * puppeteer-core, a small static server on 127.0.0.1, and a record of what went wrong in a page.
 */
import http from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath} from './browsers.mjs';

export const launchChromium = () => puppeteer.launch({executablePath: chromiumPath, headless: true, args: chromiumArgs});

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `pages` (a Map from path to `{body, type?, headers?, delay?}`, which may grow while the server runs;
 * `delay` holds the answer back that many milliseconds, as a slow network or server would) and
 * the `folders` (URL prefix to folder). Every response allows any origin, as a CDN does for scripts.
 */
export async function serve({folders = {}, pages = new Map()} = {}) {
  const server = http.createServer(async (request, response) => {
    const {pathname} = new URL(request.url, 'http://localhost');
    const headers = {'access-control-allow-origin': '*', 'cache-control': 'no-store'};
    if (pathname === '/favicon.ico') return response.writeHead(204, headers).end();
    const page = pages.get(pathname);
    if (page) {
      if (page.delay) await new Promise((later) => setTimeout(later, page.delay));
      response.writeHead(200, {...headers, 'content-type': page.type ?? contentTypes['.html'], ...page.headers});
      return response.end(page.body);
    }
    const prefix = Object.keys(folders).find((candidate) => pathname.startsWith(candidate));
    const relative = prefix && normalize(decodeURIComponent(pathname.slice(prefix.length)));
    try {
      if (!relative || relative.startsWith('..')) throw new Error('outside the served folders');
      const body = await readFile(join(folders[prefix], relative));
      response.writeHead(200, {...headers, 'content-type': contentTypes[extname(relative)] ?? 'application/octet-stream'});
      response.end(body);
    } catch {
      response.writeHead(404, headers).end('Not found');
    }
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    pages,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** Records a page's warnings, errors (console, uncaught, failed requests) and requested URLs. */
export function watch(page) {
  const record = {warnings: [], errors: [], requests: []};
  page.on('console', (message) => {
    // Console API calls report 'warn'; the browser's own log entries report 'warning'.
    if (['warn', 'warning'].includes(message.type())) record.warnings.push(message.text());
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => record.errors.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => response.status() >= 400 && record.errors.push(`HTTP ${response.status()}: ${response.url()}`));
  page.on('request', (request) => record.requests.push(request.url()));
  return record;
}

const pause = (milliseconds) => new Promise((resume) => setTimeout(resume, milliseconds));

/**
 * Polls `check` in the page until it returns something truthy. Polled from Node rather than with
 * `page.waitForFunction`, which pages with a strict Content Security Policy may refuse to run.
 */
export async function waitFor(page, what, check, ...args) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const result = await page.evaluate(check, ...args);
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(50);
  }
}

/** In the page: whether each tag's shadow root shows each of its texts (`{tag: [text, ...]}`). */
export const showsTexts = (expected) =>
  Object.entries(expected).every(([tag, texts]) => {
    const shown = (document.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
    return texts.every((text) => shown.includes(text));
  });
