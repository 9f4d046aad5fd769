import {createServer, request as forward} from 'node:http';
import {connect} from 'node:net';
import {once} from 'node:events';
import {pipeline} from 'node:stream';

/**
 * The privacy guard, over every test page in every browser: each request a page makes is recorded, and
 * the run fails if one leaves the test server or carries a cookie, so that no element reaches beyond the
 * page it is embedded in without a test noticing. `network-requests` (test-commands.mjs) gives a test the
 * requests of its own page since it last asked. Chromium and Firefox report requests to their driver;
 * WebKit's WebDriver does not, so WebKit is sent through a recording proxy instead.
 */
const requestsOutside = new Set();
const cookiesSent = new Set();
// By page: a Puppeteer page, or for WebKit (one page at a time) its launcher.
export const pageRequests = new WeakMap();
let requestCount = 0;
const localHost = /^(localhost|127\.0\.0\.1)$/;
const onTestServer = (url) => /^(https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:|about:)/.test(url);

function record(page, url) {
  requestCount++;
  if (!pageRequests.has(page)) pageRequests.set(page, []);
  pageRequests.get(page).push(url);
  if (!onTestServer(url)) requestsOutside.add(url);
}

export async function recordingRequests({context}) {
  const page = await context.newPage();
  pageRequests.set(page, []);
  page.on('request', (request) => record(page, request.url()));
  return page;
}

/**
 * The address a request to the proxy names, or undefined for one that names none (`GET /status`: not a
 * browser using the proxy, but something that found its port), which is answered with 400 and not recorded.
 */
const proxied = (request) => (URL.canParse(request.url) ? new URL(request.url) : undefined);

/**
 * An HTTP proxy on a port the system chooses, that records every request as `page`'s and passes it on to
 * the test server. A request for any other host is recorded and refused: it never leaves this machine.
 * Web sockets (the test runner's own) and tunnels are opened to this machine only.
 */
export async function recordingProxy(page) {
  const proxy = createServer((request, response) => {
    const url = proxied(request);
    if (!url) return response.writeHead(400).end();
    record(page, request.url);
    if (!localHost.test(url.hostname)) return response.writeHead(403).end();
    const passed = forward(url, {method: request.method, headers: request.headers}, (answer) => {
      // Kept out of WebKit's cache, so that every load of a page is a request here, as every load of a page
      // is an event to Chromium's and Firefox's drivers.
      response.writeHead(answer.statusCode, {...answer.headers, 'cache-control': 'no-store'});
      pipeline(answer, response, () => {});
    });
    passed.on('error', () => response.destroy());
    // A request cut off as WebKit closes (the end of a test file, a restart) ends both sides, quietly.
    pipeline(request, passed, () => {});
  });
  proxy.on('upgrade', (request, socket, head) => {
    const url = proxied(request);
    if (!url) return socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    if (!localHost.test(url.hostname)) {
      record(page, request.url);
      return socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    }
    const server = connect(Number(url.port), url.hostname, () => {
      const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${value}\r\n`);
      server.write(`${request.method} ${url.pathname}${url.search} HTTP/1.1\r\n${headers.join('')}\r\n`);
      server.write(head);
      server.pipe(socket).pipe(server);
    });
    server.on('error', () => socket.destroy());
    socket.on('error', () => server.destroy());
  });
  proxy.on('connect', (request, socket, head) => {
    const [host, port] = request.url.split(':');
    if (!localHost.test(host)) {
      record(page, `https://${request.url}/`);
      return socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    }
    const tunnel = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      tunnel.write(head);
      tunnel.pipe(socket).pipe(tunnel);
    });
    tunnel.on('error', () => socket.destroy());
    socket.on('error', () => tunnel.destroy());
  });
  // WebKit speaks TLS to the proxy it is given for https, and names the host only inside it. The test server
  // serves http: every such connection is for another host, and refused.
  proxy.on('clientError', (error, socket) => {
    if (error.rawPacket?.[0] === 0x16) record(page, 'https://(a host WebKit names only inside TLS)/');
    socket.destroy();
  });
  proxy.listen(0, '127.0.0.1');
  await once(proxy, 'listening');
  return proxy;
}

export async function noCookiesReceived(context, next) {
  const cookie = context.get('cookie');
  if (cookie) cookiesSent.add(`${cookie} (sent with ${context.path})`);
  return next();
}

export const privacyBreached = () => requestsOutside.size > 0 || cookiesSent.size > 0;
export function privacyLine() {
  if (!privacyBreached()) return `Privacy: ${requestCount} requests from the test pages, none outside the test server, no cookie.`;
  return [
    'Privacy: FAILED',
    ...[...requestsOutside].map((url) => `  request outside the test server: ${url}`),
    ...[...cookiesSent].map((cookie) => `  cookie: ${cookie}`),
  ].join('\n');
}
