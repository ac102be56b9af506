// The board as a visitor meets it (issue 14, "Visitors' view"): at a phone's, a tablet's and a
// desktop's width, in English and in Arabic, in every engine. Nothing pokes past the board,
// the objective list folds on narrow boards, the first card is on the first screen of a
// phone, the frame does not move when the feed arrives, and no control that takes focus is
// covered by another element (WCAG 2.2, 2.4.11 Focus Not Obscured).
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '../support/commands.js';
import {coveringElements, deepActiveElement, describe as name, nextFrames, pastEdges} from '../support/layout.js';
import '../../src/elements/pledge-feed/define.js';
import type {PledgeFeed} from '../../src/elements/pledge-feed/define.js';
import {clearFeedCache} from '../../src/feed/load/load.js';
import {messages} from '../../src/i18n/index.js';

const SRC = '/examples/feeds/local-actions.json';
const SIZES = [
  {width: 390, height: 844},
  {width: 768, height: 1024},
  {width: 1280, height: 800},
] as const;
const LANGS = ['en', 'ar'] as const;
// Boards narrower than 48em fold the objective list behind a toggle.
const narrow = (width: number) => width < 768 + 16;

const $ = <T extends Element = HTMLElement>(el: PledgeFeed, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);

/** A board on a page in `lang`, between two buttons, settled on its cards. */
async function page(lang: string, src = SRC): Promise<{el: PledgeFeed; before: HTMLElement; after: HTMLElement}> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <button id="before">before</button>
    <pledge-feed src=${src} page-size="6"></pledge-feed>
    <button id="after">after</button>
  </div>`);
  const el = wrapper.querySelector('pledge-feed')!;
  scrollTo(0, 0);
  await waitUntil(
    () => $(el, '.cards') && el.shadowRoot!.querySelector('pledge-card')?.shadowRoot?.querySelector('[part=title]'),
    'no cards',
    {
      timeout: 5000,
    },
  );
  await nextFrames();
  return {el, before: wrapper.querySelector('#before')!, after: wrapper.querySelector('#after')!};
}

const rendered = (el: Element | null) =>
  Boolean(el && el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0);

/** A feed address whose answer waits until `release()`: the board shows its loading frame meanwhile. */
let held = 0;
function holdFeed(): {src: string; release: () => void; restore: () => void} {
  const original = globalThis.fetch;
  const src = `/held/${++held}/feed.json`;
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    String(input instanceof Request ? input.url : input).includes(src)
      ? released.then(() => original(SRC, init))
      : original(input, init);
  return {src, release, restore: () => (globalThis.fetch = original)};
}

/** Where the board's frame stands: the parts above the cards, and where the cards start. */
function frame(el: PledgeFeed): Record<string, number[]> {
  const box = (selector: string) => {
    const r = $(el, selector)?.getBoundingClientRect();
    return r ? [r.top + scrollY, r.left, r.width].map(Math.round) : [];
  };
  return {
    filters: box('[part=filters]'),
    search: box('input[type=search]'),
    sort: box('select[name=sort]'),
    count: box('[part=count]'),
    results: box('[part=results]'),
    first: box('[part=results] li'),
  };
}

for (const size of SIZES) {
  describe(`the board at ${size.width} px`, () => {
    before(() => setViewport(size));
    after(() => setViewport({width: 800, height: 600}));
    beforeEach(() => clearFeedCache({persist: true}));

    for (const lang of LANGS) {
      const t = messages(lang);

      describe(lang, () => {
        it('puts nothing past the board and gives the page no horizontal scroll', async () => {
          const {el} = await page(lang);
          expect(pastEdges(el)).to.deep.equal([]);
          expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
        });

        if (narrow(size.width)) {
          it('folds the objective list behind its toggle, and unfolds it', async () => {
            const {el} = await page(lang);
            const toggle = $(el, 'button[aria-controls=objective-list]')!;
            const list = $(el, 'pledge-objective-list');
            expect(toggle.textContent.trim()).to.equal(t.objectiveListTitle);
            expect(toggle.getAttribute('aria-expanded')).to.equal('false');
            expect(rendered(list), 'folded').to.equal(false);
            toggle.click();
            await el.updateComplete;
            expect(toggle.getAttribute('aria-expanded')).to.equal('true');
            expect(rendered(list), 'unfolded').to.equal(true);
            expect(pastEdges(el)).to.deep.equal([]);
            toggle.click();
            await el.updateComplete;
            expect(rendered(list), 'folded again').to.equal(false);
          });
        } else {
          it('shows the objective list beside the cards, with no toggle', async () => {
            const {el} = await page(lang);
            expect(rendered($(el, 'pledge-objective-list'))).to.equal(true);
            expect(rendered($(el, 'button[aria-controls=objective-list]'))).to.equal(false);
            const list = $(el, 'pledge-objective-list')!.getBoundingClientRect();
            const cards = $(el, '.cards')!.getBoundingClientRect();
            expect(list.top, 'side by side').to.be.below(cards.bottom);
          });
        }

        if (size.width === 390) {
          it('shows the first card, title and all, on the first screen', async () => {
            const {el} = await page(lang);
            const card = el.shadowRoot!.querySelector('pledge-card')!;
            const title = card.shadowRoot!.querySelector('[part=title]')!.getBoundingClientRect();
            expect(title.bottom + scrollY, name(card)).to.be.at.most(innerHeight);
          });
        }

        it('lays out its frame before the feed arrives, and nothing above the cards moves when it does', async () => {
          const feed = holdFeed();
          try {
            const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
              <pledge-feed src=${feed.src} page-size="6"></pledge-feed>
            </div>`);
            const el = wrapper.querySelector('pledge-feed')!;
            scrollTo(0, 0);
            await el.updateComplete;
            await nextFrames();
            expect($(el, '[part=results]')!.getAttribute('aria-busy')).to.equal('true');
            const loading = frame(el);
            feed.release();
            await waitUntil(() => $(el, '.cards'), 'no cards', {timeout: 5000});
            await nextFrames();
            expect(frame(el)).to.deep.equal(loading);
          } finally {
            feed.restore();
          }
        });

        it('never covers a control that takes focus, from the first to the last', async () => {
          const {el, before, after} = await page(lang);
          before.focus();
          const covered: string[] = [];
          let steps = 0;
          for (; steps < 80; steps++) {
            await sendKeys({press: 'Tab'});
            await nextFrames();
            const focused = deepActiveElement();
            if (!focused || focused === after) break;
            const over = coveringElements(focused);
            if (over.length) covered.push(`${name(focused)}: ${over.join(', ')}`);
          }
          expect(covered).to.deep.equal([]);
          expect(deepActiveElement(), 'Tab reached the end of the board').to.equal(after);
          expect(steps, 'controls tabbed through').to.be.above(8);
          expect(el.shadowRoot!.activeElement).to.equal(null);
        });
      });
    }
  });
}
