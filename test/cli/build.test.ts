// `pledgekit build`, checked by reading every output back with independent parsers:
// ajv with the generated JSON Schema and parseFeed for the JSON Feed, feedsmith for RSS and Atom.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {Ajv2020} from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import {parseAtomFeed, parseRssFeed} from 'feedsmith';
import {atomEntryId, textToHtml} from '../../src/cli/xml.js';
import {parseFeed} from '../../src/feed/read/parse.js';
import {OBJECTIVE_NUMBERS, STAKEHOLDER_TYPES, objective} from '../../src/model/catalogue.js';
import {feedJsonSchema} from '../../src/model/json-schema.js';
import type {Feed, Pledge} from '../../src/model/schema.js';
import {BASE, FIXTURES, fileOf, readJson, readTree, run, tempDir} from './run.js';

/** A page as `pledgekit build` writes it: `_pledgekit` with its date and its three feed links. */
type Published = Feed & {_pledgekit: {generated: string; subscribe: {json: string; rss: string; atom: string}}};

const validateSchema = (() => {
  const ajv = new Ajv2020({strict: false, allErrors: true});
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(feedJsonSchema()));
})();

/** The seed pledges as parseFeed reads them, in the order a build publishes them. */
async function seedPledges(): Promise<Pledge[]> {
  const items = JSON.parse(await readFile(join(FIXTURES, 'seeds.json'), 'utf8')) as unknown[];
  const {pledges} = parseFeed({version: 'https://jsonfeed.org/version/1.1', items});
  const time = (p: Pledge) => (p.date_published ? Date.parse(p.date_published) : -Infinity);
  return pledges.sort((a, b) => time(b) - time(a) || (a.id < b.id ? -1 : 1));
}

/** Reads a JSON feed and every page after it; each page must pass the JSON Schema and parseFeed cleanly. */
async function readJsonPages(out: string, url: string): Promise<{pages: Published[]; pledges: Pledge[]}> {
  const pages: Published[] = [];
  const pledges: Pledge[] = [];
  for (let next: string | undefined = url; next; next = pages.at(-1)!.next_url) {
    const text: string = await readFile(fileOf(next, out), 'utf8');
    const page = JSON.parse(text) as Published;
    assert.equal(
      text,
      `${JSON.stringify(page, null, 2)}\n`,
      'written piece by piece, yet exactly what JSON.stringify writes',
    );
    assert.equal(validateSchema(page), true, `${next}: ${JSON.stringify(validateSchema.errors)}`);
    const result = parseFeed(page);
    assert.deepEqual([...result.rejected, ...result.warnings], [], next);
    pages.push(page);
    pledges.push(...result.pledges);
  }
  return {pages, pledges};
}

const nextLink = (links: {rel?: string; href?: string}[] | undefined) => links?.find((l) => l.rel === 'next')?.href;

/** Reads an RSS feed and every page after it with feedsmith. */
async function readRssItems(out: string, url: string) {
  const feeds = [];
  for (let next: string | undefined = url; next; next = nextLink(feeds.at(-1)!.atom?.links)) {
    feeds.push(parseRssFeed(await readFile(fileOf(next, out), 'utf8')));
  }
  return feeds.flatMap((feed) => feed.items ?? []);
}

/** Reads an Atom feed and every page after it with feedsmith. */
async function readAtomEntries(out: string, url: string) {
  const feeds = [];
  for (let next: string | undefined = url; next; next = nextLink(feeds.at(-1)!.links)) {
    feeds.push(parseAtomFeed(await readFile(fileOf(next, out), 'utf8')));
  }
  return feeds.flatMap((feed) => feed.entries ?? []);
}

const build = (input: string, out: string, ...options: string[]) =>
  run(['build', join(FIXTURES, input), '--out', out, '--base-url', BASE, ...options]);

