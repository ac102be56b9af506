import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Server} from 'node:http';
import puppeteer from 'puppeteer-core';
import type {Browser, Page} from 'puppeteer-core';
import {CHROME_FLAGS, findChrome} from '../../scripts/find-browsers.js';
import {serve} from '../../scripts/serve.js';

// Every demo page, from the built files, through the demo server (real headers: the
// feed's content type and ETag, the CSP page's policy), in headless Chromium.
const PAGES = ['index', 'elements', 'arabic', 'hostile', 'csp', 'embed'];
const built = existsSync('dist/pledgekit.js') && existsSync('dist/cli/main.js');

// Code that runs in the page is kept as text: the TypeScript loader of the tests would
// otherwise add helpers to it that exist only in Node.
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ': ' + e.blockedURI));`;
const CARD_SHOWN = `(() => {
  const cards = (root) => [...root.querySelectorAll('*')].flatMap((el) =>
    el.localName === 'pledge-card' ? [el] : el.shadowRoot ? cards(el.shadowRoot) : []);
  return cards(document).some((card) => card.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim());
})()`;
/** Size and colours of the board's first card, as a person sees them. */
const FIRST_CARD_LOOK = `(() => {
  const card = document.querySelector('pledge-feed').shadowRoot.querySelector('pledge-card');
  const box = card.shadowRoot.querySelector('[part="card"]');
  const title = card.shadowRoot.querySelector('[part="title"]');
  const {width, height} = box.getBoundingClientRect();
  const style = getComputedStyle(box);
  const titleStyle = getComputedStyle(title);
  return {
    width, height, background: style.backgroundColor, border: style.borderColor, text: titleStyle.color,
    font: [titleStyle.fontFamily, titleStyle.fontSize, titleStyle.textTransform, titleStyle.letterSpacing].join(' '),
  };
})()`;

interface Visit {
  page: Page;
  violations: string[];
  errors: string[];
}

describe('the demo site', {skip: !built && 'run npm run build first'}, () => {
  let server: Server;
  let base = '';
  let browser: Browser;

  before(async () => {
    // Pages of 5, so the feeds have second pages (feed-2.xml, atom-2.xml) to be typed too.
    ({server, url: base} = await serve(0, {pageSize: 5}));
    browser = await puppeteer.launch({
      executablePath: findChrome(),
      headless: true,
      args: CHROME_FLAGS,
    });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  async function visit(name: string): Promise<Visit> {
    const page = await browser.newPage();
    await page.setViewport({width: 1200, height: 1600});
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.evaluateOnNewDocument(RECORD_VIOLATIONS);
    await page.goto(`${base}demo/${name}.html`, {waitUntil: 'networkidle0'});
    await page.waitForFunction(CARD_SHOWN, {timeout: 10000});
    const violations = (await page.evaluate('window.__violations')) as string[];
    return {page, violations, errors};
  }

  function firstCardLook(page: Page) {
    return page.evaluate(FIRST_CARD_LOOK);
  }

  for (const name of PAGES) {
    it(`shows cards on ${name}.html with no script error`, async () => {
      const {page, errors} = await visit(name);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('records no Content-Security-Policy violation on the strict CSP page', async () => {
    const {page, violations} = await visit('csp');
    const policy = String(
      await page.evaluate(`fetch(location.href).then((r) => r.headers.get('content-security-policy'))`),
    );
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.deepEqual(violations, []);
    await page.close();
  });

  it('looks the same under a hostile stylesheet as on the plain page', async () => {
    const plain = await visit('index');
    const hostile = await visit('hostile');
    assert.deepEqual(await firstCardLook(hostile.page), await firstCardLook(plain.page));
    await plain.page.close();
    await hostile.page.close();
  });

  it('lays the Arabic board out right to left', async () => {
    const {page} = await visit('arabic');
    const direction = await page.evaluate(`(() => {
      const root = document.querySelector('pledge-feed').shadowRoot.querySelector('[dir]');
      return [root.getAttribute('dir'), getComputedStyle(root).direction];
    })()`);
    assert.deepEqual(direction, ['rtl', 'rtl']);
    await page.close();
  });

  it('serves the board as a page at the address npm start prints, and each folder its index', async () => {
    for (const path of ['', 'demo/']) {
      const response = await fetch(`${base}${path}`);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8', path);
    }
    const page = await browser.newPage();
    try {
      await page.goto(base, {waitUntil: 'networkidle0'});
      assert.ok(await page.waitForFunction(CARD_SHOWN, {timeout: 10_000}));
    } finally {
      await page.close();
    }
    assert.equal((await fetch(`${base}demo/%E0`)).status, 400);
  });

  it('serves the feeds as application/feed+json with an ETag and CORS', async () => {
    const response = await fetch(`${base}feeds/feed.json`);
    assert.match(response.headers.get('content-type') ?? '', /^application\/feed\+json/);
    assert.ok(response.headers.get('etag'));
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const again = await fetch(`${base}feeds/feed.json`, {headers: {'if-none-match': response.headers.get('etag')!}});
    assert.equal(again.status, 304);
  });

  it('gives every page of every feed format, and the schema, its own type (issue 18, item 23)', async () => {
    const types: Record<string, RegExp> = {
      'feeds/feed.json': /^application\/feed\+json/,
      'feeds/feed-2.json': /^application\/feed\+json/,
      'feeds/feed.xml': /^application\/rss\+xml/,
      'feeds/feed-2.xml': /^application\/rss\+xml/,
      'feeds/atom.xml': /^application\/atom\+xml/,
      'feeds/atom-2.xml': /^application\/atom\+xml/,
      'feeds/objective/17/atom.xml': /^application\/atom\+xml/,
      'feeds/schema.json': /^application\/schema\+json/,
      'demo/index.html': /^text\/html; charset=utf-8$/,
      'dist/pledgekit.js': /^text\/javascript/,
      'examples/feeds/local-actions.json': /^application\/json/,
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await fetch(`${base}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', type, path);
      // CORS on the published feeds only: no other site may read the rest.
      assert.equal(response.headers.get('access-control-allow-origin'), path.startsWith('feeds/') ? '*' : null, path);
    }
  });

  it('sends text compressed to a browser that takes it (issue 18, item 23)', async () => {
    for (const [encoding, expected] of [
      ['br', 'br'],
      ['gzip', 'gzip'],
    ]) {
      const response = await fetch(`${base}dist/pledgekit.js`, {headers: {'accept-encoding': encoding!}});
      assert.equal(response.headers.get('content-encoding'), expected);
      assert.ok((await response.text()).length > 1000);
    }
  });
});

