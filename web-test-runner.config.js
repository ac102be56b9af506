// Browser tests: the elements in real headless Chromium (the one scripts/find-chrome.js finds).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {readFile} from 'node:fs/promises';
import {CHROME_FLAGS, findChrome} from './scripts/find-chrome.js';

// Feeds that misbehave on purpose, for the elements' error, slow and offline states:
// /__fault/status/503, /__fault/html, /__fault/delay/400?file=/examples/feeds/local-actions.json
// (no file extension in the path: the test runner marks such paths cacheable for a year,
// and a cached "slow" feed would no longer be slow).
async function faults(ctx, next) {
  const [, kind, arg] = ctx.path.split('/').slice(1);
  if (ctx.path.split('/')[1] !== '__fault') return next();
  if (kind === 'status') {
    ctx.status = Number(arg);
    ctx.body = 'failure on purpose';
  } else if (kind === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Oops</title><p>This is a web page.</p>';
  } else if (kind === 'delay') {
    await new Promise((done) => setTimeout(done, Number(arg)));
    ctx.type = 'application/feed+json';
    const file = String(ctx.query.file).replace(/^\/+/, '');
    if (file.includes('..')) return void (ctx.status = 404);
    ctx.body = await readFile(file, 'utf8');
  } else {
    ctx.status = 404;
  }
}

export default {
  files: ['test/elements/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: {exportConditions: ['browser', 'development']},
  middleware: [faults],
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
