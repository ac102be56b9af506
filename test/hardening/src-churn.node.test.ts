// Changing a board's src 300 times (issue 13, item 11): the loads nobody waits for any
// more are aborted before their answer is read, and once the board is removed and
// clearFeedCache() is called the heap is back where it started (Chromium, CDP).
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Browser, CDPSession, Page} from 'puppeteer-core';
import {send} from '../support/fault-server.js';
import {launchChrome, startPageServer} from '../support/page-server.js';
import type {PageServer} from '../support/page-server.js';
import {pledgeFeed, pledgeItem} from '../support/pledges.js';
import {report} from './report.js';

const CHANGES = 300;
const HEAP_TOLERANCE = 2 * 1024 * 1024;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>src churn</title>
<script type="module">import {clearFeedCache} from '/pledgekit.js'; window.clearFeedCache = clearFeedCache;</script>
</head><body><main id="host"></main></body></html>`;

/** A feed of 250 pledges (about 450 KB), the size of a real partner's board. */
const FEED = JSON.stringify({
  ...pledgeFeed([]),
  items: Array.from({length: 250}, (_, i) =>
    pledgeItem(`p${i}`, {content_text: `${i} ${'A welcome desk for newcomers, open every day. '.repeat(36)}`}),
  ),
});

// Page-side code is text: the TypeScript loader would add Node-only helpers to functions.
const CHURN = (changes: number) => `(async () => {
  const el = document.createElement('pledge-feed');
  el.id = 'board';
  el.src = '/churn.json?n=0';
  document.getElementById('host').append(el);
  await el.updateComplete;
  for (let i = 1; i < ${changes}; i++) {
    el.src = '/churn.json?n=' + i;
    await el.updateComplete;
  }
})()`;

const SETTLED = `(() => {
  const root = document.getElementById('board')?.shadowRoot;
  return Boolean(root?.querySelector('.cards')) && !root.querySelector('[aria-busy=true]');
})()`;

async function heap(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

describe(`a board whose src changes ${CHANGES} times`, () => {
  let server: PageServer;
  let browser: Browser;
  let release: () => void = () => {};
  const held = new Promise<void>((done) => (release = done));

  before(async () => {
    server = await startPageServer({'/churn.html': {html: PAGE}});
    // Every answer waits until the test lets them all go: a load is read only if still wanted then.
    server.route('/churn.json', async (_, res) => {
      await held;
      send(res, FEED, 200, {'cache-control': 'no-store'});
    });
    browser = await launchChrome();
  });

  after(async () => {
    release();
    await browser?.close();
    await server?.close();
  });

  it(
    'aborts the loads nobody waits for, and frees everything on removal and clearFeedCache()',
    {timeout: 120_000},
    async () => {
      const page: Page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(server.url('/churn.html'), {waitUntil: 'networkidle0'});
      await page.waitForFunction("customElements.get('pledge-feed') !== undefined && window.clearFeedCache");
      const cdp = await page.createCDPSession();
      const baseline = await heap(cdp);

      await page.evaluate(CHURN(CHANGES));
      const requests = server.requests('/churn.json');
      // Give the aborts a moment to reach the server; the old loader never aborts, so do not wait forever.
      const cancelled = () => Promise.all(requests.map((r) => Promise.race([r.cancelled, Promise.resolve(false)])));
      for (let i = 0; i < 50 && (await cancelled()).filter(Boolean).length < requests.length - 1; i++) {
        await new Promise((done) => setTimeout(done, 100));
      }
      release();
      await page.waitForFunction(SETTLED, {timeout: 60_000});
      const read = (await Promise.all(requests.map((r) => r.cancelled))).filter((c) => !c).length;
      const shown = await heap(cdp);
      await page.evaluate(`document.getElementById('board').remove(); window.clearFeedCache();`);
      const removed = await heap(cdp);
      await page.close();

      const figures = {
        requests: requests.length,
        'answers read to the end': read,
        'heap MB before': mb(baseline),
        'heap MB while shown': mb(shown),
        'heap MB after removal and clearFeedCache()': mb(removed),
      };
      console.log(`src changed ${CHANGES} times: ${JSON.stringify(figures)}`);
      report({
        name: `<pledge-feed> src changed ${CHANGES} times`,
        cases: CHANGES,
        leaks: {'heap bytes': removed - baseline},
      });
      assert.deepEqual(errors, []);
      assert.equal(read, 1, 'only the last src is read');
      assert.ok(removed - baseline < HEAP_TOLERANCE, `the heap grew by ${mb(removed - baseline)} MB`);
    },
  );
});
