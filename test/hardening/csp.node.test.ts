// Strict CSP + Trusted Types: every element in every state on a page served with
// require-trusted-types-for 'script' and style-src 'self' raises no securitypolicyviolation.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import type {Browser} from 'puppeteer-core';
import {launchChrome, startPageServer} from '../support/page-server.js';
import type {PageServer} from '../support/page-server.js';
import {report} from './report.js';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

// Every element in every state it has: loading (a slow feed), error (404, a web page),
// empty (an empty feed, a filter nothing matches), ready, and with the subscribe panel open.
const STATES_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Every state under a strict CSP</title>
<script type="module" src="/pledgekit.js"></script></head>
<body>
  <pledge-feed id="ready" src="/feed.json" sync-url page-size="4"></pledge-feed>
  <pledge-feed id="loading" src="/__fault/slow/60000/csp/sample"></pledge-feed>
  <pledge-feed id="error" src="/__fault/status/404"></pledge-feed>
  <pledge-feed id="web-page" src="/__fault/html"></pledge-feed>
  <pledge-feed id="empty" src="/empty.json"></pledge-feed>
  <pledge-feed id="no-match" src="/feed.json" country="de" theme="dark"></pledge-feed>
  <pledge-feed id="arabic" src="/feed.json" lang="ar"></pledge-feed>
  <pledge-card id="card" src="/feed.json" pledge-id="montreal-inclusive-at-work-podcast"></pledge-card>
  <pledge-card id="card-loading" src="/__fault/slow/60000/csp/sample" pledge-id="montreal-inclusive-at-work-podcast"></pledge-card>
  <pledge-card id="card-error" src="/__fault/status/500" pledge-id="x"></pledge-card>
  <pledge-card id="card-missing" src="/feed.json" pledge-id="no-such-pledge"></pledge-card>
  <pledge-objective-list id="objectives" src="/feed.json" multiple></pledge-objective-list>
  <pledge-objective-list id="objectives-compact" src="/feed.json" layout="compact" hide-empty></pledge-objective-list>
  <pledge-objective-list id="objectives-loading" src="/__fault/slow/60000/csp/sample"></pledge-objective-list>
  <pledge-objective-list id="objectives-error" src="/__fault/status/404"></pledge-objective-list>
  <pledge-subscribe-button id="subscribe" src="/feed.json" objective="17" email-action="https://lists.example.org/subscribe"></pledge-subscribe-button>
  <pledge-subscribe-button id="subscribe-loading" src="/__fault/slow/60000/csp/sample"></pledge-subscribe-button>
</body></html>`;

// Page-side code is text: the TypeScript loader would add Node-only helpers to functions.
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));`;

const SETTLED = `(() => {
  const ready = (id, selector) => document.getElementById(id)?.shadowRoot?.querySelector(selector);
  return ready('ready', 'pledge-card') && ready('error', '[role=alert]') && ready('empty', '[part=empty]') &&
    ready('no-match', '[part=empty]') && ready('card', '[part=title]') && ready('objectives', '[role=option]') &&
    ready('card-error', '[role=alert]') && ready('subscribe', 'button');
})()`;

// What a reader does: expand a card, open the subscribe panel, choose objectives, type a
// search, change the sort, page forward.
const INTERACT = `(async () => {
  const $ = (id, selector) => document.getElementById(id).shadowRoot.querySelector(selector);
  const tick = () => new Promise((done) => setTimeout(done, 50));
  $('subscribe', '[part="button"]').click();
  await tick();
  $('card', '[part="toggle"]')?.click();
  for (const option of [...document.getElementById('objectives').shadowRoot.querySelectorAll('[role=option]')].slice(0, 3)) option.click();
  const board = document.getElementById('ready').shadowRoot;
  const search = board.querySelector('input[type="search"], input');
  if (search) { search.value = 'city'; search.dispatchEvent(new Event('input', {bubbles: true})); search.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true})); }
  await tick();
  const sort = board.querySelector('select[name="sort"]');
  if (sort) { sort.value = 'title'; sort.dispatchEvent(new Event('change', {bubbles: true})); }
  await tick();
  [...board.querySelectorAll('button')].find((b) => /next/i.test(b.textContent + (b.getAttribute('aria-label') ?? '')))?.click();
  const email = $('subscribe', 'input[part="input"]');
  if (email) { email.value = 'not an address'; email.dispatchEvent(new Event('input', {bubbles: true})); email.form?.requestSubmit(); }
  await tick();
  const card = document.getElementById('ready').shadowRoot.querySelector('pledge-card');
  card?.shadowRoot?.querySelector('[part="toggle"]')?.click();
  await tick();
  return $('subscribe', '[part="panel"]') !== null;
})()`;

describe('strict CSP and Trusted Types', () => {
  let server: PageServer;
  let browser: Browser;

  before(async () => {
    server = await startPageServer({'/states.html': {html: STATES_PAGE, headers: {'content-security-policy': POLICY}}});
    browser = await launchChrome();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every element in every state, and a reader using them, raise no violation', {timeout: 60_000}, async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.evaluateOnNewDocument(RECORD_VIOLATIONS);
    await page.goto(server.url('/states.html'), {waitUntil: 'domcontentloaded'});
    await page.waitForFunction(SETTLED, {timeout: 20_000});
    const panelOpen = await page.evaluate(INTERACT);
    const violations = (await page.evaluate('window.__violations')) as string[];
    const trustedTypes = await page.evaluate(
      `(() => { try { document.createElement('div').innerHTML = '<b>x</b>'; return 'allowed'; } catch { return 'enforced'; } })()`,
    );
    report({name: 'strict CSP + Trusted Types', cases: 17, violations: violations.length});
    await page.close();
    assert.equal(trustedTypes, 'enforced', 'the page really enforces Trusted Types');
    assert.equal(panelOpen, true, 'the subscribe panel opened');
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  });
});
