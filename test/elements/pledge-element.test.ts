import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import {setColorScheme} from '../support/commands.js';
import {PledgeCard} from '../../src/elements/pledge-card/pledge-card.js';
import {PledgeFeed} from '../../src/elements/pledge-feed/pledge-feed.js';
import {PledgeObjectiveList} from '../../src/elements/pledge-objective-list/pledge-objective-list.js';
import {PledgeSubscribeButton} from '../../src/elements/pledge-subscribe-button/pledge-subscribe-button.js';
import type {FeedInfo, Pledge} from '../../src/model/schema.js';

// The default text colours of the light and dark themes (theme.styles.ts).
const LIGHT_TEXT = 'rgb(29, 36, 51)';
const DARK_TEXT = 'rgb(232, 235, 241)';

const PLEDGE: Pledge = {
  id: 'lisbon',
  title: 'Lisbon opens its services to everyone',
  content_text: 'Lisbon opens its services to everyone who lives there.',
  _pledge: {actor: {name: 'Lisbon', country: 'PT'}, stakeholder: 'local-government', objectives: [16]},
};
const FEED = {version: 'https://jsonfeed.org/version/1.1', feed_url: 'https://example.org/feed.json'} as FeedInfo;

const ELEMENTS = {
  'pledge-card': () => html`<pledge-card .pledge=${PLEDGE}></pledge-card>`,
  'pledge-objective-list': () => html`<pledge-objective-list .pledges=${[PLEDGE]}></pledge-objective-list>`,
  'pledge-subscribe-button': () => html`<pledge-subscribe-button .feed=${FEED}></pledge-subscribe-button>`,
  'pledge-feed': () => html`<pledge-feed .pledges=${[PLEDGE]} .feed=${FEED}></pledge-feed>`,
} as const;

type Tag = keyof typeof ELEMENTS;
// What each element's `theme` property is set to in code: tsc checks that each takes `auto`.
const AUTO: {[T in Tag]: HTMLElementTagNameMap[T]['theme']} = {
  'pledge-card': 'auto',
  'pledge-objective-list': 'auto',
  'pledge-subscribe-button': 'auto',
  'pledge-feed': 'auto',
};

/** Collects console.warn calls until `restore`. */
function watchWarnings() {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void calls.push(args);
  return {calls, restore: () => void (console.warn = original)};
}

describe('PledgeElement', () => {
  describe('define()', () => {
    const classes = {
      'pledge-card': PledgeCard,
      'pledge-feed': PledgeFeed,
      'pledge-objective-list': PledgeObjectiveList,
      'pledge-subscribe-button': PledgeSubscribeButton,
    } as const;

    for (const [tag, element] of Object.entries(classes)) {
      it(`registers <${tag}> once: defining it again with the same class is silent`, () => {
        const warnings = watchWarnings();
        try {
          expect(element.define()).to.equal(element);
          expect(element.define(tag)).to.equal(element);
        } finally {
          warnings.restore();
        }
        expect(customElements.get(tag)).to.equal(element);
        expect(warnings.calls).to.deep.equal([]);
      });
    }

    it('warns once, and does not throw, when another class holds the tag (a second copy of pledgekit)', () => {
      class SecondCopy extends PledgeCard {}
      const warnings = watchWarnings();
      try {
        expect(() => SecondCopy.define()).not.to.throw();
        expect(() => SecondCopy.define('pledge-card')).not.to.throw();
      } finally {
        warnings.restore();
      }
      expect(customElements.get('pledge-card'), 'the first class stays').to.equal(PledgeCard);
      expect(warnings.calls).to.have.length(1);
      expect(String(warnings.calls[0]![0])).to.contain('<pledge-card>');
    });

    it('warns when the tag belongs to an element that is not pledgekit at all', () => {
      customElements.define('pledge-test-taken', class extends HTMLElement {});
      const warnings = watchWarnings();
      try {
        expect(() => PledgeObjectiveList.define('pledge-test-taken')).not.to.throw();
      } finally {
        warnings.restore();
      }
      expect(warnings.calls).to.have.length(1);
      expect(String(warnings.calls[0]![0])).to.contain('<pledge-test-taken>');
    });

    it('registers a subclass under a tag of its own and returns it', async () => {
      class TownCard extends PledgeCard {}
      expect(TownCard.define('town-pledge-card')).to.equal(TownCard);
      const el = await fixture<PledgeCard>(html`<town-pledge-card .pledge=${PLEDGE}></town-pledge-card>`);
      expect(el).to.be.instanceOf(TownCard);
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(PLEDGE.title);
    });
  });

  describe('theme="auto"', () => {
    // Where the engine does not let a test set the system's scheme (Firefox, WebKit), the system's own is checked.
    const systemText = () => (matchMedia('(prefers-color-scheme: dark)').matches ? DARK_TEXT : LIGHT_TEXT);
    afterEach(() => setColorScheme('light'));

    for (const tag of Object.keys(ELEMENTS) as Tag[]) {
      it(`<${tag}> follows the system's colour scheme`, async () => {
        const el = await fixture<HTMLElementTagNameMap[Tag]>(ELEMENTS[tag]());
        el.theme = AUTO[tag];
        await el.updateComplete;
        expect(el.getAttribute('theme')).to.equal('auto');
        for (const scheme of ['dark', 'light'] as const) {
          await setColorScheme(scheme);
          expect(getComputedStyle(el).color, `${scheme} system`).to.equal(systemText());
        }
        await expect(el).to.be.accessible();
      });
    }
  });
});
