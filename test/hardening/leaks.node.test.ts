// Leaks: mounting and removing <pledge-feed> 200 times leaves no event listeners on window
// or document, no timers, no pending requests and no growing heap behind (Chromium, CDP).
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Browser, CDPSession, Page} from 'puppeteer-core';
import {launchChrome, startPageServer} from '../support/page-server.js';
import type {PageServer} from '../support/page-server.js';
import {report} from './report.js';

const CYCLES = 200;
const HEAP_TOLERANCE = 1024 * 1024;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Leaks</title>
<script type="module" src="/pledgekit.js"></script></head><body><main id="host"></main></body></html>`;

// Page-side code is text: the TypeScript loader would add Node-only helpers to functions.
// Counts live timers and pending requests, wrapping the page's own functions before it loads.
const INSTRUMENT = `(() => {
  const timeouts = new Set(), intervals = new Set();
  const {setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, fetch: f} = window;
  window.setTimeout = function (fn, ms, ...args) {
    const id = st.call(window, function () { timeouts.delete(id); return typeof fn === 'function' ? fn.apply(this, arguments) : undefined; }, ms, ...args);
    timeouts.add(id);
    return id;
  };
  window.clearTimeout = (id) => { timeouts.delete(id); intervals.delete(id); return ct.call(window, id); };
  window.setInterval = function (...args) { const id = si.apply(window, args); intervals.add(id); return id; };
  window.clearInterval = (id) => { timeouts.delete(id); intervals.delete(id); return ci.call(window, id); };
  window.__pending = 0;
  window.fetch = function (...args) {
    window.__pending++;
    const request = f.apply(window, args);
    const done = () => void window.__pending--;
    request.then(done, done);
    return request;
  };
  window.__timers = () => timeouts.size + intervals.size;
})()`;

// Mounts and removes boards: half are removed once they show their pledges (or error),
// half while they are still loading; some sync the address, some point at a slow or missing feed.
const CHURN = (cycles: number) => `(async () => {
  const host = document.getElementById('host');
  const sources = ['/feed.json', '/__fault/slow/20/leaks/sample', '/__fault/status/404', '/feed.json'];
  const settled = (el) => el.shadowRoot?.querySelector('.cards, [part=empty], [role=alert]');
  for (let i = 0; i < ${cycles}; i++) {
    const el = document.createElement('pledge-feed');
    el.src = sources[i % sources.length];
    if (i % 3 === 0) el.setAttribute('sync-url', '');
    if (i % 5 === 0) el.setAttribute('q', 'city');
    host.append(el);
    await el.updateComplete;
    if (i % 2 === 0) {
      for (let n = 0; n < 200 && !settled(el); n++) await new Promise((done) => requestAnimationFrame(done));
      el.shadowRoot.querySelector('input')?.dispatchEvent(new Event('input', {bubbles: true}));
    }
    el.remove();
  }
})()`;

interface Figures {
  listeners: number;
  timers: number;
  pending: number;
  heap: number;
}

async function listenerCount(cdp: CDPSession, expression: string): Promise<number> {
  const {result} = await cdp.send('Runtime.evaluate', {expression});
  const {listeners} = await cdp.send('DOMDebugger.getEventListeners', {objectId: result.objectId!});
  await cdp.send('Runtime.releaseObject', {objectId: result.objectId!});
  return listeners.length;
}

/** What is left on the page once it is idle: listeners, timers, requests, heap after GC. */
async function measure(page: Page, cdp: CDPSession): Promise<Figures> {
  // Let pending loads finish and short timers fire: what stays after that is a leak.
  await page.waitForFunction('window.__pending === 0', {timeout: 10_000}).catch(() => undefined);
  await new Promise((done) => setTimeout(done, 600));
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize} = await cdp.send('Runtime.getHeapUsage');
  return {
    listeners: (await listenerCount(cdp, 'window')) + (await listenerCount(cdp, 'document')),
    timers: (await page.evaluate('window.__timers()')) as number,
    pending: (await page.evaluate('window.__pending')) as number,
    heap: usedSize,
  };
}

describe('mounting and removing <pledge-feed> 200 times', () => {
  let server: PageServer;
  let browser: Browser;

  before(async () => {
    server = await startPageServer({'/leaks.html': {html: PAGE}});
    browser = await launchChrome();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('leaves no listeners, timers, pending requests or heap growth behind', {timeout: 120_000}, async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.evaluateOnNewDocument(INSTRUMENT);
    await page.goto(server.url('/leaks.html'), {waitUntil: 'networkidle0'});
    await page.waitForFunction("customElements.get('pledge-feed') !== undefined");
    const cdp = await page.createCDPSession();
    // A warm-up: code compiled, caches filled, the feeds loaded once.
    await page.evaluate(CHURN(20));
    const before = await measure(page, cdp);
    await page.evaluate(CHURN(CYCLES));
    const afterChurn = await measure(page, cdp);
    const deltas = {
      listeners: afterChurn.listeners - before.listeners,
      timers: afterChurn.timers - before.timers,
      'pending requests': afterChurn.pending,
      'heap bytes': afterChurn.heap - before.heap,
    };
    console.log(`leak deltas after ${CYCLES} boards: ${JSON.stringify(deltas)}`);
    report({name: `<pledge-feed> mounted and removed ${CYCLES} times`, cases: CYCLES, leaks: deltas});
    // The measure sees listeners: a board syncing the address listens on window while mounted.
    await page.evaluate(
      `(async () => { const el = document.createElement('pledge-feed'); el.src = '/feed.json'; el.setAttribute('sync-url', ''); el.id = 'probe'; document.body.append(el); await el.updateComplete; })()`,
    );
    const mounted = (await listenerCount(cdp, 'window')) + (await listenerCount(cdp, 'document'));
    await page.evaluate(`document.getElementById('probe').remove()`);
    const removed = (await listenerCount(cdp, 'window')) + (await listenerCount(cdp, 'document'));
    await page.close();
    assert.ok(mounted > removed, `a mounted board adds listeners the measure sees (${mounted} vs ${removed})`);
    assert.deepEqual(errors, []);
    assert.equal(deltas.listeners, 0, 'event listeners left on window or document');
    assert.equal(deltas.timers, 0, 'timers left running');
    assert.equal(deltas['pending requests'], 0, 'requests left pending');
    assert.ok(deltas['heap bytes'] < HEAP_TOLERANCE, `the heap grew by ${deltas['heap bytes']} bytes`);
  });
});
