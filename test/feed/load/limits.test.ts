// How much the loader reads: a ceiling of items and of bytes past which a feed is too
// large to show (issue 13, item 17), read as a stream and cut off at once; and the small
// request helper the loader is built on, for the other parts that post or fetch.
import {after, before, beforeEach, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {FeedError} from '../../../src/feed/errors.js';
import {clearFeedCache, loadFeed} from '../../../src/feed/load/load.js';
import type {LoadOptions} from '../../../src/feed/load/load.js';
import {fetchWithTimeout} from '../../../src/feed/load/request.js';
import {hold, send, startFaultServer} from '../../support/fault-server.js';
import type {FaultServer} from '../../support/fault-server.js';
import {VERSION, pledgeFeed} from '../../support/pledges.js';

const unhandled: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandled.push(reason));

const fast: LoadOptions = {retries: 1, retryDelay: 1, maxRetryDelay: 5, timeout: 5000};

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

async function tooLarge(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FeedError, `expected a FeedError, got ${String(error)}`);
    assert.equal(error.code, 'too-large', error.message);
    return error;
  }
  assert.fail('expected a "too-large" FeedError');
}

describe('a feed too large to show (issue 13, item 17)', () => {
  it('a million tiny items: too large, said in plain words, without reading the items', async () => {
    const text = JSON.stringify({version: VERSION, title: 'Huge', items: Array(1_000_000).fill({})});
    server.route('/million', (_, res) => send(res, text));
    const error = await tooLarge(loadFeed(server.url('/million'), fast));
    assert.match(error.message, /1,000,000 items/);
    assert.match(error.message, /too large/);
    assert.equal(server.requests('/million').length, 1, 'not retried');
  });

  it('counts the items of every page against the ceiling', async () => {
    server.route('/pages/1', (_, res) => send(res, pledgeFeed(['a', 'b', 'c'], {next_url: server.url('/pages/2')})));
    server.route('/pages/2', (_, res) => send(res, pledgeFeed(['d', 'e', 'f'])));
    await tooLarge(loadFeed(server.url('/pages/1'), {...fast, maxItems: 5}));
    const load = await loadFeed(server.url('/pages/1'), {...fast, maxItems: 6});
    assert.equal(load.pledges.length, 6);
  });

  it('stops reading a body past maxBytes, and cancels the download', async () => {
    const big = JSON.stringify(pledgeFeed(Array.from({length: 5000}, (_, i) => `p${i}`)));
    server.route('/streamed', (_, res) => {
      // No Content-Length: the size is only known by reading.
      res.writeHead(200, {'content-type': 'application/feed+json'});
      res.write(big.slice(0, 300_000));
      setTimeout(() => res.end(big.slice(300_000)), 200);
    });
    const error = await tooLarge(loadFeed(server.url('/streamed'), {...fast, maxBytes: 100_000}));
    assert.match(error.message, /100 KB|98 KiB|100,000 bytes/);
    assert.equal(await server.requests('/streamed')[0]?.cancelled, true, 'the rest was never downloaded');
  });

  it('refuses at once a body whose Content-Length is past maxBytes', async () => {
    const big = JSON.stringify(pledgeFeed(Array.from({length: 3000}, (_, i) => `p${i}`)));
    server.route('/declared', (_, res) => send(res, big, 200, {'content-length': String(Buffer.byteLength(big))}));
    await tooLarge(loadFeed(server.url('/declared'), {...fast, maxBytes: 10_000}));
    assert.equal(server.requests('/declared').length, 1);
  });

  it('counts the bytes of every page against maxBytes', async () => {
    const page = (n: number, next?: string) => pledgeFeed([`p${n}`], next ? {next_url: server.url(next)} : {});
    const size = JSON.stringify(page(1, '/bytes/2')).length;
    server.route('/bytes/1', (_, res) => send(res, page(1, '/bytes/2')));
    server.route('/bytes/2', (_, res) => send(res, page(2)));
    await tooLarge(loadFeed(server.url('/bytes/1'), {...fast, maxBytes: size + 50}));
    assert.equal((await loadFeed(server.url('/bytes/1'), {...fast, maxBytes: 3 * size})).pledges.length, 2);
  });

  it('a usual feed is far from the default ceilings', async () => {
    server.route('/usual', (_, res) => send(res, pledgeFeed(Array.from({length: 2000}, (_, i) => `p${i}`))));
    assert.equal((await loadFeed(server.url('/usual'), fast)).pledges.length, 2000);
  });
});

describe('fetchWithTimeout', () => {
  it('answers with what `read` makes of the response', async () => {
    server.route('/ok', (_, res) => send(res, 'fine', 202, {'content-type': 'text/plain'}));
    const answer = await fetchWithTimeout(server.url('/ok'), {method: 'POST', body: 'a=1', timeout: 1000}, (r) =>
      r.text().then((text) => [r.status, text]),
    );
    assert.deepEqual(answer, [202, 'fine']);
  });

  it('rejects with a TimeoutError when the time runs out, and cancels the request', async () => {
    server.route('/silent', hold);
    await assert.rejects(
      fetchWithTimeout(server.url('/silent'), {timeout: 50}, (r) => r.text()),
      (error: Error) => error.name === 'TimeoutError',
    );
    assert.equal(await server.requests('/silent')[0]?.cancelled, true);
  });

  it('counts reading the body in the time', async () => {
    server.route('/slow-body', (_, res) => {
      res.writeHead(200, {'content-type': 'text/plain'});
      res.write('first part');
    });
    await assert.rejects(
      fetchWithTimeout(server.url('/slow-body'), {timeout: 100}, (r) => r.text()),
      (error: Error) => error.name === 'TimeoutError',
    );
  });

  it('rejects with the caller’s reason when its signal aborts', async () => {
    server.route('/held', hold);
    const controller = new AbortController();
    const request = fetchWithTimeout(server.url('/held'), {timeout: 5000, signal: controller.signal}, (r) => r.text());
    setTimeout(() => controller.abort(new Error('left the page')), 20);
    await assert.rejects(request, /left the page/);
  });
});

describe('loadFeed: maxAge', () => {
  it('answers from the last load without a request while it is younger than maxAge', async () => {
    server.route('/young', (_, res) => send(res, pledgeFeed(['a'])));
    const first = await loadFeed(server.url('/young'), fast);
    const again = await loadFeed(server.url('/young'), {...fast, maxAge: 60_000});
    assert.equal(again, first);
    assert.equal(server.requests('/young').length, 1);
    await loadFeed(server.url('/young'), {...fast, maxAge: 0});
    assert.equal(server.requests('/young').length, 2);
  });
});
