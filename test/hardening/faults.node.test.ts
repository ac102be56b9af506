// Network faults against loadFeed: each fault ends in the right result or a clear
// FeedError, retries only transient failures, hangs on nothing, leaves no unhandled
// rejection, and never loses a good copy it already had.
import {after, before, beforeEach, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {FeedError} from '../../src/feed/errors.js';
import type {FeedErrorCode} from '../../src/feed/errors.js';
import {clearFeedCache, loadFeed} from '../../src/feed/load/load.js';
import type {FeedLoad, LoadOptions} from '../../src/feed/load/load.js';
import {hold, refusedUrl, send, startFaultServer} from '../support/fault-server.js';
import {VERSION, pledgeFeed, pledgeItem} from '../support/pledges.js';
import type {FaultServer, Route} from '../support/fault-server.js';
import {report} from './report.js';

const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));

const GOOD = pledgeFeed(['a', 'b', 'c']);
const fast: LoadOptions = {retries: 2, retryDelay: 1, maxRetryDelay: 5, timeout: 300};

let server: FaultServer;
let faults = 0;

before(async () => {
  server = await startFaultServer();
});

after(async () => {
  await server.close();
  await new Promise((done) => setImmediate(done));
  report({name: 'network faults (loader)', faults, violations: unhandled.length});
  assert.deepEqual(unhandled, [], 'no rejection may go unhandled');
});

beforeEach(() => clearFeedCache());

/** A path segment from a test name. */
const slug = (name: string) => name.replace(/[^a-z0-9]+/gi, '-');

type Outcome = {load: FeedLoad} | {error: FeedError};

async function outcome(promise: Promise<FeedLoad>): Promise<Outcome> {
  try {
    return {load: await promise};
  } catch (error) {
    assert.ok(error instanceof FeedError, `expected a FeedError, got ${String(error)}`);
    assert.ok(error.message.length > 20, 'the message explains the failure');
    return {error};
  }
}

interface Fault {
  name: string;
  route: Route;
  /** The error code expected, or 'ok' for a load with these pledge ids. */
  expect: FeedErrorCode | string[];
  /** Requests the loader should make: 1 when it must not retry, 3 (1 + retries) when it must. */
  requests: number;
}

const FAULTS: Fault[] = [
  {
    name: '500 then recovery',
    route: (_, res, n) => (n < 3 ? send(res, 'oops', 500) : send(res, GOOD)),
    expect: ['a', 'b', 'c'],
    requests: 3,
  },
  {name: '500 for good', route: (_, res) => send(res, 'oops', 500), expect: 'http', requests: 3},
  // Asked to wait longer than the longest wait (a few ms here): not asked again.
  {
    name: '503 with Retry-After',
    route: (_, res) => send(res, 'busy', 503, {'retry-after': '1'}),
    expect: 'http',
    requests: 1,
  },
  {
    name: '404',
    route: (_, res) => send(res, 'missing', 404, {'content-type': 'text/plain'}),
    expect: 'http',
    requests: 1,
  },
  {name: '403', route: (_, res) => send(res, 'forbidden', 403), expect: 'http', requests: 1},
  {name: 'timeout (silent server)', route: hold, expect: 'timeout', requests: 3},
  {
    name: 'headers then silence',
    route: (_, res) => res.writeHead(200, {'content-type': 'application/feed+json'}),
    expect: 'timeout',
    requests: 3,
  },
  {
    name: 'connection cut mid-body',
    route: (_, res) => (res.write(JSON.stringify(GOOD).slice(0, 40)), res.destroy()),
    expect: 'network',
    requests: 3,
  },
  {
    name: 'truncated JSON',
    route: (_, res) => send(res, JSON.stringify(GOOD).slice(0, -20)),
    expect: 'not-json',
    requests: 1,
  },
  {name: 'empty body', route: (_, res) => send(res, ''), expect: 'not-json', requests: 1},
  {
    name: 'HTML page with 200',
    route: (_, res) => send(res, '<!doctype html><title>Oops</title><p>Hi', 200, {'content-type': 'text/html'}),
    expect: 'not-json',
    requests: 1,
  },
  {
    name: 'HTML page labelled as JSON',
    route: (_, res) => send(res, '<html><body>Error</body></html>'),
    expect: 'not-json',
    requests: 1,
  },
  {
    name: 'feed served as text/plain',
    route: (_, res) => send(res, GOOD, 200, {'content-type': 'text/plain'}),
    expect: ['a', 'b', 'c'],
    requests: 1,
  },
  {
    name: 'feed served as application/octet-stream',
    route: (_, res) => send(res, GOOD, 200, {'content-type': 'application/octet-stream'}),
    expect: ['a', 'b', 'c'],
    requests: 1,
  },
  {
    name: 'feed with a byte-order mark',
    route: (_, res) => send(res, '\ufeff' + JSON.stringify(GOOD)),
    expect: ['a', 'b', 'c'],
    requests: 1,
  },
  {name: 'JSON that is not a feed', route: (_, res) => send(res, {hello: 'world'}), expect: 'not-a-feed', requests: 1},
  {name: 'JSON null', route: (_, res) => send(res, 'null'), expect: 'not-a-feed', requests: 1},
  {
    name: 'a feed with items as an object',
    route: (_, res) => send(res, {version: VERSION, items: {a: 1}}),
    expect: 'not-a-feed',
    requests: 1,
  },
  {
    name: 'invalid UTF-8 in a title',
    route: (_, res) => {
      const body = Buffer.concat([
        Buffer.from(JSON.stringify(GOOD).replace('Pledge a', 'Pledge \u0001')),
        Buffer.from([]),
      ]);
      const bytes = Buffer.from(body.toString().replace('\u0001', 'XX'));
      bytes[bytes.indexOf('XX')] = 0xff;
      res.writeHead(200, {'content-type': 'application/feed+json'});
      res.end(bytes);
    },
    expect: ['a', 'b', 'c'],
    requests: 1,
  },
  {
    name: 'deeply nested junk in an item',
    route: (_, res) => {
      const deep = '['.repeat(5000) + ']'.repeat(5000);
      send(res, JSON.stringify(GOOD).replace('"items":[', `"items":[${deep},{"id":"x","title":${deep}},`));
    },
    expect: ['a', 'b', 'c'],
    requests: 1,
  },
  {
    name: 'next_url loop through three pages',
    route: (req, res) => {
      const page = Number(new URL(req.url!, 'http://x').searchParams.get('p') ?? '0');
      const base = server.url(`/fault/${slug('next_url loop through three pages')}`);
      send(res, pledgeFeed([`p${page}`], {next_url: page === 2 ? base : `${base}?p=${page + 1}`}));
    },
    expect: ['p0', 'p1', 'p2'],
    requests: 3,
  },
];

