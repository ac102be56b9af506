// What a visitor of a board meets when the feed is paged, partly fails, was saved on an
// earlier visit, is too large, or keeps changing (issue 13, items 7–11 and 17). The feed
// is served by a stand-in for fetch, so each test decides every answer.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/elements/pledge-feed/define.js';
import type {PledgeFeed} from '../../src/elements/pledge-feed/define.js';
import {clearFeedCache, loadFeed} from '../../src/feed/load/load.js';
import {formatDate} from '../../src/i18n/index.js';
import type {Pledge} from '../../src/model/schema.js';
import {VERSION, pledgeFeed} from '../support/pledges.js';

const root = (el: PledgeFeed) => el.shadowRoot!;
const $ = (el: PledgeFeed, selector: string) => root(el).querySelector<HTMLElement>(selector);
const cardIds = (el: PledgeFeed) =>
  [...root(el).querySelectorAll('pledge-card')].map((card) => (card as unknown as {pledge: Pledge}).pledge.id);
const notices = (el: PledgeFeed) =>
  [...root(el).querySelectorAll('[part=notice]')].map((n) => n.textContent.replace(/\s+/g, ' ').trim());
const button = (el: PledgeFeed, text: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent.trim() === text);
const isSettled = (el: PledgeFeed) =>
  Boolean($(el, '.cards, [part=empty], [role=alert]')) && $(el, '[aria-busy=true]') === null;

async function settled(el: PledgeFeed): Promise<PledgeFeed> {
  await el.updateComplete;
  await waitUntil(() => isSettled(el), `the board for ${el.src} did not settle`, {timeout: 8000});
  return el;
}

type Answer = () => Response | Promise<Response>;

/** Replaces fetch: each absolute address answers as its route says, others 404. */
function serve(routes: Record<string, Answer>) {
  const original = globalThis.fetch;
  const calls: string[] = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href).href;
    calls.push(url);
    init?.signal?.throwIfAborted();
    const route = routes[url];
    return route ? route() : new Response('not here', {status: 404});
  };
  return {calls, restore: () => (globalThis.fetch = original)};
}

const json = (value: unknown) => () =>
  new Response(JSON.stringify(value), {headers: {'content-type': 'application/feed+json'}});
const status = (code: number) => () => new Response('failure on purpose', {status: code});
const url = (path: string) => new URL(path, location.href).href;

/** Two pages: a, b on the first, then what `second` answers. */
function twoPages(path: string, second: Answer, secondIds = ['c', 'd']) {
  return {
    [url(`${path}/1`)]: json(pledgeFeed(['a', 'b'], {next_url: url(`${path}/2`)})),
    [url(`${path}/2`)]: second === undefined ? json(pledgeFeed(secondIds)) : second,
  };
}

let stub: ReturnType<typeof serve> | undefined;

