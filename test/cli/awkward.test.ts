// The acceptance of issue 18: a CSV with what real publishers write (Arabic, Chinese, Hindi,
// emoji, & and <> in titles, quoted commas, CRLF, a 6 KB summary, undated and date-only rows,
// spreadsheet dates, translations, control characters, URLs with non-ASCII and <>), built,
// and every format read back by two parsers nobody here wrote, which must give back the
// titles, links, dates, languages and ids that went in; every JSON Feed page passes
// schema.json and the JSON Feed 1.1 schema of the jsonfeed-schema package.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse} from 'csv-parse/sync';
import {BASE, FIXTURES, run, tempDir} from './run.js';
import type {Run} from './run.js';
import {READERS, formatOf, jsonFeedSchema, ownSchema, pages, schemaErrors} from './readers.js';
import type {Feed} from '../../src/model/schema.js';

const HOME = 'https://example.org/';

/** The rows of the fixture, read on their own with csv-parse. */
const rows = parse<Record<string, string>>(readFileSync(join(FIXTURES, 'awkward.csv')), {columns: true, bom: true});

/** The documented rules: cells trimmed, line breaks as LF, vertical tab and form feed as LF, other controls removed. */
const cleaned = (value: string) =>
  value
    .trim()
    .replace(/\r\n?/g, '\n')
    .replace(/[\v\f]/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '');

/** Each pledge's address as a URI (percent-encoded, host in punycode), when it has one. */
const LINKS: Record<string, string> = {
  'ar-1': `https://example.org/ar/${encodeURIComponent('مدينة')}`,
  'zh-1': `https://xn--r8jz45g.jp/${encodeURIComponent('移民')}/${encodeURIComponent('服务')}`,
  'hi-1': `https://example.in/${encodeURIComponent('स्वागत')}`,
  '17': 'https://example.org/p/caf%C3%A9?q=%E6%97%A5%E6%9C%AC&x=%3C2%3E',
  'undated-1': 'https://example.org/undated-1',
  'space-url': 'https://example.org/a%20b/c%7Cd?e=%7Bf%7D#g%20h',
  'es-1': 'https://example.co/acogida/a%C3%B1o',
};

/** Each pledge's publication instant; the spreadsheet spellings read as 29 August 2023; 03/04/2023 is ambiguous, so dropped. */
const DATES: Record<string, string | undefined> = {
  'ar-1': '2024-05-01T10:00:00Z',
  'zh-1': '2024-04-01T00:00:00Z',
  'hi-1': '2023-12-10T03:00:00Z',
  'emoji-1': '2024-01-15T00:00:00Z',
  '17': '2024-02-20T12:00:00Z',
  'quote-1': '2024-03-05T09:00:00Z',
  'crlf-1': '2024-03-06T09:00:00Z',
  'long-1': '2024-03-07T09:00:00Z',
  'dateonly-1': '2023-08-15T00:00:00Z',
  'dateonly-2': '2023-08-15T00:00:00Z',
  'trans-1': '2024-02-01T08:00:00Z',
  'ctrl-1': '2024-02-02T08:00:00Z',
  'ws-1': '2024-02-03T08:00:00Z',
  'leap-1': '2016-12-31T23:59:59Z',
  'lower-1': '2024-02-01T09:00:00Z',
  'offset-1': '2024-03-01T14:00:00Z',
  'sheet-1': '2023-08-29T00:00:00Z',
  'sheet-2': '2023-08-29T00:00:00Z',
  'sheet-3': '2023-08-29T00:00:00Z',
  'sheet-4': '2023-08-29T00:00:00Z',
  'space-url': '2024-01-02T00:00:00Z',
  'ru-1': '2023-11-11T11:11:11Z',
  'es-1': '2024-01-20T09:00:00Z',
  'fr-1': '2024-06-21T06:00:00Z',
  'rtl-mix': '2024-05-02T10:00:00Z',
  'html-1': '2024-05-03T10:00:00Z',
  'a/b c?#': '2024-05-04T10:00:00Z',
  'nourl-1': '2024-05-05T10:00:00Z',
};

