import {after, before, beforeEach, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {ServerResponse} from 'node:http';
import {FeedError} from '../../../src/feed/errors.js';
import type {FeedErrorCode} from '../../../src/feed/errors.js';
import {cachedFeed, clearFeedCache, loadFeed} from '../../../src/feed/load/load.js';
import type {LoadOptions} from '../../../src/feed/load/load.js';
import {hold, refusedUrl, send, startFaultServer} from '../../support/fault-server.js';
import {MemoryStorage, withStorage as withCleanStorage} from '../../support/memory-storage.js';
import {pledgeFeed, pledgeItem} from '../../support/pledges.js';
import type {FaultServer} from '../../support/fault-server.js';

// Any rejection nobody handles, from any test, fails the file at the end.
const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));

// Tiny delays and a short timeout keep the suite fast.
const fast: LoadOptions = {retryDelay: 1, maxRetryDelay: 5, timeout: 2000};

let server: FaultServer;

before(async () => {
  server = await startFaultServer();
});

after(async () => {
  await server.close();
  await new Promise((done) => setImmediate(done));
  assert.deepEqual(unhandled, [], 'no rejection may go unhandled');
});

beforeEach(() => clearFeedCache({persist: true}));

/** Awaits a rejection that must be a FeedError of the given code, and returns it. */
async function feedError(promise: Promise<unknown>, code: FeedErrorCode): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FeedError, `expected a FeedError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected a "${code}" FeedError`);
}

const count = (path: string) => server.requests(path).length;

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return {promise, resolve};
}

describe('loadFeed: retries', () => {
  it('retries a 500 and then reads the feed, asking for JSON Feed', async () => {
    server.route('/retry-500', (_, res, n) => (n === 1 ? send(res, 'oops', 500) : send(res, pledgeFeed(['a', 'b']))));
    const load = await loadFeed(server.url('/retry-500'), fast);
    assert.deepEqual(
      load.pledges.map((p) => p.id),
      ['a', 'b'],
    );
    assert.equal(load.stale, false);
    assert.equal(load.pages, 1);
    assert.equal(load.url, server.url('/retry-500'));
    assert.equal(count('/retry-500'), 2);
    assert.match(String(server.requests('/retry-500')[0]?.headers.accept), /^application\/feed\+json/);
  });

  it('gives up on a 5xx after the retries, with the status', async () => {
    server.route('/always-503', (_, res) => send(res, 'down', 503));
    const error = await feedError(loadFeed(server.url('/always-503'), {...fast, retries: 2}), 'http');
    assert.equal(error.status, 503);
    assert.equal(count('/always-503'), 3);
  });

  it('never retries a 404, and says to check the address', async () => {
    server.route('/missing', (_, res) => send(res, 'not here', 404, {'content-type': 'text/plain'}));
    const error = await feedError(loadFeed(server.url('/missing'), fast), 'http');
    assert.equal(error.status, 404);
    assert.equal(error.url, server.url('/missing'));
    assert.equal(error.message, `The feed at ${server.url('/missing')} answered 404 Not Found: check the address.`);
    assert.equal(count('/missing'), 1);
  });

  it('retries a 429 as well as a 503, when the server says when (Retry-After)', async () => {
    for (const status of [429, 503]) {
      const path = `/retry-after-${status}`;
      server.route(path, (_, res, n) =>
        n === 1 ? send(res, 'busy', status, {'retry-after': '0'}) : send(res, pledgeFeed(['a'])),
      );
      const load = await loadFeed(server.url(path), fast);
      assert.deepEqual(
        load.pledges.map((p) => p.id),
        ['a'],
      );
      assert.equal(count(path), 2);
    }
  });

  it('waits at least as long as Retry-After asks before asking again', async () => {
    const times: number[] = [];
    server.route('/retry-after-1s', (_, res, n) => {
      times.push(Date.now());
      if (n === 1) send(res, 'busy', 503, {'retry-after': '1'});
      else send(res, pledgeFeed(['a']));
    });
    await loadFeed(server.url('/retry-after-1s'), {...fast, maxRetryDelay: 5000});
    assert.equal(times.length, 2);
    assert.ok(times[1]! - times[0]! >= 950, `asked again after ${times[1]! - times[0]!} ms`);
  });

  it('does not ask again when Retry-After is longer than the longest wait, and says how long', async () => {
    server.route('/retry-after-long', (_, res) => send(res, 'busy', 503, {'retry-after': '120'}));
    const error = await feedError(loadFeed(server.url('/retry-after-long'), fast), 'http');
    assert.equal(error.retryAfter, 120_000);
    assert.equal(count('/retry-after-long'), 1);
    const date = new Date(Date.now() + 60_000).toUTCString();
    server.route('/retry-after-date', (_, res) => send(res, 'slow down', 429, {'retry-after': date}));
    const dated = await feedError(loadFeed(server.url('/retry-after-date'), fast), 'http');
    assert.ok(dated.retryAfter! > 50_000 && dated.retryAfter! <= 60_000, String(dated.retryAfter));
    assert.match(dated.message, /too many requests/);
  });

  it('caps the wait between retries', {timeout: 10_000}, async () => {
    // With a one-minute base delay, only the cap lets this finish.
    server.route('/capped', (_, res) => send(res, 'oops', 500));
    await feedError(loadFeed(server.url('/capped'), {retries: 2, retryDelay: 60_000, maxRetryDelay: 2}), 'http');
    assert.equal(count('/capped'), 3);
  });

  it('times out a silent server, retries, and cancels each attempt on the server', async () => {
    server.route('/silent', hold);
    const error = await feedError(loadFeed(server.url('/silent'), {...fast, timeout: 100, retries: 1}), 'timeout');
    assert.match(error.message, /did not answer within 100 milliseconds/);
    assert.equal(count('/silent'), 2);
    assert.deepEqual(await Promise.all(server.requests('/silent').map((r) => r.cancelled)), [true, true]);
  });

  it('reports a refused connection as a network error', async () => {
    const url = await refusedUrl('/feed.json');
    const error = await feedError(loadFeed(url, {...fast, retries: 1}), 'network');
    assert.match(error.message, /could not be reached/);
    assert.ok(error.cause, 'the low-level cause is kept');
  });

  it('retries a connection cut in the middle of the body', async () => {
    server.route('/cut', (_, res, n) => {
      if (n > 1) return send(res, pledgeFeed(['a']));
      res.writeHead(200, {'content-type': 'application/feed+json', 'content-length': '5000'});
      res.write('{"version": "https://jsonfeed.org/version/1.1", "items": [');
      setTimeout(() => res.destroy(), 10);
    });
    const load = await loadFeed(server.url('/cut'), fast);
    assert.deepEqual(
      load.pledges.map((p) => p.id),
      ['a'],
    );
    assert.equal(count('/cut'), 2);
  });
});

