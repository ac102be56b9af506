import {elementUpdated, expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '../support/commands.js';
import '../../src/elements/pledge-objective-list/define.js';
import type {PledgeObjectiveList} from '../../src/elements/pledge-objective-list/define.js';
import {PledgeObjectiveSelectEvent} from '../../src/events/pledge-objective-select.js';
import {clearFeedCache} from '../../src/feed/load/load.js';
import {UI_LANGUAGES, format, formatNumber, messages, objectiveLabel, plural} from '../../src/i18n/index.js';
import {OBJECTIVES} from '../../src/model/catalogue.js';
import type {Pledge} from '../../src/model/schema.js';

const FEED = '/examples/feeds/local-actions.json';
// Pledges per objective in the sample feed (the objectives it names; the other 18 have none).
const FEED_COUNTS: Readonly<Record<number, number>> = {3: 5, 7: 1, 15: 5, 16: 11, 17: 9};
const en = messages('en');

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

function pledge(id: string, objectives: number[], title = `Pledge ${id}`): Pledge {
  return {
    id,
    title,
    content_text: `${title}, in full.`,
    _pledge: {
      actor: {name: 'Lisbon', country: 'PT'},
      stakeholder: 'local-government',
      objectives: objectives as Pledge['_pledge']['objectives'],
    },
  };
}

// Objective 17: three pledges, 16: two, 3: one; the rest none.
const PLEDGES = [pledge('a', [17, 16]), pledge('b', [17]), pledge('c', [17, 16, 3]), pledge('d', [])];

const root = (el: PledgeObjectiveList) => el.shadowRoot!;
const $ = (el: PledgeObjectiveList, selector: string) => root(el).querySelector<HTMLElement>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const listbox = (el: PledgeObjectiveList) => $(el, '[role="listbox"]')!;
const options = (el: PledgeObjectiveList) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const option = (el: PledgeObjectiveList, n: number) => $(el, `[role="option"][data-n="${n}"]`)!;
const numbers = (el: PledgeObjectiveList) => options(el).map((o) => Number(o.dataset['n']));
const countOf = (el: PledgeObjectiveList, n: number) => text(option(el, n).querySelector('[part="count"]'));
/** What a screen reader reads for an option: its visually hidden name (the visible parts are aria-hidden). */
const nameOf = (el: PledgeObjectiveList, n: number) => text(option(el, n).querySelector('.visually-hidden'));
const selectedNumbers = (el: PledgeObjectiveList) =>
  options(el)
    .filter((o) => o.getAttribute('aria-selected') === 'true')
    .map((o) => Number(o.dataset['n']));
const focused = (el: PledgeObjectiveList) => Number((root(el).activeElement as HTMLElement | null)?.dataset['n']);

/** Collects the events the list fires; `cancel` makes every listener cancel them. */
function listen(el: PledgeObjectiveList, cancel = false): PledgeObjectiveSelectEvent[] {
  const events: PledgeObjectiveSelectEvent[] = [];
  el.addEventListener('pledge-objective-select', (event) => {
    events.push(event);
    if (cancel) event.preventDefault();
  });
  return events;
}

async function list(template: ReturnType<typeof html>): Promise<PledgeObjectiveList> {
  return fixture<PledgeObjectiveList>(template);
}

const settled = (el: PledgeObjectiveList) =>
  waitUntil(
    () => $(el, '[role="listbox"]:not([aria-busy])') && $(el, '[part="count"]:not(.pending)'),
    'the counts did not arrive',
    {timeout: 5000},
  );

/** Focuses the button before the list and tabs into the list. */
async function tabIn(el: PledgeObjectiveList): Promise<void> {
  (el.previousElementSibling as HTMLElement).focus();
  await sendKeys({press: 'Tab'});
}

/** Holds every fetch until `release`: the element stays in its loading state meanwhile. */
function holdFetches(): {release: () => void} {
  const original = globalThis.fetch;
  let open = () => {};
  const opened = new Promise<void>((done) => (open = done));
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => opened.then(() => original(input, init));
  return {
    release: () => {
      globalThis.fetch = original;
      open();
    },
  };
}

describe('<pledge-objective-list>', () => {
  beforeEach(() => {
    clearFeedCache({persist: true});
  });
  afterEach(() => {
    clearFeedCache({persist: true});
  });

  describe('counts', () => {
    it('shows the 23 objectives with number, short label and the pledges under each, from .pledges', async () => {
      const el = await list(html`<pledge-objective-list lang="en" .pledges=${PLEDGES}></pledge-objective-list>`);
      expect(numbers(el)).to.deep.equal(OBJECTIVES.map((o) => o.number));
      expect(text(option(el, 17).querySelector('[part="number"]'))).to.equal('17');
      expect(text(option(el, 17).querySelector('[part="label"]'))).to.equal('Non-discrimination');
      expect([17, 16, 3, 1].map((n) => countOf(el, n))).to.deep.equal(['3', '2', '1', '0']);
    });

    it('names each option by its number, label, full official title and pledge count', async () => {
      const el = await list(html`<pledge-objective-list lang="en" .pledges=${PLEDGES}></pledge-objective-list>`);
      expect(nameOf(el, 17)).to.equal(`Objective 17, Non-discrimination: ${OBJECTIVES[16]!.title} — 3 pledges`);
      expect(nameOf(el, 3)).to.equal(`Objective 3, Information: ${OBJECTIVES[2]!.title} — 1 pledge`);
      expect(nameOf(el, 1)).to.equal(`Objective 1, Data: ${OBJECTIVES[0]!.title} — 0 pledges`);
      // The visible parts are hidden from screen readers so the name is read once.
      for (const part of option(el, 17).querySelectorAll('[part]'))
        expect(part.getAttribute('aria-hidden')).to.equal('true');
    });

    it('counts a pledge once per objective, and ignores numbers that are not objectives', async () => {
      const odd = pledge('odd', [17, 17, 0, 24, 1.5, -3] as number[]);
      const el = await list(html`<pledge-objective-list .pledges=${[odd]} hide-empty></pledge-objective-list>`);
      expect(numbers(el)).to.deep.equal([17]);
      expect(countOf(el, 17)).to.equal('1');
    });

    it('takes .counts over .pledges, as a board passes its facet counts', async () => {
      const counts = new Map([
        [5, 1234],
        [17, 2],
      ]);
      const el = await list(
        html`<pledge-objective-list lang="en" .pledges=${PLEDGES} .counts=${counts}></pledge-objective-list>`,
      );
      expect(countOf(el, 5)).to.equal('1,234');
      expect(countOf(el, 17)).to.equal('2');
      expect(countOf(el, 16)).to.equal('0');
      expect(nameOf(el, 5)).to.match(/— 1,234 pledges$/);
    });

    it('counts the pledges of the feed named by src', async () => {
      const el = await list(html`<pledge-objective-list lang="en" src=${FEED}></pledge-objective-list>`);
      await settled(el);
      expect(options(el)).to.have.length(23);
      for (const n of numbers(el)) expect(countOf(el, n), `objective ${n}`).to.equal(String(FEED_COUNTS[n] ?? 0));
    });

    it('shows the objectives without counts, busy, while the feed loads, then the counts', async () => {
      const el = await list(
        html`<pledge-objective-list lang="en" src="/__fault/delay/400?file=${FEED}"></pledge-objective-list>`,
      );
      expect(listbox(el).getAttribute('aria-busy')).to.equal('true');
      expect(options(el)).to.have.length(23);
      expect(countOf(el, 16)).to.equal('');
      expect(nameOf(el, 16)).to.equal(`Objective 16, Inclusion and social cohesion: ${OBJECTIVES[15]!.title}`);
      await expect(el).to.be.accessible();
      await settled(el);
      expect(countOf(el, 16)).to.equal('11');
    });

    it('says in plain words when the feed cannot be loaded, keeps the objectives, and retries', async () => {
      const el = await list(html`<pledge-objective-list lang="en" src="/__fault/status/503"></pledge-objective-list>`);
      await waitUntil(() => $(el, '[role="alert"]'), 'no error shown', {timeout: 5000});
      expect(text($(el, '[role="alert"]'))).to.equal(`${en.loadFailed} ${en.feedErrors.http}`);
      expect(options(el)).to.have.length(23);
      expect($(el, '[part="count"]')).to.equal(null);
      expect(text($(el, '.error button'))).to.equal(en.retry);
      await expect(el).to.be.accessible();
    });

    it('shows that it loads again when the reader tries again', async () => {
      const el = await list(html`<pledge-objective-list lang="en" src="/__fault/status/404"></pledge-objective-list>`);
      await waitUntil(() => $(el, '[role="alert"]'), 'no error shown', {timeout: 5000});
      const fetches = holdFetches();
      try {
        $(el, '.error button')!.click();
        await el.updateComplete;
        expect(Boolean($(el, '[role="alert"]')), 'the old error is still shown').to.equal(false);
        expect(listbox(el).getAttribute('aria-busy')).to.equal('true');
      } finally {
        fetches.release();
      }
      await waitUntil(() => $(el, '[role="alert"]'), 'no error shown again', {timeout: 5000});
    });

    it('says when the feed is not a feed', async () => {
      const el = await list(html`<pledge-objective-list lang="en" src="/__fault/html"></pledge-objective-list>`);
      await waitUntil(() => $(el, '[role="alert"]'), 'no error shown', {timeout: 5000});
      expect(text($(el, '[role="alert"]'))).to.equal(`${en.loadFailed} ${en.feedErrors['not-json']}`);
    });
  });

  describe('hide-empty', () => {
    it('leaves out the objectives no pledge names', async () => {
      const el = await list(html`<pledge-objective-list .pledges=${PLEDGES} hide-empty></pledge-objective-list>`);
      expect(numbers(el)).to.deep.equal([3, 16, 17]);
      el.hideEmpty = false;
      await elementUpdated(el);
      expect(options(el)).to.have.length(23);
    });

    it('keeps a selected objective even when it has no pledge', async () => {
      const el = await list(
        html`<pledge-objective-list .pledges=${PLEDGES} hide-empty selected="9"></pledge-objective-list>`,
      );
      expect(numbers(el)).to.deep.equal([3, 9, 16, 17]);
      expect(selectedNumbers(el)).to.deep.equal([9]);
    });

    it('hides nothing while the counts are not known', async () => {
      const el = await list(html`<pledge-objective-list hide-empty></pledge-objective-list>`);
      expect(options(el)).to.have.length(23);
    });

    it('says so when no objective is left', async () => {
      const el = await list(
        html`<pledge-objective-list lang="en" .pledges=${[pledge('none', [])]} hide-empty></pledge-objective-list>`,
      );
      expect($(el, '[role="listbox"]')).to.equal(null);
      expect(text($(el, '.empty'))).to.equal(en.objectiveListEmpty);
      await expect(el).to.be.accessible();
    });
  });

  describe('layout', () => {
    it('shows number, label and count in one column by default', async () => {
      const el = await list(html`<pledge-objective-list lang="en" .pledges=${PLEDGES}></pledge-objective-list>`);
      expect(el.layout).to.equal('full');
      expect(root(el).querySelectorAll('[part="label"]')).to.have.length(23);
      expect(getComputedStyle(listbox(el)).gridTemplateColumns.split(' ')).to.have.length(1);
      expect(option(el, 17).hasAttribute('title')).to.equal(false);
    });

    it('shows a grid of numbers with counts when compact, the label on hover', async () => {
      const el = await list(
        html`<div style="width: 600px"><pledge-objective-list lang="en" layout="compact" .pledges=${PLEDGES}></pledge-objective-list></div>`,
      ).then((wrapper) => wrapper.querySelector('pledge-objective-list')!);
      expect($(el, '[part="label"]')).to.equal(null);
      expect(text(option(el, 17).querySelector('[part="number"]'))).to.equal('17');
      expect(countOf(el, 17)).to.equal('3');
      expect(option(el, 17).title).to.equal('Non-discrimination');
      expect(nameOf(el, 17)).to.equal(`Objective 17, Non-discrimination: ${OBJECTIVES[16]!.title} — 3 pledges`);
      expect(getComputedStyle(listbox(el)).gridTemplateColumns.split(' ').length).to.be.greaterThan(4);
      await expect(el).to.be.accessible();
    });

    it('takes the number of compact columns from --pledge-objective-list-columns', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 600px; --pledge-objective-list-columns: 4"><pledge-objective-list layout="compact"></pledge-objective-list></div>`,
      );
      const el = wrapper.querySelector('pledge-objective-list')!;
      expect(getComputedStyle(listbox(el)).gridTemplateColumns.split(' ')).to.have.length(4);
    });

    it('fits 280 px without scrolling sideways, in both layouts', async () => {
      for (const layout of ['full', 'compact'] as const) {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="width: 280px"><pledge-objective-list layout=${layout} .pledges=${PLEDGES}></pledge-objective-list></div>`,
        );
        const el = wrapper.querySelector('pledge-objective-list')!;
        expect(listbox(el).scrollWidth, layout).to.be.at.most(280);
        expect(el.getBoundingClientRect().width, layout).to.be.at.most(280);
      }
    });
  });

  describe('selection', () => {
    it('marks the objectives of the selected attribute, the first only without multiple', async () => {
      const el = await list(html`<pledge-objective-list selected="17 16"></pledge-objective-list>`);
      expect(selectedNumbers(el)).to.deep.equal([17]);
      expect(option(el, 16).getAttribute('aria-selected')).to.equal('false');
    });

    it('takes numbers separated by spaces or commas', async () => {
      const el = await list(html`<pledge-objective-list multiple selected="17, 3,16"></pledge-objective-list>`);
      expect(el.selected).to.deep.equal([17, 3, 16]);
      expect(selectedNumbers(el)).to.deep.equal([3, 16, 17]);
      expect(listbox(el).getAttribute('aria-multiselectable')).to.equal('true');
    });

    it('marks the one selected objective, and nothing for numbers that are not objectives', async () => {
      const el = await list(html`<pledge-objective-list selected="17"></pledge-objective-list>`);
      expect(selectedNumbers(el)).to.deep.equal([17]);
      expect(listbox(el).hasAttribute('aria-multiselectable')).to.equal(false);
      el.setAttribute('selected', '24 abc');
      await elementUpdated(el);
      expect(selectedNumbers(el)).to.deep.equal([]);
    });

    it('reflects a selection set in code, and fires no event for it or for new data', async () => {
      const el = await list(html`<pledge-objective-list></pledge-objective-list>`);
      const events = listen(el);
      el.selected = [5];
      await elementUpdated(el);
      expect(el.getAttribute('selected')).to.equal('5');
      expect(selectedNumbers(el)).to.deep.equal([5]);
      el.pledges = PLEDGES;
      el.counts = new Map([[5, 3]]);
      el.multiple = true;
      el.selected = [5, 9];
      await elementUpdated(el);
      expect(selectedNumbers(el)).to.deep.equal([5, 9]);
      el.selected = [];
      await elementUpdated(el);
      expect(el.hasAttribute('selected')).to.equal(false);
      expect(events).to.have.length(0);
    });

    it('fires pledge-objective-select with the chosen objective on click, and selects it', async () => {
      const el = await list(html`<pledge-objective-list .pledges=${PLEDGES}></pledge-objective-list>`);
      const events = listen(el);
      option(el, 17).click();
      await elementUpdated(el);
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event).to.be.instanceOf(PledgeObjectiveSelectEvent);
      expect(event!.type).to.equal('pledge-objective-select');
      expect(event!.objectives).to.deep.equal([17]);
      expect([event!.bubbles, event!.composed, event!.cancelable]).to.deep.equal([true, true, true]);
      expect(el.selected).to.deep.equal([17]);
      expect(el.getAttribute('selected')).to.equal('17');
      expect(selectedNumbers(el)).to.deep.equal([17]);
    });

    it('replaces the selection with another objective, and clears it when the selected one is chosen again', async () => {
      const el = await list(html`<pledge-objective-list selected="3"></pledge-objective-list>`);
      const events = listen(el);
      option(el, 16).click();
      await elementUpdated(el);
      expect(selectedNumbers(el)).to.deep.equal([16]);
      option(el, 16).click();
      await elementUpdated(el);
      expect(selectedNumbers(el)).to.deep.equal([]);
      expect(events.map((e) => e.objectives)).to.deep.equal([[16], []]);
    });

    it('keeps the selection when a listener cancels the event', async () => {
      const el = await list(html`<pledge-objective-list selected="3"></pledge-objective-list>`);
      const events = listen(el, true);
      option(el, 16).click();
      await elementUpdated(el);
      expect(events[0]!.objectives).to.deep.equal([16]);
      expect(events[0]!.defaultPrevented).to.equal(true);
      expect(el.selected).to.deep.equal([3]);
      expect(selectedNumbers(el)).to.deep.equal([3]);
    });

    it('toggles each chosen objective with multiple', async () => {
      const el = await list(html`<pledge-objective-list multiple selected="16"></pledge-objective-list>`);
      const events = listen(el);
      option(el, 3).click();
      await elementUpdated(el);
      option(el, 17).click();
      await elementUpdated(el);
      option(el, 16).click();
      await elementUpdated(el);
      expect(events.map((e) => e.objectives)).to.deep.equal([
        [3, 16],
        [3, 16, 17],
        [3, 17],
      ]);
      expect(selectedNumbers(el)).to.deep.equal([3, 17]);
      expect(el.getAttribute('selected')).to.equal('3 17');
    });

    it('is bubbled and composed, so a board around it hears it', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><pledge-objective-list></pledge-objective-list></div>`);
      const heard: number[][] = [];
      wrapper.addEventListener('pledge-objective-select', (event) => heard.push([...event.objectives]));
      option(wrapper.querySelector('pledge-objective-list')!, 8).click();
      expect(heard).to.deep.equal([[8]]);
    });
  });

  describe('keyboard', () => {
    it('is one tab stop, on the first objective when none is selected', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><pledge-objective-list></pledge-objective-list><button id="after">after</button></div>`,
      );
      const el = wrapper.querySelector('pledge-objective-list')!;
      expect(
        options(el)
          .filter((o) => o.tabIndex === 0)
          .map((o) => o.dataset['n']),
      ).to.deep.equal(['1']);
      await tabIn(el);
      expect(document.activeElement).to.equal(el);
      expect(focused(el)).to.equal(1);
      await sendKeys({press: 'Tab'});
      expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
    });

    it('puts the tab stop on the selected objective', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><pledge-objective-list selected="16"></pledge-objective-list></div>`,
      );
      const el = wrapper.querySelector('pledge-objective-list')!;
      await tabIn(el);
      expect(focused(el)).to.equal(16);
    });

    it('moves with the arrow keys, Home and End, and keeps one tab stop where focus is', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><pledge-objective-list selected="16"></pledge-objective-list></div>`,
      );
      const el = wrapper.querySelector('pledge-objective-list')!;
      const events = listen(el);
      await tabIn(el);
      const visits: number[] = [];
      for (const key of [
        'ArrowDown',
        'ArrowRight',
        'ArrowUp',
        'ArrowLeft',
        'ArrowLeft',
        'End',
        'ArrowDown',
        'Home',
        'ArrowUp',
      ]) {
        await sendKeys({press: key});
        visits.push(focused(el));
      }
      expect(visits).to.deep.equal([17, 18, 17, 16, 15, 23, 23, 1, 1]);
      await elementUpdated(el);
      expect(
        options(el)
          .filter((o) => o.tabIndex === 0)
          .map((o) => o.dataset['n']),
      ).to.deep.equal(['1']);
      expect(selectedNumbers(el)).to.deep.equal([16]);
      expect(events).to.have.length(0);
    });

    it('chooses with Enter and Space', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><pledge-objective-list></pledge-objective-list></div>`,
      );
      const el = wrapper.querySelector('pledge-objective-list')!;
      const events = listen(el);
      await tabIn(el);
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'Enter'});
      await elementUpdated(el);
      expect(selectedNumbers(el)).to.deep.equal([2]);
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'Space'});
      await elementUpdated(el);
      expect(selectedNumbers(el)).to.deep.equal([3]);
      await sendKeys({press: 'Space'});
      await elementUpdated(el);
      expect(events.map((e) => e.objectives)).to.deep.equal([[2], [3], []]);
      expect(focused(el)).to.equal(3);
    });

    it('toggles several objectives by keyboard with multiple', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><pledge-objective-list multiple></pledge-objective-list></div>`,
      );
      const el = wrapper.querySelector('pledge-objective-list')!;
      await tabIn(el);
      await sendKeys({press: 'Space'});
      await sendKeys({press: 'End'});
      await sendKeys({press: 'Enter'});
      await elementUpdated(el);
      expect(selectedNumbers(el)).to.deep.equal([1, 23]);
      await sendKeys({press: 'Home'});
      await sendKeys({press: 'Space'});
      await elementUpdated(el);
      expect(selectedNumbers(el)).to.deep.equal([23]);
    });

    it('swaps left and right in a right-to-left language', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><pledge-objective-list lang="ar" selected="10"></pledge-objective-list></div>`,
      );
      const el = wrapper.querySelector('pledge-objective-list')!;
      await tabIn(el);
      const visits: number[] = [];
      for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowRight', 'ArrowDown', 'ArrowUp']) {
        await sendKeys({press: key});
        visits.push(focused(el));
      }
      expect(visits).to.deep.equal([11, 12, 11, 12, 11]);
    });

    it('moves only among the objectives shown', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><pledge-objective-list hide-empty .pledges=${PLEDGES}></pledge-objective-list></div>`,
      );
      const el = wrapper.querySelector('pledge-objective-list')!;
      await tabIn(el);
      const visits = [focused(el)];
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown']) {
        await sendKeys({press: key});
        visits.push(focused(el));
      }
      expect(visits).to.deep.equal([3, 16, 17, 17]);
    });

    it('focuses its tab stop when focused from code', async () => {
      const el = await list(html`<pledge-objective-list selected="12"></pledge-objective-list>`);
      el.focus();
      expect(focused(el)).to.equal(12);
    });
  });

  describe('languages', () => {
    for (const lang of UI_LANGUAGES) {
      it(`speaks ${lang}`, async () => {
        const t = messages(lang);
        const el = await list(html`<pledge-objective-list lang=${lang} .pledges=${PLEDGES}></pledge-objective-list>`);
        expect(listbox(el).getAttribute('aria-label')).to.equal(t.objectiveListTitle);
        expect(options(el).map((o) => text(o.querySelector('[part="label"]')))).to.deep.equal(
          OBJECTIVES.map((o) => objectiveLabel(o.number, lang)),
        );
        expect(text(option(el, 17).querySelector('[part="number"]'))).to.equal(formatNumber(17, lang));
        expect(countOf(el, 17)).to.equal(formatNumber(3, lang));
        const [before = '', after = ''] = t.objectiveOption.split('{title}');
        const name = `${format(before, {n: 17, label: objectiveLabel(17, lang)}, lang)}${OBJECTIVES[16]!.title}${format(after, {count: plural(lang, t.pledgeCount, 3)}, lang)}`;
        expect(nameOf(el, 17)).to.equal(name.replace(/\s+/g, ' ').trim());
        // The official title exists in English only, and says so.
        expect(option(el, 17).querySelector('.visually-hidden [lang]')?.getAttribute('lang') ?? 'en').to.equal('en');
      });
    }

    it('takes its accessible name from label when given', async () => {
      const el = await list(html`<pledge-objective-list label="Filter by objective"></pledge-objective-list>`);
      expect(listbox(el).getAttribute('aria-label')).to.equal('Filter by objective');
    });

    it('follows the lang of an ancestor, and re-renders when it changes', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="fr"><pledge-objective-list></pledge-objective-list></div>`,
      );
      const el = wrapper.querySelector('pledge-objective-list')!;
      expect(listbox(el).getAttribute('aria-label')).to.equal(messages('fr').objectiveListTitle);
      wrapper.lang = 'es';
      await waitUntil(
        () => listbox(el).getAttribute('aria-label') === messages('es').objectiveListTitle,
        'did not follow lang',
      );
      expect(text(option(el, 1).querySelector('[part="label"]'))).to.equal(objectiveLabel(1, 'es'));
    });

    it('lays Arabic out right to left', async () => {
      const el = await list(html`<pledge-objective-list lang="ar" .pledges=${PLEDGES}></pledge-objective-list>`);
      expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(listbox(el)).direction).to.equal('rtl');
      const number = option(el, 1).querySelector('[part="number"]')!.getBoundingClientRect();
      const label = option(el, 1).querySelector('[part="label"]')!.getBoundingClientRect();
      expect(number.left).to.be.greaterThan(label.left);
      await expect(el).to.be.accessible();
    });
  });

  describe('safety', () => {
    it('renders hostile pledges and label as text and runs nothing', async () => {
      window.__pwned = undefined;
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const hostile = {
        ...pledge('<b>x</b>', [17, '17" onmouseover="window.__pwned=1' as unknown as number], payload),
        url: 'javascript:window.__pwned=1',
        summary: payload,
      };
      const el = await list(
        html`<pledge-objective-list label=${payload} .pledges=${[hostile]} hide-empty></pledge-objective-list>`,
      );
      expect(numbers(el)).to.deep.equal([17]);
      expect(listbox(el).getAttribute('aria-label')).to.equal(payload);
      option(el, 17).click();
      await elementUpdated(el);
      expect(root(el).querySelector('script, img, [onerror], [onmouseover]')).to.equal(null);
      expect(window.__pwned).to.equal(undefined);
    });

    it('shows a count that is not a count as none', async () => {
      const el = await list(
        html`<pledge-objective-list .counts=${new Map([
          [1, Number.NaN],
          [2, -4],
          [3, 2.7],
        ])}></pledge-objective-list>`,
      );
      expect([1, 2, 3].map((n) => countOf(el, n))).to.deep.equal(['0', '0', '2']);
    });
  });

  describe('accessibility', () => {
    it('passes axe by default, with a selection, with several, dark, and compact', async () => {
      const plain = await list(html`<pledge-objective-list .pledges=${PLEDGES}></pledge-objective-list>`);
      await expect(plain).to.be.accessible();
      const selected = await list(
        html`<pledge-objective-list .pledges=${PLEDGES} selected="17"></pledge-objective-list>`,
      );
      await expect(selected).to.be.accessible();
      const several = await list(
        html`<pledge-objective-list .pledges=${PLEDGES} multiple selected="3 17"></pledge-objective-list>`,
      );
      await expect(several).to.be.accessible();
      const dark = await list(
        html`<pledge-objective-list .pledges=${PLEDGES} theme="dark" selected="16"></pledge-objective-list>`,
      );
      await expect(dark).to.be.accessible();
      const compact = await list(
        html`<pledge-objective-list .pledges=${PLEDGES} layout="compact" theme="dark" selected="16"></pledge-objective-list>`,
      );
      await expect(compact).to.be.accessible();
    });

    it('shows the selection by more than colour, and focus visibly', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><pledge-objective-list selected="2"></pledge-objective-list></div>`,
      );
      const el = wrapper.querySelector('pledge-objective-list')!;
      const label = option(el, 2).querySelector('[part="label"]')!;
      expect(getComputedStyle(label, '::after').content).to.equal('"✓"');
      expect(getComputedStyle(option(el, 1).querySelector('[part="label"]')!, '::after').content).to.equal('none');
      await tabIn(el);
      expect(getComputedStyle(option(el, 2)).outlineStyle).to.equal('solid');
    });

    it('reflects theme for the theme styles', async () => {
      const el = await list(html`<pledge-objective-list selected="1"></pledge-objective-list>`);
      const light = getComputedStyle(option(el, 1)).backgroundColor;
      el.theme = 'dark';
      await elementUpdated(el);
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(option(el, 1)).backgroundColor).to.not.equal(light);
    });
  });
});
