// XSS corpus: every hostile payload in every text and URL field of a feed, parsed and
// rendered through every element in Chromium. Nothing may run, no on* attribute and no
// script-capable URL may reach any shadow root, and the text must show as text.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/elements/pledge-card/define.js';
import '../../src/elements/pledge-feed/define.js';
import '../../src/elements/pledge-objective-list/define.js';
import '../../src/elements/pledge-subscribe-button/define.js';
import {parseFeed} from '../../src/feed/read/parse.js';
import {ALL_PAYLOADS} from './fixtures/xss-payloads.js';

const BATCH = 20;
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'poster',
  'data',
  'background',
  'ping',
  'cite',
  'srcdoc',
];
const DANGEROUS_TAGS = [
  'script',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'base',
  'meta',
  'math',
  'mglyph',
  'noscript',
  'link',
];
// A URL whose scheme can run code or carry a document, allowing the tricks browsers forgive.
const BAD_URL = /^(javascript|data|vbscript):/i;
const dialogs: string[] = [];

/** A title-worthy version of a payload: the parser rightly refuses blank text. */
const textOf = (payload: string) => (/\S/.test(payload) ? payload : `T${payload}`);

/** A feed with the payload in every text and URL field (and an http URL carrying it). */
function hostileFeed(payload: string, n: number): unknown {
  const text = textOf(payload);
  const url = (i: number) => (i % 2 === 0 ? payload : `https://example.org/${n}/${payload}`);
  const item = (i: number) => ({
    id: i === 0 ? `p${n}` : text,
    url: url(i),
    external_url: url(i + 1),
    image: url(i),
    title: text,
    summary: text,
    content_text: text,
    content_html: payload,
    date_published: '2024-03-01T09:00:00Z',
    authors: [{name: text, url: url(i), avatar: url(i + 1)}],
    tags: [text],
    _pledge: {
      actor: {name: text, city: `${text} city`, country: 'FR'},
      stakeholder: 'local-government',
      objectives: [1, 16],
      status: 'planned',
      partners: [text, 'Partner'],
      period: {start: '2024'},
      source: {name: text, url: url(i + 1)},
      translations: {fr: {title: text, summary: text, content_text: text}},
    },
  });
  const feedUrl = `https://example.org/${n}/feed.json`;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: text,
    description: text,
    home_page_url: url(0),
    feed_url: url(1),
    _pledgekit: {
      version: 1,
      subscribe: {json: url(0), rss: url(1), atom: feedUrl, email: {action: url(0), method: 'post'}},
      slices: {objective: {'16': url(1)}, stakeholder: {'local-government': url(0)}},
    },
    items: [item(0), item(1)],
  };
}

/** Every shadow root under a node, nested ones included. */
function shadowRoots(node: ParentNode): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const el of node.querySelectorAll('*')) {
    if (el.shadowRoot) roots.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  }
  return roots;
}

/** The text a user sees, through nested shadow roots. */
function deepText(root: ShadowRoot): string {
  return [root.textContent ?? '', ...shadowRoots(root).map((r) => r.textContent ?? '')].join('\n');
}

/** What in a shadow root could run script: on* attributes, script URLs, script-capable tags. */
function violations(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    if (DANGEROUS_TAGS.includes(tag)) found.push(`<${tag}>`);
    for (const {name, value} of el.attributes) {
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      // Browsers ignore control characters and spaces around a URL's scheme.
      // eslint-disable-next-line no-control-regex -- the control characters are what is stripped
      const bare = value.replace(/[\u0000-\u0020]/g, '');
      if (URL_ATTRIBUTES.includes(name) && BAD_URL.test(bare)) found.push(`<${tag} ${name}="${value}">`);
    }
  }
  return found;
}

async function settle(elements: readonly HTMLElement[]): Promise<void> {
  await Promise.all(elements.map((el) => (el as unknown as {updateComplete: Promise<unknown>}).updateComplete));
  // Give image errors and any queued handler a chance to fire before looking.
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30)));
}

