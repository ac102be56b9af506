// <pledge-feed> against network faults, moves and many boards mounted and removed in
// random order: each ends in the right state, one request per address is in flight at a
// time, pledges already shown are never dropped, and no rejection goes unhandled.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/elements/pledge-feed/define.js';
import '../../src/elements/pledge-objective-list/define.js';
import type {PledgeFeed} from '../../src/elements/pledge-feed/define.js';
import {clearFeedCache, loadFeed} from '../../src/feed/load/load.js';
import type {Pledge} from '../../src/model/schema.js';

const SRC = '/examples/feeds/local-actions.json';
const REJECTED = '/test/elements/fixtures/rejected-items.json';
/** A feed (`sample` or `rejected`) after a delay; `key` makes a distinct address. */
const slow = (ms: number, feed: 'sample' | 'rejected', key = 'a') => `/__fault/slow/${ms}/${key}/${feed}`;

const root = (el: PledgeFeed) => el.shadowRoot!;
const $ = (el: PledgeFeed, selector: string) => root(el).querySelector<HTMLElement>(selector);
const cardIds = (el: PledgeFeed) =>
  [...root(el).querySelectorAll('pledge-card')].map((card) => (card as unknown as {pledge: Pledge}).pledge.id);
// A board re-pointed to another feed keeps its cards, marked busy, until the new ones come.
const isSettled = (el: PledgeFeed) =>
  Boolean($(el, '.cards, [part=empty], [role=alert]')) && !$(el, '[aria-busy=true]');

async function settled(el: PledgeFeed, timeout = 8000): Promise<PledgeFeed> {
  // A src just set is not rendered yet: let the board take it in first.
  await el.updateComplete;
  await waitUntil(() => isSettled(el), `the board for ${el.src} did not settle`, {timeout});
  return el;
}

/** What a board shows once loaded, by the path of its feed. */
const EXPECTED: Record<string, string[]> = {};

/** Wraps fetch to count requests per address, and the most in flight at once per address. */
function watchFetches() {
  const original = globalThis.fetch;
  const calls = new Map<string, number>();
  const open = new Map<string, number>();
  let mostOpen = 0;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href).pathname;
    calls.set(url, (calls.get(url) ?? 0) + 1);
    open.set(url, (open.get(url) ?? 0) + 1);
    mostOpen = Math.max(mostOpen, open.get(url)!);
    const done = () => void open.set(url, open.get(url)! - 1);
    const request = original(input, init);
    request.then(done, done);
    return request;
  };
  return {
    calls,
    get mostOpen() {
      return mostOpen;
    },
    restore: () => (globalThis.fetch = original),
  };
}

const unhandled: unknown[] = [];
const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
let faults = 0;
let cases = 0;

