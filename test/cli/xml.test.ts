// The RSS items and Atom entries a build writes are the bytes xmlbuilder2 writes for the same
// pledge, whatever the text holds: markup, entity-like text, quotes, line breaks, control
// characters, lone surrogates, characters beyond the Basic Multilingual Plane.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {fragment} from 'xmlbuilder2';
import {OBJECTIVE_NUMBERS, STAKEHOLDER_TYPES, objective} from '../../src/model/catalogue.js';
import type {Pledge} from '../../src/model/schema.js';
import {
  atomDate,
  atomEntry,
  atomEntryId,
  objectiveScheme,
  rssDate,
  rssItem,
  stakeholderScheme,
  textToHtml,
} from '../../src/cli/xml.js';
import {BASE} from './run.js';

// The reference: each item built as an xmlbuilder2 fragment and pretty-printed, as the CLI did before.
type Builder = ReturnType<typeof fragment>;
type Attributes = Record<string, string>;
const exact = (value: string) => value.replace(/&/g, '&amp;');
const exactAttributes = (attributes: Attributes) =>
  Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, exact(v)]));

function add(parent: Builder, name: string, value: string | undefined, attributes: Attributes = {}): void {
  if (value !== undefined) parent.ele(name, exactAttributes(attributes)).txt(exact(value)).up();
}

function referenceRssItem(pledge: Pledge, baseUrl: string): string {
  const root = fragment({invalidCharReplacement: ''});
  const item = root.ele('item');
  add(item, 'title', pledge.title);
  add(item, 'link', pledge.url);
  add(item, 'guid', pledge.id, {isPermaLink: 'false'});
  if (pledge.date_published) add(item, 'pubDate', rssDate(pledge.date_published));
  for (const author of pledge.authors ?? []) add(item, 'dc:creator', author.name);
  const plain = pledge.summary ?? pledge.content_text;
  add(item, 'description', plain === undefined ? pledge.content_html : textToHtml(plain));
  add(item, 'content:encoded', pledge.content_html ?? (pledge.content_text && textToHtml(pledge.content_text)));
  for (const n of pledge._pledge.objectives ?? []) add(item, 'category', String(n), {domain: objectiveScheme(baseUrl)});
  add(item, 'category', pledge._pledge.stakeholder, {domain: stakeholderScheme(baseUrl)});
  for (const tag of pledge.tags ?? []) add(item, 'category', tag);
  return root.end({prettyPrint: true, offset: 2});
}

function referenceAtomEntry(pledge: Pledge, info: {baseUrl: string; updated?: string}): string {
  const root = fragment({invalidCharReplacement: ''});
  const entry = root.ele('entry');
  add(entry, 'title', pledge.title, {type: 'text'});
  if (pledge.url) entry.ele('link', exactAttributes({rel: 'alternate', href: pledge.url})).up();
  add(entry, 'id', atomEntryId(pledge.id, info.baseUrl));
  if (pledge.date_published) add(entry, 'published', atomDate(pledge.date_published));
  add(
    entry,
    'updated',
    atomDate(pledge.date_modified ?? pledge.date_published ?? info.updated ?? '1970-01-01T00:00:00Z'),
  );
  for (const author of pledge.authors ?? [])
    if (author.name !== undefined) add(entry.ele('author'), 'name', author.name);
  add(entry, 'summary', pledge.summary, {type: 'text'});
  if (pledge.content_html !== undefined) add(entry, 'content', pledge.content_html, {type: 'html'});
  else add(entry, 'content', pledge.content_text, {type: 'text'});
  for (const n of pledge._pledge.objectives ?? []) {
    const label = `Objective ${n}: ${objective(n)?.short ?? ''}`;
    entry.ele('category', exactAttributes({term: String(n), scheme: objectiveScheme(info.baseUrl), label})).up();
  }
  entry
    .ele('category', exactAttributes({term: pledge._pledge.stakeholder, scheme: stakeholderScheme(info.baseUrl)}))
    .up();
  for (const tag of pledge.tags ?? []) entry.ele('category', exactAttributes({term: tag})).up();
  return root.end({prettyPrint: true, offset: 1});
}

// Text that stresses escaping: markup and entity look-alikes, quotes, breaks, controls, surrogates (paired or not), U+FFFE.
const tricky = fc.constantFrom(
  '&',
  '&amp;',
  '&#38;',
  '&#x26;',
  '&nbsp;',
  '<',
  '>',
  '<p>',
  '"',
  "'",
  ']]>',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u0008',
  '\u001f',
  '\u007f',
  '\ud800',
  '\udfff',
  '😀',
  '\ufffe',
  '\uffff',
  ' ',
  'é',
);
const text = fc
  .array(fc.oneof(tricky, fc.string({unit: 'binary', maxLength: 6}), fc.string({maxLength: 8})), {maxLength: 8})
  .map((parts) => parts.join(''));
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, {nil: undefined});
const date = fc.oneof(
  fc
    .date({min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true})
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .date({min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true})
    .map((d) => d.toISOString().replace('.000', '')),
);

const pledge: fc.Arbitrary<Pledge> = fc
  .record({
    id: fc.oneof(text, fc.constant('https://example.org/p/1'), fc.constant('urn:x:1')),
    title: text,
    url: optional(fc.oneof(fc.constant('https://example.org/a?b=1&c="2"'), text)),
    date_published: optional(date),
    date_modified: optional(date),
    authors: optional(fc.array(fc.record({name: optional(text)}, {requiredKeys: []}), {maxLength: 3})),
    summary: optional(text),
    content_text: optional(text),
    content_html: optional(text),
    tags: optional(fc.array(text, {maxLength: 3})),
    objectives: optional(fc.uniqueArray(fc.constantFrom(...OBJECTIVE_NUMBERS), {maxLength: 4})),
    stakeholder: fc.constantFrom(...STAKEHOLDER_TYPES),
  })
  .map(({objectives, stakeholder, ...item}) => {
    const defined = Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined));
    return {
      ...defined,
      _pledge: {actor: {name: 'A'}, stakeholder, ...(objectives ? {objectives} : {})},
    } as unknown as Pledge;
  });

describe('RSS items and Atom entries', () => {
  it('are byte for byte what xmlbuilder2 writes for any pledge', () => {
    fc.assert(
      fc.property(pledge, optional(date), (p, updated) => {
        assert.equal(rssItem(p, BASE), referenceRssItem(p, BASE));
        const info = {baseUrl: BASE, ...(updated === undefined ? {} : {updated})};
        assert.equal(atomEntry(p, info), referenceAtomEntry(p, info));
      }),
      {numRuns: 3000},
    );
  });

  it('escape text that looks like markup, drop what XML forbids, and keep the rest', () => {
    const p = {
      id: 'x',
      title: 'A <b>bold</b> & "quoted" &amp; pledge\u0000\ud800 😀',
      tags: ['a"b<c>'],
      _pledge: {actor: {name: 'A'}, stakeholder: 'network'},
    } as unknown as Pledge;
    const rss = rssItem(p, BASE);
    assert.match(rss, /<title>A &lt;b&gt;bold&lt;\/b&gt; &amp; "quoted" &amp;amp; pledge 😀<\/title>/);
    assert.match(atomEntry(p, {baseUrl: BASE}), /<category term="a&quot;b&lt;c&gt;"\/>/);
  });
});
