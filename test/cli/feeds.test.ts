// Issue 18, item by item: what `pledgekit build` writes must be what readers and
// validators expect, from inputs as people write them.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {mkdir, readFile, symlink, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {parseAtomFeed, parseRssFeed} from 'feedsmith';
import {BASE, FIXTURES, readJson, run, tempDir} from './run.js';
import {jsonFeedSchema, ownSchema, schemaErrors} from './readers.js';
import type {Json} from './readers.js';
import type {Feed} from '../../src/model/schema.js';

const HOME = 'https://example.org/';

/** A raw pledge item with the required fields, and more. */
const pledge = (id: string, more: Json = {}): Json => ({
  id,
  title: `Pledge ${id}`,
  content_text: `About ${id}.`,
  _pledge: {actor: {name: 'A town'}, stakeholder: 'local-government', objectives: [16]},
  ...more,
});

let dir: string;
let remove: () => Promise<void>;
before(async () => ({dir, remove} = await tempDir()));
after(() => remove());

let builds = 0;
/** Builds a list of items (written as JSON) or a CSV text into a fresh folder; returns the folder and the run. */
async function build(input: Json[] | string, ...options: string[]) {
  const name = `build-${++builds}`;
  const file = join(dir, `${name}.${typeof input === 'string' ? 'csv' : 'json'}`);
  await writeFile(file, typeof input === 'string' ? input : JSON.stringify(input));
  const out = join(dir, name);
  const result = await run(['build', file, '--out', out, '--base-url', BASE, '--home-page-url', HOME, ...options]);
  return {out, result, file};
}

const read = (out: string, name: string) => readFileSync(join(out, name), 'utf8');
const items = (out: string, name = 'feed.json') => (JSON.parse(read(out, name)) as Feed).items;
const rss = (out: string, name = 'feed.xml') => parseRssFeed(read(out, name)).items ?? [];
const atom = (out: string, name = 'atom.xml') => parseAtomFeed(read(out, name)).entries ?? [];

