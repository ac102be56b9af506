// The copy a page keeps in localStorage (with `persist`): read back through the same
// checks as a fresh feed, and bounded so it never crowds out the host page's own data.
import {after, before, beforeEach, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {FeedError} from '../../../src/feed/errors.js';
import {cachedFeed, clearFeedCache, loadFeed} from '../../../src/feed/load/load.js';
import type {LoadOptions} from '../../../src/feed/load/load.js';
import {send, startFaultServer} from '../../support/fault-server.js';
import type {FaultServer} from '../../support/fault-server.js';
import {MemoryStorage, withStorage} from '../../support/memory-storage.js';
import {pledgeFeed, pledgeItem} from '../../support/pledges.js';

const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));

const fast: LoadOptions = {retries: 0, retryDelay: 1, maxRetryDelay: 5, timeout: 2000};
const DAY = 24 * 60 * 60 * 1000;

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

const ours = (storage: MemoryStorage) => [...storage.items.keys()].filter((key) => key.startsWith('pledgekit:'));

/** Runs a test with a fresh MemoryStorage as localStorage. */
function withMemory(run: (storage: MemoryStorage) => Promise<void>): Promise<void> {
  const storage = new MemoryStorage();
  return withStorage(
    {value: storage},
    () => run(storage),
    () => clearFeedCache({persist: true}),
  );
}

/** A feed whose pledges carry `size` characters of text each. */
const feedOf = (count: number, size = 100) => ({
  ...pledgeFeed([]),
  items: Array.from({length: count}, (_, i) => pledgeItem(`p${i}`, {content_text: `${i} ${'x'.repeat(size)}`})),
});

describe('a saved copy goes through the same checks as a fresh feed (issue 13, item 9)', () => {
  // What pledgekit 0.1.0 wrote: the parsed load as it was, trusted when read back.
  const MALFORMED = {
    'a null pledge': {pledges: [null], rejected: [], warnings: [], feed: {version: 'https://jsonfeed.org/version/1.1'}},
    'a pledge without _pledge': {
      pledges: [{id: 'x', title: 'No pledge data', content_text: 'x'}],
      rejected: [],
      warnings: [],
      feed: {version: 'https://jsonfeed.org/version/1.1'},
    },
    'no loadedAt': {pledges: [], rejected: [], warnings: [], feed: {version: 'https://jsonfeed.org/version/1.1'}},
  };

  for (const [name, copy] of Object.entries(MALFORMED)) {
    it(`${name}: the copy is discarded, and a failing server gives its own error`, async () => {
      await withMemory(async (storage) => {
        const path = `/malformed/${name.replace(/\W+/g, '-')}`;
        const url = server.url(path);
        const loadedAt = name === 'no loadedAt' ? undefined : Date.now();
        storage.setItem(
          `pledgekit:feed:${url}`,
          JSON.stringify({version: 1, load: {url, stale: false, pages: 1, loadedAt, ...copy}}),
        );
        server.route(path, (_, res) => send(res, 'down', 503));
        assert.equal(cachedFeed(url, {persist: true}), undefined, 'cachedFeed offers no bad copy');
        await assert.rejects(
          loadFeed(url, {...fast, persist: true}),
          (error) => error instanceof FeedError && error.status === 503,
        );
        assert.deepEqual(ours(storage), [], 'the bad copy is removed');
      });
    });
  }

  it('a copy whose stored feed is not a pledge feed any more is discarded', async () => {
    await withMemory(async (storage) => {
      server.route('/tampered', (_, res, n) => (n === 1 ? send(res, pledgeFeed(['a'])) : send(res, 'down', 503)));
      const url = server.url('/tampered');
      await loadFeed(url, {...fast, persist: true});
      const [key] = ours(storage);
      assert.ok(key, 'the good copy was stored');
      // Damage every pledge of the stored copy, keeping the entry's own shape.
      storage.setItem(key, storage.getItem(key)!.replaceAll('"_pledge"', '"_nothing"'));
      clearFeedCache();
      const copy = cachedFeed(url, {persist: true});
      assert.ok(copy === undefined || copy.pledges.length === 0, 'no pledge without _pledge is offered');
    });
  });
});

