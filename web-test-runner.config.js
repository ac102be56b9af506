// Browser tests: the elements in real headless Chromium, Firefox and WebKit
// (test/support/browsers.js; PLEDGEKIT_BROWSERS or `npm run test:browser -- --browsers` picks some).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {browserLaunchers, engineCommandsPlugin} from './test/support/browsers.js';
import {faultMiddleware} from './test/support/faults.js';

export default {
  files: ['test/elements/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: {exportConditions: ['browser', 'development']},
  // Feeds that misbehave on purpose, under /__fault/ (see test/support/faults.js).
  middleware: [faultMiddleware],
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'}), engineCommandsPlugin()],
  browsers: browserLaunchers(),
  // One page at a time: layout and focus checks are only reliable in the foreground page.
  concurrency: 1,
  concurrentBrowsers: 3,
  testFramework: {config: {timeout: 10000}},
};