describe('pledgekit build from the seed pledges in CSV', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let expected: Pledge[];
  let main: Published;

  before(async () => {
    ({dir, remove} = await tempDir());
    expected = await seedPledges();
    const result = await build('seeds.csv', dir, '--title', 'Local actions', '--page-size', '5', '--lang', 'en');
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /Read 14 rows .*: 14 pledges to publish, 0 rejected, 0 fields dropped/);
    main = await readJson<Published>(join(dir, 'feed.json'));
  });
  after(() => remove());

  it('publishes every pledge with every field, newest first, over pages chained by next_url', async () => {
    const {pages, pledges} = await readJsonPages(dir, `${BASE}feed.json`);
    assert.deepEqual(
      pages.map((page) => page.items.length),
      [5, 5, 4],
    );
    assert.deepEqual(pledges, expected);
    for (const page of pages) {
      assert.equal(page.feed_url, `${BASE}feed.json`);
      assert.equal(page.title, 'Local actions');
      assert.equal(page.language, 'en');
    }
  });

  it('writes the JSON Schema it was checked against', async () => {
    assert.equal(await readFile(join(dir, 'schema.json'), 'utf8'), feedJsonSchema());
  });

  it('links the RSS, Atom and JSON feeds of the main feed from _pledgekit.subscribe, and dates the feed by its newest pledge', () => {
    assert.deepEqual(main._pledgekit.subscribe, {
      json: `${BASE}feed.json`,
      rss: `${BASE}feed.xml`,
      atom: `${BASE}atom.xml`,
    });
    assert.equal(main._pledgekit.generated, '2023-10-24T17:25:00Z');
  });

  it('gives every pledge its title, link, guid, date, authors, summary and categories in RSS', async () => {
    const items = await readRssItems(dir, main._pledgekit.subscribe.rss);
    assert.equal(items.length, expected.length);
    items.forEach((item, i) => {
      const pledge = expected[i]!;
      assert.equal(item.title, pledge.title);
      assert.equal(item.link, pledge.url);
      assert.deepEqual(item.guid, {value: atomEntryId(pledge.id, BASE), isPermaLink: false});
      assert.equal(new Date(item.pubDate!).toISOString(), new Date(pledge.date_published!).toISOString());
      assert.deepEqual(
        item.dc?.creators,
        pledge.authors?.map((a) => a.name),
      );
      assert.equal(item.description, textToHtml(pledge.summary!));
      assert.equal(item.content?.encoded, textToHtml(pledge.content_text!));
      const categories = (item.categories ?? []).map((c) => `${c.domain ?? ''}|${c.name}`);
      assert.deepEqual(categories, [
        ...(pledge._pledge.objectives ?? []).map((n) => `${BASE}objective/|${n}`),
        `${BASE}stakeholder/|${pledge._pledge.stakeholder}`,
        ...(pledge.tags ?? []).map((tag) => `|${tag}`),
      ]);
    });
  });

  it('gives every pledge its title, link, id, dates, authors, summary, content and labelled categories in Atom', async () => {
    const entries = await readAtomEntries(dir, main._pledgekit.subscribe.atom);
    assert.equal(entries.length, expected.length);
    entries.forEach((entry, i) => {
      const pledge = expected[i]!;
      assert.equal(entry.title?.value, pledge.title);
      assert.equal(entry.links?.[0]?.href, pledge.url);
      assert.equal(entry.id, atomEntryId(pledge.id, BASE));
      assert.equal(entry.published, pledge.date_published);
      assert.equal(entry.updated, pledge.date_modified ?? pledge.date_published);
      assert.deepEqual(entry.authors, pledge.authors);
      assert.deepEqual(entry.summary, {value: textToHtml(pledge.summary!), type: 'html'});
      assert.deepEqual(entry.content, {value: textToHtml(pledge.content_text!), type: 'html'});
      const objectives = (entry.categories ?? []).filter((c) => c.scheme === `${BASE}objective/`);
      assert.deepEqual(
        objectives.map((c) => [c.term, c.label]),
        (pledge._pledge.objectives ?? []).map((n) => [String(n), `Objective ${n}: ${objective(n)!.short}`]),
      );
      assert.ok(
        (entry.categories ?? []).some(
          (c) => c.scheme === `${BASE}stakeholder/` && c.term === pledge._pledge.stakeholder,
        ),
      );
    });
  });

  it('writes a slice per objective and per stakeholder type that has pledges, in all three formats, and no other', async () => {
    const slices = main._pledgekit.slices as {objective: Record<string, string>; stakeholder: Record<string, string>};
    const facets = [
      [
        'objective',
        OBJECTIVE_NUMBERS.map(String),
        (p: Pledge, key: string) => (p._pledge.objectives ?? []).map(String).includes(key),
      ],
      ['stakeholder', [...STAKEHOLDER_TYPES], (p: Pledge, key: string) => p._pledge.stakeholder === key],
    ] as const;
    for (const [facet, keys, has] of facets) {
      for (const key of keys) {
        const ids = expected.filter((p) => has(p, key)).map((p) => p.id);
        if (ids.length === 0) {
          assert.equal(slices[facet][key], undefined, `${facet} ${key}`);
          assert.equal(existsSync(join(dir, facet, key)), false);
          continue;
        }
        const {pages, pledges} = await readJsonPages(dir, slices[facet][key]!);
        assert.deepEqual(
          pledges.map((p) => p.id),
          ids,
          `${facet} ${key}`,
        );
        const {subscribe} = pages[0]!._pledgekit;
        assert.equal(subscribe.json, slices[facet][key]);
        assert.deepEqual(
          (await readRssItems(dir, subscribe.rss)).map((item) => item.guid?.value),
          ids.map((id) => atomEntryId(id, BASE)),
        );
        assert.deepEqual(
          (await readAtomEntries(dir, subscribe.atom)).map((entry) => entry.id),
          ids.map((id) => atomEntryId(id, BASE)),
        );
        assert.deepEqual(pages[0]!._pledgekit.slices, slices, 'every slice links to the others');
      }
    }
    assert.deepEqual(Object.keys(slices.objective), ['3', '7', '15', '16', '17']);
  });

  it('gives the same bytes for the same pledges from JSON, and for a second build', async () => {
    const again = await tempDir();
    const fromJson = await tempDir();
    try {
      assert.equal(
        (await build('seeds.csv', again.dir, '--title', 'Local actions', '--page-size', '5', '--lang', 'en')).code,
        0,
      );
      assert.equal(
        (await build('seeds.json', fromJson.dir, '--title', 'Local actions', '--page-size', '5', '--lang', 'en')).code,
        0,
      );
      const first = await readTree(dir);
      assert.ok(first.size > 40);
      assert.deepEqual(await readTree(again.dir), first);
      assert.deepEqual(await readTree(fromJson.dir), first);
    } finally {
      await again.remove();
      await fromJson.remove();
    }
  });
});