describe('the stored copy is bounded and never crowds out the host (issue 13, item 10)', () => {
  it('stores nothing without persist', async () => {
    await withMemory(async (storage) => {
      server.route('/no-persist', (_, res) => send(res, pledgeFeed(['a'])));
      await loadFeed(server.url('/no-persist'), fast);
      assert.equal(storage.items.size, 0);
    });
  });

  it('stores a feed larger than the cap not at all, and removes an older copy of it', async () => {
    await withMemory(async (storage) => {
      let big = false;
      server.route('/grows', (_, res) => send(res, big ? feedOf(3000, 1600) : feedOf(3)));
      const url = server.url('/grows');
      await loadFeed(url, {...fast, persist: true});
      assert.equal(ours(storage).length, 1, 'a small feed is stored');
      big = true;
      const load = await loadFeed(url, {...fast, persist: true});
      assert.equal(load.pledges.length, 3000);
      assert.deepEqual(ours(storage), [], 'a 3,000-pledge feed is not stored, nor is the outdated copy kept');
      // The host page can still use its storage.
      storage.setItem('host', 'x'.repeat(1000));
    });
  });

  it('keeps one entry per feed, and all of them within a total bound', async () => {
    await withMemory(async (storage) => {
      for (let i = 0; i < 12; i++) {
        server.route(`/many/${i}`, (_, res) => send(res, feedOf(150, 1500)));
        await loadFeed(server.url(`/many/${i}`), {...fast, persist: true});
        await loadFeed(server.url(`/many/${i}`), {...fast, persist: true});
      }
      const keys = ours(storage);
      assert.ok(keys.length >= 1 && keys.length < 12, `${keys.length} entries kept`);
      assert.equal(new Set(keys).size, keys.length);
      assert.ok(storage.size <= 1024 * 1024 + 2000, `${storage.size} characters stored`);
      assert.ok(keys.includes(`pledgekit:feed:${server.url('/many/11')}`), 'the newest feed is kept');
    });
  });

  it('lets a copy older than 30 days expire', async () => {
    await withMemory(async (storage) => {
      server.route('/expires', (_, res, n) => (n === 1 ? send(res, pledgeFeed(['a'])) : send(res, 'down', 503)));
      const url = server.url('/expires');
      await loadFeed(url, {...fast, persist: true});
      clearFeedCache();
      const realNow = Date.now;
      Date.now = () => realNow() + 31 * DAY;
      try {
        assert.equal(cachedFeed(url, {persist: true}), undefined);
        await assert.rejects(loadFeed(url, {...fast, persist: true}), FeedError);
        assert.deepEqual(ours(storage), []);
      } finally {
        Date.now = realNow;
      }
    });
  });

  it('gives up its own entry, and touches no other, when the storage is full', async () => {
    const storage = new MemoryStorage();
    storage.setItem('host', 'the host page’s data');
    await withStorage(
      {value: storage},
      async () => {
        server.route('/full-now', (_, res) => send(res, pledgeFeed(['a'])));
        const url = server.url('/full-now');
        await loadFeed(url, {...fast, persist: true});
        assert.equal(ours(storage).length, 1);
        storage.setItem = (key: string) => {
          throw new DOMException(`no room for ${key}`, 'QuotaExceededError');
        };
        clearFeedCache();
        await loadFeed(url, {...fast, persist: true, maxAge: 0});
        assert.deepEqual(ours(storage), [], 'the outdated copy is not left behind');
        assert.equal(storage.getItem('host'), 'the host page’s data');
      },
      () => clearFeedCache({persist: true}),
    );
  });
});
