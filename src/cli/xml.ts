/**
 * RSS 2.0 and Atom 1.0. A page is a frame (the channel or feed element with its own
 * fields and RFC 5005 paging links, written with xmlbuilder2's streaming writer) around
 * items that are each serialised once, in the layout xmlbuilder2 writes, so a pledge that
 * appears in the main feed and in three slices is turned into XML once, and no page is
 * held in memory.
 *
 * What readers and validators need, item by item: one id in both formats (RSS `guid` =
 * Atom `id`), the same for a pledge in every slice; a link to a page a person can read
 * (the pledge's `url`, else the feed's home page); the item's language (Atom `xml:lang`,
 * RSS `dc:language`); in RSS, `&`, `<` and `>` of plain text written as hexadecimal
 * character references, as the RSS Best Practices Profile and the W3C validator advise,
 * because readers that take RSS titles for HTML would swallow `<Partners>`; in Atom, the
 * summary and text content as HTML paragraphs (as in RSS), titles as text.
 */
import {createCB} from 'xmlbuilder2';
import {objective} from '../model/catalogue.js';
import type {Pledge} from '../model/schema.js';
import {UNDATED, newestDate} from './published.js';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const GENERATOR = 'pledgekit';

/** What a page says about its feed. */
export interface XmlFeedInfo {
  title: string;
  description?: string;
  language?: string;
  /** The site the feed belongs to. */
  homePageUrl: string;
  /** The base URL of the published files, ending in `/`: category schemes live under it. */
  baseUrl: string;
  /** The newest date of the feed's content, an RFC 3339 date-time. */
  updated?: string;
}

/** The addresses a page links to. */
export interface PageLinks {
  self: string;
  first: string;
  next?: string;
  previous?: string;
  /** The JSON Feed page with the same items. */
  json: string;
}

/** The XML before and after a page's items. */
export interface XmlFrame {
  head: string;
  tail: string;
}

type StreamBuilder = ReturnType<typeof createCB>;
type Attributes = Record<string, string>;

/**
 * Every `&` written as `&amp;` before xmlbuilder2 sees the text: it leaves entity-like
 * text alone, which would turn the words "&lt;script&gt;" into markup and "&nbsp;" into
 * malformed XML. With this, every text and attribute is written exactly.
 */
const exact = (value: string): string => value.replace(/&/g, '&amp;');
const exactAttributes = (attributes: Attributes): Attributes =>
  Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, exact(value)]));

/** The scheme of objective categories: the folder that holds the objective slices. */
export const objectiveScheme = (baseUrl: string): string => `${baseUrl}objective/`;
/** The scheme of stakeholder categories: the folder that holds the stakeholder slices. */
export const stakeholderScheme = (baseUrl: string): string => `${baseUrl}stakeholder/`;

/**
 * The id of a pledge in RSS (`guid`) and Atom (`id`): its id when that is already a URI,
 * else a fragment of the main JSON feed's address: unique across feeds, the same in every
 * slice and on every build.
 */
export function atomEntryId(id: string, baseUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) return id;
  // encodeURIComponent throws on a lone surrogate, which a JSON id may hold; U+FFFD stands in for it.
  return `${baseUrl}feed.json#${encodeURIComponent(id.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'))}`;
}

/** The RFC 822 date RSS expects, for an RFC 3339 date-time. */
export function rssDate(date: string): string {
  return new Date(date).toUTCString();
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'};

/** Plain text as HTML paragraphs: RSS descriptions are HTML, so a `<` in the text must not start a tag. */
export function textToHtml(text: string): string {
  const escaped = text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!);
  return escaped
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function add(parent: StreamBuilder, name: string, value: string | undefined, attributes: Attributes = {}): void {
  if (value === undefined) return;
  parent.ele(name, exactAttributes(attributes)).txt(exact(value)).up();
}

const XML_ESCAPES: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'};
// What XML 1.0 forbids (most controls, lone surrogates, U+FFFE, U+FFFF), dropped as xmlbuilder2's invalidCharReplacement: '' drops it.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const escapeText = (value: string): string => value.replace(NOT_XML, '').replace(/[&<>]/g, (c) => XML_ESCAPES[c]!);
const HEX_ESCAPES: Readonly<Record<string, string>> = {'&': '&#x26;', '<': '&#x3C;', '>': '&#x3E;'};
/** Plain text in RSS, as the RSS Best Practices Profile asks: `&`, `<` and `>` as hexadecimal character references. */
const escapeRssText = (value: string): string => value.replace(NOT_XML, '').replace(/[&<>]/g, (c) => HEX_ESCAPES[c]!);
const escapeAttribute = (value: string): string =>
  value.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);