describe('the demo server, asked for what it must not give (issue 18, item 23)', () => {
  let server: Server;
  let base = '';
  let root = '';
  let remove: () => Promise<void>;

  before(async () => {
    // A project root of its own, with a .git/config, a sibling folder whose name starts with
    // the root's, and the folders the server publishes.
    const parent = await mkdtemp(join(tmpdir(), 'pledgekit-serve-'));
    remove = () => rm(parent, {recursive: true, force: true});
    root = join(parent, 'site');
    for (const folder of ['demo', 'dist', 'examples', '.git', 'src'])
      await mkdir(join(root, folder), {recursive: true});
    await writeFile(join(root, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
    await writeFile(join(root, '.git', 'config'), 'SECRET git config');
    await writeFile(join(root, 'src', 'secret.ts'), 'SECRET source');
    await writeFile(join(root, 'package.json'), '{"SECRET": true}');
    await mkdir(join(parent, 'site-private'));
    await writeFile(join(parent, 'site-private', 'key.txt'), 'SECRET sibling');
    ({server, url: base} = await serve(0, {root}));
  });

  after(async () => {
    server?.close();
    await remove?.();
  });

  it('serves only demo/, dist/, examples/ and the feeds, whatever the address', async () => {
    const attempts = [
      'demo/..%2f.git%2fconfig',
      'demo/..%2F..%2Fsite%2F.git%2Fconfig',
      'demo/%2e%2e/.git/config',
      'demo/..%5c.git%5cconfig',
      'demo/..%2f..%2fsite-private%2fkey.txt',
      'demo%2f..%2f.git%2fconfig',
      'demo/../package.json',
      '.git/config',
      'src/secret.ts',
      'package.json',
      'site-private/key.txt',
      'demo-private/x',
      'feeds/..%2f..%2fpackage.json',
      'feeds/.pledgekit-manifest.json',
    ];
    for (const path of attempts) {
      const response = await fetch(`${base}${path}`);
      const text = await response.text();
      assert.ok(response.status >= 400, `${path}: ${response.status}`);
      assert.doesNotMatch(text, /SECRET/, path);
    }
    assert.equal((await fetch(`${base}demo/`)).status, 200);
  });
});