describe('pledgekit build from a CSV with every kind of mistake', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let result: Awaited<ReturnType<typeof run>>;
  let pledges: Map<string, Pledge>;

  before(async () => {
    ({dir, remove} = await tempDir());
    result = await build('mistakes.csv', dir);
    pledges = new Map((await readJsonPages(dir, `${BASE}feed.json`)).pledges.map((p) => [p.id, p]));
  });
  after(() => remove());

  it('reports every rejected row by its number, id, field and reason', () => {
    assert.equal(result.code, 0);
    assert.match(result.out, /Read 13 rows .*: 7 pledges to publish, 6 rejected, 6 fields dropped/);
    const lines = result.err.split('\n').map((line) => line.trim());
    const expectedLines = [
      'Row 3 (id "no-title"): title: must be text that is not empty; it was missing',
      'Row 4 (id "bad-stakeholder"): _pledge.stakeholder: must be one of local-government, national-government, un-system, international-organisation, civil-society, migrant-organisation, private-sector, trade-union, academia, network, other; it was "city"',
      'Row 9 (id "quoted"): id: repeats the id of row 2; the first one is kept',
      'Row 10 (id "no-actor"): _pledge.actor.name: must be text that is not empty; it was missing',
      'Row 11 (id "no-content"): content_text: needs content_text or content_html with text; it was missing',
      'Row 13 (id "too-many-cells"): has 16 cells but the header has 15 columns; a cell holding a comma may be missing its quotes',
      'Row 5 (id "objective-24"): _pledge.objectives[1]: must be a whole number from 1 to 23; it was 24',
      'Row 6 (id "javascript-url"): url: must be an http: or https: address; it was "javascript:alert(1)"',
      'Row 7 (id "bad-date"): date_published: must be a date such as 2024-03-01 or 2024-03-01T09:00:00Z; it was "2024-02-30"',
      'Row 8 (id "bad-country"): _pledge.actor.country: must be a two-letter ISO 3166-1 country code such as FR; it was "France"',
      'Row 14 (id "words"): _pledge.objectives[0]: must be a whole number from 1 to 23; it was "seventeen"',
      'Row 14 (id "words"): _pledge.status: must be one of planned, in-progress, fulfilled; it was "done"',
    ];
    for (const line of expectedLines) assert.ok(lines.includes(line), `missing: ${line}\n${result.err}`);
  });

  it('publishes every good row, without the fields it dropped', () => {
    assert.deepEqual([...pledges.keys()].sort(), [
      'bad-country',
      'bad-date',
      'javascript-url',
      'last-good',
      'objective-24',
      'quoted',
      'words',
    ]);
    assert.deepEqual(pledges.get('objective-24')!._pledge.objectives, [17]);
    assert.equal(pledges.get('javascript-url')!.url, undefined);
    assert.equal(pledges.get('bad-date')!.date_published, undefined);
    assert.deepEqual(pledges.get('bad-country')!._pledge.actor, {name: 'Town F'});
    assert.deepEqual(pledges.get('words')!._pledge.objectives, [15]);
  });

  it('keeps quoted commas, quotes and line breaks, lists and translations exactly', () => {
    const quoted = pledges.get('quoted')!;
    assert.equal(quoted.title, 'Welcome desk, "open" to all');
    assert.equal(quoted.content_text, 'Line one, with a comma.\nLine two "quoted".');
    assert.deepEqual(quoted.authors, [{name: 'Ana Silva'}, {name: 'Bo Chen'}]);
    assert.deepEqual(quoted._pledge, {
      actor: {name: 'City of Lisbon', country: 'PT'},
      stakeholder: 'local-government',
      countries: ['PT', 'ES'],
      objectives: [16, 17],
      period: {start: '2024'},
      status: 'in-progress',
      translations: {fr: {title: 'Guichet d\'accueil, "ouvert" à tous'}},
    });
  });

  it('with --strict, fails and writes nothing', async () => {
    const strict = await tempDir();
    try {
      const out = join(strict.dir, 'site');
      const failed = await build('mistakes.csv', out, '--strict');
      assert.equal(failed.code, 1);
      assert.match(failed.err, /Row 3 \(id "no-title"\)/);
      assert.match(failed.err, /--strict: nothing was written/);
      assert.equal(existsSync(out), false);
      assert.equal((await build('seeds.csv', out, '--strict')).code, 0);
    } finally {
      await strict.remove();
    }
  });
});

