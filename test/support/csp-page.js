// A page served with a strict Content-Security-Policy and Trusted Types, for the hardening
// suite's browser test of it (test/hardening/csp.browser.test.ts): /__csp/states.html.
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const FEED = '/examples/feeds/local-actions.json';
// Slow enough to stay loading while the test runs.
const SLOW = '/__fault/slow/10000/csp/sample';

// Every element in every state it has: loading, error, empty, ready, and the subscribe panel.
const STATES_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Every state under a strict CSP</title>
<script src="/test/hardening/fixtures/record-violations.js"></script>
<script type="module" src="/src/define.ts"></script></head>
<body>
  <pledge-feed id="ready" src="${FEED}" page-size="4"></pledge-feed>
  <pledge-feed id="loading" src="${SLOW}"></pledge-feed>
  <pledge-feed id="error" src="/__fault/status/404"></pledge-feed>
  <pledge-feed id="no-match" src="${FEED}" country="de" theme="dark"></pledge-feed>
  <pledge-feed id="arabic" src="${FEED}" lang="ar"></pledge-feed>
  <pledge-card id="card" src="${FEED}" pledge-id="montreal-inclusive-at-work-podcast"></pledge-card>
  <pledge-card id="card-error" src="/__fault/status/500" pledge-id="x"></pledge-card>
  <pledge-objective-list id="objectives" src="${FEED}" multiple></pledge-objective-list>
  <pledge-objective-list id="objectives-compact" src="${FEED}" layout="compact" hide-empty></pledge-objective-list>
  <pledge-subscribe-button id="subscribe" src="${FEED}" objective="17" email-action="https://lists.example.org/subscribe"></pledge-subscribe-button>
</body></html>`;

export async function cspPage(ctx, next) {
  if (ctx.path !== '/__csp/states.html') return next();
  ctx.set('content-security-policy', STRICT_CSP);
  ctx.set('cache-control', 'no-store');
  ctx.type = 'text/html';
  ctx.body = STATES_PAGE;
}
