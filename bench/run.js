#!/usr/bin/env node
// The benchmarks of issue 7: parse, query, first card, filter change, DOM and heap, embed
// size and the command line tool, each with its budget. Run after `npm run build`:
//   node --expose-gc bench/run.js [--quick] [--runs N] [--only PARTS]
// --quick leaves out the 100,000-pledge cases (and the command line run, which is one).
// --only runs some parts, comma-separated, of: node, parse, board, footprint, cls (layout
// shift and blocking time while the demo board loads), lighthouse, size, cli; and pauses,
// which a full run leaves out.
// Prints a table of medians with min–max and writes the raw figures to bench/results/.
/* global window -- the page.evaluate callbacks run in the page */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {CHROME_FLAGS, findChrome} from '../scripts/find-browsers.js';
import {feedFile, random} from './generate.js';
import {startServer} from './server.js';
import {measureLighthouse, measureLoads} from './visitor.js';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const SIZES = QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const part = (name) => ONLY === undefined || ONLY.includes(name);
// Parts left out of a full run, run only when named.
const optIn = (name) => ONLY?.includes(name) ?? false;

for (const file of ['dist/feed/read/parse.js', 'dist/pledgekit.js', 'dist/cli/main.js']) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
}
const {parseFeed} = await import('../dist/feed/read/parse.js');
const {prepareSearch, queryPledges} = await import('../dist/query/query.js');
const {WordIndex} = await import('../dist/query/word-index.js');

/** Every figure measured: its runs, unit and budget. */
const rows = [];
const runsFor = (n) => (n >= 100_000 ? Math.min(RUNS, 3) : RUNS);

/**
 * Records a measure. `budget` is the largest value that passes; `flat` marks a
 * measure that must not grow with the feed (checked against its 1,000-pledge value).
 */
function record(name, n, values, unit, budget) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const row = {name, n, unit, values, median, min: sorted[0], max: sorted.at(-1), budget};
  rows.push(row);
  console.error(`  ${name}${n ? ` @ ${n.toLocaleString('en')}` : ''}: ${format(median, unit)}`);
  return row;
}

function format(value, unit) {
  if (value === undefined) return '';
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'CLS') return value.toFixed(3);
  if (unit === 'ms') return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
  if (unit === 'KiB' || unit === 'MiB') return `${value.toFixed(1)} ${unit}`;
  if (unit === 's') return `${value.toFixed(1)} s`;
  return `${Math.round(value).toLocaleString('en')}${unit ? ` ${unit}` : ''}`;
}

// With node --expose-gc (npm run bench), each timed step starts from a collected heap.
function time(run) {
  globalThis.gc?.();
  const start = performance.now();
  const value = run();
  return [performance.now() - start, value];
}

// ---- Node ------------------------------------------------------------------------------

function nodeParse(n) {
  const text = readFileSync(feedFile(n), 'utf8');
  const rounds = [];
  for (let i = 0; i < runsFor(n) + 2; i++) {
    const [json] = time(() => JSON.parse(text));
    const [parse, result] = time(() => parseFeed(text));
    if (result.pledges.length !== n) throw new Error(`parseFeed kept ${result.pledges.length} of ${n}`);
    if (i >= 2) rounds.push({json, parse}); // the first two rounds warm the code up
  }
  record(
    'Node: parseFeed ÷ JSON.parse (warm)',
    n,
    rounds.map((r) => r.parse / r.json),
    '×',
  );
  record(
    'Node: JSON.parse alone',
    n,
    rounds.map((r) => r.json),
    'ms',
  );
  record(
    'Node: parseFeed (JSON.parse + validate)',
    n,
    rounds.map((r) => r.parse),
    'ms',
  );
}

const QUERIES = [
  {stakeholders: ['local-government']},
  {objectives: [3]},
  {countries: ['FR'], order: 'title'},
  {text: 'housing'},
  {yearFrom: 2022, yearTo: 2022, stakeholders: ['civil-society']},
  {objectives: [16], countries: ['KE'], order: 'oldest'},
  {text: 'welcome desk', statuses: ['planned']},
];

