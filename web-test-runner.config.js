// Browser tests: the elements in real headless Chromium (the one scripts/find-chrome.js finds).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {CHROME_FLAGS, findChrome} from './scripts/find-chrome.js';
import {faultMiddleware} from './test/support/faults.js';

export default {
  files: ['test/elements/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: {exportConditions: ['browser', 'development']},
  // Feeds that misbehave on purpose, under /__fault/ (see test/support/faults.js).
  middleware: [faultMiddleware],
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [
          ...CHROME_FLAGS,
          // Test pages share one browser; keep the ones in the background running at full speed.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // One page at a time: layout and focus checks are only reliable in the foreground page.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
};
