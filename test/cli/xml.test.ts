// The RSS items and Atom entries a build writes are the bytes xmlbuilder2 writes for the same
// pledge, whatever the text holds: markup, entity-like text, quotes, line breaks, control
// characters, lone surrogates, characters beyond the Basic Multilingual Plane. (RSS plain
// text differs in one documented way: `&`, `<` and `>` are hexadecimal references.)
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {fragment} from 'xmlbuilder2';
import {OBJECTIVE_NUMBERS, STAKEHOLDER_TYPES, objective} from '../../src/model/catalogue.js';
import type {Pledge} from '../../src/model/schema.js';
import {UNDATED, newestDate} from '../../src/cli/published.js';
import {
  atomEntry,
  atomEntryId,
  objectiveScheme,
  rssDate,
  rssItem,
  stakeholderScheme,
  textToHtml,
} from '../../src/cli/xml.js';
import {BASE} from './run.js';

const HOME = 'https://example.org/';
const INFO = {baseUrl: BASE, homePageUrl: HOME};

// The reference: each item built as an xmlbuilder2 fragment and pretty-printed, as the CLI did before.
type Builder = ReturnType<typeof fragment>;
type Attributes = Record<string, string>;
const exact = (value: string) => value.replace(/&/g, '&amp;');
const exactAttributes = (attributes: Attributes) =>
  Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, exact(v)]));

function add(parent: Builder, name: string, value: string | undefined, attributes: Attributes = {}): void {
  if (value !== undefined) parent.ele(name, exactAttributes(attributes)).txt(exact(value)).up();
}

// RSS plain text: xmlbuilder2's predefined entities for `&`, `<` and `>`, turned into hexadecimal references.
const HEX: Record<string, string> = {'&amp;': '&#x26;', '&lt;': '&#x3C;', '&gt;': '&#x3E;'};
const PLAIN = /<(title|guid|dc:creator|category)( [^>]*)?>(.*?)<\/\1>/gs;
const hexPlainText = (xml: string) =>
  xml.replace(
    PLAIN,
    (_, name: string, attributes = '', text: string) =>
      `<${name}${attributes}>${text.replace(/&(amp|lt|gt);/g, (entity) => HEX[entity]!)}</${name}>`,
  );

function referenceRssItem(pledge: Pledge, baseUrl: string): string {
  const root = fragment({invalidCharReplacement: ''});
  const item = root.ele('item');
  add(item, 'title', pledge.title);
  add(item, 'link', pledge.url ?? HOME);
  add(item, 'guid', atomEntryId(pledge.id, baseUrl), {isPermaLink: 'false'});
  if (pledge.date_published) add(item, 'pubDate', rssDate(pledge.date_published));
  for (const author of pledge.authors ?? []) add(item, 'dc:creator', author.name);
  add(item, 'dc:language', pledge.language);
  const plain = pledge.summary ?? pledge.content_text;
  add(item, 'description', plain === undefined ? pledge.content_html : textToHtml(plain));
  add(item, 'content:encoded', pledge.content_html ?? (pledge.content_text && textToHtml(pledge.content_text)));
  for (const n of pledge._pledge.objectives ?? []) add(item, 'category', String(n), {domain: objectiveScheme(baseUrl)});
  add(item, 'category', pledge._pledge.stakeholder, {domain: stakeholderScheme(baseUrl)});
  for (const tag of pledge.tags ?? []) add(item, 'category', tag);
  return hexPlainText(root.end({prettyPrint: true, offset: 2}));
}

function referenceAtomEntry(pledge: Pledge, info: {baseUrl: string}): string {
  const root = fragment({invalidCharReplacement: ''});
  const entry = root.ele('entry', pledge.language === undefined ? {} : exactAttributes({'xml:lang': pledge.language}));
  add(entry, 'title', pledge.title, {type: 'text'});
  entry.ele('link', exactAttributes({rel: 'alternate', href: pledge.url ?? HOME})).up();
  add(entry, 'id', atomEntryId(pledge.id, info.baseUrl));
  if (pledge.date_published) add(entry, 'published', pledge.date_published);
  add(entry, 'updated', newestDate(pledge) ?? UNDATED);
  for (const author of pledge.authors ?? [])
    if (author.name !== undefined) add(entry.ele('author'), 'name', author.name);
  if (pledge.summary !== undefined) add(entry, 'summary', textToHtml(pledge.summary), {type: 'html'});
  const content = pledge.content_html ?? (pledge.content_text && textToHtml(pledge.content_text));
  add(entry, 'content', content, {type: 'html'});
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
// Dates as a build publishes them: RFC 3339 date-times.
const date = fc
  .date({min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true})
  .map((d) => d.toISOString().replace('.000', ''));

const pledge: fc.Arbitrary<Pledge> = fc
  .record({
    id: fc.oneof(text, fc.constant('https://example.org/p/1'), fc.constant('urn:x:1')),
    title: text,
    url: optional(fc.oneof(fc.constant('https://example.org/a?b=1&c="2"'), text)),
    date_published: optional(date),
    date_modified: optional(date),
    authors: optional(fc.array(fc.record({name: optional(text)}, {requiredKeys: []}), {maxLength: 3})),
    language: optional(fc.constantFrom('en', 'ar', 'zh-Hans', 'pt-BR')),
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
      fc.property(pledge, (p) => {
        assert.equal(rssItem(p, INFO), referenceRssItem(p, BASE));
        assert.equal(atomEntry(p, INFO), referenceAtomEntry(p, INFO));
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
    const rss = rssItem(p, INFO);
    assert.match(rss, /<title>A &#x3C;b&#x3E;bold&#x3C;\/b&#x3E; &#x26; "quoted" &#x26;amp; pledge 😀<\/title>/);
    assert.match(atomEntry(p, INFO), /<category term="a&quot;b&lt;c&gt;"\/>/);
  });
});
