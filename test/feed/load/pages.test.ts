// A feed in pages chained with next_url, on a return visit and when a page fails: every
// page is revalidated, a partial load says so and is never kept as the good copy, and a
// pledge that moved to the next page between two requests is no rejected item.
import {after, before, beforeEach, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {IncomingMessage, ServerResponse} from 'node:http';
import {cachedFeed, clearFeedCache, loadFeed} from '../../../src/feed/load/load.js';
import type {LoadOptions} from '../../../src/feed/load/load.js';
import {send, startFaultServer} from '../../support/fault-server.js';
import type {FaultServer} from '../../support/fault-server.js';
import {pledgeFeed} from '../../support/pledges.js';

const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));

const fast: LoadOptions = {retries: 1, retryDelay: 1, maxRetryDelay: 5, timeout: 2000};

let server: FaultServer;

before(async () => {
  server = await startFaultServer();
});

after(async () => {
  await server.close();
  await new Promise((done) => setImmediate(done));
  assert.deepEqual(unhandled, [], 'no rejection may go unhandled');
});

beforeEach(() => clearFeedCache());

const ids = (load: {pledges: {id: string}[]}) => load.pledges.map((p) => p.id);

/**
 * Pages `<prefix>/1`, `/2`, … whose contents a test can change: each page has an ETag
 * naming its version and answers 304 to it; `fail` makes a page answer 500.
 */
function pagedFeed(prefix: string, pages: string[][]) {
  const state = {pages, versions: pages.map(() => 1), fail: new Set<number>()};
  pages.forEach((_, i) => {
    const n = i + 1;
    server.route(`${prefix}/${n}`, (req: IncomingMessage, res: ServerResponse) => {
      if (state.fail.has(n)) return send(res, 'down', 500);
      const etag = `"p${n}v${state.versions[i]}"`;
      if (req.headers['if-none-match'] === etag) return void (res.writeHead(304, {etag}), res.end());
      const next = n < state.pages.length ? {next_url: server.url(`${prefix}/${n + 1}`)} : {};
      send(res, pledgeFeed(state.pages[i]!, next), 200, {etag});
    });
  });
  /** Changes what a page holds (a new version, so a new ETag). */
  const change = (n: number, pledgeIds: string[]) => {
    state.pages[n - 1] = pledgeIds;
    state.versions[n - 1]! += 1;
  };
  return {state, change, url: server.url(`${prefix}/1`)};
}

describe('loadFeed: a return visit to a paged feed (issue 13, item 6)', () => {
  it('revalidates every page, so a change on page 2 shows although page 1 answers 304', async () => {
    const feed = pagedFeed('/revalidate', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    assert.deepEqual(ids(await loadFeed(feed.url, fast)), ['a', 'b', 'c', 'd']);
    feed.change(2, ['c']); // pledge d was withdrawn
    const load = await loadFeed(feed.url, fast);
    assert.deepEqual(ids(load), ['a', 'b', 'c']);
    assert.equal(load.stale, false);
    const [, page1Again] = server.requests('/revalidate/1');
    const [, page2Again] = server.requests('/revalidate/2');
    assert.equal(page1Again?.headers['if-none-match'], '"p1v1"', 'page 1 is revalidated');
    assert.equal(page2Again?.headers['if-none-match'], '"p2v1"', 'page 2 is revalidated too');
  });

  it('keeps every page that answers 304 as it was', async () => {
    const feed = pagedFeed('/unchanged', [['a'], ['b'], ['c']]);
    const first = await loadFeed(feed.url, fast);
    const again = await loadFeed(feed.url, fast);
    assert.deepEqual(ids(again), ['a', 'b', 'c']);
    assert.equal(again.pages, 3);
    assert.deepEqual(again.pledges, first.pledges);
    assert.ok(again.loadedAt >= first.loadedAt);
  });

  it('never keeps a partial load as the good copy', async () => {
    const feed = pagedFeed('/partial-copy', [['a'], ['b']]);
    feed.state.fail.add(2);
    const partial = await loadFeed(feed.url, fast);
    assert.deepEqual(ids(partial), ['a']);
    assert.equal(cachedFeed(feed.url), undefined, 'a partial load is no saved copy');
    // Page 1 has not changed and answers 304; page 2 works again: both are read.
    feed.state.fail.delete(2);
    assert.deepEqual(ids(await loadFeed(feed.url, fast)), ['a', 'b']);
  });
});

describe('loadFeed: a page that fails (issue 13, item 7)', () => {
  it('keeps the pages before it, and says the load is partial and why', async () => {
    const feed = pagedFeed('/page-fails', [['a', 'b'], ['c'], ['d']]);
    feed.state.fail.add(2);
    const load = await loadFeed(feed.url, fast);
    assert.deepEqual(ids(load), ['a', 'b']);
    assert.equal(load.partial, true);
    assert.equal(load.error?.code, 'http');
    assert.equal(load.error?.status, 500);
    assert.equal(load.stale, false);
    assert.equal(server.requests('/page-fails/2').length, 2, 'the page was retried');
  });

  it('fills a failing page in from the saved copy, marked stale, when it has that page', async () => {
    const feed = pagedFeed('/page-from-copy', [['a'], ['b']]);
    const good = await loadFeed(feed.url, fast);
    feed.state.fail.add(2);
    const load = await loadFeed(feed.url, fast);
    assert.deepEqual(ids(load), ['a', 'b']);
    assert.equal(load.partial, false);
    assert.equal(load.stale, true);
    assert.equal(load.error?.status, 500);
    assert.equal(load.loadedAt, good.loadedAt, 'the copy keeps the time it was confirmed');
  });

  it('a complete load is not partial', async () => {
    const feed = pagedFeed('/complete', [['a'], ['b']]);
    const load = await loadFeed(feed.url, fast);
    assert.equal(load.partial, false);
    assert.equal(load.error, undefined);
  });
});

describe('loadFeed: a pledge that moved to the next page (issue 13, item 8)', () => {
  it('is shown once and is no rejected item', async () => {
    // Between the two requests a pledge was added at the top: "b" moved from page 1 to page 2.
    const feed = pagedFeed('/moved', [
      ['a', 'b'],
      ['b', 'c'],
    ]);
    const load = await loadFeed(feed.url, fast);
    assert.deepEqual(ids(load), ['a', 'b', 'c']);
    assert.deepEqual(load.rejected, []);
  });

  it('still reports an id repeated within one page, naming the item kept', async () => {
    server.route('/repeat-in-page', (_, res) => send(res, pledgeFeed(['a', 'b', 'a'])));
    const load = await loadFeed(server.url('/repeat-in-page'), fast);
    assert.deepEqual(ids(load), ['a', 'b']);
    assert.deepEqual(
      load.rejected.map((r) => [r.index, r.id, r.field, r.repeats]),
      [[2, 'a', 'id', 0]],
    );
  });
});