describe('loadFeed: documents that are not a feed', () => {
  it('says a truncated file is not JSON, without retrying', async () => {
    server.route('/truncated', (_, res) => send(res, JSON.stringify(pledgeFeed(['a'])).slice(0, 40)));
    const error = await feedError(loadFeed(server.url('/truncated'), fast), 'not-json');
    assert.match(error.message, /is not valid JSON/);
    assert.equal(count('/truncated'), 1);
  });

  it('recognises an HTML page served with 200', async () => {
    server.route('/page.html', (_, res) =>
      send(res, '<!doctype html><title>Home</title><p>Welcome</p>', 200, {'content-type': 'text/html'}),
    );
    const error = await feedError(loadFeed(server.url('/page.html'), fast), 'not-json');
    assert.match(error.message, /HTML page/);
    assert.match(error.message, /points to the feed itself/);
    assert.equal(count('/page.html'), 1);
  });

  it('says JSON that is not a JSON Feed is not a feed, naming the address', async () => {
    server.route('/config.json', (_, res) => send(res, {hello: 'world'}, 200, {'content-type': 'application/json'}));
    const error = await feedError(loadFeed(server.url('/config.json'), fast), 'not-a-feed');
    assert.match(error.message, /no "version"/);
    assert.ok(error.message.includes(server.url('/config.json')));
    assert.equal(count('/config.json'), 1);
  });

  it('keeps the good pledges of a feed with bad items', async () => {
    server.route('/mixed', (_, res) => send(res, pledgeFeed(['a'], {items: [pledgeItem('a'), {id: 'b'}]})));
    const load = await loadFeed(server.url('/mixed'), fast);
    assert.deepEqual(
      load.pledges.map((p) => p.id),
      ['a'],
    );
    assert.deepEqual(
      load.rejected.map((r) => [r.index, r.id]),
      [[1, 'b']],
    );
  });
});