describe('issue 18: what the feeds get right', () => {
  it('1. writes every URL as a URI, in JSON, RSS and Atom, and schema.json accepts it', async () => {
    const url = 'https://example.org/p/café?q=日本&x=<2>';
    const uri = 'https://example.org/p/caf%C3%A9?q=%E6%97%A5%E6%9C%AC&x=%3C2%3E';
    const {out, result} = await build([
      pledge('a', {
        url,
        image: 'https://例え.jp/a b.png',
        _pledge: {actor: {name: 'A'}, stakeholder: 'other', source: {name: 'S', url}},
      }),
    ]);
    assert.equal(result.code, 0, result.err);
    const [item] = items(out);
    assert.equal(item!.url, uri);
    assert.equal(item!.image, 'https://xn--r8jz45g.jp/a%20b.png');
    assert.equal(item!._pledge.source?.url, uri);
    assert.equal(rss(out)[0]!.link, uri);
    assert.equal(atom(out)[0]!.links?.[0]?.href, uri);
    assert.deepEqual(schemaErrors(ownSchema, JSON.parse(read(out, 'feed.json'))), []);
  });

  it('2. writes a date without a time as an RFC 3339 date-time, and schema.json asks for one', async () => {
    const {out} = await build([pledge('a', {date_published: '2023-08-15', date_modified: '2023-09-01'})]);
    const [item] = items(out);
    assert.equal(item!.date_published, '2023-08-15T00:00:00Z');
    assert.equal(item!.date_modified, '2023-09-01T00:00:00Z');
    type Schema = {properties: {items: {items: {properties: Record<string, {format?: string}>}}}};
    const schema = JSON.parse(read(out, 'schema.json')) as Schema;
    assert.equal(schema.properties.items.items.properties['date_published']?.format, 'date-time');
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [pledge('a', {date_published: '2023-08-15'})],
    };
    assert.notDeepEqual(schemaErrors(ownSchema, feed), []);
  });

  it('3. gives an undated pledge the same Atom date on every build, whatever newer pledges come', async () => {
    const first = await build([pledge('undated'), pledge('old', {date_published: '2024-01-01T00:00:00Z'})]);
    const second = await build([
      pledge('undated'),
      pledge('old', {date_published: '2024-01-01T00:00:00Z'}),
      pledge('new', {date_published: '2025-06-01T00:00:00Z'}),
    ]);
    const updated = (out: string) => atom(out).find((e) => e.id?.endsWith('#undated'))!.updated;
    assert.equal(updated(first.out), updated(second.out));
    assert.notEqual(updated(second.out), '2025-06-01T00:00:00Z');
  });

  it('4. carries each pledge’s language into Atom (xml:lang) and RSS (dc:language)', async () => {
    const {out} = await build([pledge('ar', {language: 'ar', title: 'مدينة ترحب'}), pledge('en')], '--lang', 'en');
    const entry = atom(out).find((e) => e.id?.endsWith('#ar'))!;
    assert.equal(entry.xml?.lang, 'ar');
    const item = rss(out).find((i) => i.guid?.value?.endsWith('#ar'))!;
    assert.deepEqual(item.dc?.languages, ['ar']);
  });

  it('5. links a pledge without a url to the home page in RSS and Atom, and says so', async () => {
    const {out, result} = await build([pledge('a'), pledge('b', {url: 'https://example.org/b'})]);
    const links = <T>(xs: T[], get: (x: T) => string | undefined) => xs.map(get).sort();
    assert.deepEqual(
      links(rss(out), (i) => i.link),
      ['https://example.org/', 'https://example.org/b'],
    );
    assert.deepEqual(
      links(atom(out), (e) => e.links?.[0]?.href),
      ['https://example.org/', 'https://example.org/b'],
    );
    assert.match(
      result.err,
      /1 pledge has no url of its own: RSS and Atom readers are sent to https:\/\/example\.org\//,
    );
  });

  it('6. gives a pledge one global id in RSS and Atom, the same in every slice', async () => {
    const {out} = await build([pledge('17')]);
    const id = `${BASE}feed.json#17`;
    assert.equal(rss(out)[0]!.guid?.value, id);
    assert.equal(atom(out)[0]!.id, id);
    assert.equal(rss(out, 'objective/16/feed.xml')[0]!.guid?.value, id);
    assert.equal(atom(out, 'stakeholder/local-government/atom.xml')[0]!.id, id);
  });

  it('7. writes plain text in RSS with character references, and readers give it back exactly', async () => {
    const title = 'Tom & Jerry <Partners>';
    const {out} = await build([pledge('a', {title, tags: ['R&D <x>']})]);
    const xml = read(out, 'feed.xml');
    assert.match(xml, /<title>Tom &#x26; Jerry &#x3C;Partners&#x3E;<\/title>/);
    assert.match(xml, /<category>R&#x26;D &#x3C;x&#x3E;<\/category>/);
    const [item] = rss(out);
    assert.equal(item!.title, title);
    assert.ok((item!.categories as Json[]).some((c) => c.name === 'R&D <x>'));
    assert.equal(atom(out)[0]!.title?.value, title);
  });

  it('8. pages a typical feed under 250 KB by default, and warns about a bigger page', async () => {
    const seeds = JSON.parse(await readFile(join(FIXTURES, 'seeds.json'), 'utf8')) as Json[];
    // 420 pledges as long as the sample's, under different ids.
    const many = Array.from({length: 420}, (_, i) => ({...seeds[i % seeds.length], id: `p${i}`}));
    const typical = await build(many);
    const {files} = await readJson<{files: string[]}>(join(typical.out, '.pledgekit-manifest.json'));
    for (const file of files.filter((f) => /(feed|atom)(-\d+)?\.(json|xml)$/.test(f)))
      assert.ok(readFileSync(join(typical.out, file)).length < 250 * 1024, file);
    assert.doesNotMatch(typical.result.err, /over 250 KB/);
    const long = 'Welcome. '.repeat(40_000);
    const big = await build([pledge('a', {content_text: long})]);
    assert.match(big.result.err, /\d+ pages? (is|are) over 250 KB \(the largest, .*, is \d+ KB\).*Lower --page-size/s);
  });

  it('9. follows the pages of a paged feed.json, and says so when a page is missing', async () => {
    const paged = await build(
      Array.from({length: 14}, (_, i) => pledge(`p${i}`)),
      '--page-size',
      '5',
    );
    const again = await run(['build', join(paged.out, 'feed.json'), '--out', join(dir, 'rebuilt'), '--base-url', BASE]);
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /Read 14 items from .*feed\.json and its 2 next pages: 14 pledges to publish/);
    const {rm} = await import('node:fs/promises');
    await rm(join(paged.out, 'feed-3.json'));
    const cut = await run(['build', join(paged.out, 'feed.json'), '--out', join(dir, 'cut'), '--base-url', BASE]);
    assert.match(cut.out, /Read 10 items/);
    assert.match(
      cut.err,
      /continues at https:\/\/example\.org\/pledges\/feed-3\.json \(its next_url\), which was not read/,
    );
    const strict = await run([
      'build',
      join(paged.out, 'feed.json'),
      '--out',
      join(dir, 'cut2'),
      '--base-url',
      BASE,
      '--strict',
    ]);
    assert.equal(strict.code, 1);
  });

  it('10. writes pages that pass schema.json and the JSON Feed 1.1 schema; schema.json has an $id and asks for content', async () => {
    const {out} = await build([pledge('a', {date_published: '2023-08-15', url: 'https://example.org/é'})]);
    const page = JSON.parse(read(out, 'feed.json')) as Feed;
    assert.deepEqual(schemaErrors(ownSchema, page), []);
    assert.deepEqual(schemaErrors(jsonFeedSchema, page), []);
    const schema = JSON.parse(read(out, 'schema.json')) as {$id: string};
    assert.match(schema.$id, /^https:\/\//);
    const noContent = {...page, items: [{...page.items[0], content_text: undefined}]};
    assert.notDeepEqual(schemaErrors(ownSchema, JSON.parse(JSON.stringify(noContent))), []);
  });

  it('11. names the description of _pledgekit and _pledge (about), once per page', async () => {
    const {out} = await build(
      Array.from({length: 3}, (_, i) => pledge(`p${i}`)),
      '--page-size',
      '2',
    );
    for (const name of ['feed.json', 'feed-2.json']) {
      // `about` is what the command writes for readers; the model does not read it.
      const page = JSON.parse(read(out, name)) as {_pledgekit: {about: string}; items: {_pledge: {about?: string}}[]};
      assert.match(page._pledgekit.about, /^https:\/\//);
      assert.equal(page.items[0]!._pledge.about, page._pledgekit.about);
      assert.deepEqual(schemaErrors(ownSchema, page), []);
    }
  });

  it('12. documents that cells are trimmed and line breaks become LF', async () => {
    const help = await run(['build', '--help']);
    assert.match(help.out, /trimmed/);
    assert.match(help.out, /CRLF/);
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    assert.match(readme, /trimmed/);
    assert.match(readme, /CRLF/);
  });

  it('14. reads a leap second and lower-case t and z, and writes dates every reader accepts', async () => {
    const {out} = await build([
      pledge('leap', {date_published: '2016-12-31T23:59:60Z'}),
      pledge('lower', {date_published: '2024-02-01t09:00:00z'}),
      pledge('new', {date_published: '2024-03-01T00:00:00Z'}),
    ]);
    assert.deepEqual(
      items(out).map((i) => [i.id, i.date_published]),
      [
        ['new', '2024-03-01T00:00:00Z'],
        ['lower', '2024-02-01T09:00:00Z'],
        ['leap', '2016-12-31T23:59:59Z'],
      ],
    );
    assert.deepEqual(
      rss(out).map((i) => i.pubDate),
      ['Fri, 01 Mar 2024 00:00:00 GMT', 'Thu, 01 Feb 2024 09:00:00 GMT', 'Sat, 31 Dec 2016 23:59:59 GMT'],
    );
    assert.doesNotMatch(read(out, 'atom.xml'), /\dt\d|\dz</);
  });

  it('22. dates a feed with no dated pledge plausibly, not 1970', async () => {
    const {out} = await build([pledge('a'), pledge('b')]);
    const updated = parseAtomFeed(read(out, 'atom.xml')).updated!;
    assert.ok(updated >= '2018', updated);
    assert.doesNotMatch(read(out, 'atom.xml'), /1970/);
  });
});

describe('issue 18: spreadsheets as people save them', () => {
  const HEADER = 'id,title,content_text,actor.name,stakeholder,date_published\n';

  it('15. detects a Windows-1252 CSV, reads --encoding, and never publishes U+FFFD silently', async () => {
    const latin = Buffer.from(`${HEADER}a,Accueil \xe0 Z\xfcrich \x80,x,Ville,local-government,\n`, 'latin1');
    const file = join(dir, 'w1252.csv');
    await writeFile(file, latin);
    const detected = await run(['build', file, '--out', join(dir, 'w1252'), '--base-url', BASE, '--strict']);
    assert.equal(detected.code, 0, detected.err);
    assert.equal(items(join(dir, 'w1252'))[0]!.title, 'Accueil à Zürich €');
    const pinned = await run([
      'build',
      file,
      '--out',
      join(dir, 'w1252-pinned'),
      '--base-url',
      BASE,
      '--encoding',
      'iso-8859-2',
    ]);
    assert.match(pinned.out, /\(iso-8859-2\)/);
    assert.equal(items(join(dir, 'w1252-pinned'))[0]!.title, 'Accueil ŕ Zürich \u0080'.replace('\u0080', ''));
    const replaced = await build(`${HEADER}a,Accueil \uFFFD Z\uFFFDrich,x,Ville,local-government,\n`, '--strict');
    assert.equal(replaced.result.code, 1);
    assert.match(replaced.result.err, /Row 2 \(id "a"\): title: holds U\+FFFD/);
  });

  it('16. reads spreadsheet dates with date-fns, reports an ambiguous one, and takes --date-format', async () => {
    const csv =
      HEADER +
      [
        'a,A,x,T,other,29/08/2023',
        'b,B,x,T,other,08/29/2023',
        'c,C,x,T,other,29 August 2023',
        'd,D,x,T,other,45167',
        'e,E,x,T,other,03/04/2023',
      ].join('\n');
    const {out, result} = await build(csv);
    assert.deepEqual(
      items(out).map((i) => [i.id, i.date_published]),
      [
        ['a', '2023-08-29T00:00:00Z'],
        ['b', '2023-08-29T00:00:00Z'],
        ['c', '2023-08-29T00:00:00Z'],
        ['d', '2023-08-29T00:00:00Z'],
        ['e', undefined],
      ],
    );
    assert.match(
      result.err,
      /Row 6 \(id "e"\): date_published: "03\/04\/2023" could be 3 April 2023 \(d\/M\/yyyy\) or 4 March 2023 \(M\/d\/yyyy\)/,
    );
    const pinned = await build(csv.replace(/\n[abcd],.*/g, ''), '--date-format', 'dd/MM/yyyy');
    assert.equal(items(pinned.out)[0]!.date_published, '2023-04-03T00:00:00Z');
    assert.match((await build(csv, '--date-format', 'banana')).result.err, /--date-format must be a date-fns pattern/);
  });
});

describe('issue 18: the command line tool itself', () => {
  it('17. never overwrites or removes files it did not write, nor writes through a symbolic link', async () => {
    const site = join(dir, 'blog');
    await mkdir(join(site, 'objective', '9'), {recursive: true});
    for (const name of ['feed.xml', 'atom.xml', 'schema.json', 'feed-2.xml', 'objective/9/feed.json'])
      await writeFile(join(site, name), `the blog's own ${name}`);
    const input = join(dir, 'blog.json');
    await writeFile(input, JSON.stringify([pledge('a')]));
    const refused = await run(['build', input, '--out', site, '--base-url', BASE]);
    assert.equal(refused.code, 2);
    assert.match(refused.err, /already holds atom\.xml, feed\.xml, schema\.json, which pledgekit did not write/);
    assert.equal(readFileSync(join(site, 'feed.xml'), 'utf8'), "the blog's own feed.xml");
    const forced = await run(['build', input, '--out', site, '--base-url', BASE, '--force']);
    assert.equal(forced.code, 0, forced.err);
    // Files it never wrote stay, whatever their names.
    assert.equal(readFileSync(join(site, 'feed-2.xml'), 'utf8'), "the blog's own feed-2.xml");
    assert.equal(readFileSync(join(site, 'objective/9/feed.json'), 'utf8'), "the blog's own objective/9/feed.json");
    // A slice folder that is a link to somewhere else is never written through.
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(elsewhere);
    const linked = join(dir, 'linked');
    await mkdir(linked);
    await symlink(elsewhere, join(linked, 'objective'));
    const through = await run(['build', input, '--out', linked, '--base-url', BASE]);
    assert.equal(through.code, 2);
    assert.match(through.err, /is a symbolic link; pledgekit writes only inside --out/);
    assert.equal(existsSync(join(elsewhere, '16')), false);
  });

  it('17. removes what an earlier build wrote through a folder that became a link, never', async () => {
    const out = join(dir, 'relinked');
    const input = join(dir, 'relinked.json');
    await writeFile(input, JSON.stringify([pledge('a')]));
    assert.equal((await run(['build', input, '--out', out, '--base-url', BASE])).code, 0);
    // The slice folder is replaced by a link to a folder holding a file of the same name.
    const {rename} = await import('node:fs/promises');
    const target = join(dir, 'target');
    await mkdir(target);
    await writeFile(join(target, 'feed.json'), 'precious');
    await rename(join(out, 'objective', '16'), join(dir, 'old-slice'));
    await symlink(target, join(out, 'objective', '16'));
    await writeFile(input, JSON.stringify([{...pledge('a'), _pledge: {actor: {name: 'A'}, stakeholder: 'other'}}]));
    await run(['build', input, '--out', out, '--base-url', BASE]);
    assert.equal(readFileSync(join(target, 'feed.json'), 'utf8'), 'precious');
  });

  it('20. carries the same text in the three formats when a cell holds control characters, and says so', async () => {
    const csv = 'id,title,content_text,actor.name,stakeholder\na,"Vertical\vtab, bell\x07, escape\x1b[2J",x,T,other\n';
    const {out, result} = await build(csv);
    const title = 'Vertical\ntab, bell, escape[2J';
    assert.equal(items(out)[0]!.title, title);
    assert.equal(rss(out)[0]!.title, title);
    assert.equal(atom(out)[0]!.title?.value, title);
    assert.match(result.out, /1 field changed/);
    assert.match(
      result.err,
      /Row 2 \(id "a"\): title: held characters that feeds cannot carry: U\+000B became a line break; U\+0007, U\+001B were removed/,
    );
  });
});