/**
 * The lines of one RSS item or Atom entry, written as xmlbuilder2 writes a fragment with
 * `prettyPrint` and an `offset` (test/cli/xml.test.ts proves the bytes equal on arbitrary
 * text): a DOM per item made XML two thirds of a build's time and most of its garbage.
 */
class ItemXml {
  readonly #name: string;
  readonly #outer: string;
  readonly #inner: string;
  readonly #lines: string[];

  constructor(name: string, depth: number, attributes: Attributes = {}) {
    this.#name = name;
    this.#outer = '  '.repeat(depth);
    this.#inner = '  '.repeat(depth + 1);
    this.#lines = [`${this.#outer}<${name}${attributeText(attributes)}>`];
  }

  /** A child holding text: `<name/>` when no text is left once forbidden characters are dropped; nothing when there is no value. */
  text(name: string, value: string | undefined, attributes: Attributes = {}, indent = this.#inner): void {
    this.#text(name, value, escapeText, attributes, indent);
  }

  /** A child holding RSS plain text (`&`, `<`, `>` as hexadecimal references). */
  rssText(name: string, value: string | undefined, attributes: Attributes = {}): void {
    this.#text(name, value, escapeRssText, attributes, this.#inner);
  }

  #text(
    name: string,
    value: string | undefined,
    escape: (value: string) => string,
    attributes: Attributes,
    indent: string,
  ): void {
    if (value === undefined) return;
    const text = escape(value);
    const start = `${indent}<${name}${attributeText(attributes)}`;
    this.#lines.push(text === '' ? `${start}/>` : `${start}>${text}</${name}>`);
  }

  /** A child with attributes only. */
  empty(name: string, attributes: Attributes): void {
    this.#lines.push(`${this.#inner}<${name}${attributeText(attributes)}/>`);
  }

  /** A child holding one text element, such as Atom's `<author><name>…</name></author>`. */
  wrapped(name: string, child: string, value: string): void {
    this.#lines.push(`${this.#inner}<${name}>`);
    this.text(child, value, {}, `${this.#inner}  `);
    this.#lines.push(`${this.#inner}</${name}>`);
  }

  end(): string {
    this.#lines.push(`${this.#outer}</${this.#name}>`);
    return this.#lines.join('\n');
  }
}

function attributeText(attributes: Attributes): string {
  let text = '';
  for (const name in attributes) text += ` ${name}="${escapeAttribute(attributes[name]!)}"`;
  return text;
}

/**
 * One pledge as an RSS `<item>`: title, link (its page, else the feed's home page), guid
 * (the id Atom uses too), pubDate, `dc:creator` per author, `dc:language`, description (the
 * summary as HTML), `content:encoded` (the full text as HTML), and categories for the
 * objectives, the stakeholder type and the tags. Dates and URLs come as `build` publishes them.
 */
export function rssItem(pledge: Pledge, info: Pick<XmlFeedInfo, 'baseUrl' | 'homePageUrl'>): string {
  const item = new ItemXml('item', 2);
  item.rssText('title', pledge.title);
  item.text('link', pledge.url ?? info.homePageUrl);
  item.rssText('guid', atomEntryId(pledge.id, info.baseUrl), {isPermaLink: 'false'});
  if (pledge.date_published) item.text('pubDate', rssDate(pledge.date_published));
  for (const author of pledge.authors ?? []) item.rssText('dc:creator', author.name);
  item.text('dc:language', pledge.language);
  const plain = pledge.summary ?? pledge.content_text;
  item.text('description', plain === undefined ? pledge.content_html : textToHtml(plain));
  item.text('content:encoded', pledge.content_html ?? (pledge.content_text && textToHtml(pledge.content_text)));
  for (const number of pledge._pledge.objectives ?? [])
    item.rssText('category', String(number), {domain: objectiveScheme(info.baseUrl)});
  item.rssText('category', pledge._pledge.stakeholder, {domain: stakeholderScheme(info.baseUrl)});
  for (const tag of pledge.tags ?? []) item.rssText('category', tag);
  return item.end();
}

function atomCategories(entry: ItemXml, pledge: Pledge, baseUrl: string): void {
  for (const number of pledge._pledge.objectives ?? []) {
    const label = `Objective ${number}: ${objective(number)?.short ?? ''}`;
    entry.empty('category', {term: String(number), scheme: objectiveScheme(baseUrl), label});
  }
  entry.empty('category', {term: pledge._pledge.stakeholder, scheme: stakeholderScheme(baseUrl)});
  for (const tag of pledge.tags ?? []) entry.empty('category', {term: tag});
}

