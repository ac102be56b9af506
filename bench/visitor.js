// The page as a visitor measures it: layout shift and blocking time while a page loads
// (headless Chromium, unthrottled, at a phone's and a desktop's width), and Lighthouse's
// four category scores (its default mobile run, then its desktop preset).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {CHROME_FLAGS, findChrome} from '../scripts/find-browsers.js';
import {serve} from '../scripts/serve.js';

/**
 * The pages a visitor lands on, by path on the demo server (scripts/serve.js).
 * Add the static pledge page here once the command line tool builds one.
 */
export const VISITOR_PAGES = [{name: 'demo board', path: 'demo/index.html'}];

export const WIDTHS = [
  {width: 390, height: 844},
  {width: 1280, height: 800},
];

/** Issue 13's budget for the layout shift of a page while it loads, at each width. */
export const CLS_BUDGET = 0.02;

// Installed before any script of the page runs: every layout shift and long task from the start.
const OBSERVE = `
  window.__visit = {shifts: [], longTasks: []};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__visit.shifts.push(e.value);
  }).observe({type: 'layout-shift', buffered: true});
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__visit.longTasks.push([e.startTime, e.duration]);
  }).observe({type: 'longtask', buffered: true});`;

// A board is loaded when its first card shows a title.
const CARD_SHOWN = `(() => {
  const cards = (root) => [...root.querySelectorAll('*')].flatMap((el) =>
    el.localName === 'pledge-card' ? [el] : el.shadowRoot ? cards(el.shadowRoot) : []);
  return cards(document).some((card) => card.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim());
})()`;

// Cumulative layout shift, and total blocking time: each long task's time past 50 ms, after the first contentful paint.
const FIGURES = `(() => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
  const {shifts, longTasks} = window.__visit;
  return {
    cls: shifts.reduce((sum, value) => sum + value, 0),
    tbt: longTasks.filter(([start]) => start >= fcp).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
  };
})()`;

/** One load of a page at one width: its layout shift and blocking time, once the board has settled. */
async function visit(browser, url, viewport) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    await page.evaluateOnNewDocument(OBSERVE);
    await page.goto(url);
    await page.waitForFunction(CARD_SHOWN, {timeout: 30_000});
    // Loaded: no request for half a second, then a second more for late shifts (fonts, measured summaries).
    await page.waitForNetworkIdle({idleTime: 500});
    await new Promise((done) => setTimeout(done, 1000));
    return await page.evaluate(FIGURES);
  } finally {
    await context.close();
  }
}

/** Layout shift and blocking time of each page at each width, `runs` loads each. */
export async function measureLoads(browser, runs, record) {
  const {server, url} = await serve(0);
  try {
    for (const {name, path} of VISITOR_PAGES) {
      for (const viewport of WIDTHS) {
        const loads = [];
        for (let i = 0; i < runs; i++) loads.push(await visit(browser, url + path, viewport));
        const at = `${name} at ${viewport.width} px`;
        record(
          `Chromium: cumulative layout shift while loading, ${at}`,
          0,
          loads.map((l) => l.cls),
          'CLS',
          CLS_BUDGET,
        );
        record(
          `Chromium: total blocking time while loading, unthrottled, ${at}`,
          0,
          loads.map((l) => l.tbt),
          'ms',
        );
      }
    }
  } finally {
    server.close();
  }
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Lighthouse (mobile, then desktop) on each page, `runs` times: its four scores and its CLS and TBT. */
export async function measureLighthouse(runs, record) {
  const {server, url} = await serve(0);
  const chrome = await chromeLauncher.launch({
    chromePath: findChrome(),
    chromeFlags: ['--headless=new', ...CHROME_FLAGS],
  });
  try {
    for (const {name, path} of VISITOR_PAGES) {
      for (const [device, config] of [
        ['mobile', undefined],
        ['desktop', desktopConfig],
      ]) {
        const reports = [];
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(
            url + path,
            {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES},
            config,
          );
          const errors = result?.lhr.runtimeError ?? result?.lhr.runWarnings?.find((w) => /error/i.test(w));
          if (!result || result.lhr.runtimeError)
            throw new Error(`Lighthouse failed on ${path}: ${errors?.message ?? errors}`);
          reports.push(result.lhr);
        }
        const at = `${name}, ${device}`;
        for (const category of CATEGORIES) {
          const title = reports[0].categories[category].title;
          record(
            `Lighthouse ${title} score (0–100), ${at}`,
            0,
            reports.map((r) => Math.round(r.categories[category].score * 100)),
            '',
          );
        }
        record(
          `Lighthouse cumulative layout shift, ${at}`,
          0,
          reports.map((r) => r.audits['cumulative-layout-shift'].numericValue),
          'CLS',
          CLS_BUDGET,
        );
        record(
          `Lighthouse total blocking time (simulated ${device === 'mobile' ? '4×' : '1×'} CPU), ${at}`,
          0,
          reports.map((r) => r.audits['total-blocking-time'].numericValue),
          'ms',
        );
        for (const category of CATEGORIES) {
          const failing = Object.values(reports[0].audits).filter(
            (audit) =>
              reports[0].categories[category].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0) &&
              audit.score !== null &&
              audit.score < 1,
          );
          if (failing.length)
            console.error(
              `    ${at}, ${category}: below 100 on ${failing.map((a) => `${a.id} (${Math.round(a.score * 100)})`).join(', ')}`,
            );
        }
      }
    }
  } finally {
    await chrome.kill();
    server.close();
  }
}