interface Expected {
  id: string;
  /** The id in RSS and Atom: one URI for the pledge in every format and slice. */
  globalId: string;
  title: string;
  link: string | undefined;
  date: string | undefined;
  language: string | undefined;
}

const expected: Expected[] = rows.map((row) => ({
  id: row.id!,
  globalId: `${BASE}feed.json#${encodeURIComponent(row.id!)}`,
  title: cleaned(row.title!),
  link: LINKS[row.id!],
  date: DATES[row.id!],
  language: row.language || undefined,
}));

const instant = (date: string | undefined) => (date === undefined ? undefined : new Date(date).toISOString());

describe('the awkward CSV, read back by independent readers', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let result: Run;
  let texts: Record<'json' | 'rss' | 'atom', string[]>;

  before(async () => {
    ({dir, remove} = await tempDir());
    const args = ['build', join(FIXTURES, 'awkward.csv'), '--out', dir, '--base-url', BASE, '--home-page-url', HOME];
    result = await run(args);
    const first = {json: `${BASE}feed.json`, rss: `${BASE}feed.xml`, atom: `${BASE}atom.xml`};
    texts = {json: [], rss: [], atom: []};
    for (const format of ['json', 'rss', 'atom'] as const) texts[format] = await pages(dir, first[format]);
  });
  after(() => remove());

  it('publishes all 31 rows and says what it changed and dropped', () => {
    assert.equal(result.code, 0, result.err);
    assert.equal(rows.length, 31);
    assert.match(result.out, /Read 31 rows .*: 31 pledges to publish, 0 rejected, 1 field dropped, 4 fields changed\./);
  });

  it('writes JSON Feed pages that pass schema.json and the JSON Feed 1.1 schema of jsonfeed-schema', () => {
    for (const text of texts.json) {
      const page: unknown = JSON.parse(text);
      assert.deepEqual(schemaErrors(ownSchema, page), [], 'schema.json');
      assert.deepEqual(schemaErrors(jsonFeedSchema, page), [], 'jsonfeed-schema 1.1');
    }
  });

  for (const [reader, read] of Object.entries(READERS)) {
    it(`gives back every title, link, date, language and id exactly: ${reader}`, () => {
      const format = formatOf(reader);
      const items = read(texts[format]);
      assert.equal(items.length, expected.length);
      const byId = new Map(items.map((item) => [item.id, item]));
      for (const want of expected) {
        const id = format === 'json' ? want.id : want.globalId;
        const got = byId.get(id);
        assert.ok(got, `${reader}: no item with the id ${id}`);
        assert.equal(got.title, want.title, `${want.id} title`);
        // RSS and Atom readers need a page to open: a pledge without its own goes to the home page.
        const link = format === 'json' ? want.link : (want.link ?? HOME);
        // feed-extractor's link purifier removes a fragment (its utils/linker.js), whatever the feed says.
        const readLink = reader.startsWith('feed-extractor') && format !== 'json' ? link?.replace(/#.*/, '') : link;
        assert.equal(got.link, readLink, `${want.id} link`);
        assert.equal(instant(got.date), instant(want.date), `${want.id} date`);
        assert.equal(got.language, want.language, `${want.id} language`);
      }
    });
  }

  it('reads the Windows-1252 variant right, and says which encoding it used', async () => {
    const out = join(dir, 'w1252');
    const built = await run([
      'build',
      join(FIXTURES, 'awkward-1252.csv'),
      '--out',
      out,
      '--base-url',
      BASE,
      '--strict',
    ]);
    assert.equal(built.code, 0, built.err);
    assert.match(built.out, /\(windows-1252, detected; pass --encoding to read it otherwise\)/);
    const [page] = await pages(out, `${BASE}feed.json`);
    const {items} = JSON.parse(page!) as Feed;
    assert.deepEqual(
      items.map((item) => item.title),
      ['Acogida en España', 'Willkommen in Köln', 'Accueil à Zürich'],
    );
    assert.equal(items[2]!.summary, 'Un guichet « unique » pour 5 € : l’été, les œuvres — “bienvenue”.');
    assert.doesNotMatch(page!, /\uFFFD/);
    assert.deepEqual(schemaErrors(jsonFeedSchema, JSON.parse(page!)), []);
  });
});
