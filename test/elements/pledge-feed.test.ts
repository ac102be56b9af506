import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '../support/commands.js';
import '../../src/elements/pledge-feed/define.js';
import type {PledgeFeed} from '../../src/elements/pledge-feed/define.js';
import type {PledgeObjectiveList} from '../../src/elements/pledge-objective-list/define.js';
import type {PledgeFilterChangeEvent} from '../../src/events/pledge-filter-change.js';
import {clearFeedCache, loadFeed} from '../../src/feed/load/load.js';
import {prepareSearch, queryPledges} from '../../src/query/query.js';
import {UI_LANGUAGES, format, formatDate, messages, plural} from '../../src/i18n/index.js';
import type {Pledge} from '../../src/model/schema.js';

const SRC = '/examples/feeds/local-actions.json';
const SLOW = '/__fault/delay/400?file=/examples/feeds/local-actions.json';
const REJECTED = '/test/elements/fixtures/rejected-items.json';

const root = (el: PledgeFeed) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: PledgeFeed, selector: string) => root(el).querySelector<T>(selector);
const cards = (el: PledgeFeed) => [...root(el).querySelectorAll('pledge-card')];
const cardIds = (el: PledgeFeed) => cards(el).map((card) => (card as unknown as {pledge: Pledge}).pledge.id);
const countText = (el: PledgeFeed) => $(el, '[part=count]')!.textContent.trim();
const select = (el: PledgeFeed, name: string) => $<HTMLSelectElement>(el, `select[name=${name}]`)!;
const button = (el: PledgeFeed, text: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent.trim() === text);

/** Waits until the board shows cards, the empty state or the error. */
async function settled(el: PledgeFeed): Promise<PledgeFeed> {
  // As long as a slow feed (400 ms) on a busy machine may take: the other settle helpers wait as long.
  await waitUntil(() => $(el, '.cards, [part=empty], [role=alert]'), 'the board did not settle', {timeout: 5000});
  return el;
}

async function board(template: ReturnType<typeof html>): Promise<PledgeFeed> {
  return settled(await fixture<PledgeFeed>(template));
}

/** Resolves once the board has its list ready for search (the list's word index complete). */
async function indexed(list: readonly Pledge[]): Promise<void> {
  // With nothing to add, prepareSearch only says how many pledges the index holds.
  await waitUntil(() => prepareSearch(list, 0, 0) === list.length, 'the board did not index its list');
}

/** Runs `during` as in a browser without requestIdleCallback (Safari, WebKitGTK). */
async function withoutIdleCallbacks(during: () => Promise<void>): Promise<void> {
  const own = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
  Object.defineProperty(window, 'requestIdleCallback', {value: undefined, configurable: true, writable: true});
  try {
    await during();
  } finally {
    if (own) Object.defineProperty(window, 'requestIdleCallback', own);
    else delete (window as {requestIdleCallback?: unknown}).requestIdleCallback;
  }
}

/** Searches the board the way a reader does (words, then Enter) and checks it against reading every text. */
async function expectSearchesLikeReading(el: PledgeFeed, pledges: readonly Pledge[], texts: string[]): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type=search]')!;
  for (const text of texts) {
    input.value = text;
    input.dispatchEvent(new Event('input', {bubbles: true}));
    input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
    await el.updateComplete;
    // A copy of the list has no index: its search reads every pledge's text.
    const expected = queryPledges(pledges.slice(), {text}, {pageSize: 12});
    expect(cardIds(el), text).to.deep.equal(expected.page.items.map((p) => p.id));
    expect(countText(el), text).to.contain(expected.total.toLocaleString('en'));
  }
}

/** Chooses an option the way a user does: the select changes, then says so. */
async function choose(el: PledgeFeed, name: string, value: string): Promise<void> {
  const control = select(el, name);
  control.value = value;
  control.dispatchEvent(new Event('change', {bubbles: true}));
  await el.updateComplete;
}