describe('loadFeed: addresses', () => {
  it('rejects a relative address when there is no page to resolve it against', async () => {
    const error = await feedError(loadFeed('pledges.json'), 'network');
    assert.match(error.message, /full address/);
  });

  it('resolves a relative address against the page', async () => {
    server.route('/site/feeds/local.json', (_, res) => send(res, pledgeFeed(['a'])));
    Object.defineProperty(globalThis, 'location', {value: {href: server.url('/site/index.html')}, configurable: true});
    try {
      const load = await loadFeed('feeds/local.json', fast);
      assert.equal(load.url, server.url('/site/feeds/local.json'));
      assert.equal(count('/site/feeds/local.json'), 1);
    } finally {
      Reflect.deleteProperty(globalThis, 'location');
    }
  });

  it('refuses addresses that are not http: or https:', async () => {
    await feedError(loadFeed('file:///etc/passwd'), 'network');
    await feedError(loadFeed('javascript:alert(1)'), 'network');
  });

  it('uses the fetch it is given', async () => {
    const asked: string[] = [];
    const fetcher: typeof fetch = async (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return fetch(input, init);
    };
    server.route('/via-host', (_, res) => send(res, pledgeFeed(['a'])));
    await loadFeed(server.url('/via-host'), {...fast, fetch: fetcher});
    assert.deepEqual(asked, [server.url('/via-host')]);
  });
});

describe('loadFeed: revalidation with ETag', () => {
  it('sends If-None-Match and keeps the saved copy on 304', async () => {
    server.route('/tagged', (req, res) =>
      req.headers['if-none-match'] === '"v1"'
        ? (res.writeHead(304, {etag: '"v1"'}), res.end())
        : send(res, pledgeFeed(['a', 'b']), 200, {etag: '"v1"'}),
    );
    const first = await loadFeed(server.url('/tagged'), fast);
    assert.equal(first.etag, '"v1"');
    const second = await loadFeed(server.url('/tagged'), fast);
    const [firstRequest, secondRequest] = server.requests('/tagged');
    assert.equal(firstRequest?.headers['if-none-match'], undefined);
    assert.equal(secondRequest?.headers['if-none-match'], '"v1"');
    assert.equal(second.stale, false);
    assert.equal(second.error, undefined);
    assert.deepEqual(second.pledges, first.pledges);
    assert.deepEqual(second.feed, first.feed);
    assert.equal(second.etag, '"v1"');
  });

  it('reads the new version when the ETag changed', async () => {
    let version = 1;
    server.route('/changing', (req, res) =>
      req.headers['if-none-match'] === `"v${version}"`
        ? (res.writeHead(304), res.end())
        : send(res, pledgeFeed(version === 1 ? ['a'] : ['a', 'b']), 200, {etag: `"v${version}"`}),
    );
    await loadFeed(server.url('/changing'), fast);
    version = 2;
    const load = await loadFeed(server.url('/changing'), fast);
    assert.deepEqual(
      load.pledges.map((p) => p.id),
      ['a', 'b'],
    );
    assert.equal(load.etag, '"v2"');
  });
});