describe('pledgekit build from a JSON Feed', () => {
  it("keeps the feed's title, language, description and email subscription, and reports rejected items by number", async () => {
    const {dir, remove} = await tempDir();
    try {
      const result = await build('feed-with-mistakes.json', dir);
      assert.equal(result.code, 0);
      assert.match(result.out, /Read 4 items .*: 3 pledges to publish, 1 rejected, 1 field dropped/);
      assert.match(result.err, /Item 2 \(id "sans-type"\), _pledge\.stakeholder: must be one of/);
      assert.match(result.err, /Item 3 \(id "objectif-24"\), _pledge\.objectives\[0\]/);
      const {pages, pledges} = await readJsonPages(dir, `${BASE}feed.json`);
      const feed = pages[0]!;
      assert.equal(feed.title, 'Engagements locaux');
      assert.equal(feed.language, 'fr');
      assert.equal(feed.home_page_url, 'https://villes.example.org/');
      assert.equal(feed._pledgekit.generated, '2024-09-01T00:00:00Z', 'the newest date is a progress update');
      assert.deepEqual(feed._pledgekit.subscribe.email, {
        action: 'https://villes.example.org/inscription',
        method: 'post',
      });
      assert.deepEqual(
        pledges.map((p) => p.id),
        ['42', 'objectif-24', 'suivi'],
      );
      const [entry] = await readAtomEntries(dir, `${BASE}atom.xml`);
      assert.deepEqual(entry!.content, {
        value: '<p>La ville ouvre un <strong>guichet unique</strong>.</p>',
        type: 'html',
      });
      assert.equal(entry!.updated, '2024-06-15T10:30:00Z');
      const [item] = await readRssItems(dir, `${BASE}feed.xml`);
      assert.equal(item!.content?.encoded, '<p>La ville ouvre un <strong>guichet unique</strong>.</p>');
    } finally {
      await remove();
    }
  });

  it('writes text that looks like markup or entities exactly, so it never turns into HTML', async () => {
    const {dir, remove} = await tempDir();
    try {
      const title = 'AT&T &lt;script&gt; &amp; &nbsp; <b>bold</b> ]]> "quoted"';
      const summary = '<img src=x onerror=alert(1)> & more';
      const items = [
        {
          id: 'x&y',
          title,
          summary,
          content_text: summary,
          _pledge: {actor: {name: 'A & B'}, stakeholder: 'other'},
          tags: ['a&b'],
        },
      ];
      const input = join(dir, 'hostile.json');
      await writeFile(input, JSON.stringify(items));
      assert.equal(
        (await run(['build', input, '--out', join(dir, 'out'), '--base-url', BASE, '--title', 'Q&A <feed>'])).code,
        0,
      );
      const [item] = await readRssItems(join(dir, 'out'), `${BASE}feed.xml`);
      assert.equal(item!.title, title);
      assert.equal(item!.guid?.value, `${BASE}feed.json#x%26y`);
      assert.equal(item!.description, '<p>&lt;img src=x onerror=alert(1)&gt; &amp; more</p>');
      const [entry] = await readAtomEntries(join(dir, 'out'), `${BASE}atom.xml`);
      assert.equal(entry!.title?.value, title);
      assert.equal(entry!.summary?.value, textToHtml(summary));
      assert.ok((entry!.categories ?? []).some((c) => c.term === 'a&b'));
      const rss = parseRssFeed(await readFile(join(dir, 'out', 'feed.xml'), 'utf8'));
      assert.equal(rss.title, 'Q&A <feed>');
    } finally {
      await remove();
    }
  });

  it('publishes a pledge whose id holds a lone surrogate without it, the same in every format, and says so', async () => {
    const {dir, remove} = await tempDir();
    try {
      const input = join(dir, 'surrogate.json');
      await writeFile(
        input,
        '[{"id": "a\\ud800b", "title": "T", "content_text": "x", "_pledge": {"actor": {"name": "A"}, "stakeholder": "network"}}]',
      );
      const result = await run(['build', input, '--out', join(dir, 'out'), '--base-url', BASE]);
      assert.equal(result.code, 0);
      assert.match(result.err, /Item 1 \(id "ab"\), id: held characters that feeds cannot carry: U\+D800 was removed/);
      const [entry] = await readAtomEntries(join(dir, 'out'), `${BASE}atom.xml`);
      assert.equal(entry!.id, `${BASE}feed.json#ab`);
      assert.equal((await readJson<Feed>(join(dir, 'out', 'feed.json'))).items[0]!.id, 'ab');
    } finally {
      await remove();
    }
  });

  it('publishes a pledge of several megabytes whole, between the pledges around it, in every format', async () => {
    const {dir, remove} = await tempDir();
    try {
      // Far more than the build's write and storage buffers, with characters of 1 to 4 bytes in UTF-8.
      const long = `${'Accès aux services — 😀 welcome desks. '.repeat(60_000)}End.`;
      const pledge = (id: string, date: string, content_text: string) => ({
        id,
        title: id,
        date_published: date,
        content_text,
        _pledge: {actor: {name: 'A'}, stakeholder: 'network'},
      });
      const input = join(dir, 'long.json');
      await writeFile(
        input,
        JSON.stringify([
          pledge('c', '2024-01-01', 'short'),
          pledge('b', '2024-02-01', long),
          pledge('a', '2024-03-01', 'short'),
        ]),
      );
      const out = join(dir, 'out');
      assert.equal((await run(['build', input, '--out', out, '--base-url', BASE, '--page-size', '2'])).code, 0);
      const pages = [await readJson<Feed>(join(out, 'feed.json')), await readJson<Feed>(join(out, 'feed-2.json'))];
      const items = pages.flatMap((page) => page.items);
      assert.deepEqual(
        items.map((item) => [item.id, item.content_text?.length]),
        [
          ['a', 5],
          ['b', long.length],
          ['c', 5],
        ],
      );
      // Compared as booleans: a failure would otherwise print megabytes.
      assert.ok(items[1]!.content_text === long, 'the JSON Feed item holds the whole text');
      const entries = await readAtomEntries(out, `${BASE}atom.xml`);
      assert.ok(entries[1]!.content?.value === textToHtml(long), 'the Atom entry holds the whole text');
      const rss = await readRssItems(out, `${BASE}feed.xml`);
      assert.deepEqual(
        rss.map((item) => item.guid?.value),
        ['a', 'b', 'c'].map((id) => atomEntryId(id, BASE)),
      );
    } finally {
      await remove();
    }
  });
});

