import {elementUpdated, expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '../support/commands.js';
import '../../src/elements/pledge-subscribe-button/define.js';
import type {PledgeSubscribeButton} from '../../src/elements/pledge-subscribe-button/define.js';
import {PledgeSubscribeEvent} from '../../src/events/pledge-subscribe.js';
import {clearFeedCache} from '../../src/feed/load/load.js';
import {UI_LANGUAGES, messages} from '../../src/i18n/index.js';
import type {FeedInfo} from '../../src/model/schema.js';

const FIXTURE = '/test/elements/fixtures/subscribe-feed.json';
const FEEDS = 'https://pledges.example.org/feeds';
const ACTION = 'https://lists.example.org/subscribe';
const en = messages('en');

/** The fixture feed's own fields, as `parseFeed` gives them. */
function fullFeed(): FeedInfo {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Pledges to subscribe to',
    feed_url: `${FEEDS}/all/feed.json`,
    _pledgekit: {
      version: 1,
      subscribe: {
        json: `${FEEDS}/all/feed.json`,
        rss: `${FEEDS}/all/feed.xml`,
        atom: `${FEEDS}/all/atom.xml`,
        email: {action: ACTION, method: 'post'},
      },
      slices: {
        objective: {'17': `${FEEDS}/objective/17/feed.json`},
        stakeholder: {'civil-society': `${FEEDS}/stakeholder/civil-society/feed.json`},
      },
    },
  };
}

const shadow = (el: PledgeSubscribeButton) => el.shadowRoot!;
const toggleButton = (el: PledgeSubscribeButton) => shadow(el).querySelector<HTMLButtonElement>('[part="button"]')!;
const panel = (el: PledgeSubscribeButton) => shadow(el).querySelector<HTMLElement>('[part="panel"]')!;
const links = (el: PledgeSubscribeButton) =>
  [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part="link"]')].map((a) => [a.textContent.trim(), a.href]);
const copyButton = (el: PledgeSubscribeButton) => shadow(el).querySelector<HTMLButtonElement>('button.copy')!;
const emailInput = (el: PledgeSubscribeButton) => shadow(el).querySelector<HTMLInputElement>('input[part="input"]')!;
const emailMessage = (el: PledgeSubscribeButton) => shadow(el).querySelector('#email-message')!.textContent.trim();
const copyStatus = (el: PledgeSubscribeButton) => shadow(el).querySelector('[role="status"]')!.textContent.trim();

async function open(el: PledgeSubscribeButton): Promise<void> {
  toggleButton(el).click();
  await elementUpdated(el);
}

async function typeEmail(el: PledgeSubscribeButton, value: string): Promise<void> {
  const input = emailInput(el);
  input.focus();
  input.value = '';
  await sendKeys({type: value});
  await elementUpdated(el);
}

async function submitEmail(el: PledgeSubscribeButton): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await elementUpdated(el);
}

/** Replaces `navigator.clipboard` for one test; the returned function puts it back. */
function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
  return () => void delete (navigator as {clipboard?: unknown}).clipboard;
}

type FetchCall = {url: string; init: RequestInit | undefined};

/** Replaces `fetch` for one test, answering `status`; records the calls. */
function stubFetch(status: number): {calls: FetchCall[]; restore: () => void} {
  const original = globalThis.fetch;
  const calls: FetchCall[] = [];
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({url: input instanceof Request ? input.url : String(input), init});
    return Promise.resolve(new Response(status === 200 ? 'ok' : 'broken', {status}));
  };
  return {calls, restore: () => void (globalThis.fetch = original)};
}

