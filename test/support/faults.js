// Feeds that misbehave on purpose, for every test server: the browser tests' and the
// hardening suite's (web-test-runner middleware) and the Node tests' (test/support/
// fault-server.ts). Paths have no file extension, so the test runner never marks them
// cacheable and every request reaches them.
//
// /__fault/status/<code>              that status, with a text body
// /__fault/html                       a web page served with 200
// /__fault/truncated                  the sample feed cut short
// /__fault/delay/<ms>?file=<path>     a file of the repository after a delay
// /__fault/slow/<ms>/<key>/<feed>     a feed after a delay (<key> makes a distinct address)
// /__fault/plain/<feed>               a feed served as text/plain
// /__fault/flaky/<n>/<key>/<feed>     500 for the first n requests of that path, then the feed
// where <feed> is `sample` (examples/feeds/local-actions.json) or `rejected` (a fixture).
import {readFile} from 'node:fs/promises';

export const FEEDS = {
  sample: 'examples/feeds/local-actions.json',
  rejected: 'test/elements/fixtures/rejected-items.json',
};

const FEED_TYPE = 'application/feed+json';
const flakyCounts = new Map();

/**
 * @typedef {{status: number, type: string, body: string}} Answer
 */

/** Waits `ms`, or less when `signal` aborts (the client left): no timer outlives a test server. */
function pause(ms, signal) {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), done()), {once: true});
  });
}

/** @returns {Promise<Answer>} */
async function file(path, type = FEED_TYPE) {
  const relative = String(path).replace(/^\/+/, '');
  if (relative.includes('..')) return {status: 404, type: 'text/plain', body: 'not here'};
  return {status: 200, type, body: await readFile(relative, 'utf8')};
}

const feed = (name, type) => (Object.hasOwn(FEEDS, name) ? file(FEEDS[name], type) : file('/no-such-feed'));

/**
 * What a fault path answers, or undefined for a path that is no fault.
 * @param {string} path
 * @param {URLSearchParams} params
 * @param {AbortSignal} [signal] aborts the delays when the client leaves
 * @returns {Promise<Answer | undefined>}
 */
export async function faultAnswer(path, params, signal) {
  const [prefix, kind, ...rest] = path.split('/').slice(1);
  if (prefix !== '__fault') return undefined;
  switch (kind) {
    case 'status':
      return {status: Number(rest[0]), type: 'text/plain', body: 'failure on purpose'};
    case 'html':
      return {status: 200, type: 'text/html', body: '<!doctype html><title>Oops</title><p>This is a web page.</p>'};
    case 'truncated': {
      const sample = await feed('sample');
      return {...sample, body: sample.body.slice(0, 900)};
    }
    case 'delay':
      await pause(Number(rest[0]), signal);
      return file(params.get('file'));
    case 'slow':
      await pause(Number(rest[0]), signal);
      return feed(rest[2]);
    case 'plain':
      return feed(rest[0], 'text/plain');
    case 'flaky': {
      const seen = (flakyCounts.get(path) ?? 0) + 1;
      flakyCounts.set(path, seen);
      return seen > Number(rest[0]) ? feed(rest[2]) : {status: 500, type: 'text/plain', body: 'failure on purpose'};
    }
    default:
      return {status: 404, type: 'text/plain', body: 'no such fault'};
  }
}

/** The faults as web-test-runner (koa) middleware. */
export async function faultMiddleware(ctx, next) {
  const answer = await faultAnswer(ctx.path, new URLSearchParams(ctx.querystring));
  if (!answer) return next();
  ctx.set('cache-control', 'no-store');
  ctx.status = answer.status;
  ctx.type = answer.type;
  ctx.body = answer.body;
}