describe('loadFeed: pages chained with next_url', () => {
  const chain = (prefix: string, pages: string[][], nextOf: (n: number) => string | undefined) => {
    pages.forEach((ids, i) => {
      const next = nextOf(i + 1);
      const body = pledgeFeed(ids, {title: `Page ${i + 1}`, ...(next ? {next_url: server.url(next)} : {})});
      server.route(`${prefix}/${i + 1}`, (_, res) => send(res, body));
    });
  };

  it('merges three pages into one list, with global indices and cross-page duplicates', async () => {
    chain('/chain', [['a', 'b'], ['c'], ['d', 'a']], (n) => (n < 3 ? `/chain/${n + 1}` : undefined));
    // Another pledge with the id "a" (a pledge repeated unchanged is a page shift, not a duplicate).
    const third = pledgeFeed(['d', 'a'], {title: 'Page 3'});
    (third.items as {title: string}[])[1]!.title = 'Another pledge under the same id';
    server.route('/chain/3', (_, res) => send(res, third));
    const load = await loadFeed(server.url('/chain/1'), fast);
    assert.equal(load.pages, 3);
    assert.deepEqual(
      load.pledges.map((p) => p.id),
      ['a', 'b', 'c', 'd'],
    );
    assert.deepEqual(
      load.rejected.map((r) => [r.index, r.id, r.field, r.repeats]),
      [[4, 'a', 'id', 0]],
    );
    assert.equal(load.feed.title, 'Page 1');
    assert.deepEqual(
      [1, 2, 3].map((n) => count(`/chain/${n}`)),
      [1, 1, 1],
    );
  });

  it('stops at a page that points back to an earlier one', async () => {
    chain('/loop', [['a'], ['b']], (n) => (n === 1 ? '/loop/2' : '/loop/1'));
    const load = await loadFeed(server.url('/loop/1'), fast);
    assert.equal(load.pages, 2);
    assert.deepEqual(
      load.pledges.map((p) => p.id),
      ['a', 'b'],
    );
    assert.equal(count('/loop/1'), 1);
    const warning = load.warnings.find((w) => w.field === 'next_url');
    assert.match(String(warning?.reason), /already read/);
  });

  it('stops at a page that points to itself', async () => {
    chain('/self', [['a']], () => '/self/1');
    const load = await loadFeed(server.url('/self/1'), fast);
    assert.equal(load.pages, 1);
    assert.equal(count('/self/1'), 1);
    assert.ok(load.warnings.some((w) => w.field === 'next_url'));
  });

  it('reads at most maxPages pages', async () => {
    chain('/cap', [['a'], ['b'], ['c'], ['d'], ['e']], (n) => `/cap/${n + 1}`);
    const load = await loadFeed(server.url('/cap/1'), {...fast, maxPages: 2});
    assert.equal(load.pages, 2);
    assert.deepEqual(
      load.pledges.map((p) => p.id),
      ['a', 'b'],
    );
    assert.equal(count('/cap/3'), 0);
    assert.ok(load.warnings.some((w) => w.field === 'next_url' && /only the first 2/.test(w.reason)));
  });

  it('keeps the pages read so far when a later page fails, with a warning', async () => {
    chain('/broken', [['a']], () => '/broken/2');
    const load = await loadFeed(server.url('/broken/1'), fast);
    assert.equal(load.pages, 1);
    assert.deepEqual(
      load.pledges.map((p) => p.id),
      ['a'],
    );
    assert.ok(load.warnings.some((w) => w.field === 'next_url' && /page 2 could not be loaded.*404/.test(w.reason)));
  });
});

