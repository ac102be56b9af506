// The layout defects of issue 13 that visitors met, one test each: the page's right to hide
// an element and the elements' own states (item 1), a board that moves while it loads and
// cards that grow as one scrolls (item 2), a subscribe panel left open over the next control
// (item 3), and an objective's label cut off in its select (item 5).
import {elementUpdated, expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {sendKeys, setViewport} from '../support/commands.js';
import {coveringElements, deepActiveElement, describe as name, nextFrames} from '../support/layout.js';
import '../../src/define.js';
import type {PledgeFeed} from '../../src/elements/pledge-feed/define.js';
import type {PledgeSubscribeButton} from '../../src/elements/pledge-subscribe-button/define.js';
import {clearFeedCache, loadFeed} from '../../src/feed/load/load.js';
import {UI_LANGUAGES} from '../../src/i18n/index.js';
import type {FeedInfo, Pledge} from '../../src/model/schema.js';

const SRC = '/examples/feeds/local-actions.json';
const SUBSCRIBE_FEED = '/test/elements/fixtures/subscribe-feed.json';
const PHONE = {width: 390, height: 844};
const DESKTOP = {width: 1280, height: 800};

let pledges: readonly Pledge[] = [];
let feed: FeedInfo;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const rendered = (el: Element | null) => Boolean(el && el.getClientRects().length > 0);

/** Adds a style sheet to the page for one test; the returned function removes it. */
function pageStyle(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

async function settled(el: PledgeFeed): Promise<PledgeFeed> {
  await waitUntil(() => $(el, '.cards, [part=empty], [role=alert]'), 'the board did not settle', {timeout: 5000});
  await nextFrames();
  return el;
}

describe('layout states (issue 13)', () => {
  before(async () => {
    ({pledges, feed} = await loadFeed(SRC));
  });
  beforeEach(() => {
    clearFeedCache({persist: true});
    scrollTo(0, 0);
  });
  afterEach(() => setViewport({width: 800, height: 600}));

  describe('the host page decides whether an element shows (item 1)', () => {
    const ELEMENTS: Array<[string, () => TemplateResult]> = [
      ['pledge-feed', () => html`<pledge-feed .pledges=${pledges} .feed=${feed}></pledge-feed>`],
      ['pledge-card', () => html`<pledge-card .pledge=${pledges[0]}></pledge-card>`],
      ['pledge-objective-list', () => html`<pledge-objective-list .pledges=${pledges}></pledge-objective-list>`],
      ['pledge-subscribe-button', () => html`<pledge-subscribe-button .feed=${feed}></pledge-subscribe-button>`],
    ];
    for (const [tag, template] of ELEMENTS) {
      it(`<${tag}> hides with display: none (even !important), an inline style or hidden, and shows again`, async () => {
        const el = await fixture<HTMLElement>(template());
        await nextFrames();
        expect(rendered(el), 'shown at first').to.equal(true);
        const ways: Array<[string, () => () => void]> = [
          ['display: none in a style sheet', () => pageStyle(`${tag} { display: none; }`)],
          ['display: none !important', () => pageStyle(`${tag} { display: none !important; }`)],
          ['an inline style', () => ((el.style.display = 'none'), () => el.style.removeProperty('display'))],
          ['hidden', () => ((el.hidden = true), () => (el.hidden = false))],
        ];
        for (const [way, hide] of ways) {
          const show = hide();
          expect(rendered(el), way).to.equal(false);
          show();
          expect(rendered(el), `shown again after ${way}`).to.equal(true);
        }
      });
    }

    it("keeps a page's stray global rules off each element", async () => {
      const remove = pageStyle(
        '* { float: left !important; padding: 9px !important; border: 3px solid red !important; font-size: 40px !important; }',
      );
      try {
        for (const [tag, template] of ELEMENTS) {
          const el = await fixture<HTMLElement>(template());
          const style = getComputedStyle(el);
          expect([style.float, style.paddingTop, style.borderTopWidth, style.fontSize], tag).to.deep.equal([
            'none',
            '0px',
            '0px',
            '16px',
          ]);
        }
      } finally {
        remove();
      }
    });

    it('lays the board out as usual on a page that makes it inline and floats it', async () => {
      await setViewport(PHONE);
      const remove = pageStyle('pledge-feed { display: inline !important; float: right !important; }');
      try {
        const el = await settled(await fixture<PledgeFeed>(html`<pledge-feed src=${SRC} page-size="2"></pledge-feed>`));
        const board = $(el, '.root')!.getBoundingClientRect();
        expect(board.width, 'the whole width').to.be.closeTo(document.body.clientWidth, 1);
        expect($(el, '.cards')!.getBoundingClientRect().width).to.be.closeTo(board.width, 1);
        expect(rendered($(el, 'pledge-objective-list')), 'the objective list folded').to.equal(false);
      } finally {
        remove();
      }
    });

    it('shows the subscribe button inline with the text around it', async () => {
      const p = await fixture<HTMLElement>(
        html`<p>Follow the pledges: <pledge-subscribe-button .feed=${feed}></pledge-subscribe-button></p>`,
      );
      const el = p.querySelector('pledge-subscribe-button')!;
      expect(getComputedStyle(el).display).to.equal('inline-block');
      const text = document.createRange();
      text.selectNodeContents(p.firstChild!);
      const words = text.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      expect(box.left, 'after the text').to.be.at.least(words.right - 1);
      expect(box.top, 'on its line').to.be.below(words.bottom);
    });
  });

  describe('a board that keeps its place (item 2)', () => {
    it('keeps for each card out of view about the height it takes once seen', async () => {
      await setViewport(PHONE);
      const el = await settled(await fixture<PledgeFeed>(html`<pledge-feed src=${SRC} page-size="6"></pledge-feed>`));
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.cards > li')];
      const unseen = items.map((li) => li.getBoundingClientRect().height);
      for (const li of items) {
        li.scrollIntoView();
        await nextFrames();
      }
      await nextFrames();
      const seen = items.map((li) => li.getBoundingClientRect().height);
      // Cards differ by a few lines: a quarter either way is what one card is to the next.
      seen.forEach((height, i) =>
        expect(unseen[i], `card ${i + 1} (${Math.round(height)} px)`).to.be.closeTo(height, height / 4),
      );
    });

    it('shows a failed load across the whole board, not in the objectives column', async () => {
      await setViewport(DESKTOP);
      const el = await settled(await fixture<PledgeFeed>(html`<pledge-feed src="/__fault/status/404"></pledge-feed>`));
      const error = $(el, '[part=error]')!.getBoundingClientRect();
      expect(error.width).to.be.closeTo(el.getBoundingClientRect().width, 1);
    });
  });

  describe('the subscribe panel closes when focus leaves it (item 3)', () => {
    const panel = (el: PledgeSubscribeButton) => $(el, '[part=panel]')!;
    const button = (el: PledgeSubscribeButton) => $(el, '[part=button]')!;

    it('closes when Tab takes focus past its last control, and not before', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <pledge-subscribe-button src=${SUBSCRIBE_FEED}></pledge-subscribe-button><input aria-label="next" />
      </div>`);
      const el = wrapper.querySelector('pledge-subscribe-button')!;
      await waitUntil(() => $(el, 'form'), 'the feed did not load', {timeout: 5000});
      button(el).focus();
      await sendKeys({press: 'Enter'});
      await elementUpdated(el);
      expect(panel(el).hidden, 'open').to.equal(false);
      const next = wrapper.querySelector('input')!;
      for (let i = 0; i < 12 && document.activeElement !== next; i++) {
        await sendKeys({press: 'Tab'});
        await elementUpdated(el);
        if (document.activeElement === el)
          expect(panel(el).hidden, `open on ${name(deepActiveElement()!)}`).to.equal(false);
      }
      expect(document.activeElement).to.equal(next);
      expect(panel(el).hidden, 'closed once focus left').to.equal(true);
      expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    });

    it('closes when Shift+Tab takes focus back before its button', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <input aria-label="before" /><pledge-subscribe-button .feed=${feed}></pledge-subscribe-button>
      </div>`);
      const el = wrapper.querySelector('pledge-subscribe-button')!;
      button(el).focus();
      await sendKeys({press: 'Enter'});
      await elementUpdated(el);
      await sendKeys({press: 'Shift+Tab'});
      await elementUpdated(el);
      expect(document.activeElement).to.equal(wrapper.querySelector('input'));
      expect(panel(el).hidden).to.equal(true);
    });

    it('closes on Escape when focus is on nothing, and puts focus back on its button', async () => {
      const el = await fixture<PledgeSubscribeButton>(
        html`<pledge-subscribe-button .feed=${feed}></pledge-subscribe-button>`,
      );
      button(el).focus();
      await sendKeys({press: 'Enter'});
      await elementUpdated(el);
      (deepActiveElement() as HTMLElement).blur();
      expect(panel(el).hidden, 'still open with focus on nothing').to.equal(false);
      await sendKeys({press: 'Escape'});
      await elementUpdated(el);
      expect(panel(el).hidden).to.equal(true);
      expect(deepActiveElement()).to.equal(button(el));
    });

    it('on a phone-wide board, never lies over the control Tab reaches after it', async () => {
      await setViewport(PHONE);
      const el = await settled(await fixture<PledgeFeed>(html`<pledge-feed src=${SUBSCRIBE_FEED}></pledge-feed>`));
      const subscribe = el.shadowRoot!.querySelector('pledge-subscribe-button')!;
      button(subscribe).focus();
      await sendKeys({press: 'Enter'});
      await elementUpdated(subscribe);
      expect(panel(subscribe).hidden).to.equal(false);
      const covered: string[] = [];
      for (let i = 0; i < 12; i++) {
        await sendKeys({press: 'Tab'});
        await elementUpdated(subscribe);
        await nextFrames();
        const focused = deepActiveElement()!;
        const over = coveringElements(focused);
        if (over.length) covered.push(`${name(focused)}: ${over.join(', ')}`);
        if (el.shadowRoot!.activeElement !== subscribe) break;
      }
      expect(deepActiveElement()).to.equal($(el, 'input[type=search]'));
      expect(covered).to.deep.equal([]);
      expect(panel(subscribe).hidden).to.equal(true);
    });
  });

  describe("an objective's label shows whole in its select (item 5)", () => {
    const canvas = document.createElement('canvas').getContext('2d')!;

    /** Whether the chosen option's text shows whole: in an element drawn for it in the field, or in the select itself. */
    function shownWhole(select: HTMLSelectElement): string | undefined {
      const text = select.selectedOptions[0]!.textContent.trim();
      const field = select.closest('.field')!;
      const drawn = [...field.querySelectorAll<HTMLElement>('*')].find(
        (e) => e !== select && !(e instanceof HTMLOptionElement) && e.textContent.trim() === text,
      );
      if (drawn) {
        const box = drawn.getBoundingClientRect();
        const over = select.getBoundingClientRect();
        if (drawn.scrollWidth > drawn.clientWidth + 1) return `"${text}" runs past its box`;
        if (box.left < over.left - 1 || box.right > over.right + 1) return `"${text}" is not where the select is`;
        return undefined;
      }
      // The select shows it: it must fit between its paddings and its arrow (about 20 px).
      const style = getComputedStyle(select);
      canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      const width = canvas.measureText(text).width;
      return width <= room ? undefined : `"${text}" needs ${Math.round(width)} px, the select has ${Math.round(room)}`;
    }

    for (const size of [PHONE, {width: 768, height: 1024}]) {
      it(`at ${size.width} px, in every language`, async () => {
        await setViewport(size);
        const cut: string[] = [];
        for (const lang of UI_LANGUAGES) {
          const el = await fixture<PledgeFeed>(html`<pledge-feed lang=${lang} .pledges=${pledges}></pledge-feed>`);
          const select = $<HTMLSelectElement>(el, 'select[name=objective]')!;
          for (let n = 1; n <= 23; n++) {
            select.value = String(n);
            select.dispatchEvent(new Event('change', {bubbles: true}));
            await el.updateComplete;
            const problem = shownWhole($<HTMLSelectElement>(el, 'select[name=objective]')!);
            if (problem) cut.push(`${lang} ${n}: ${problem}`);
          }
        }
        expect(cut).to.deep.equal([]);
      });
    }
  });
});