function nodeQuery(n) {
  const text = readFileSync(feedFile(n), 'utf8');
  const first = [];
  const later = [];
  for (let i = 0; i < RUNS; i++) {
    const {pledges} = parseFeed(text);
    first.push(time(() => queryPledges(pledges, {}, {page: 1, pageSize: 12}))[0]);
    for (const q of QUERIES) later.push(time(() => queryPledges(pledges, q, {page: 1, pageSize: 12}))[0]);
  }
  record('Node: first query of a new feed (filter + sort + facets + page)', n, first, 'ms');
  record('Node: query after a filter change', n, later, 'ms');
}

// A place or a service, as a reader looks for one: each is in 6–10% of the generated pledges.
const SEARCHES = ['nairobi', 'montreal', 'legal aid', 'chisinau', 'malmo'];

function nodeSearch(n) {
  const text = readFileSync(feedFile(n), 'utf8');
  const prepare = [];
  const indexed = [];
  const reading = [];
  for (let i = 0; i < RUNS; i++) {
    const {pledges} = parseFeed(text);
    queryPledges(pledges, {});
    prepare.push(time(() => prepareSearch(pledges, 0, pledges.length))[0]);
    // The same pledges in a list of their own: no index, so a search reads every text.
    const unindexed = pledges.slice();
    queryPledges(unindexed, {text: 'warm'});
    for (const words of SEARCHES) {
      indexed.push(time(() => queryPledges(pledges, {text: words}, {page: 1, pageSize: 12}))[0]);
      reading.push(time(() => queryPledges(unindexed, {text: words}, {page: 1, pageSize: 12}))[0]);
    }
  }
  record(
    'Node: prepareSearch of a whole list (folded texts + word index; a board does it in idle time)',
    n,
    prepare,
    'ms',
  );
  record('Node: text search, words looked up in the word index', n, indexed, 'ms');
  record('Node: text search reading every folded text (until the index is complete)', n, reading, 'ms');
}

/**
 * The generated feeds use only 138 distinct words, which flatters a word index. This
 * measures it on texts closer to real ones: n texts of 180 words drawn from a 60,000-word
 * vocabulary by Zipf's law (a word's frequency falls with its rank), about 1.4 KB each.
 */