describe('loadFeed: one request shared by every caller', () => {
  it('sends one request for concurrent callers of the same address', async () => {
    server.route('/shared', (_, res) => setTimeout(() => send(res, pledgeFeed(['a'])), 20));
    const [one, two, three] = await Promise.all([
      loadFeed(server.url('/shared'), fast),
      loadFeed(server.url('/shared'), fast),
      loadFeed(server.url('/shared'), {...fast, signal: new AbortController().signal}),
    ]);
    assert.equal(count('/shared'), 1);
    assert.equal(one, two);
    assert.equal(one, three);
    await loadFeed(server.url('/shared'), fast);
    assert.equal(count('/shared'), 2, 'a later call asks the server again');
  });

  it('lets one caller abort without disturbing the other', async () => {
    const arrived = deferred();
    const release = deferred();
    server.route('/two-callers', async (_, res) => {
      arrived.resolve();
      await release.promise;
      send(res, pledgeFeed(['a']));
    });
    const leaving = new AbortController();
    const first = loadFeed(server.url('/two-callers'), {...fast, signal: leaving.signal});
    const second = loadFeed(server.url('/two-callers'), fast);
    await arrived.promise;
    leaving.abort();
    await assert.rejects(first, {name: 'AbortError'});
    release.resolve();
    const load = await second;
    assert.deepEqual(
      load.pledges.map((p) => p.id),
      ['a'],
    );
    assert.equal(count('/two-callers'), 1);
    assert.equal(await server.requests('/two-callers')[0]?.cancelled, false);
  });

  it('cancels the request on the server when the only caller aborts', async () => {
    const arrived = deferred();
    server.route('/abandoned', () => arrived.resolve());
    const controller = new AbortController();
    const load = loadFeed(server.url('/abandoned'), {...fast, signal: controller.signal});
    await arrived.promise;
    controller.abort();
    await assert.rejects(load, {name: 'AbortError'});
    assert.equal(await server.requests('/abandoned')[0]?.cancelled, true);
    assert.equal(count('/abandoned'), 1);
  });

  it('starts a new request once every caller has aborted', async () => {
    const arrived = deferred();
    server.route('/again', (_, res, n) => (n === 1 ? arrived.resolve() : send(res, pledgeFeed(['a']))));
    const controller = new AbortController();
    const abandoned = loadFeed(server.url('/again'), {...fast, signal: controller.signal});
    await arrived.promise;
    controller.abort();
    await assert.rejects(abandoned, {name: 'AbortError'});
    assert.equal(await server.requests('/again')[0]?.cancelled, true);
    const load = await loadFeed(server.url('/again'), fast);
    assert.deepEqual(
      load.pledges.map((p) => p.id),
      ['a'],
    );
    assert.equal(count('/again'), 2);
  });

  it('lets a caller who comes in the same task as the last one leaves join the request', async () => {
    // An element moved in the page, or two elements swapping feeds: no request is cut and sent again.
    const arrived = deferred();
    const release = deferred();
    server.route('/handed-over', async (_, res) => {
      arrived.resolve();
      await release.promise;
      send(res, pledgeFeed(['a']));
    });
    const leaving = new AbortController();
    const first = loadFeed(server.url('/handed-over'), {...fast, signal: leaving.signal});
    await arrived.promise;
    leaving.abort();
    const next = loadFeed(server.url('/handed-over'), {...fast, signal: new AbortController().signal});
    await assert.rejects(first, {name: 'AbortError'});
    release.resolve();
    assert.deepEqual(
      (await next).pledges.map((p) => p.id),
      ['a'],
    );
    assert.equal(count('/handed-over'), 1);
    assert.equal(await server.requests('/handed-over')[0]?.cancelled, false);
  });

  it('rejects at once, without a request, when the signal is already aborted', async () => {
    server.route('/never', (_, res) => send(res, pledgeFeed(['a'])));
    await assert.rejects(loadFeed(server.url('/never'), {signal: AbortSignal.abort()}), {name: 'AbortError'});
    assert.equal(count('/never'), 0);
  });

  it('cancels cleanly while waiting to retry', async () => {
    const controller = new AbortController();
    server.route('/retry-later', (_, res) => {
      send(res, 'oops', 500);
      controller.abort();
    });
    const load = loadFeed(server.url('/retry-later'), {retryDelay: 60_000, signal: controller.signal});
    await assert.rejects(load, {name: 'AbortError'});
    assert.equal(count('/retry-later'), 1);
  });
});

describe('loadFeed: the last good copy', () => {
  /** A feed that answers once, then fails with `failure`. */
  const onceThen = (path: string, failure: (res: ServerResponse) => void) =>
    server.route(path, (_, res, n) => (n === 1 ? send(res, pledgeFeed(['a', 'b'])) : failure(res)));

  it('shows the saved copy, marked stale, when the server is then unreachable', async () => {
    onceThen('/offline', (res) => res.socket?.destroy());
    const good = await loadFeed(server.url('/offline'), fast);
    const load = await loadFeed(server.url('/offline'), {...fast, retries: 1});
    assert.equal(load.stale, true);
    assert.equal(load.error?.code, 'network');
    assert.deepEqual(load.pledges, good.pledges);
    assert.equal(load.loadedAt, good.loadedAt, 'the copy keeps the time it was loaded');
    assert.equal(count('/offline'), 3);
  });

  it('shows the saved copy when the server fails with a 5xx', async () => {
    onceThen('/then-503', (res) => send(res, 'down', 503));
    await loadFeed(server.url('/then-503'), fast);
    const load = await loadFeed(server.url('/then-503'), {...fast, retries: 0});
    assert.equal(load.stale, true);
    assert.equal(load.error?.status, 503);
  });

  it('does not hide a 404 or a broken feed behind the saved copy', async () => {
    onceThen('/then-404', (res) => send(res, 'gone', 404));
    await loadFeed(server.url('/then-404'), fast);
    await feedError(loadFeed(server.url('/then-404'), fast), 'http');
    onceThen('/then-html', (res) => send(res, '<p>maintenance</p>', 200, {'content-type': 'text/html'}));
    await loadFeed(server.url('/then-html'), fast);
    await feedError(loadFeed(server.url('/then-html'), fast), 'not-json');
  });

  it('offers the saved copy at once with cachedFeed', async () => {
    server.route('/cached', (_, res) => send(res, pledgeFeed(['a'])));
    assert.equal(cachedFeed(server.url('/cached')), undefined);
    const good = await loadFeed(server.url('/cached'), fast);
    const copy = cachedFeed(server.url('/cached'));
    assert.equal(copy?.stale, true);
    assert.deepEqual(copy?.pledges, good.pledges);
    clearFeedCache();
    assert.equal(cachedFeed(server.url('/cached')), undefined);
  });
});