/**
 * One pledge as an Atom `<entry>` in its language (`xml:lang`): title, link (its page,
 * else the feed's home page), id, published, updated (its newest date: modified,
 * published or a progress update; an undated pledge gets the constant `UNDATED`, so a
 * rebuild never makes it look updated), authors, summary, content (both HTML), and
 * categories for the objectives (labelled), the stakeholder type and the tags.
 */
export function atomEntry(pledge: Pledge, info: Pick<XmlFeedInfo, 'baseUrl' | 'homePageUrl'>): string {
  const entry = new ItemXml('entry', 1, pledge.language === undefined ? {} : {'xml:lang': pledge.language});
  entry.text('title', pledge.title, {type: 'text'});
  entry.empty('link', {rel: 'alternate', href: pledge.url ?? info.homePageUrl});
  entry.text('id', atomEntryId(pledge.id, info.baseUrl));
  if (pledge.date_published) entry.text('published', pledge.date_published);
  entry.text('updated', newestDate(pledge) ?? UNDATED);
  for (const author of pledge.authors ?? []) {
    if (author.name !== undefined) entry.wrapped('author', 'name', author.name);
  }
  if (pledge.summary !== undefined) entry.text('summary', textToHtml(pledge.summary), {type: 'html'});
  const content = pledge.content_html ?? (pledge.content_text && textToHtml(pledge.content_text));
  entry.text('content', content, {type: 'html'});
  atomCategories(entry, pledge, info.baseUrl);
  return entry.end();
}

/** Runs `write` on a streaming builder and returns what it wrote before and after `close`. */
function frame(write: (xml: StreamBuilder) => void, close: (xml: StreamBuilder) => void): XmlFrame {
  let chunks: string[] = [];
  const xml = createCB({
    data: (chunk: string) => void chunks.push(chunk),
    prettyPrint: true,
    invalidCharReplacement: '',
  });
  xml.dec({version: '1.0', encoding: 'UTF-8'});
  write(xml);
  const head = chunks.join('');
  chunks = [];
  close(xml);
  return {head, tail: `${chunks.join('')}\n`};
}

function pagingLinks(xml: StreamBuilder, element: string, links: PageLinks, type: string): void {
  const link = (href: string, rel: string, linkType = type) =>
    xml.ele(element, exactAttributes({href, rel, type: linkType})).up();
  link(links.self, 'self');
  if (links.self !== links.first) link(links.first, 'first');
  if (links.previous) link(links.previous, 'previous');
  if (links.next) link(links.next, 'next');
  link(links.json, 'alternate', 'application/feed+json');
}

/** The RSS 2.0 channel of one page, around its items. */
export function rssFrame(info: XmlFeedInfo, links: PageLinks): XmlFrame {
  return frame(
    (xml) => {
      xml
        .ele('rss', {version: '2.0', 'xmlns:atom': ATOM_NS, 'xmlns:dc': DC_NS, 'xmlns:content': CONTENT_NS})
        .ele('channel');
      add(xml, 'title', info.title);
      add(xml, 'link', info.homePageUrl);
      add(xml, 'description', info.description ?? info.title);
      add(xml, 'language', info.language);
      if (info.updated) add(xml, 'lastBuildDate', rssDate(info.updated));
      add(xml, 'generator', GENERATOR);
      add(xml, 'docs', 'https://www.rssboard.org/rss-specification');
      pagingLinks(xml, 'atom:link', links, 'application/rss+xml');
    },
    (xml) => xml.up().up().end(),
  );
}

/** The Atom feed element of one page (its id is the first page's address), around its entries. */
export function atomFrame(info: XmlFeedInfo, links: PageLinks): XmlFrame {
  return frame(
    (xml) => {
      xml.ele('feed', info.language ? {xmlns: ATOM_NS, 'xml:lang': exact(info.language)} : {xmlns: ATOM_NS});
      add(xml, 'title', info.title, {type: 'text'});
      add(xml, 'subtitle', info.description, {type: 'text'});
      add(xml, 'id', links.first);
      add(xml, 'updated', info.updated ?? UNDATED);
      // Atom needs an author for every entry; the feed's own stands in for pledges without one.
      xml.ele('author');
      add(xml, 'name', info.title);
      xml.up();
      add(xml, 'generator', GENERATOR);
      pagingLinks(xml, 'link', links, 'application/atom+xml');
      xml.ele('link', exactAttributes({href: info.homePageUrl, rel: 'alternate', type: 'text/html'})).up();
    },
    (xml) => xml.up().end(),
  );
}