/** A visit that saved the feed (a, b) in localStorage, then a new page view whose requests get `failure`. */
async function returnVisit(path: string, failure: Answer): Promise<void> {
  stub = serve({[url(path)]: json(pledgeFeed(['a', 'b']))});
  await loadFeed(url(path), {persist: true});
  clearFeedCache();
  stub.restore();
  stub = serve({[url(path)]: failure});
}
let onLine: PropertyDescriptor | undefined;
const uncaught: unknown[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

describe('pledge-feed: loading, return visits and failures', () => {
  beforeEach(() => {
    clearFeedCache({persist: true});
    localStorage.clear();
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    stub?.restore();
    stub = undefined;
    if (onLine) Object.defineProperty(navigator, 'onLine', onLine);
    onLine = undefined;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    clearFeedCache({persist: true});
    localStorage.clear();
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  describe('a page of the feed fails (item 7)', () => {
    it('shows the pledges that came, says some could not be loaded, and tries again on request', async () => {
      let pageTwo: Answer = status(500);
      stub = serve(twoPages('/partial', () => pageTwo()));
      const el = await settled(await fixture<PledgeFeed>(html`<pledge-feed src="/partial/1"></pledge-feed>`));
      expect(cardIds(el)).to.have.members(['a', 'b']);
      expect(notices(el).join(' ')).to.contain('Some pledges of this feed could not be loaded.');
      await expect(el).to.be.accessible();

      pageTwo = json(pledgeFeed(['c', 'd']));
      button(el, 'Try again')!.click();
      await waitUntil(() => cardIds(el).length === 4, 'the retry did not bring the missing pledges');
      expect(notices(el)).to.deep.equal([]);
    });
  });

  describe('notices say what happened (item 8)', () => {
    it('a pledge repeated on the next page is shown once, with no notice', async () => {
      stub = serve(twoPages('/shifted', json(pledgeFeed(['b', 'c']))));
      const el = await settled(await fixture<PledgeFeed>(html`<pledge-feed src="/shifted/1"></pledge-feed>`));
      expect(cardIds(el)).to.have.members(['a', 'b', 'c']);
      expect(notices(el)).to.deep.equal([]);
    });

    it('an id repeated within the feed is not called incomplete', async () => {
      stub = serve({[url('/repeated')]: json(pledgeFeed(['a', 'b', 'a']))});
      const el = await settled(await fixture<PledgeFeed>(html`<pledge-feed src="/repeated"></pledge-feed>`));
      expect(cardIds(el)).to.have.members(['a', 'b']);
      expect(notices(el)).to.deep.equal([
        '1 pledge could not be shown because another pledge of the feed has the same id.',
      ]);
    });

    const SAVED: [string, Answer, string][] = [
      ['503', status(503), 'The feed’s server answered with an error: showing pledges saved on'],
      ['429', status(429), 'The feed’s server is busy: showing pledges saved on'],
      [
        'a network failure',
        () => Promise.reject(new TypeError('Failed to fetch')),
        'The feed could not be reached: showing pledges saved on',
      ],
    ];
    for (const [name, failure, text] of SAVED) {
      it(`${name} while the browser is online is not announced as offline`, async () => {
        await returnVisit('/saved', failure);
        const el = await fixture<PledgeFeed>(html`<pledge-feed src="/saved" offline-copy></pledge-feed>`);
        // The loader retries with backoff before it falls back on the saved copy.
        await waitUntil(() => notices(el).length > 0, 'no notice', {timeout: 8000});
        const today = formatDate(new Date().toISOString(), 'en');
        expect(notices(el)).to.deep.equal([`${text} ${today}.`]);
        expect(cardIds(el)).to.have.members(['a', 'b']);
      });
    }

    it('says "offline" when the browser is offline', async () => {
      await returnVisit('/offline', () => Promise.reject(new TypeError('Failed to fetch')));
      onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine');
      Object.defineProperty(navigator, 'onLine', {configurable: true, get: () => false});
      const el = await fixture<PledgeFeed>(html`<pledge-feed src="/offline" offline-copy></pledge-feed>`);
      await waitUntil(() => notices(el).length > 0, 'no notice', {timeout: 8000});
      expect(notices(el)[0]).to.match(/^You are offline: showing pledges saved on /);
    });
  });

  describe('a malformed saved copy (item 9)', () => {
    it('is discarded: a failing server shows its error, not "Loading" forever', async () => {
      const src = url('/bad-copy');
      // What pledgekit 0.1.0 saved, damaged: a null pledge, and no loadedAt.
      const load = {
        url: src,
        stale: false,
        pages: 1,
        feed: {version: VERSION},
        pledges: [null],
        rejected: [],
        warnings: [],
      };
      localStorage.setItem(`pledgekit:feed:${src}`, JSON.stringify({version: 1, load}));
      stub = serve({[src]: status(503)});
      const el = await settled(
        await fixture<PledgeFeed>(html`<pledge-feed src="/bad-copy" offline-copy></pledge-feed>`),
      );
      expect($(el, '[role=alert]')?.textContent).to.contain('The server answered with an error.');
      expect($(el, '[aria-busy=true]')).to.equal(null);
      expect(localStorage.getItem(`pledgekit:feed:${src}`)).to.equal(null);
    });
  });

  describe('the copy kept in localStorage (item 10)', () => {
    it('is kept only with offline-copy', async () => {
      stub = serve({[url('/kept')]: json(pledgeFeed(['a']))});
      await settled(await fixture<PledgeFeed>(html`<pledge-feed src="/kept"></pledge-feed>`));
      expect(Object.keys(localStorage)).to.deep.equal([]);
      clearFeedCache();
      await settled(await fixture<PledgeFeed>(html`<pledge-feed src="/kept" offline-copy></pledge-feed>`));
      expect(Object.keys(localStorage)).to.deep.equal([`pledgekit:feed:${url('/kept')}`]);
    });

    it('never crowds out the host: after a 3,000-pledge board the page can still save its own data', async () => {
      const big = pledgeFeed([]);
      big.items = Array.from({length: 3000}, (_, i) => ({
        id: `p${i}`,
        title: `Pledge ${i}`,
        content_text: `${i} ${'A welcome desk for newcomers, open every day. '.repeat(36)}`,
        _pledge: {actor: {name: 'City of Example'}, stakeholder: 'local-government'},
      }));
      stub = serve({[url('/big')]: json(big)});
      const el = await settled(await fixture<PledgeFeed>(html`<pledge-feed src="/big" offline-copy></pledge-feed>`));
      expect(el.shadowRoot!.querySelector('[part=count]')!.textContent).to.contain('3,000');
      const used = Object.entries(localStorage as Record<string, string>).reduce(
        (n, [k, v]) => n + k.length + v.length,
        0,
      );
      expect(used).to.be.at.most(1024 * 1024);
      expect(() => localStorage.setItem('host', 'x'.repeat(3_000_000))).not.to.throw();
    });
  });

  describe('clearFeedCache() reaches the elements (item 11)', () => {
    it('a board mounted after it loads the feed again', async () => {
      stub = serve({[url('/again')]: json(pledgeFeed(['a']))});
      await settled(await fixture<PledgeFeed>(html`<pledge-feed src="/again"></pledge-feed>`));
      await settled(await fixture<PledgeFeed>(html`<pledge-feed src="/again"></pledge-feed>`));
      expect(stub.calls).to.have.length(1, 'boards of one page share the load');
      clearFeedCache();
      await settled(await fixture<PledgeFeed>(html`<pledge-feed src="/again"></pledge-feed>`));
      expect(stub.calls).to.have.length(2);
    });

    it('changing src aborts the load nobody waits for', async () => {
      const signals: AbortSignal[] = [];
      const original = globalThis.fetch;
      globalThis.fetch = (_input: RequestInfo | URL, init?: RequestInit) => {
        signals.push(init!.signal!);
        return new Promise<Response>((_, reject) =>
          init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason), {once: true}),
        );
      };
      try {
        const el = await fixture<PledgeFeed>(html`<pledge-feed src="/held/1"></pledge-feed>`);
        for (let i = 2; i <= 5; i++) {
          el.src = `/held/${i}`;
          await el.updateComplete;
        }
        await waitUntil(() => signals.slice(0, 4).every((s) => s.aborted), 'the old loads were not aborted');
        expect(signals.at(-1)!.aborted).to.equal(false);
        el.remove();
        await waitUntil(() => signals.every((s) => s.aborted), 'a removed board left its load running');
      } finally {
        globalThis.fetch = original;
      }
    });
  });

  describe('a feed too large to show (item 17)', () => {
    it('says so instead of freezing the page', async () => {
      stub = serve({[url('/huge')]: json({version: VERSION, title: 'Huge', items: Array(60_000).fill({})})});
      const el = await settled(await fixture<PledgeFeed>(html`<pledge-feed src="/huge"></pledge-feed>`));
      expect($(el, '[role=alert]')?.textContent).to.contain('This feed is too large to show here.');
      await expect(el).to.be.accessible();
    });
  });
});
