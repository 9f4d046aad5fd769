import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';

// Debian's browsers: nothing here downloads a browser of its own.
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

export const typescript = esbuildPlugin({
  ts: true,
  target: 'es2022',
  tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
});

// MODE=dev runs the tests against Lit's development build, with its extra warnings.
const mode = process.env.MODE === 'dev' ? 'development' : 'production';

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: {exportConditions: [mode]},
  plugins: [typescript],
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {browser: 'chrome', executablePath: chromiumPath, headless: true, args: chromiumArgs},
    }),
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {browser: 'firefox', executablePath: firefoxPath, headless: true},
    }),
  ],
  // The page of every test file declares its language, as a partner page does.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8"><title>lp-schoten elements test</title></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  testFramework: {config: {timeout: 10000}},
};