describe('loadFeed against network faults', () => {
  for (const fault of FAULTS) {
    it(`${fault.name}: ${Array.isArray(fault.expect) ? 'loads' : `fails with "${fault.expect}"`} after ${fault.requests} request(s)`, async () => {
      const path = `/fault/${slug(fault.name)}`;
      server.route(path, fault.route);
      const result = await outcome(loadFeed(server.url(path), fast));
      if (Array.isArray(fault.expect)) {
        assert.ok('load' in result, 'error' in result ? result.error.message : '');
        assert.deepEqual(
          result.load.pledges.map((p) => p.id),
          fault.expect,
        );
        assert.equal(result.load.stale, false);
      } else {
        assert.ok('error' in result, 'the fault was not reported');
        assert.equal(result.error.code, fault.expect, result.error.message);
      }
      assert.equal(server.requests(path).length, fault.requests, 'requests made');
      faults += 1;
    });
  }

  it('connection refused: a network error, retried', async () => {
    const result = await outcome(loadFeed(await refusedUrl('/feed.json'), fast));
    assert.ok('error' in result && result.error.code === 'network');
    faults += 1;
  });

  it('a 50 MB feed loads (or fails clearly) without hanging', {timeout: 60_000}, async () => {
    const pledges = 40_000;
    const padding = 'x'.repeat(1200);
    const big = JSON.stringify({
      version: VERSION,
      title: 'Big',
      items: Array.from({length: pledges}, (_, i) => ({...pledgeItem(`big-${i}`), content_text: `${i} ${padding}`})),
    });
    assert.ok(big.length > 50_000_000, `only ${big.length} bytes`);
    server.route('/big.json', (_, res) => send(res, big));
    const result = await outcome(loadFeed(server.url('/big.json'), {...fast, timeout: 30_000}));
    if ('load' in result) assert.equal(result.load.pledges.length, pledges);
    else assert.match(result.error.message, /big\.json/);
    faults += 1;
  });

  describe('with a good copy already loaded', () => {
    const STALE_FAULTS: [string, Route, boolean][] = [
      ['refused after a good load', (_, res) => res.destroy(), true],
      ['silent after a good load', hold, true],
      ['500 after a good load', (_, res) => send(res, 'oops', 500), true],
      [
        '429 with a long Retry-After after a good load',
        (_, res) => send(res, 'slow down', 429, {'retry-after': '3600'}),
        true,
      ],
      ['404 after a good load', (_, res) => send(res, 'gone', 404), false],
      ['truncated after a good load', (_, res) => send(res, '{"version":'), false],
    ];
    for (const [name, route, keeps] of STALE_FAULTS) {
      it(`${name}: ${keeps ? 'keeps every pledge it had, marked stale' : 'reports the fault instead of an outdated copy'}`, async () => {
        const path = `/stale/${slug(name)}`;
        server.route(path, (_, res) => send(res, GOOD));
        const first = await loadFeed(server.url(path), fast);
        server.route(path, route);
        const result = await outcome(loadFeed(server.url(path), fast));
        if (keeps) {
          assert.ok('load' in result);
          assert.equal(result.load.stale, true);
          assert.ok(result.load.error instanceof FeedError);
          assert.deepEqual(result.load.pledges, first.pledges);
        } else {
          assert.ok('error' in result);
        }
        faults += 1;
      });
    }
  });

  it('many callers of a failing feed all get the error, from one request chain', async () => {
    server.route('/shared-fail', (_, res) => send(res, 'oops', 500));
    const results = await Promise.all(
      Array.from({length: 50}, () => outcome(loadFeed(server.url('/shared-fail'), fast))),
    );
    assert.ok(results.every((r) => 'error' in r && r.error.code === 'http'));
    assert.equal(server.requests('/shared-fail').length, 3);
    faults += 1;
  });

  it('callers who abort while the server is silent get their abort, the rest keep waiting', async () => {
    let answer: (() => void) | undefined;
    server.route('/late', (_, res) => void (answer = () => send(res, GOOD)));
    const controllers = Array.from({length: 10}, () => new AbortController());
    const loads = controllers.map((c) =>
      loadFeed(server.url('/late'), {...fast, timeout: 5000, signal: c.signal}).then(
        (load) => load.pledges.length,
        (error: unknown) => (error as Error).name,
      ),
    );
    const keeper = loadFeed(server.url('/late'), {...fast, timeout: 5000});
    while (answer === undefined) await new Promise((done) => setTimeout(done, 5));
    for (const c of controllers) c.abort();
    answer();
    assert.deepEqual(await Promise.all(loads), Array(10).fill('AbortError'));
    assert.equal((await keeper).pledges.length, 3);
    assert.equal(server.requests('/late').length, 1);
    faults += 1;
  });
});