describe('loadFeed: the copy kept in localStorage', () => {
  const withStorage = (descriptor: PropertyDescriptor, run: () => void | Promise<void>) =>
    withCleanStorage(descriptor, run, () => clearFeedCache({persist: true}));

  it('survives a new page (memory cleared) and serves offline', async () => {
    const storage = new MemoryStorage();
    await withStorage({value: storage}, async () => {
      server.route('/kept', (_, res, n) =>
        n === 1 ? send(res, pledgeFeed(['a']), 200, {etag: '"k1"'}) : res.socket?.destroy(),
      );
      const good = await loadFeed(server.url('/kept'), {...fast, persist: true});
      assert.equal(storage.items.size, 1);
      clearFeedCache();
      assert.equal(cachedFeed(server.url('/kept')), undefined, 'memory alone has nothing');
      assert.deepEqual(cachedFeed(server.url('/kept'), {persist: true})?.pledges, good.pledges);
      clearFeedCache();
      const load = await loadFeed(server.url('/kept'), {...fast, persist: true, retries: 0});
      assert.equal(load.stale, true);
      assert.equal(load.error?.code, 'network');
      assert.deepEqual(load.pledges, good.pledges);
      assert.equal(server.requests('/kept')[1]?.headers['if-none-match'], '"k1"', 'the stored ETag is sent');
    });
  });

  it('writes nothing without persist, and clearFeedCache({persist}) removes only its own entries', async () => {
    const storage = new MemoryStorage();
    storage.setItem('someone-else', 'keep me');
    await withStorage({value: storage}, async () => {
      server.route('/not-kept', (_, res) => send(res, pledgeFeed(['a'])));
      await loadFeed(server.url('/not-kept'), fast);
      assert.deepEqual([...storage.items.keys()], ['someone-else']);
      await loadFeed(server.url('/not-kept'), {...fast, persist: true});
      assert.equal(storage.items.size, 2);
      clearFeedCache({persist: true});
      assert.deepEqual([...storage.items.keys()], ['someone-else']);
    });
  });

  it('ignores a damaged stored copy', async () => {
    const storage = new MemoryStorage();
    await withStorage({value: storage}, () => {
      storage.setItem(`pledgekit:feed:${server.url('/damaged')}`, '{"version": 1, "load": ');
      assert.equal(cachedFeed(server.url('/damaged'), {persist: true}), undefined);
    });
  });

  it('still loads when the storage is full', async () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    await withStorage({value: full}, async () => {
      server.route('/full', (_, res) => send(res, pledgeFeed(['a'])));
      const load = await loadFeed(server.url('/full'), {...fast, persist: true});
      assert.deepEqual(
        load.pledges.map((p) => p.id),
        ['a'],
      );
    });
  });

  it('still loads when the page may not use storage at all', async () => {
    const forbidden = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    await withStorage({get: forbidden}, async () => {
      server.route('/forbidden', (_, res) => send(res, pledgeFeed(['a'])));
      const load = await loadFeed(server.url('/forbidden'), {...fast, persist: true});
      assert.deepEqual(
        load.pledges.map((p) => p.id),
        ['a'],
      );
      assert.equal(cachedFeed(server.url('/forbidden'), {persist: true})?.pledges.length, 1);
    });
  });
});
