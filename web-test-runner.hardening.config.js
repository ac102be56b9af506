// The hardening suite's browser tests: the main config, on test/hardening only, plus a
// server command through which each test file appends its figures for the summary.
import {appendFileSync, mkdirSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import base from './web-test-runner.config.js';

const RESULTS_FILE = 'tmp/hardening/results.jsonl';

/** `executeServerCommand('hardening-report', figures)` appends one line of figures. */
const reportPlugin = {
  name: 'hardening-report',
  executeCommand({command, payload}) {
    if (command !== 'hardening-report') return undefined;
    mkdirSync('tmp/hardening', {recursive: true});
    appendFileSync(RESULTS_FILE, JSON.stringify(payload) + '\n');
    return true;
  },
};

// Extra faults for the hardening suite. Their paths have no file extension, so the test
// runner does not mark them cacheable and every request reaches them.
// /__hardening/truncated: the sample feed cut short
// /__hardening/plain/<feed>: a feed served as text/plain
// /__hardening/flaky/<n>/<key>/<feed>: 500 for the first n requests of that path, then the feed
// /__hardening/slow/<ms>/<key>/<feed>: the feed after a delay
// where <feed> is `sample` (examples/feeds/local-actions.json) or `rejected` (a fixture).
const FEEDS = {sample: 'examples/feeds/local-actions.json', rejected: 'test/elements/fixtures/rejected-items.json'};
const flakyCounts = new Map();

function sendFeed(ctx, name, type = 'application/feed+json') {
  ctx.type = type;
  return readFile(FEEDS[name], 'utf8').then((text) => (ctx.body = text));
}

async function hardeningFaults(ctx, next) {
  const [prefix, kind, ...rest] = ctx.path.split('/').slice(1);
  if (prefix !== '__hardening') return next();
  ctx.set('cache-control', 'no-store');
  if (kind === 'truncated') {
    ctx.type = 'application/feed+json';
    ctx.body = (await readFile(FEEDS.sample, 'utf8')).slice(0, 900);
  } else if (kind === 'plain') {
    await sendFeed(ctx, rest[0], 'text/plain');
  } else if (kind === 'flaky') {
    const seen = (flakyCounts.get(ctx.path) ?? 0) + 1;
    flakyCounts.set(ctx.path, seen);
    if (seen > Number(rest[0])) return sendFeed(ctx, rest[2]);
    ctx.status = 500;
    ctx.body = 'failure on purpose';
  } else if (kind === 'slow') {
    await new Promise((done) => setTimeout(done, Number(rest[0])));
    await sendFeed(ctx, rest[2]);
  } else {
    ctx.status = 404;
  }
}

export default {
  ...base,
  files: ['test/hardening/**/*.browser.test.ts'],
  middleware: [...base.middleware, hardeningFaults],
  plugins: [...base.plugins, reportPlugin],
  testFramework: {config: {timeout: 60000}},
};