describe('XSS corpus through every element', () => {
  let host: HTMLElement;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back on window as they were
  const saved = {alert: window.alert, confirm: window.confirm, prompt: window.prompt};

  before(() => {
    window.alert = (message?: unknown) => void dialogs.push(`alert ${String(message)}`);
    window.confirm = (message?: string) => (dialogs.push(`confirm ${message}`), false);
    window.prompt = (message?: string) => (dialogs.push(`prompt ${message}`), null);
    host = document.createElement('div');
    document.body.append(host);
  });

  after(() => {
    Object.assign(window, saved);
    host.remove();
  });

  it(`renders ${ALL_PAYLOADS.length} payloads in every field as text, and nothing runs`, async () => {
    let rendered = 0;
    let shown = 0;
    const problems: string[] = [];
    for (let start = 0; start < ALL_PAYLOADS.length; start += BATCH) {
      const batch = ALL_PAYLOADS.slice(start, start + BATCH);
      const made = batch.map((payload, i) => {
        const n = start + i;
        const {feed, pledges} = parseFeed(hostileFeed(payload, n));
        const card = document.createElement('pledge-card');
        card.pledge = pledges[0];
        const board = document.createElement('pledge-feed');
        board.feed = feed;
        board.pledges = pledges;
        const list = document.createElement('pledge-objective-list');
        list.pledges = pledges;
        const button = document.createElement('pledge-subscribe-button');
        button.feed = feed;
        button.feedUrl = `https://example.org/${n}/feed.json`;
        host.append(card, board, list, button);
        return {payload, pledges, card, board, list, button};
      });
      const elements = made.flatMap(({card, board, list, button}) => [card, board, list, button]);
      await settle(elements);
      for (const {button} of made) button.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
      // Expand every long summary too: the toggle shows the rest of the text.
      for (const {card} of made) card.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')?.click();
      await settle(elements);
      rendered += elements.length;
      for (const {payload, pledges, card, board, list, button} of made) {
        const label = JSON.stringify(payload).slice(0, 80);
        if (pledges.length === 0) problems.push(`${label}: the pledge was rejected`);
        for (const el of [card, board, list, button]) {
          for (const root of [el.shadowRoot!, ...shadowRoots(el.shadowRoot!)]) {
            for (const v of violations(root)) problems.push(`${label} in <${el.localName}>: ${v}`);
          }
        }
        const text = textOf(payload);
        const cardText = deepText(card.shadowRoot!);
        for (const [field, value] of [
          ['title', text],
          ['actor', text],
          ['city', `${text} city`],
        ]) {
          if (cardText.includes(value!)) shown += 1;
          else problems.push(`${label}: the card does not show the ${field} as text`);
        }
        if (deepText(board.shadowRoot!).includes(text)) shown += 1;
        else problems.push(`${label}: the board does not show the title as text`);
      }
      host.replaceChildren();
    }
    await executeServerCommand('hardening-report', {
      name: 'XSS corpus',
      payloads: ALL_PAYLOADS.length,
      cases: rendered,
      violations: problems.length + dialogs.length + (window.__pwned === undefined ? 0 : 1),
    });
    expect(window.__pwned, 'a payload ran').to.equal(undefined);
    expect(dialogs, 'a payload opened a dialog').to.deep.equal([]);
    expect(problems.slice(0, 30), `${problems.length} problems`).to.deep.equal([]);
    expect(shown).to.equal(ALL_PAYLOADS.length * 4);
  });
});

describe('the XSS detector itself', () => {
  it('finds an on* attribute, a script URL and a script element in a shadow root', () => {
    const el = document.createElement('div');
    const root = el.attachShadow({mode: 'open'});
    const img = document.createElement('img');
    img.setAttribute('onerror', 'void 0');
    const link = document.createElement('a');
    link.setAttribute('href', ' java\tscript:void 0');
    root.append(img, link, document.createElement('script'));
    expect(violations(root)).to.have.length(3);
  });
});