describe('pledge-feed under faults and churn', () => {
  before(async () => {
    window.addEventListener('unhandledrejection', onUnhandled);
    for (const path of [SRC, REJECTED]) {
      const load = await loadFeed(path);
      EXPECTED[path] = load.pledges.slice(0, 12).map((p) => p.id);
    }
  });

  beforeEach(() => {
    clearFeedCache({persist: true});
  });

  after(async () => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    clearFeedCache({persist: true});
    await executeServerCommand('hardening-report', {
      name: 'network faults and churn (elements)',
      faults,
      cases,
      violations: unhandled.length,
    });
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
  });

  describe('fault states', () => {
    const STATES: [string, string, string][] = [
      ['404', '/__fault/status/404', 'The server answered with an error.'],
      ['HTML with 200', '/__fault/html', 'This address does not return a feed.'],
      ['truncated JSON', '/__fault/truncated', 'could not be loaded'],
      ['not a feed', '/package.json', 'could not be loaded'],
    ];
    for (const [name, src, text] of STATES) {
      it(`${name}: an alert explains it, with a way to try again`, async () => {
        const el = await settled(await fixture<PledgeFeed>(html`<pledge-feed src=${src}></pledge-feed>`));
        expect($(el, '[role=alert]')?.textContent).to.contain(text);
        expect(cardIds(el)).to.deep.equal([]);
        faults += 1;
      });
    }

    it('a feed served as text/plain still shows its pledges', async () => {
      const el = await settled(
        await fixture<PledgeFeed>(html`<pledge-feed src="/__fault/plain/sample"></pledge-feed>`),
      );
      expect(cardIds(el)).to.deep.equal(EXPECTED[SRC]);
      faults += 1;
    });

    it('500 then recovery: retries with backoff and shows the pledges', async () => {
      const el = await settled(
        await fixture<PledgeFeed>(html`<pledge-feed src="/__fault/flaky/2/a/sample"></pledge-feed>`),
      );
      expect(cardIds(el)).to.deep.equal(EXPECTED[SRC]);
      faults += 1;
    });

    it('connection refused: the network error, after the retries', async () => {
      const el = await settled(
        await fixture<PledgeFeed>(html`<pledge-feed src="http://127.0.0.1:9/feed.json"></pledge-feed>`),
        15000,
      );
      expect($(el, '[role=alert]')).to.exist;
      faults += 1;
    });

    it('a load that fails keeps showing the pledges saved on the last visit', async () => {
      const el = await settled(await fixture<PledgeFeed>(html`<pledge-feed src=${SRC} offline-copy></pledge-feed>`));
      const original = globalThis.fetch;
      globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      try {
        // The next visit: nothing in memory, the copy in localStorage, the network down.
        clearFeedCache();
        const other = await fixture<PledgeFeed>(html`<pledge-feed src=${SRC} offline-copy></pledge-feed>`);
        await waitUntil(() => $(other, '[part=notice]'), 'no offline notice', {timeout: 8000});
        expect(cardIds(other)).to.deep.equal(EXPECTED[SRC]);
        expect(cardIds(el)).to.deep.equal(EXPECTED[SRC]);
      } finally {
        globalThis.fetch = original;
      }
      faults += 1;
    });
  });

  describe('hostile attributes', () => {
    const ATTRIBUTES: Record<string, string[]> = {
      'page-size': ['0', '-5', 'NaN', '1e9', '2.5', ''],
      objective: ['0', '99', 'abc', '-1', '1.5'],
      year: ['abc', '99999', '-2023', ''],
      country: ['USA', '<b>', 'u', '🇺🇸'],
      stakeholder: ['bogus', '__proto__', 'constructor'],
      sort: ['bogus', '__proto__', ''],
      'heading-level': ['0', '9', '-1', 'x'],
      q: ['<script>window.__pwned=1</script>', '   ', '\u0000', 'a'.repeat(5000)],
      theme: ['bogus', '"><img src=x onerror=window.__pwned=1>'],
      lang: ['!!', 'x-bogus', 'ar-EG-u-nu-arab', ''],
    };
    for (const [name, values] of Object.entries(ATTRIBUTES)) {
      it(`${name}: odd values still give a working board`, async () => {
        const errors: string[] = [];
        const onError = (event: ErrorEvent) => errors.push(event.message);
        window.addEventListener('error', onError);
        try {
          for (const value of values) {
            const wrapper = await fixture<HTMLElement>(html`<div></div>`);
            const el = document.createElement('pledge-feed');
            el.setAttribute('src', SRC);
            el.setAttribute(name, value);
            wrapper.append(el);
            await settled(el);
            expect($(el, '.cards, [part=empty]'), `${name}="${value}"`).to.exist;
            expect(cardIds(el).length).to.be.at.most(EXPECTED[SRC]!.length + 2);
            cases += 1;
          }
        } finally {
          window.removeEventListener('error', onError);
        }
        expect(errors).to.deep.equal([]);
        expect(window.__pwned).to.equal(undefined);
      });
    }
  });

  describe('moves and churn', () => {
    it('a board moved to another place in the page while it loads still shows its pledges', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><section></section><section></section></div>`);
      const [first, second] = wrapper.querySelectorAll('section');
      const el = document.createElement('pledge-feed');
      el.src = slow(150, 'sample', 'move');
      first!.append(el);
      await el.updateComplete;
      second!.append(el);
      await settled(el);
      expect(cardIds(el)).to.deep.equal(EXPECTED[SRC]);
      cases += 1;
    });

    it('filters chosen while a slow feed loads still apply when it arrives', async () => {
      const el = await fixture<PledgeFeed>(html`<pledge-feed src=${slow(200, 'sample', 'filters')}></pledge-feed>`);
      el.country = 'us';
      el.q = 'language';
      await settled(el);
      const load = await loadFeed(SRC);
      const expected = load.pledges
        .filter((p) => p._pledge.actor.country === 'US' || p._pledge.countries?.includes('US'))
        .filter((p) => /language/i.test([p.title, p.summary, p.content_text].join(' ')))
        .map((p) => p.id);
      expect(expected.length).to.be.greaterThan(0);
      expect(cardIds(el)).to.deep.equal(expected);
      cases += 1;
    });

    it('a loaded board moved to another place keeps its pledges', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><section></section><section></section></div>`);
      const [first, second] = wrapper.querySelectorAll('section');
      const el = document.createElement('pledge-feed');
      el.src = SRC;
      first!.append(el);
      await settled(el);
      second!.append(el);
      await el.updateComplete;
      expect(cardIds(el)).to.deep.equal(EXPECTED[SRC]);
      cases += 1;
    });

    it('boards with equal and different src, mounted, moved, re-pointed and removed in random order, end right with one request per address in flight', async () => {
      const SOURCES = [SRC, REJECTED, slow(120, 'sample'), slow(60, 'rejected'), slow(30, 'sample', 'b')];
      const feedOf = (src: string) => (src.endsWith(SRC) || src.endsWith('sample') ? SRC : REJECTED);
      const op = fc.oneof(
        fc.record({kind: fc.constant('mount' as const), src: fc.constantFrom(...SOURCES), list: fc.boolean()}),
        fc.record({kind: fc.constant('remove' as const), at: fc.nat()}),
        fc.record({kind: fc.constant('move' as const), at: fc.nat()}),
        fc.record({kind: fc.constant('point' as const), at: fc.nat(), src: fc.constantFrom(...SOURCES)}),
        fc.record({kind: fc.constant('wait' as const), ms: fc.constantFrom(0, 10, 40, 90)}),
      );
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(op, {minLength: 5, maxLength: 30}), async (ops) => {
          runs += 1;
          clearFeedCache({persist: true});
          const fetches = watchFetches();
          const host = document.createElement('div');
          const other = document.createElement('div');
          document.body.append(host, other);
          const boards: PledgeFeed[] = [];
          try {
            for (const step of ops) {
              const target = boards.length === 0 ? undefined : boards[('at' in step ? step.at : 0) % boards.length]!;
              if (step.kind === 'mount') {
                const el = document.createElement('pledge-feed');
                el.src = step.src;
                boards.push(el);
                host.append(el);
                if (step.list)
                  host.append(Object.assign(document.createElement('pledge-objective-list'), {src: step.src}));
              } else if (step.kind === 'remove' && target) {
                target.remove();
                boards.splice(boards.indexOf(target), 1);
              } else if (step.kind === 'move' && target) {
                (target.parentElement === host ? other : host).append(target);
              } else if (step.kind === 'point' && target) {
                target.src = step.src;
              } else if (step.kind === 'wait') {
                await new Promise((done) => setTimeout(done, step.ms));
              }
            }
            for (const el of boards) {
              await settled(el);
              expect(cardIds(el), `board for ${el.src}`).to.deep.equal(EXPECTED[feedOf(el.src)]);
            }
            expect(fetches.mostOpen, 'requests in flight for one address').to.be.at.most(1);
          } finally {
            fetches.restore();
            host.remove();
            other.remove();
          }
        }),
        {numRuns: 25, seed: 20261123},
      );
      cases += runs;
    });
  });
});