describe('pledgekit build over an earlier build', () => {
  it('removes the pages and slices it no longer writes, and nothing else', async () => {
    const {dir, remove} = await tempDir();
    try {
      await writeFile(join(dir, 'index.html'), '<h1>Our pledges</h1>');
      assert.equal((await build('seeds.csv', dir, '--page-size', '5')).code, 0);
      assert.ok(existsSync(join(dir, 'feed-3.json')) && existsSync(join(dir, 'objective', '3', 'atom.xml')));
      await mkdir(join(dir, 'objective', '3', 'notes'));
      assert.equal((await build('feed-with-mistakes.json', dir)).code, 0);
      const files = [...(await readTree(dir)).keys()];
      assert.deepEqual(files.filter((f) => /^(feed|atom)/.test(f)).sort(), ['atom.xml', 'feed.json', 'feed.xml']);
      assert.deepEqual(
        files
          .filter((f) => f.startsWith('objective/'))
          .map((f) => f.split('/')[1])
          .filter((v, i, a) => a.indexOf(v) === i),
        ['15', '16', '7'],
      );
      assert.ok(files.includes('index.html'));
      assert.ok(existsSync(join(dir, 'objective', '3', 'notes')), 'a folder holding something else is kept');
      assert.equal(existsSync(join(dir, 'stakeholder', 'civil-society')), false);
    } finally {
      await remove();
    }
  });
});