/** Counts the requests made while a test runs. */
function countFetches(): {calls: string[]; restore: () => void} {
  const original = globalThis.fetch;
  const calls: string[] = [];
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(String(input instanceof Request ? input.url : input));
    return original(input, init);
  };
  return {calls, restore: () => (globalThis.fetch = original)};
}

/** The browser's back button, and the board's answer to it. */
async function back(el: PledgeFeed): Promise<void> {
  const popped = oneEvent(window, 'popstate');
  history.back();
  await popped;
  await el.updateComplete;
}

describe('pledge-feed', () => {
  let address: string;

  beforeEach(() => {
    address = location.href;
    clearFeedCache({persist: true});
  });

  afterEach(() => {
    history.replaceState(null, '', address);
    clearFeedCache({persist: true});
  });

  describe('loaded', () => {
    it('shows one page of cards, the count and the pager, and pages forward with focus on the results', async () => {
      const el = await board(html`<pledge-feed src=${SRC} page-size="5"></pledge-feed>`);
      expect(cards(el)).to.have.length(5);
      expect(countText(el)).to.equal('Showing 1–5 of 14');
      expect($(el, '[part=count]')!.getAttribute('aria-live')).to.equal('polite');
      expect($(el, 'nav[part=pager]')!.getAttribute('aria-label')).to.equal(
        'Pages: Local actions for migrants and refugees',
      );
      expect($(el, '[part=pager]')!.textContent).to.contain('Page 1 of 3');
      expect($(el, '[part=heading]')!.textContent).to.equal('Local actions for migrants and refugees');
      const first = cardIds(el);
      await expect(el).to.be.accessible();

      button(el, 'Next page')!.click();
      await el.updateComplete;
      expect(cards(el)).to.have.length(5);
      expect(cardIds(el).some((id) => first.includes(id))).to.equal(false);
      expect(countText(el)).to.equal('Showing 6–10 of 14');
      expect($(el, '[part=pager]')!.textContent).to.contain('Page 2 of 3');
      expect(root(el).activeElement).to.equal($(el, '[part=results]'));
    });

    it('narrows the results with each filter and announces the new count', async () => {
      const el = await board(html`<pledge-feed src=${SRC} page-size="20"></pledge-feed>`);
      expect(countText(el)).to.equal('14 pledges');
      await choose(el, 'objective', '3');
      expect(countText(el)).to.equal('5 pledges');
      expect(cards(el)).to.have.length(5);
      await expect(el).to.be.accessible();
      await choose(el, 'stakeholder', 'local-government');
      expect(countText(el)).to.equal('5 pledges');
      await choose(el, 'country', 'US');
      expect(cardIds(el)).to.deep.equal(['salt-lake-county-language-services', 'dallas-community-ambassador-program']);
      await choose(el, 'objective', '');
      await choose(el, 'stakeholder', 'network');
      await choose(el, 'country', '');
      expect(countText(el)).to.equal('2 pledges');
      await choose(el, 'year', '2022');
      expect(cardIds(el)).to.deep.equal(['eurocities-integrating-cities-process']);
      await choose(el, 'sort', 'title');
      expect(countText(el)).to.equal('1 pledge');
    });

    it('offers only the countries and years of the feed, named and sorted for the reader', async () => {
      const el = await board(html`<pledge-feed src=${SRC}></pledge-feed>`);
      const countries = [...select(el, 'country').options].map((o) => o.value);
      expect(countries).to.have.length(13);
      expect(countries.slice(0, 3)).to.deep.equal(['', 'AR', 'BE']);
      expect(select(el, 'country').options[1]!.textContent).to.equal('Argentina (1)');
      expect([...select(el, 'year').options].map((o) => o.value)).to.deep.equal(['', '2023', '2022']);
      expect(select(el, 'objective').options[16]!.textContent).to.equal('16. Inclusion and social cohesion (11)');
    });

    it('applies the filters written as attributes', async () => {
      const el = await board(html`<pledge-feed src=${SRC} objective="15" country="US" year="2023"></pledge-feed>`);
      expect(cardIds(el)).to.deep.equal(['salt-lake-county-language-services', 'dallas-community-ambassador-program']);
      expect(select(el, 'objective').value).to.equal('15');
      expect(select(el, 'country').value).to.equal('US');
      expect(select(el, 'year').value).to.equal('2023');
      expect(button(el, 'Clear filters')).to.exist;
    });

    it('finds Montréal when the user types "montreal", once the typing pauses', async () => {
      const el = await board(html`<pledge-feed src=${SRC}></pledge-feed>`);
      $<HTMLInputElement>(el, 'input[type=search]')!.focus();
      await sendKeys({type: 'montreal'});
      await waitUntil(() => countText(el) === '1 pledge', 'the search did not apply');
      expect(cardIds(el)).to.deep.equal(['montreal-inclusive-at-work-podcast']);
      expect($(el, 'label[for=q]')!.textContent).to.equal('Search');
    });

    it('applies the search at once on Enter', async () => {
      const el = await board(html`<pledge-feed src=${SRC}></pledge-feed>`);
      const changes: PledgeFilterChangeEvent[] = [];
      el.addEventListener('pledge-filter-change', (e) => changes.push(e));
      $<HTMLInputElement>(el, 'input[type=search]')!.focus();
      await sendKeys({type: 'ZURICH'});
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(cardIds(el)).to.deep.equal(['zurich-access-municipal-services']);
      expect(changes.at(-1)!.query.text).to.equal('ZURICH');
    });
  });

  describe('search after idle time', () => {
    it('finds what a search of every text finds, once the board has indexed its list', async () => {
      const {pledges} = await loadFeed(new URL(SRC, location.href).href);
      const el = await board(html`<pledge-feed .pledges=${pledges}></pledge-feed>`);
      await indexed(pledges);
      await expectSearchesLikeReading(el, pledges, [
        'montreal',
        'migra',
        'ville de',
        'ZÜRICH',
        'migrants work',
        'montreal zurich',
        'nothing like this',
      ]);
    });

    it('indexes its list where the browser has no requestIdleCallback (Safari)', async () => {
      const {pledges: sample} = await loadFeed(new URL(SRC, location.href).href);
      // Enough pledges for many slices of idle work.
      const pledges = Array.from({length: 2000}, (_, i) => ({...sample[i % sample.length]!, id: `copy-${i}`}));
      await withoutIdleCallbacks(async () => {
        const el = await board(html`<pledge-feed .pledges=${pledges}></pledge-feed>`);
        await indexed(pledges);
        await expectSearchesLikeReading(el, pledges, ['montreal', 'ZÜRICH', 'migrants work', 'nothing like this']);
      });
    });
  });

  describe('states', () => {
    it('says no pledge matches, and clears the filters on request', async () => {
      const el = await board(html`<pledge-feed src=${SRC} q="no such pledge anywhere"></pledge-feed>`);
      expect($(el, '[part=empty]')!.textContent).to.contain('No pledge matches these filters.');
      expect(countText(el)).to.equal('0 pledges');
      expect(cards(el)).to.have.length(0);
      await expect(el).to.be.accessible();
      const clear = [...$(el, '[part=empty]')!.querySelectorAll('button')].find(
        (b) => b.textContent === 'Clear filters',
      )!;
      clear.click();
      await el.updateComplete;
      expect(countText(el)).to.equal('Showing 1–12 of 14');
      expect($<HTMLInputElement>(el, 'input[type=search]')!.value).to.equal('');
      expect(button(el, 'Clear filters')).to.equal(undefined);
      expect(root(el).activeElement).to.equal($(el, '[part=results]'));
    });

    it('shows a busy skeleton while the feed loads', async () => {
      const el = await fixture<PledgeFeed>(html`<pledge-feed src=${SLOW}></pledge-feed>`);
      expect($(el, '[part=results]')!.getAttribute('aria-busy')).to.equal('true');
      expect(countText(el)).to.equal('Loading pledges…');
      expect($(el, '.skeleton')).to.exist;
      // Counts are unknown until the feed arrives: the objective options show none rather than "(0)".
      const objective17 = () => select(el, 'objective').querySelector('option[value="17"]')!.textContent.trim();
      expect(objective17()).to.equal('17. Non-discrimination');
      await expect(el).to.be.accessible();
      await settled(el);
      expect($(el, '[part=results]')!.getAttribute('aria-busy')).to.equal('false');
      expect(cards(el)).to.have.length(12);
      expect(objective17()).to.equal('17. Non-discrimination (9)');
    });

    it('explains a failed load in plain words and tries again on request', async () => {
      const el = await board(html`<pledge-feed src="/__fault/status/404"></pledge-feed>`);
      // The alert is the message alone (the retry button is not read out with it), inside the `error` part.
      const alert = $(el, '[part=error] [role=alert]')!;
      expect(alert.textContent).to.contain('The pledges could not be loaded.');
      expect(alert.textContent).to.contain('The server answered with an error.');
      expect(alert.textContent).not.to.contain('Try again');
      await expect(el).to.be.accessible();
      const fetches = countFetches();
      try {
        button(el, 'Try again')!.click();
        await waitUntil(() => fetches.calls.length === 1, 'retry made no request');
        await settled(el);
        expect(fetches.calls[0]).to.contain('/__fault/status/404');
        expect($(el, '[role=alert]')).to.exist;
      } finally {
        fetches.restore();
      }
    });

    it('says when the address is a web page rather than a feed', async () => {
      const el = await board(html`<pledge-feed src="/__fault/html"></pledge-feed>`);
      expect($(el, '[role=alert]')!.textContent).to.contain('This address does not return a feed.');
    });

    it('shows every valid pledge of a feed with rejected items, and says how many were left out', async () => {
      const el = await board(html`<pledge-feed src=${REJECTED}></pledge-feed>`);
      expect(cardIds(el)).to.deep.equal(['good-1', 'good-2', 'good-3']);
      expect($(el, '[part=notice]')!.textContent).to.equal(
        '2 pledges in this feed could not be shown because they are incomplete.',
      );
      await expect(el).to.be.accessible();
    });

    it('shows the saved pledges with a notice when the network fails', async () => {
      // A visit before this one saved a good copy (with offline-copy); this page view has nothing in memory.
      await loadFeed(new URL(SRC, location.href).href, {persist: true});
      clearFeedCache();
      const original = globalThis.fetch;
      globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      try {
        const el = await fixture<PledgeFeed>(html`<pledge-feed src=${SRC} offline-copy></pledge-feed>`);
        // The loader retries with backoff before it falls back on the saved copy.
        await waitUntil(() => $(el, '[part=notice]'), 'no notice', {timeout: 8000});
        const today = formatDate(new Date().toISOString(), 'en');
        // The browser is online: the feed's server, not the visitor's connection, is at fault.
        expect($(el, '[part=notice]')!.textContent).to.equal(
          `The feed could not be reached: showing pledges saved on ${today}.`,
        );
        expect(cards(el)).to.have.length(12);
        await expect(el).to.be.accessible();
      } finally {
        globalThis.fetch = original;
      }
    });

    it('keeps a filter the feed has no pledge for, and says nothing matches', async () => {
      const el = await board(html`<pledge-feed src=${SRC} country="de"></pledge-feed>`);
      expect(select(el, 'country').value).to.equal('DE');
      expect(select(el, 'country').selectedOptions[0]!.textContent).to.equal('Germany (0)');
      expect($(el, '[part=empty]')).to.exist;
    });

    it('is accessible in the dark theme and in Arabic', async () => {
      const el = await board(html`<pledge-feed src=${SRC} theme="dark" lang="ar" page-size="4"></pledge-feed>`);
      expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
  });

  describe('data set in code', () => {
    const pledge = (id: string, title: string, extra: Partial<Pledge> = {}): Pledge => ({
      id,
      title,
      content_text: 'Text',
      _pledge: {actor: {name: 'City'}, stakeholder: 'local-government'},
      ...extra,
    });

    // Firefox lays out the cards that come into view while a card's observer reads its
    // summary, inside the observers' delivery, and reports the loop to the page as an error.
    it('reports no ResizeObserver loop to the page while its cards measure their summaries', async () => {
      const errors: string[] = [];
      const record = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', record);
      try {
        const long = `${'A welcome desk for newcomers, open every day. '.repeat(36)}`;
        const pledges = Array.from({length: 40}, (_, i) => pledge(`p${i}`, `Pledge ${i}`, {content_text: long}));
        const el = await board(html`<pledge-feed .pledges=${pledges}></pledge-feed>`);
        for (let frame = 0; frame < 5; frame++) await new Promise((done) => requestAnimationFrame(done));
        expect(cards(el)).to.have.length(12);
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', record);
      }
    });

    it('shows pledges given as a property, under the heading and level it was given', async () => {
      const el = await board(html`<pledge-feed heading="Our pledges" heading-level="3"
        .pledges=${[pledge('a', 'First'), pledge('b', 'Second')]}></pledge-feed>`);
      const heading = $(el, '[role=heading]')!;
      expect(heading.textContent).to.equal('Our pledges');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(cards(el).map((c) => c.getAttribute('heading-level'))).to.deep.equal(['4', '4']);
      expect(countText(el)).to.equal('2 pledges');
    });

    it('renders hostile text as text and runs nothing', async () => {
      const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const hostile = pledge('x', evil, {
        summary: evil,
        url: 'javascript:window.__pwned=1',
        _pledge: {actor: {name: evil, city: evil, country: 'FR'}, stakeholder: 'local-government', partners: [evil]},
      });
      const el = await board(html`<pledge-feed heading=${evil} .pledges=${[hostile]}></pledge-feed>`);
      $<HTMLInputElement>(el, 'input[type=search]')!.focus();
      await sendKeys({type: 'onerror'});
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect((window as {__pwned?: unknown}).__pwned).to.equal(undefined);
      expect($(el, '[role=heading]')!.textContent).to.equal(evil);
      const roots = [
        root(el),
        ...cards(el)
          .map((c) => c.shadowRoot)
          .filter((r) => r !== null),
      ];
      for (const r of roots) expect(r.querySelector('script, [onerror], a[href^="javascript:"]')).to.equal(null);
    });
  });

  describe('events', () => {
    it('fires pledge-filter-change with the query when the user changes a filter or the page', async () => {
      const el = await board(html`<pledge-feed src=${SRC} page-size="2"></pledge-feed>`);
      setTimeout(() => void choose(el, 'objective', '3'));
      const change = (await oneEvent(el, 'pledge-filter-change')) as unknown as PledgeFilterChangeEvent;
      expect(change.query).to.deep.equal({order: 'newest', objectives: [3]});
      expect(change.page).to.equal(1);
      expect(change.bubbles && change.composed).to.equal(true);
      setTimeout(() => button(el, 'Next page')!.click());
      const next = (await oneEvent(el, 'pledge-filter-change')) as unknown as PledgeFilterChangeEvent;
      expect(next.page).to.equal(2);
      expect(next.query.objectives).to.deep.equal([3]);
    });

    it('fires nothing when code sets the filters, and goes back to page 1', async () => {
      const el = await board(html`<pledge-feed src=${SRC} page-size="2"></pledge-feed>`);
      const changes: Event[] = [];
      el.addEventListener('pledge-filter-change', (e) => changes.push(e));
      el.page = 3;
      await el.updateComplete;
      expect(countText(el)).to.equal('Showing 5–6 of 14');
      el.objective = 3;
      el.setAttribute('stakeholder', 'local-government');
      await el.updateComplete;
      expect(countText(el)).to.equal('Showing 1–2 of 5');
      expect(select(el, 'objective').value).to.equal('3');
      el.q = 'dallas';
      await el.updateComplete;
      expect(countText(el)).to.equal('1 pledge');
      expect(changes).to.have.length(0);
    });
  });

  describe('objective list', () => {
    it('shares the objective filter with the select, both ways', async () => {
      const el = await board(html`<pledge-feed src=${SRC}></pledge-feed>`);
      const list = $<PledgeObjectiveList>(el, 'pledge-objective-list')!;
      const option = (n: number) => list.shadowRoot!.querySelector<HTMLElement>(`[role=option][data-n="${n}"]`)!;
      expect(list.counts!.get(16)).to.equal(11);
      await choose(el, 'objective', '17');
      await list.updateComplete;
      expect(list.selected).to.deep.equal([17]);
      expect(option(17).getAttribute('aria-selected')).to.equal('true');

      const changes: PledgeFilterChangeEvent[] = [];
      el.addEventListener('pledge-filter-change', (e) => changes.push(e));
      option(3).click();
      await waitUntil(() => select(el, 'objective').value === '3', 'the select did not follow the list');
      expect(countText(el)).to.equal('5 pledges');
      expect(changes.map((e) => e.query.objectives)).to.deep.equal([[3]]);
      await expect(el).to.be.accessible();
    });

    it('leaves the filter alone when the page cancels the objective choice', async () => {
      const el = await board(html`<pledge-feed src=${SRC}></pledge-feed>`);
      el.addEventListener('pledge-objective-select', (e) => e.preventDefault());
      const list = $<PledgeObjectiveList>(el, 'pledge-objective-list')!;
      list.shadowRoot!.querySelector<HTMLElement>('[role=option][data-n="3"]')!.click();
      await new Promise((settle) => setTimeout(settle));
      await el.updateComplete;
      expect(select(el, 'objective').value).to.equal('');
      expect(countText(el)).to.equal('Showing 1–12 of 14');
    });

    it('is left out with hide-objectives', async () => {
      const el = await board(html`<pledge-feed src=${SRC} hide-objectives></pledge-feed>`);
      expect($(el, 'pledge-objective-list')).to.equal(null);
    });
  });

  describe('sync-url', () => {
    it("writes the filters into the address, keeps the page's own parameters, and goes back", async () => {
      history.replaceState(null, '', '?keep=me');
      const el = await board(html`<pledge-feed src=${SRC} sync-url page-size="2"></pledge-feed>`);
      await choose(el, 'objective', '16');
      await choose(el, 'stakeholder', 'local-government');
      button(el, 'Next page')!.click();
      await el.updateComplete;
      const params = new URLSearchParams(location.search);
      expect(Object.fromEntries(params)).to.include({
        keep: 'me',
        objective: '16',
        stakeholder: 'local-government',
        page: '2',
      });
      expect(countText(el)).to.equal('Showing 3–4 of 7');

      await back(el);
      expect(new URLSearchParams(location.search).get('page')).to.equal(null);
      expect(countText(el)).to.equal('Showing 1–2 of 7');
      await back(el);
      expect(select(el, 'stakeholder').value).to.equal('');
      expect(select(el, 'objective').value).to.equal('16');
      expect(countText(el)).to.equal('Showing 1–2 of 11');
      expect(new URLSearchParams(location.search).get('keep')).to.equal('me');
    });

    it('keeps a search in the address without adding history entries', async () => {
      const el = await board(html`<pledge-feed src=${SRC} sync-url></pledge-feed>`);
      const length = history.length;
      $<HTMLInputElement>(el, 'input[type=search]')!.focus();
      await sendKeys({type: 'dallas'});
      await sendKeys({press: 'Enter'});
      expect(new URLSearchParams(location.search).get('q')).to.equal('dallas');
      expect(history.length).to.equal(length);
    });

    it('opens the view an address links to, over the attributes', async () => {
      history.replaceState(null, '', '?objective=3&page=2&year=2023');
      const el = await board(html`<pledge-feed src=${SRC} sync-url objective="16" page-size="2"></pledge-feed>`);
      expect(select(el, 'objective').value).to.equal('3');
      expect(select(el, 'year').value).to.equal('2023');
      expect(countText(el)).to.equal('Showing 3–3 of 3');
      expect($(el, '[part=pager]')!.textContent).to.contain('Page 2 of 2');
    });
  });

  describe('languages', () => {
    for (const lang of UI_LANGUAGES) {
      it(`speaks ${lang}`, async () => {
        const el = await board(html`<pledge-feed src=${SRC} lang=${lang} page-size="5"></pledge-feed>`);
        const t = messages(lang);
        expect($(el, '.root')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect($(el, 'label[for=q]')!.textContent).to.equal(t.search);
        expect(countText(el)).to.equal(format(t.showing, {from: 1, to: 5, total: 14}, lang));
        expect(cards(el).every((c) => c.getAttribute('lang') === lang)).to.equal(true);
        await choose(el, 'objective', '3');
        expect(countText(el)).to.equal(plural(lang, t.pledgeCount, 5));
      });
    }

    // Which digits a locale writes depends on the browser's locale data: WebKitGTK's ICU 72
    // writes Arabic-Indic digits for `ar`, Chromium and Firefox Latin ones; all three write
    // Arabic-Indic digits for `ar-EG`. Whichever they are, the board writes every number with them.
    for (const lang of ['ar', 'ar-EG']) {
      it(`writes every number of the filters in the digits of its counts (${lang})`, async () => {
        const el = await board(html`<pledge-feed src=${SRC} lang=${lang}></pledge-feed>`);
        const arabicIndic = /[٠-٩]/.test(countText(el));
        const other = arabicIndic ? /[0-9]/ : /[٠-٩]/;
        for (const name of ['objective', 'year']) {
          const labels = [...select(el, name).options].map((o) => o.textContent);
          expect(
            labels.filter((label) => other.test(label)),
            name,
          ).to.deep.equal([]);
        }
      });
    }
  });

  describe('landmarks', () => {
    it('gives two boards on one page distinct pager landmarks', async () => {
      const wrapper = await fixture(html`<div>
        <pledge-feed src=${SRC} page-size="5" heading="Cities"></pledge-feed>
        <pledge-feed src=${SRC} page-size="5" heading="Networks"></pledge-feed>
      </div>`);
      const boards = [...wrapper.querySelectorAll('pledge-feed')];
      for (const b of boards) await settled(b);
      const names = boards.map((b) => $(b, 'nav[part=pager]')!.getAttribute('aria-label'));
      expect(names).to.deep.equal(['Pages: Cities', 'Pages: Networks']);
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('loading', () => {
    it('makes one request for two boards with the same src', async () => {
      const fetches = countFetches();
      try {
        const wrapper = await fixture(html`<div>
          <pledge-feed src=${SRC}></pledge-feed>
          <pledge-feed src=${SRC} objective="3"></pledge-feed>
        </div>`);
        const [a, b] = [...wrapper.querySelectorAll('pledge-feed')];
        await settled(a!);
        await settled(b!);
        expect(fetches.calls).to.have.length(1);
        expect(cards(b!)).to.have.length(5);
      } finally {
        fetches.restore();
      }
    });

    it('shows the newer src when an older, slower load finishes last', async () => {
      const fetches = countFetches();
      try {
        const el = await fixture<PledgeFeed>(html`<pledge-feed src=${SLOW}></pledge-feed>`);
        el.src = REJECTED;
        await settled(el);
        // Joins the slow load still running, so the test goes on once it has finished.
        await loadFeed(new URL(SLOW, location.href).href).catch(() => undefined);
        await el.updateComplete;
        expect(fetches.calls.some((url) => url.includes('/__fault/delay/'))).to.equal(true);
        expect(cardIds(el)).to.deep.equal(['good-1', 'good-2', 'good-3']);
      } finally {
        fetches.restore();
      }
    });
  });
});