describe('<pledge-subscribe-button>', () => {
  beforeEach(() => {
    clearFeedCache();
  });
  afterEach(() => {
    clearFeedCache();
  });

  it('shows a closed "Subscribe" disclosure button for a feed set as a property', async () => {
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button .feed=${fullFeed()}></pledge-subscribe-button>`,
    );
    const button = toggleButton(el);
    expect(button.textContent.trim()).to.equal(en.subscribe);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(
      shadow(el).getElementById(button.getAttribute('aria-controls')!) === panel(el),
      'aria-controls names the panel',
    ).to.be.true;
    expect(panel(el).hidden).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('loads the feed named in src and offers its JSON Feed, RSS and Atom links and the email form', async () => {
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button src=${FIXTURE}></pledge-subscribe-button>`,
    );
    await waitUntil(() => shadow(el).querySelector('a[part="link"]'), 'the feed links appear');
    await open(el);
    expect(links(el)).to.deep.equal([
      ['JSON Feed', `${FEEDS}/all/feed.json`],
      ['RSS', `${FEEDS}/all/feed.xml`],
      ['Atom', `${FEEDS}/all/atom.xml`],
    ]);
    expect(copyButton(el).textContent.trim()).to.equal(en.copyLink);
    expect(shadow(el).querySelector('[part="form"] label')!.textContent.trim()).to.equal(en.emailAddress);
    await expect(el).to.be.accessible();
  });

  it('opens and closes with its button, and says so with aria-expanded', async () => {
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button .feed=${fullFeed()}></pledge-subscribe-button>`,
    );
    await open(el);
    expect(toggleButton(el).getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el).hidden).to.be.false;
    expect(panel(el).getBoundingClientRect().height).to.be.greaterThan(0);
    await open(el);
    expect(toggleButton(el).getAttribute('aria-expanded')).to.equal('false');
    expect(panel(el).hidden).to.be.true;
  });

  it('opens from the keyboard, lets Tab reach the links, and Escape closes and puts focus back on the button', async () => {
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button .feed=${fullFeed()}></pledge-subscribe-button>`,
    );
    toggleButton(el).focus();
    await sendKeys({press: 'Enter'});
    await elementUpdated(el);
    expect(panel(el).hidden).to.be.false;
    await sendKeys({press: 'Tab'});
    expect(shadow(el).activeElement!.textContent.trim()).to.equal('JSON Feed');
    await sendKeys({press: 'Escape'});
    await elementUpdated(el);
    expect(panel(el).hidden).to.be.true;
    expect(document.activeElement === el, 'focus is in the element').to.be.true;
    expect(shadow(el).activeElement === toggleButton(el), 'focus is on the button').to.be.true;
  });

  it('closes on a click outside, not on a click inside the panel', async () => {
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button .feed=${fullFeed()}></pledge-subscribe-button>`,
    );
    await open(el);
    shadow(el).querySelector<HTMLElement>('.scope')!.click();
    await elementUpdated(el);
    expect(panel(el).hidden).to.be.false;
    document.body.click();
    await elementUpdated(el);
    expect(panel(el).hidden).to.be.true;
    expect(toggleButton(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('stops listening for outside clicks once closed or removed', async () => {
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button .feed=${fullFeed()}></pledge-subscribe-button>`,
    );
    const added: unknown[] = [];
    const removed: unknown[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as they were, and called with `apply(this)`
    const {addEventListener, removeEventListener} = document;
    document.addEventListener = function (this: Document, ...args: Parameters<Document['addEventListener']>) {
      if (args[0] === 'click') added.push(args[1]);
      return addEventListener.apply(this, args);
    } as Document['addEventListener'];
    document.removeEventListener = function (this: Document, ...args: Parameters<Document['removeEventListener']>) {
      if (args[0] === 'click') removed.push(args[1]);
      return removeEventListener.apply(this, args);
    } as Document['removeEventListener'];
    try {
      await open(el);
      expect(added).to.have.length(1);
      await open(el);
      expect(removed).to.deep.equal(added);
      await open(el);
      el.remove();
      expect(removed.length).to.be.greaterThan(1);
      expect(removed.at(-1)).to.equal(added.at(-1));
      document.body.click();
    } finally {
      document.addEventListener = addEventListener;
      document.removeEventListener = removeEventListener;
    }
  });

  it('offers only the formats the feed has', async () => {
    const feed: FeedInfo = {
      version: 'https://jsonfeed.org/version/1.1',
      _pledgekit: {version: 1, subscribe: {atom: `${FEEDS}/all/atom.xml`}},
    };
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button .feed=${feed}></pledge-subscribe-button>`,
    );
    await open(el);
    expect(links(el)).to.deep.equal([['Atom', `${FEEDS}/all/atom.xml`]]);
    expect(shadow(el).querySelectorAll('form').length, 'no email form').to.equal(0);
  });

  it('offers the slice of the objective in view, with its RSS and Atom files next to its JSON feed', async () => {
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button objective="17" .feed=${fullFeed()}></pledge-subscribe-button>`,
    );
    expect(toggleButton(el).textContent.trim()).to.equal(en.subscribeSelection);
    await open(el);
    expect(shadow(el).querySelector('.scope')!.textContent.trim()).to.equal(en.subscribeSelection);
    expect(links(el)).to.deep.equal([
      ['JSON Feed', `${FEEDS}/objective/17/feed.json`],
      ['RSS', `${FEEDS}/objective/17/feed.xml`],
      ['Atom', `${FEEDS}/objective/17/atom.xml`],
    ]);
  });

  it('offers the stakeholder slice, and the whole feed with "Subscribe to all pledges" when a slice is unknown', async () => {
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button stakeholder="civil-society" .feed=${fullFeed()}></pledge-subscribe-button>`,
    );
    await open(el);
    expect(links(el)[0]).to.deep.equal(['JSON Feed', `${FEEDS}/stakeholder/civil-society/feed.json`]);
    el.objective = 5;
    el.stakeholder = 'academia';
    await elementUpdated(el);
    expect(toggleButton(el).textContent.trim()).to.equal(en.subscribe);
    expect(shadow(el).querySelector('.scope')!.textContent.trim()).to.equal(en.subscribeAll);
    expect(links(el)[0]).to.deep.equal(['JSON Feed', `${FEEDS}/all/feed.json`]);
  });

  it('falls back to the feed_url when the feed has no _pledgekit', async () => {
    const feed: FeedInfo = {
      version: 'https://jsonfeed.org/version/1.1',
      feed_url: 'https://partner.example.net/pledges.json',
    };
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button objective="17" .feed=${feed}></pledge-subscribe-button>`,
    );
    await open(el);
    expect(links(el)).to.deep.equal([['JSON Feed', 'https://partner.example.net/pledges.json']]);
    expect(shadow(el).querySelector('.scope')!.textContent.trim()).to.equal(en.subscribeAll);
    expect(shadow(el).querySelectorAll('form').length, 'no email form').to.equal(0);
  });

  it('falls back to the address it loaded the feed from when the feed names none', async () => {
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button src="/examples/feeds/local-actions.json"></pledge-subscribe-button>`,
    );
    await waitUntil(() => shadow(el).querySelector('a[part="link"]'), 'the feed link appears');
    await open(el);
    expect(links(el)).to.deep.equal([['JSON Feed', 'https://pledges.example.org/feeds/local-actions.json']]);
  });

  it('says it is loading while the feed is on its way', async () => {
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button src="/__fault/delay/400?file=/test/elements/fixtures/subscribe-feed.json"></pledge-subscribe-button>`,
    );
    await open(el);
    expect(panel(el).textContent.trim()).to.equal(en.loading);
    await waitUntil(() => links(el).length === 3, 'the links replace the loading message', {timeout: 5000});
  });

  it('copies the feed link and confirms it in a live region', async () => {
    const copied: string[] = [];
    const restore = stubClipboard((text) => Promise.resolve(void copied.push(text)));
    try {
      const el = await fixture<PledgeSubscribeButton>(
        html`<pledge-subscribe-button objective="17" .feed=${fullFeed()}></pledge-subscribe-button>`,
      );
      await open(el);
      const event = oneEvent<PledgeSubscribeEvent>(el, 'pledge-subscribe');
      copyButton(el).click();
      const fired = await event;
      expect(fired).to.be.instanceOf(PledgeSubscribeEvent);
      expect([fired.format, fired.url, fired.email]).to.deep.equal([
        'copy',
        `${FEEDS}/objective/17/feed.json`,
        undefined,
      ]);
      expect(fired.bubbles && fired.composed && fired.cancelable).to.be.true;
      await waitUntil(() => copyStatus(el) === en.linkCopied, 'the confirmation shows');
      expect(copied).to.deep.equal([`${FEEDS}/objective/17/feed.json`]);
    } finally {
      restore();
    }
  });

  it('shows the link to copy by hand when the clipboard fails', async () => {
    const restore = stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    try {
      const el = await fixture<PledgeSubscribeButton>(
        html`<pledge-subscribe-button .feed=${fullFeed()}></pledge-subscribe-button>`,
      );
      await open(el);
      copyButton(el).click();
      await waitUntil(() => copyStatus(el) === en.copyFailed, 'the failure shows');
      expect(shadow(el).querySelector('.url')!.textContent).to.equal(`${FEEDS}/all/feed.json`);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('copies nothing when a listener cancels the event', async () => {
    const copied: string[] = [];
    const restore = stubClipboard((text) => Promise.resolve(void copied.push(text)));
    const takeOver = (event: Event) => event.preventDefault();
    document.addEventListener('pledge-subscribe', takeOver);
    try {
      const el = await fixture<PledgeSubscribeButton>(
        html`<pledge-subscribe-button .feed=${fullFeed()}></pledge-subscribe-button>`,
      );
      await open(el);
      copyButton(el).click();
      await elementUpdated(el);
      expect(copied).to.deep.equal([]);
      expect(copyStatus(el)).to.equal('');
    } finally {
      document.removeEventListener('pledge-subscribe', takeOver);
      restore();
    }
  });

  it('announces a followed feed link, and does not follow it when the event is canceled', async () => {
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button .feed=${fullFeed()}></pledge-subscribe-button>`,
    );
    await open(el);
    const seen: PledgeSubscribeEvent[] = [];
    const clicks: boolean[] = [];
    const listen = (event: PledgeSubscribeEvent) => {
      seen.push(event);
      if (event.format === 'rss') event.preventDefault();
    };
    // Runs after the element's own handler: records whether it stopped the navigation, then stops it for the test page.
    const guard = (event: Event) => {
      clicks.push(event.defaultPrevented);
      event.preventDefault();
    };
    el.addEventListener('pledge-subscribe', listen);
    window.addEventListener('click', guard);
    try {
      const [json, rss] = shadow(el).querySelectorAll<HTMLAnchorElement>('a[part="link"]');
      rss!.click();
      json!.click();
    } finally {
      window.removeEventListener('click', guard);
    }
    expect(seen.map((e) => [e.format, e.url])).to.deep.equal([
      ['rss', `${FEEDS}/all/feed.xml`],
      ['json', `${FEEDS}/all/feed.json`],
    ]);
    expect(clicks).to.deep.equal([true, false]);
  });

  it('refuses an invalid email address with a message tied to the field, and sends nothing', async () => {
    const fetches = stubFetch(200);
    try {
      const el = await fixture<PledgeSubscribeButton>(
        html`<pledge-subscribe-button .feed=${fullFeed()}></pledge-subscribe-button>`,
      );
      let events = 0;
      el.addEventListener('pledge-subscribe', () => events++);
      await open(el);
      await typeEmail(el, 'ada at example');
      await submitEmail(el);
      const input = emailInput(el);
      expect(emailMessage(el)).to.equal(en.emailInvalid);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(el).getElementById(input.getAttribute('aria-describedby')!)!.textContent.trim()).to.equal(
        en.emailInvalid,
      );
      expect(shadow(el).activeElement === input, 'focus is on the field').to.be.true;
      expect(input.value).to.equal('ada at example');
      expect(fetches.calls).to.deep.equal([]);
      expect(events).to.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      fetches.restore();
    }
  });

  it('posts a valid address with the feed link and shows the success', async () => {
    const fetches = stubFetch(200);
    try {
      const el = await fixture<PledgeSubscribeButton>(
        html`<pledge-subscribe-button objective="17" .feed=${fullFeed()}></pledge-subscribe-button>`,
      );
      await open(el);
      await typeEmail(el, 'ada@example.org');
      const event = oneEvent<PledgeSubscribeEvent>(el, 'pledge-subscribe');
      await submitEmail(el);
      const fired = await event;
      expect([fired.format, fired.url, fired.email]).to.deep.equal([
        'email',
        `${FEEDS}/objective/17/feed.json`,
        'ada@example.org',
      ]);
      await waitUntil(() => emailMessage(el) === en.subscribed, 'the success shows');
      expect(fetches.calls).to.have.length(1);
      const [{url, init}] = fetches.calls as [FetchCall];
      expect(url).to.equal(ACTION);
      expect(init!.method).to.equal('POST');
      expect((init!.headers as Record<string, string>)['content-type']).to.equal('application/x-www-form-urlencoded');
      expect(Object.fromEntries(new URLSearchParams(init!.body as string))).to.deep.equal({
        email: 'ada@example.org',
        feed: `${FEEDS}/objective/17/feed.json`,
      });
      expect(emailInput(el).getAttribute('aria-invalid')).to.equal('false');
      await expect(el).to.be.accessible();
    } finally {
      fetches.restore();
    }
  });

  it('shows why a failing request failed and keeps the typed address', async () => {
    const fetches = stubFetch(500);
    try {
      const el = await fixture<PledgeSubscribeButton>(
        html`<pledge-subscribe-button .feed=${fullFeed()}></pledge-subscribe-button>`,
      );
      await open(el);
      await typeEmail(el, 'ada@example.org');
      await submitEmail(el);
      await waitUntil(() => emailMessage(el).includes('500'), 'the failure shows');
      expect(emailMessage(el)).to.equal(
        en.subscribeFailed.replace('{reason}', en.emailServerStatus.replace('{status}', '500')),
      );
      expect(emailInput(el).value).to.equal('ada@example.org');
      await expect(el).to.be.accessible();
    } finally {
      fetches.restore();
    }
  });

  it('sends nothing when a listener cancels the email event', async () => {
    const fetches = stubFetch(200);
    try {
      const el = await fixture<PledgeSubscribeButton>(
        html`<pledge-subscribe-button .feed=${fullFeed()}></pledge-subscribe-button>`,
      );
      el.addEventListener('pledge-subscribe', (event) => event.preventDefault());
      await open(el);
      await typeEmail(el, 'ada@example.org');
      await submitEmail(el);
      expect(fetches.calls).to.deep.equal([]);
      expect(emailMessage(el)).to.equal('');
    } finally {
      fetches.restore();
    }
  });

  it('uses the email-action and email-method attributes over the feed, for a feed without an endpoint', async () => {
    const fetches = stubFetch(200);
    const feed: FeedInfo = {
      version: 'https://jsonfeed.org/version/1.1',
      feed_url: 'https://partner.example.net/pledges.json',
    };
    try {
      const el = await fixture<PledgeSubscribeButton>(
        html`<pledge-subscribe-button email-action="https://news.example.net/join?list=pledges" email-method="GET" .feed=${feed}></pledge-subscribe-button>`,
      );
      await open(el);
      await typeEmail(el, 'ada@example.org');
      await submitEmail(el);
      await waitUntil(() => emailMessage(el) === en.subscribed, 'the success shows');
      const [{url, init}] = fetches.calls as [FetchCall];
      const sent = new URL(url);
      expect([sent.origin + sent.pathname, init?.method ?? 'GET']).to.deep.equal([
        'https://news.example.net/join',
        'GET',
      ]);
      expect(Object.fromEntries(sent.searchParams)).to.deep.equal({
        list: 'pledges',
        email: 'ada@example.org',
        feed: 'https://partner.example.net/pledges.json',
      });
    } finally {
      fetches.restore();
    }
  });

  it('fires no event and sends nothing when code sets its properties', async () => {
    const fetches = stubFetch(200);
    let events = 0;
    const count = () => events++;
    document.addEventListener('pledge-subscribe', count);
    try {
      const el = await fixture<PledgeSubscribeButton>(html`<pledge-subscribe-button></pledge-subscribe-button>`);
      el.feed = fullFeed();
      el.objective = 17;
      el.stakeholder = 'civil-society';
      el.feedUrl = 'https://partner.example.net/pledges.json';
      el.emailAction = 'https://news.example.net/join';
      el.label = 'Follow';
      await elementUpdated(el);
      expect(toggleButton(el).textContent.trim()).to.equal('Follow');
      expect(events).to.equal(0);
      expect(fetches.calls).to.deep.equal([]);
    } finally {
      document.removeEventListener('pledge-subscribe', count);
      fetches.restore();
    }
  });

  it('offers no link and no form for hostile addresses', async () => {
    const hostile = {
      version: 'https://jsonfeed.org/version/1.1',
      feed_url: 'javascript:window.__pwned=1',
      _pledgekit: {
        version: 1,
        subscribe: {
          json: 'javascript:window.__pwned=1',
          rss: 'data:text/html,<script>window.__pwned=1</script>',
          atom: `${FEEDS}/all/atom.xml`,
          email: {action: 'javascript:window.__pwned=1'},
        },
        slices: {objective: {'17': 'javascript:window.__pwned=1//feed.json'}},
      },
    } as unknown as FeedInfo;
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button objective="17" email-action="javascript:window.__pwned=1" .feed=${hostile}></pledge-subscribe-button>`,
    );
    await open(el);
    expect(links(el)).to.deep.equal([['Atom', `${FEEDS}/all/atom.xml`]]);
    for (const a of shadow(el).querySelectorAll('a')) expect(a.protocol).to.equal('https:');
    expect(shadow(el).querySelectorAll('form').length, 'no email form').to.equal(0);
    expect(shadow(el).querySelectorAll('script, [onerror]').length).to.equal(0);
    expect((window as {__pwned?: unknown}).__pwned).to.be.undefined;
  });

  it('renders nothing when the feed offers no way to subscribe', async () => {
    const feed = {version: 'https://jsonfeed.org/version/1.1', feed_url: 'javascript:alert(1)'} as unknown as FeedInfo;
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button .feed=${feed}></pledge-subscribe-button>`,
    );
    expect(shadow(el).childElementCount, 'nothing is rendered').to.equal(0);
  });

  for (const lang of UI_LANGUAGES) {
    it(`speaks ${lang}`, async () => {
      const t = messages(lang);
      const el = await fixture<PledgeSubscribeButton>(
        html`<pledge-subscribe-button lang=${lang} .feed=${fullFeed()}></pledge-subscribe-button>`,
      );
      await open(el);
      const root = shadow(el).querySelector('.root')!;
      expect(root.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(toggleButton(el).textContent.trim()).to.equal(t.subscribe);
      expect(copyButton(el).textContent.trim()).to.equal(t.copyLink);
      expect(shadow(el).querySelector('.scope')!.textContent.trim()).to.equal(t.subscribeAll);
      expect(shadow(el).querySelector('[part="form"] label')!.textContent.trim()).to.equal(t.emailAddress);
      if (lang !== 'en') expect(t.subscribeAll).not.to.equal(en.subscribeAll);
    });
  }

  it('is accessible open in the dark theme', async () => {
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button theme="dark" .feed=${fullFeed()}></pledge-subscribe-button>`,
    );
    await open(el);
    expect(getComputedStyle(panel(el)).backgroundColor).to.equal('rgb(26, 31, 41)');
    await expect(el).to.be.accessible();
  });

  it('is accessible open right to left', async () => {
    const el = await fixture<PledgeSubscribeButton>(
      html`<pledge-subscribe-button lang="ar" objective="17" .feed=${fullFeed()}></pledge-subscribe-button>`,
    );
    await open(el);
    expect(getComputedStyle(panel(el)).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
