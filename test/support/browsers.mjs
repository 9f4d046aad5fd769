/** Debian's browsers, as the test runner, the suites and the benchmark launch them: nothing downloads one of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Chromium runs as root here, and must not reach for hosts outside this machine.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// WebKitGTK, Safari's engine as Debian ships it: its WebDriver, the small browser that driver starts, and the
// X server that browser needs (WebKitGTK has no headless mode).
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfbPath = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';
