// Concurrency with fc.scheduler: many callers of loadFeed for equal and different
// addresses, some aborting, with every response and abort interleaved in every order
// fast-check picks. Each caller gets its own feed or its own abort, and each address has
// one request in flight at a time.
import {describe, it, after} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {clearFeedCache, loadFeed} from '../../src/feed/load/load.js';
import {report} from './report.js';

const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));

const URLS = ['https://a.example.org/feed.json', 'https://b.example.org/feed.json', 'https://c.example.org/feed.json'];
const RUNS = 1000;

/** A small feed whose one pledge names its address, so a mix-up shows. */
function feedFor(url: string): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: url,
    items: [{id: url, title: `From ${url}`, content_text: 'x', _pledge: {actor: {name: 'A'}, stakeholder: 'network'}}],
  });
}

const caller = fc.record({url: fc.constantFrom(...URLS), abort: fc.boolean(), fails: fc.boolean()});

describe('loadFeed callers interleaved by fc.scheduler (properties)', () => {
  after(async () => {
    await new Promise((done) => setImmediate(done));
    report({name: 'concurrency (fc.scheduler)', properties: 1, cases: RUNS, violations: unhandled.length});
    assert.deepEqual(unhandled, [], 'no rejection may go unhandled');
  });

  it('each caller ends with its own feed, its abort or the error, with one request per address in flight', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(caller, {minLength: 1, maxLength: 12}), async (s, callers) => {
        clearFeedCache();
        const open = new Map<string, number>();
        let mostOpen = 0;
        // A failing address answers 404 (never retried), so every outcome is decided.
        const failing = new Set(callers.filter((c) => c.fails).map((c) => c.url));
        const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
          const url = String(input instanceof Request ? input.url : input);
          open.set(url, (open.get(url) ?? 0) + 1);
          mostOpen = Math.max(mostOpen, open.get(url)!);
          try {
            // Like a real fetch, an abort ends the request at once.
            await new Promise<void>((resolve, reject) => {
              init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), {once: true});
              void s.schedule(Promise.resolve(), `answer ${url}`).then(resolve);
            });
            return failing.has(url) ? new Response('gone', {status: 404}) : new Response(feedFor(url), {status: 200});
          } finally {
            open.set(url, open.get(url)! - 1);
          }
        }) as typeof fetch;
        const outcomes = callers.map(({url, abort}) => {
          const controller = new AbortController();
          if (abort) void s.schedule(Promise.resolve(), `abort a caller of ${url}`).then(() => controller.abort());
          return loadFeed(url, {fetch: fakeFetch, signal: controller.signal, retries: 0}).then(
            (load) => ({ok: load.pledges.map((p) => p.id)}),
            (error: Error) => ({error: error.name === 'AbortError' ? 'abort' : (error as {code?: string}).code}),
          );
        });
        await s.waitFor(Promise.all(outcomes));
        const results = await Promise.all(outcomes);
        // Release what is left (answers nobody waits for any more), so no request lingers.
        await s.waitAll();
        results.forEach((result, i) => {
          const {url, abort} = callers[i]!;
          if ('ok' in result) assert.deepEqual(result.ok, [url], "a caller got another address's feed");
          else if (result.error === 'abort') assert.ok(abort, 'a caller that did not abort was aborted');
          else assert.equal(result.error, 'http');
          if (!abort)
            assert.ok(!('error' in result) || failing.has(url), `${url} failed for a caller that kept waiting`);
        });
        assert.ok(mostOpen <= 1, `${mostOpen} requests in flight for one address`);
      }),
      {numRuns: RUNS},
    );
  });
});