describe('pledgekit build errors', () => {
  it('says plainly when the input is missing, not CSV or JSON, or not readable JSON', async () => {
    const missing = await run(['build', 'nowhere/pledges.csv', '--out', 'unused', '--base-url', BASE]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /There is no file nowhere\/pledges\.csv/);
    assert.match(
      (await run(['build', 'pledges.txt', '--out', 'o', '--base-url', BASE])).err,
      /reads a \.csv or a \.json file/,
    );
    const {dir, remove} = await tempDir();
    try {
      await writeFile(join(dir, 'broken.json'), '{"items": [');
      assert.match(
        (await run(['build', join(dir, 'broken.json'), '--out', dir, '--base-url', BASE])).err,
        /is not valid JSON/,
      );
      await writeFile(join(dir, 'object.json'), '{"pledges": []}');
      assert.match(
        (await run(['build', join(dir, 'object.json'), '--out', dir, '--base-url', BASE])).err,
        /a list of pledges .* or a JSON Feed/,
      );
    } finally {
      await remove();
    }
  });

  it('names an unknown column and suggests the closest', async () => {
    const {dir, remove} = await tempDir();
    try {
      await writeFile(join(dir, 'p.csv'), 'id,title,content_text,actor.name,stakeholder,objectivs\n');
      const result = await run(['build', join(dir, 'p.csv'), '--out', join(dir, 'out'), '--base-url', BASE]);
      assert.equal(result.code, 2);
      assert.equal(result.err, 'pledgekit: Unknown column "objectivs" (column 6). Did you mean "objectives"?\n');
    } finally {
      await remove();
    }
  });

  it('refuses a base URL that is not an http(s) address', async () => {
    for (const url of [
      'example.org/pledges',
      'ftp://example.org/',
      'https://example.org/?page=1',
      'javascript:alert(1)',
    ]) {
      const result = await run(['build', join(FIXTURES, 'seeds.csv'), '--out', 'unused', '--base-url', url]);
      assert.equal(result.code, 2, url);
      assert.match(result.err, /--base-url must be the http: or https: address/);
    }
  });

  it('explains missing or bad options and suggests the option that was meant', async () => {
    const seeds = join(FIXTURES, 'seeds.csv');
    assert.match((await run(['build', seeds, '--base-url', BASE])).err, /needs --out/);
    assert.match((await run(['build', seeds, '--out', 'o'])).err, /needs --base-url/);
    assert.match(
      (await run(['build', seeds, '--out', 'o', '--base-url', BASE, '--page-size', 'ten'])).err,
      /--page-size must be a whole number/,
    );
    assert.match(
      (await run(['build', seeds, '--out', 'o', '--base-url', BASE, '--page-size', '0'])).err,
      /--page-size must be a whole number/,
    );
    assert.match(
      (await run(['build', seeds, '--out', 'o', '--base-url', BASE, '--lang', 'english!'])).err,
      /--lang must be a language tag/,
    );
    const typo = await run(['build', seeds, '--out', 'o', '--base-ur', BASE]);
    assert.equal(typo.code, 2);
    assert.match(typo.err, /Unknown option --base-ur\. Did you mean --base-url\?/);
    assert.match((await run(['buidl'])).err, /Unknown command "buidl"\. Did you mean "build"\?/);
  });
});