function nodeWordIndex(n) {
  const next = random(7);
  const letters = 'abcdefghijklmnopqrstuvwxyzéü';
  const vocabulary = Array.from({length: 60_000}, () =>
    Array.from({length: 3 + Math.floor(next() * 8)}, () => letters[Math.floor(next() * letters.length)]).join(''),
  );
  const weights = [];
  let total = 0;
  for (let rank = 1; rank <= vocabulary.length; rank++) weights.push((total += 1 / rank));
  const draw = () => {
    const x = next() * total;
    let lo = 0;
    for (let hi = weights.length - 1; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (weights[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo];
  };
  const texts = Array.from({length: n}, () => Array.from({length: 180}, draw).join(' '));
  // A rare word, a common one, a letter, two letters, and two parts of words together.
  const searches = [
    [vocabulary[5000]],
    [vocabulary[40]],
    ['e'],
    ['ab'],
    [vocabulary[3].slice(0, 3), vocabulary[900].slice(1)],
  ];
  const build = [];
  const indexed = [];
  const reading = [];
  for (let i = 0; i < RUNS; i++) {
    const [ms, index] = time(() => {
      const built = new WordIndex();
      for (const text of texts) built.add(text);
      built.finish();
      return built;
    });
    build.push(ms);
    for (const words of searches) {
      const [indexMs, found] = time(() => index.match(words));
      const [readMs, expected] = time(() => texts.map((text) => (words.every((word) => text.includes(word)) ? 1 : 0)));
      if (expected.some((hit, k) => hit !== found[k]))
        throw new Error(`the word index disagrees with includes() on ${words}`);
      indexed.push(indexMs);
      reading.push(readMs);
    }
  }
  record('Node: word index of texts from a 60,000-word vocabulary: build', n, build, 'ms');
  record('Node: the same texts: a search, words looked up in the index', n, indexed, 'ms');
  record('Node: the same texts: a search reading every text', n, reading, 'ms');
}

// ---- Chromium --------------------------------------------------------------------------

async function withPage(browser, path, use) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on(
      'console',
      (message) => message.type() === 'error' && !/favicon|404/.test(message.text()) && errors.push(message.text()),
    );
    await page.goto(`${ORIGIN}/pages/${path}`);
    await page.waitForFunction('window.benchReady === true');
    const result = await use(page);
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

async function chromeParse(browser, n) {
  const cold = [];
  for (let i = 0; i < runsFor(n); i++) {
    const [round] = await withPage(browser, 'parse.html', (page) =>
      page.evaluate((size) => window.benchParse(size, 1), n),
    );
    cold.push(round);
  }
  const warm = await withPage(browser, 'parse.html', (page) =>
    page.evaluate((size, runs) => window.benchParse(size, runs), n, runsFor(n) + 2),
  );
  const warmRounds = warm.slice(2);
  const coldRow = record(
    'Chromium (strict CSP): parseFeed ÷ JSON.parse, cold',
    n,
    cold.map((r) => r.parse / r.json),
    '×',
    n === 10_000 ? 3 : undefined,
  );
  const warmRow = record(
    'Chromium (strict CSP): parseFeed ÷ JSON.parse, warm',
    n,
    warmRounds.map((r) => r.parse / r.json),
    '×',
    n === 10_000 ? 2 : undefined,
  );
  record(
    'Chromium: JSON.parse alone, warm',
    n,
    warmRounds.map((r) => r.json),
    'ms',
  );
  record(
    'Chromium: parseFeed, warm',
    n,
    warmRounds.map((r) => r.parse),
    'ms',
  );
  record(
    'Chromium: parseFeed, cold',
    n,
    cold.map((r) => r.parse),
    'ms',
  );
  return {coldRow, warmRow};
}

async function chromeBoard(browser, n) {
  const first = [];
  const parse = [];
  const render = [];
  const filters = [];
  const filterWork = [];
  const filterFrame = [];
  const filterWall = [];
  const searches = [];
  const searchWork = [];
  for (let i = 0; i < RUNS; i++) {
    await withPage(browser, 'board.html', async (page) => {
      const painted = await page.evaluate((size) => window.benchPaint(size), n);
      first.push(painted.firstCard);
      parse.push(painted.parse);
      render.push(painted.render);
      if (n !== 10_000) return;
      // A different choice in each page: the first change of a fresh board, as a reader makes it.
      for (const [name, index] of [
        ['stakeholder', 1 + i],
        ['objective', 2 + i],
        ['country', 1 + i],
      ]) {
        const change = await page.evaluate((select, option) => window.benchFilter(select, option), name, index);
        if (!change.changed) console.error(`  (choosing ${name} #${index} showed the same cards)`);
        filters.push(change.ms);
        filterWork.push(change.work);
        filterFrame.push(change.frame);
        filterWall.push(change.wall);
      }
    });
  }
  // The first text search of a fresh board (no other filter), a second after it shows; and
  // for comparison, the first choice in a select made after the same pause.
  const pausedFilters = [];
  for (let i = 0; n === 10_000 && i < RUNS; i++) {
    await withPage(browser, 'board.html', async (page) => {
      await page.evaluate((size) => window.benchPaint(size), n);
      const search = await page.evaluate((word) => window.benchSearch(word), SEARCHES[i % SEARCHES.length]);
      if (!search.changed) console.error('  (the search showed the same cards)');
      searches.push(search.ms);
      searchWork.push(search.work);
    });
    pausedFilters.push(await filterAfterPause(browser, 1000, 2 + i));
  }
  record('Chromium: feed arrived → first card painted (cold)', n, first, 'ms', {1_000: 100, 10_000: 300}[n]);
  record('Chromium: of which parseFeed', n, parse, 'ms');
  record('Chromium: of which query + render of the cards (Lit updates done)', n, render, 'ms');
  if (filters.length) {
    record('Chromium: filter change (select): work + rendering of the frame that shows it', n, filters, 'ms', 16);
    record('Chromium: of which query + render (Lit updates done), before the frame', n, filterWork, 'ms');
    record('Chromium: of which the frame (style, layout, paint)', n, filterFrame, 'ms');
    record(
      'Chromium: filter change → new cards painted, wall clock (adds the wait for the next frame)',
      n,
      filterWall,
      'ms',
    );
    record('Chromium: first text search (words, Enter): work + rendering of the frame', n, searches, 'ms', 16);
    record('Chromium: of which query + render (Lit updates done), before the frame', n, searchWork, 'ms');
    record('Chromium: for comparison, a filter change (select) a second after the page shows', n, pausedFilters, 'ms');
  }
}

/**
 * A select change on a fresh 10,000-pledge board after pauses of different lengths: what
 * the first interaction after the page has been idle costs (opt-in: --only pauses).
 */
async function chromePauses(browser) {
  for (const pause of [0, 300, 1000, 3000]) {
    const changes = [];
    for (let i = 0; i < RUNS; i++) changes.push(await filterAfterPause(browser, pause, 2 + i));
    record(`Chromium: filter change (select) ${pause} ms after the page shows`, 10_000, changes, 'ms');
  }
}

/** On a fresh 10,000-pledge board, `pause` ms after it shows, chooses objective `option`: the cost in ms. */
function filterAfterPause(browser, pause, option) {
  return withPage(browser, 'board.html', async (page) => {
    await page.evaluate((size) => window.benchPaint(size), 10_000);
    await page.evaluate((ms) => new Promise((done) => setTimeout(done, ms)), pause);
    return (await page.evaluate((choice) => window.benchFilter('objective', choice), option)).ms;
  });
}

async function chromeFootprint(browser, n) {
  return withPage(browser, 'board.html', async (page) => {
    await page.evaluate((size) => window.benchPaint(size), n);
    // What the board keeps once its idle-time work (the search preparation) is done.
    await page.evaluate(() => window.benchIdle());
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const {usedSize} = await cdp.send('Runtime.getHeapUsage');
    const nodes = await page.evaluate(() => window.benchNodes());
    return {nodes, heap: usedSize / 2 ** 20};
  });
}

// ---- size and command line -------------------------------------------------------------

function embedSize() {
  const code = readFileSync('dist/pledgekit.js');
  const gzip = gzipSync(code, {level: 9}).length;
  const brotli = brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  record('dist/pledgekit.js minified', 0, [code.length / 1024], 'KiB');
  record('dist/pledgekit.js gzip', 0, [gzip / 1024], 'KiB');
  record('dist/pledgekit.js brotli (target 20, limit 25)', 0, [brotli / 1024], 'KiB', 20);
}

function cliRun(env = {}) {
  const run = spawnSync(process.execPath, ['scripts/bench-cli.js', '100000', '--entry', 'dist/cli/main.js'], {
    encoding: 'utf8',
    env: {...process.env, ...env},
  });
  const m = /: ([\d.]+) s, peak RSS (\d+) MiB/.exec(run.stdout);
  if (run.status !== 0 || !m) throw new Error(`bench-cli failed: ${run.stdout}${run.stderr}`);
  return {seconds: Number(m[1]), peak: Number(m[2])};
}

function cli() {
  const runs = Array.from({length: Math.min(RUNS, 3)}, () => cliRun());
  record(
    'CLI: pledgekit build, 100,000 CSV rows, time',
    100_000,
    runs.map((r) => r.seconds),
    's',
  );
  // 256 MB is 244.1 MiB.
  record(
    'CLI: peak resident memory (budget 256 MB)',
    100_000,
    runs.map((r) => r.peak),
    'MiB',
    256e6 / 2 ** 20,
  );
  // The same build with V8's old space capped: what the build really keeps alive.
  const capped = cliRun({NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=128`.trim()});
  record('CLI: time with NODE_OPTIONS=--max-old-space-size=128', 100_000, [capped.seconds], 's');
  record('CLI: peak with NODE_OPTIONS=--max-old-space-size=128', 100_000, [capped.peak], 'MiB', 256e6 / 2 ** 20);
}

// ---- main ------------------------------------------------------------------------------

console.error(`pledgekit benchmarks: ${RUNS} runs${QUICK ? ', quick (no 100,000 cases)' : ''}`);
for (const n of SIZES) feedFile(n);
if (part('node')) for (const n of SIZES) nodeParse(n);
if (part('node')) nodeQuery(10_000);
if (part('node')) nodeSearch(10_000);
if (part('node')) nodeWordIndex(10_000);

const {server, origin} = await startServer();
const ORIGIN = origin;
// --expose-gc: the parse page collects garbage between timed steps (see bench/pages/parse.js).
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  args: [...CHROME_FLAGS, '--js-flags=--expose-gc'],
  protocolTimeout: 600_000,
});
let chromium;
try {
  chromium = await browser.version();
  if (part('parse')) for (const n of SIZES) await chromeParse(browser, n);
  if (part('board')) for (const n of [1_000, 10_000]) await chromeBoard(browser, n);
  if (optIn('pauses')) await chromePauses(browser);
  const footprints = {};
  if (part('footprint')) for (const n of SIZES) footprints[n] = await chromeFootprint(browser, n);
  if (part('footprint'))
    for (const n of SIZES) {
      record(
        'Chromium: DOM nodes (document + shadow roots) after showing the feed',
        n,
        [footprints[n].nodes],
        '',
        Math.round(footprints[1_000].nodes * 1.1),
      ); // flat: within 10% of the 1,000-pledge count (cards differ in chips)
      record(
        'Chromium: JS heap after GC, once the board is idle (holds the pledges themselves)',
        n,
        [footprints[n].heap],
        'MiB',
      );
    }
  if (part('cls')) await measureLoads(browser, RUNS, record);
} finally {
  await browser.close();
  server.close();
}
if (part('lighthouse')) await measureLighthouse(Math.min(RUNS, 3), record);
if (part('size')) embedSize();
if (!QUICK && part('cli')) cli();

// ---- report ----------------------------------------------------------------------------

// Judged on the median: single runs on a shared machine are noisy; min–max shows the spread.
const verdict = (row) => (row.budget === undefined ? '' : row.median <= row.budget ? 'PASS' : 'FAIL');
const table = [
  ['Measure', 'Pledges', 'Median', 'Min–max', 'Budget', 'Result'],
  ...rows.map((row) => [
    row.name,
    row.n ? row.n.toLocaleString('en') : '',
    format(row.median, row.unit),
    row.values.length > 1 ? `${format(row.min, row.unit)}–${format(row.max, row.unit)}` : '',
    row.budget === undefined ? '' : `≤ ${format(row.budget, row.unit)}`,
    verdict(row),
  ]),
];
const markdown = table
  .map((cells, i) => `| ${cells.join(' | ')} |${i === 0 ? `\n|${cells.map(() => ' --- |').join('')}` : ''}`)
  .join('\n');
const machine = `Node ${process.version}, ${chromium}, ${(await import('node:os')).cpus().length} CPUs, ${Math.round((await import('node:os')).totalmem() / 2 ** 30)} GiB`;
console.log(`\n${machine}; ${RUNS} runs (3 at 100,000 and for the command line)\n\n${markdown}`);
mkdirSync('bench/results', {recursive: true});
const raw = JSON.stringify({date: new Date().toISOString(), machine, quick: QUICK, runs: RUNS, rows}, null, 2);
writeFileSync(`bench/results/bench-${Date.now()}.json`, raw);
// A partial run is kept with the others but does not replace the latest full figures.
if (ONLY === undefined) writeFileSync('bench/results/latest.json', raw);
if (ONLY === undefined) writeFileSync('bench/results/latest.md', `${machine}\n\n${markdown}\n`);
const failed = rows.filter((row) => verdict(row) === 'FAIL').length;
console.log(`\n${failed === 0 ? 'Every budget met.' : `${failed} budget${failed > 1 ? 's' : ''} missed.`}`);
