/**
 * The privacy guard, over every test page in both browsers: each request a page makes is recorded, and
 * the run fails if one leaves the test server or carries a cookie, so that no element reaches beyond the
 * page it is embedded in without a test noticing. `network-requests` (test-commands.mjs) gives a test the
 * requests of its own page since it last asked.
 */
const requestsOutside = new Set();
const cookiesSent = new Set();
export const pageRequests = new WeakMap();
let requestCount = 0;
const onTestServer = (url) => /^(https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:|about:)/.test(url);

export async function recordingRequests({context}) {
  const page = await context.newPage();
  pageRequests.set(page, []);
  page.on('request', (request) => {
    requestCount++;
    const url = request.url();
    pageRequests.get(page).push(url);
    if (!onTestServer(url)) requestsOutside.add(url);
  });
  return page;
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
