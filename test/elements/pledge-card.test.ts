import {elementUpdated, expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '../support/commands.js';
import '../../src/elements/pledge-card/define.js';
import type {PledgeCard} from '../../src/elements/pledge-card/define.js';
import {clearFeedCache} from '../../src/feed/load/load.js';
import {
  UI_LANGUAGES,
  countryName,
  format,
  formatDate,
  formatPartialDate,
  messages,
  objectiveLabel,
} from '../../src/i18n/index.js';
import {OBJECTIVES} from '../../src/model/catalogue.js';
import type {Pledge} from '../../src/model/schema.js';

const FEED = '/examples/feeds/local-actions.json';
const MONTREAL = 'montreal-inclusive-at-work-podcast';
const en = messages('en');
const LONG = 'Welcoming cities open their services to everyone who lives there. '.repeat(10).trim();

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** A complete pledge; `extra` overrides top-level fields, `data` the `_pledge` ones. */
function samplePledge(extra: Partial<Pledge> = {}, data: Partial<Pledge['_pledge']> = {}): Pledge {
  return {
    id: 'lisbon-housing',
    title: 'Lisbon opens a one-stop housing desk for newcomers',
    summary: 'The city helps newly arrived migrants find a home.',
    content_text: 'The city helps newly arrived migrants find a home, with advice in eight languages.',
    url: 'https://pledges.example.org/pledges/lisbon-housing',
    date_published: '2024-03-12T10:00:00Z',
    date_modified: '2024-09-01T08:00:00Z',
    authors: [{name: 'Ana Costa'}],
    language: 'en',
    ...extra,
    _pledge: {
      actor: {name: 'Lisbon', country: 'PT'},
      stakeholder: 'local-government',
      objectives: [15, 17],
      status: 'in-progress',
      period: {start: '2024-01', end: '2026'},
      ...data,
    },
  };
}

const root = (el: PledgeCard) => el.shadowRoot!;
const $ = (el: PledgeCard, selector: string) => root(el).querySelector<HTMLElement>(selector);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const title = (el: PledgeCard) => $(el, '[part="title"]')!;
const summary = (el: PledgeCard) => $(el, '[part="summary"]');
const toggle = (el: PledgeCard) => $(el, '[part="toggle"]') as HTMLButtonElement | null;
const metaLines = (el: PledgeCard) => [...root(el).querySelectorAll('[part="meta"]')].map(text);
const who = (el: PledgeCard) => [...root(el).querySelectorAll('.meta:not(.dates) span')].map(text);
const chips = (el: PledgeCard) => [...root(el).querySelectorAll<HTMLElement>('[part="chip"]')];
const visibleChip = (chip: Element) => text(chip.querySelector('[aria-hidden="true"]'));
const facts = (el: PledgeCard) =>
  [...root(el).querySelectorAll('dl div')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
/** The language a node of the card is read in: its own or its nearest ancestor's `lang`. */
const langAt = (node: Element) => node.closest('[lang]')?.getAttribute('lang');

async function cardFor(pledge: Pledge, lang = 'en'): Promise<PledgeCard> {
  return fixture<PledgeCard>(html`<pledge-card lang=${lang} .pledge=${pledge}></pledge-card>`);
}

async function fromFeed(src: string, id: string): Promise<PledgeCard> {
  return fixture<PledgeCard>(html`<pledge-card lang="en" src=${src} pledge-id=${id}></pledge-card>`);
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

const settled = (el: PledgeCard) =>
  waitUntil(() => !$(el, '[aria-busy]') && $(el, '[part="card"]'), 'the card did not settle', {timeout: 5000});

describe('<pledge-card>', () => {
  beforeEach(() => {
    clearFeedCache({persist: true});
  });
  afterEach(() => {
    clearFeedCache({persist: true});
  });

  describe('from a property', () => {
    it('shows the title as a level 3 heading, who pledges, where, and the stakeholder type', async () => {
      const el = await cardFor(samplePledge());
      expect(text(title(el))).to.equal('Lisbon opens a one-stop housing desk for newcomers');
      expect(title(el).getAttribute('role')).to.equal('heading');
      expect(title(el).getAttribute('aria-level')).to.equal('3');
      expect(who(el)).to.deep.equal(['Lisbon', countryName('PT', 'en'), en.stakeholders['local-government']]);
      expect(who(el)).to.deep.equal(['Lisbon', 'Portugal', 'Local government']);
      expect(root(el).querySelector('article')!.getAttribute('aria-labelledby')).to.equal(title(el).id);
    });

    it('takes the heading level from heading-level, kept within 2–6', async () => {
      const el = await fixture<PledgeCard>(
        html`<pledge-card heading-level="5" .pledge=${samplePledge()}></pledge-card>`,
      );
      expect(title(el).getAttribute('aria-level')).to.equal('5');
      el.headingLevel = 1;
      await elementUpdated(el);
      expect(title(el).getAttribute('aria-level')).to.equal('2');
      el.headingLevel = 9;
      await elementUpdated(el);
      expect(title(el).getAttribute('aria-level')).to.equal('6');
    });

    it('says who submitted it and when, and when it was updated, in localized dates', async () => {
      const el = await cardFor(samplePledge());
      const dates = [...root(el).querySelectorAll('.dates span')].map(text);
      expect(dates).to.deep.equal([
        format(en.submittedByOn, {name: 'Ana Costa', date: formatDate('2024-03-12', 'en')}),
        format(en.updatedOn, {date: formatDate('2024-09-01', 'en')}),
      ]);
      expect(dates[0]).to.equal('Submitted by Ana Costa on March 12, 2024');
    });

    it('says only what it knows about the submission', async () => {
      const noName = await cardFor(samplePledge({authors: undefined, date_modified: undefined}));
      expect(text($(noName, '.dates'))).to.equal(format(en.submittedOn, {date: formatDate('2024-03-12', 'en')}));
      const nothingKnown = await cardFor(
        samplePledge({authors: undefined, date_published: undefined, date_modified: undefined}),
      );
      expect($(nothingKnown, '.dates')).to.equal(null);
    });

    it('shows objective chips with number and short label, named by the full official title', async () => {
      const el = await cardFor(samplePledge());
      const [first, second] = chips(el);
      expect(visibleChip(first!)).to.equal('15 · Basic services');
      expect(visibleChip(second!)).to.equal('17 · Non-discrimination');
      expect(second!.title).to.equal(OBJECTIVES[16]!.title);
      expect(text(second!.querySelector('.visually-hidden'))).to.equal(
        format(en.objectiveChip, {n: 17, title: OBJECTIVES[16]!.title}),
      );
      const list = second!.parentElement!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.getAttribute('aria-label')).to.equal(en.objectives);
    });

    it('shows status, period and partners of a joint pledge', async () => {
      const el = await cardFor(samplePledge({}, {type: 'partnership', partners: ['IOM Portugal', 'UNDP', 'Caritas']}));
      expect(facts(el)).to.deep.equal([
        [en.status, en.statuses['in-progress']],
        [en.period, format(en.periodRange, {start: formatPartialDate('2024-01', 'en'), end: '2026'})],
        [en.partners, 'IOM Portugal, UNDP, and Caritas'],
      ]);
    });

    it('names the pledge a matching pledge answers', async () => {
      const el = await cardFor(samplePledge({}, {type: 'matching', matches: 'berlin-language-cafes'}));
      expect(text($(el, '.matches'))).to.equal(format(en.matches, {id: 'berlin-language-cafes'}));
    });

    it('links to the pledge page with the title in the link’s accessible name', async () => {
      const el = await cardFor(samplePledge());
      const link = $(el, 'a[part="link"]') as HTMLAnchorElement;
      expect(link.href).to.equal('https://pledges.example.org/pledges/lisbon-housing');
      expect(text(link)).to.equal(en.readPledge);
      expect(link.getAttribute('aria-label')).to.equal(format(en.readPledgeTitled, {title: samplePledge().title}));
    });

    it('shows the summary, else the content text, and never content_html', async () => {
      const withSummary = await cardFor(samplePledge());
      expect(text(summary(withSummary))).to.equal('The city helps newly arrived migrants find a home.');
      const textOnly = await cardFor(samplePledge({summary: undefined}));
      expect(text(summary(textOnly))).to.contain('advice in eight languages');
      const htmlOnly = await cardFor(
        samplePledge({summary: undefined, content_text: undefined, content_html: '<p>Rich <b>text</b></p>'}),
      );
      expect(summary(htmlOnly)).to.equal(null);
      expect(root(htmlOnly).querySelector('b')).to.equal(null);
      expect(text(root(htmlOnly).querySelector('article'))).not.to.contain('Rich');
    });

    it('fires no event when code sets or replaces the pledge', async () => {
      const fired: string[] = [];
      // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, and called with `call(this)`
      const original = EventTarget.prototype.dispatchEvent;
      EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
        if (event.type.startsWith('pledge-')) fired.push(event.type);
        return original.call(this, event);
      };
      try {
        const el = await cardFor(samplePledge());
        el.pledge = samplePledge({title: 'Another pledge'});
        await elementUpdated(el);
        expect(text(title(el))).to.equal('Another pledge');
      } finally {
        EventTarget.prototype.dispatchEvent = original;
      }
      expect(fired).to.deep.equal([]);
    });

    it('reflects theme for the theme styles', async () => {
      const el = await cardFor(samplePledge());
      el.theme = 'dark';
      await elementUpdated(el);
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle($(el, 'article')!).backgroundColor).to.equal('rgb(26, 31, 41)');
    });
  });

  describe('from src and pledge-id', () => {
    it('shows the pledge of the sample feed', async () => {
      const el = await fromFeed(FEED, MONTREAL);
      await settled(el);
      expect(text(title(el))).to.match(/^Montréal Inclusive au Travail 2022-2024/);
      expect(who(el)).to.deep.equal(['Montréal', countryName('CA', 'en'), en.stakeholders['local-government']]);
      expect(chips(el).map(visibleChip)).to.deep.equal([
        '16 · Inclusion and social cohesion',
        '17 · Non-discrimination',
      ]);
    });

    it('shows a busy skeleton while the feed loads', async () => {
      const el = await fromFeed(`/__fault/delay/400?file=${FEED}`, MONTREAL);
      const busy = $(el, '[aria-busy="true"]');
      expect(busy).to.exist;
      expect(text(busy)).to.equal(en.pledgeLoading);
      await expect(el).to.be.accessible();
      await settled(el);
      expect(text(title(el))).to.match(/^Montréal/);
    });

    it('says in plain words when the feed cannot be loaded', async () => {
      const el = await fromFeed('/__fault/status/404', MONTREAL);
      await settled(el);
      const alert = $(el, '[role="alert"]')!;
      expect(text(alert)).to.equal(`${en.pledgeLoadFailed} ${en.feedErrors.http}`);
      expect(text($(el, 'button.retry'))).to.equal(en.retry);
      await expect(el).to.be.accessible();
    });

    it('shows that it loads again when the reader tries again', async () => {
      const el = await fromFeed('/__fault/status/404', MONTREAL);
      await settled(el);
      const fetches = holdFetches();
      try {
        $(el, 'button.retry')!.click();
        await el.updateComplete;
        expect(Boolean($(el, '[role="alert"]')), 'the old error is still shown').to.equal(false);
        expect(text($(el, '[aria-busy="true"]'))).to.equal(en.pledgeLoading);
      } finally {
        fetches.release();
      }
      await settled(el);
      expect(text($(el, '[role="alert"]'))).to.equal(`${en.pledgeLoadFailed} ${en.feedErrors.http}`);
    });

    it('says when the feed has no pledge with that id', async () => {
      const el = await fromFeed(FEED, 'no-such-pledge');
      await settled(el);
      expect(text($(el, '[part="card"]'))).to.equal(en.pledgeNotFound);
      expect(root(el).querySelector('article')).to.equal(null);
    });
  });

  describe('languages', () => {
    for (const lang of UI_LANGUAGES) {
      it(`speaks ${lang}`, async () => {
        const t = messages(lang);
        const el = await cardFor(samplePledge({summary: LONG}), lang);
        const dates = [...root(el).querySelectorAll('.dates span')].map(text);
        expect(dates[0]).to.equal(format(t.submittedByOn, {name: 'Ana Costa', date: formatDate('2024-03-12', lang)}));
        expect(metaLines(el)[0]).to.contain(countryName('PT', lang));
        expect(metaLines(el)[0]).to.contain(t.stakeholders['local-government']);
        expect(visibleChip(chips(el)[1]!)).to.contain(objectiveLabel(17, lang));
        expect(text(toggle(el))).to.equal(t.showMore);
        expect(text($(el, 'a[part="link"]'))).to.equal(t.readPledge);
        expect($(el, '.root')!.getAttribute('lang')).to.equal(lang);
      });
    }

    it('follows the lang of an ancestor, and re-renders when it changes', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="es"><pledge-card .pledge=${samplePledge()}></pledge-card></div>`,
      );
      const el = wrapper.querySelector('pledge-card')!;
      await elementUpdated(el);
      expect(text($(el, 'a[part="link"]'))).to.equal(messages('es').readPledge);
      wrapper.lang = 'ru';
      await waitUntil(() => text($(el, 'a[part="link"]')) === messages('ru').readPledge, 'did not switch to Russian');
      expect(metaLines(el)[0]).to.contain(messages('ru').stakeholders['local-government']);
      expect($(el, '.root')!.getAttribute('lang')).to.equal('ru');
      // The pledge itself is in English, and stays marked so.
      expect(title(el).getAttribute('lang')).to.equal('en');
    });

    it('lays Arabic out right to left', async () => {
      const el = await cardFor(samplePledge(), 'ar');
      expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
      // The pledge is in English: its own text runs left to right inside the Arabic card.
      expect(title(el).getAttribute('dir')).to.equal('ltr');
      expect(getComputedStyle(summary(el)!).direction).to.equal('ltr');
      const list = $(el, '.chips')!;
      expect(getComputedStyle(list).direction).to.equal('rtl');
      const [first, second] = chips(el).map((chip) => chip.getBoundingClientRect());
      expect(first!.right).to.be.greaterThan(second!.right);
      await expect(el).to.be.accessible();
    });

    it('shows the translation into the UI language when the pledge has one', async () => {
      const el = await fixture<PledgeCard>(
        html`<pledge-card lang="fr" src=${FEED} pledge-id=${MONTREAL}></pledge-card>`,
      );
      await settled(el);
      expect(text(title(el))).to.match(/^Initiative Montréal Inclusive au Travail/);
      expect(text(summary(el))).to.match(/^Montréal approfondit son engagement/);
      expect(langAt(title(el))).to.equal('fr');
      expect(langAt(summary(el)!)).to.equal('fr');
    });

    it('marks text left in another language with its own lang', async () => {
      const spanish = samplePledge({
        language: 'es',
        title: 'Lisboa abre una oficina de vivienda',
        summary: 'La ciudad ayuda a encontrar casa.',
      });
      const el = await cardFor(spanish, 'fr');
      expect(title(el).getAttribute('lang')).to.equal('es');
      expect(summary(el)!.getAttribute('lang')).to.equal('es');
      const same = await cardFor(spanish, 'es');
      expect(title(same).hasAttribute('lang')).to.equal(false);
      expect(langAt(title(same))).to.equal('es');
    });

    it('takes the feed’s language for a pledge that names none', async () => {
      const el = await fixture<PledgeCard>(
        html`<pledge-card lang="en" .feedLanguage=${'fr'} .pledge=${samplePledge({language: undefined})}></pledge-card>`,
      );
      expect(title(el).getAttribute('lang')).to.equal('fr');
      const fromSrc = await fixture<PledgeCard>(
        html`<pledge-card lang="ru" src=${FEED} pledge-id=${MONTREAL}></pledge-card>`,
      );
      await settled(fromSrc);
      expect(title(fromSrc).getAttribute('lang')).to.equal('en');
    });

    it('marks the English official titles inside the chips of another language', async () => {
      const el = await cardFor(samplePledge(), 'zh');
      const hidden = chips(el)[1]!.querySelector('.visually-hidden')!;
      expect(text(hidden)).to.equal(format(messages('zh').objectiveChip, {n: 17, title: OBJECTIVES[16]!.title}));
      expect(hidden.querySelector('[lang="en"]')!.textContent).to.equal(OBJECTIVES[16]!.title);
    });
  });

  describe('show more', () => {
    it('clamps a long summary and toggles it by click', async () => {
      const el = await cardFor(samplePledge({summary: LONG}));
      const button = toggle(el)!;
      const lineHeight = parseFloat(getComputedStyle(summary(el)!).lineHeight);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(summary(el)!.id);
      expect(summary(el)!.clientHeight).to.be.closeTo(4 * lineHeight, 1);
      button.click();
      await elementUpdated(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(button)).to.equal(en.showLess);
      expect(summary(el)!.clientHeight).to.be.greaterThan(5 * lineHeight);
      await expect(el).to.be.accessible();
      button.click();
      await elementUpdated(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('toggles by keyboard', async () => {
      const el = await cardFor(samplePledge({summary: LONG}));
      toggle(el)!.focus();
      await sendKeys({press: 'Enter'});
      await elementUpdated(el);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({press: 'Space'});
      await elementUpdated(el);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
      expect(root(el).activeElement).to.equal(toggle(el));
    });

    it('shows a short summary whole, with no toggle', async () => {
      const el = await cardFor(samplePledge());
      expect(toggle(el)).to.equal(null);
      expect(summary(el)!.classList.contains('clamped')).to.equal(false);
    });

    it('offers no toggle when a long summary fits in a wide card, and one when the card narrows', async () => {
      const justOver = 'Welcoming cities open their services to everyone. '.repeat(6).trim();
      const wrapper = await fixture<HTMLElement>(
        html`<div class="wide"><pledge-card .pledge=${samplePledge({summary: justOver})}></pledge-card></div>`,
      );
      wrapper.style.width = '1400px';
      const el = wrapper.querySelector('pledge-card')!;
      await waitUntil(() => toggle(el) === null, 'a summary that fits kept its toggle');
      expect(summary(el)!.scrollHeight).to.be.at.most(summary(el)!.clientHeight + 1);
      wrapper.style.width = '300px';
      await waitUntil(() => toggle(el) !== null, 'a clamped summary got no toggle');
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('measures again when it is given another pledge at the same width (as a board reuses its cards)', async () => {
      const justOver = 'Welcoming cities open their services to everyone. '.repeat(6).trim();
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 1400px"><pledge-card .pledge=${samplePledge({summary: LONG.repeat(3)})}></pledge-card></div>`,
      );
      const el = wrapper.querySelector('pledge-card')!;
      await waitUntil(() => toggle(el) !== null, 'a clamped summary got no toggle');
      el.pledge = samplePledge({id: 'fits', summary: justOver});
      await waitUntil(() => toggle(el) === null, 'the summary that fits kept the toggle of the one before');
      el.pledge = samplePledge({id: 'long-again', summary: LONG.repeat(3)});
      await waitUntil(() => toggle(el) !== null, 'a clamped summary got no toggle after one that fitted');
    });

    it('folds again when another pledge is set', async () => {
      const el = await cardFor(samplePledge({summary: LONG}));
      toggle(el)!.click();
      await elementUpdated(el);
      el.pledge = samplePledge({id: 'other', summary: `${LONG} Again.`});
      await elementUpdated(el);
      expect(toggle(el)!.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('safety', () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

    it('renders a hostile pledge as text and runs nothing', async () => {
      window.__pwned = undefined;
      const hostile = {
        ...samplePledge({
          title: `Title ${payload}`,
          summary: `Summary ${payload}`,
          authors: [{name: `Author ${payload}`}],
          url: 'javascript:window.__pwned=1',
          language: undefined,
          content_html: payload,
        }),
        _pledge: {
          actor: {name: `Actor ${payload}`, country: '<b>XX</b>', city: '</style><style>*{display:none}</style>'},
          stakeholder: 'x" onmouseover="window.__pwned=1',
          objectives: [17, 99, '1<script>' as unknown as number],
          status: '<i>done</i>',
          partners: [`Partner ${payload}`],
          matches: `Match ${payload}`,
          translations: {en: {title: `Translated ${payload}`}},
        },
      } as unknown as Pledge;
      const el = await cardFor(hostile);
      expect(text(title(el))).to.equal(`Translated ${payload}`);
      expect(text(summary(el))).to.equal(`Summary ${payload}`);
      expect(metaLines(el)[0]).to.contain(`Actor ${payload}`);
      expect(root(el).querySelector('script, img, style:not([data-lit]), b, i, [onerror], [onmouseover]')).to.equal(
        null,
      );
      expect(root(el).querySelector('a')).to.equal(null);
      expect(chips(el).length).to.equal(1);
      await new Promise((done) => setTimeout(done, 50));
      expect(window.__pwned).to.equal(undefined);
    });

    it('links nowhere for a javascript: url set directly on the property', async () => {
      const el = await cardFor(samplePledge({url: 'javascript:alert(1)'}));
      expect(root(el).querySelector('a')).to.equal(null);
      const relative = await cardFor(samplePledge({url: '/pledges/lisbon'}));
      expect(root(relative).querySelector('a')).to.equal(null);
    });
  });

  describe('accessibility and layout', () => {
    it('passes axe by default, dark, and right to left', async () => {
      const light = await cardFor(samplePledge({summary: LONG}, {partners: ['UNDP']}));
      await expect(light).to.be.accessible();
      const dark = await fixture<PledgeCard>(
        html`<pledge-card theme="dark" .pledge=${samplePledge({summary: LONG})}></pledge-card>`,
      );
      await expect(dark).to.be.accessible();
      const rtl = await cardFor(samplePledge({summary: LONG}), 'ar');
      await expect(rtl).to.be.accessible();
    });

    it('fits a 280 px wide column without horizontal overflow', async () => {
      const long = samplePledge(
        {title: 'Averyveryverylongwordwithoutanyspacesthatwouldotherwiseoverflowthecard '.repeat(2), summary: LONG},
        {
          objectives: [2, 12, 19, 23],
          partners: ['International Organization for Migration', 'United Nations Development Programme'],
        },
      );
      const wrapper = await fixture<HTMLElement>(
        html`<div style="width: 280px"><pledge-card .pledge=${long}></pledge-card></div>`,
      );
      const el = wrapper.querySelector('pledge-card')!;
      await elementUpdated(el);
      expect(el.scrollWidth).to.be.at.most(280);
      expect($(el, 'article')!.scrollWidth).to.be.at.most(280);
      toggle(el)!.click();
      await elementUpdated(el);
      expect(el.scrollWidth).to.be.at.most(280);
    });
  });
});
