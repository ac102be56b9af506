/**
 * RSS 2.0 and Atom 1.0 with xmlbuilder2. A page is a frame (the channel or feed
 * element with its own fields and RFC 5005 paging links, written with the streaming
 * writer) around items that are each serialised once, so a pledge that appears in the
 * main feed and in three slices is turned into XML once, and no page is held in memory.
 */
import {createCB, fragment} from 'xmlbuilder2';
import {objective} from '../model/catalogue.js';
import type {Pledge} from '../model/schema.js';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const CONTENT_NS = 'http://purl.org/rss/1.0/modules/content/';
const GENERATOR = 'pledgekit';
// Before any pledge date: the Atom `updated` of a feed whose pledges carry no date.
const NO_DATE = '1970-01-01T00:00:00Z';

/** What a page says about its feed. */
export interface XmlFeedInfo {
  title: string;
  description?: string;
  language?: string;
  /** The site the feed belongs to. */
  homePageUrl: string;
  /** The base URL of the published files, ending in `/`: category schemes live under it. */
  baseUrl: string;
  /** The newest date of the feed's content, RFC 3339. */
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

type Builder = ReturnType<typeof fragment>;
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

/** The Atom id of a pledge: its id when that is already a URI, else a fragment of the main JSON feed. */
export function atomEntryId(id: string, baseUrl: string): string {
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(id) ? id : `${baseUrl}feed.json#${encodeURIComponent(id)}`;
}

/** An RFC 3339 date-time; a bare date is read as midnight UTC, as JSON Feed readers do. */
export function atomDate(date: string): string {
  return date.length === 10 ? `${date}T00:00:00Z` : date;
}

/** The RFC 822 date RSS expects. */
export function rssDate(date: string): string {
  return new Date(atomDate(date)).toUTCString();
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

function add(parent: Builder | StreamBuilder, name: string, value: string | undefined, attributes: Attributes = {}): void {
  if (value === undefined) return;
  // The two builders share this method shape; TypeScript cannot see through the union.
  (parent as Builder).ele(name, exactAttributes(attributes)).txt(exact(value)).up();
}

function serialise(item: Builder, depth: number): string {
  return item.end({prettyPrint: true, offset: depth});
}

const newFragment = () => fragment({invalidCharReplacement: ''});

/**
 * One pledge as an RSS `<item>`: title, link, guid (the pledge id), pubDate, `dc:creator`
 * per author, description (the summary as HTML), `content:encoded` (the full text as HTML),
 * and categories for the objectives, the stakeholder type and the tags.
 */
export function rssItem(pledge: Pledge, baseUrl: string): string {
  const root = newFragment();
  const item = root.ele('item');
  add(item, 'title', pledge.title);
  add(item, 'link', pledge.url);
  add(item, 'guid', pledge.id, {isPermaLink: 'false'});
  if (pledge.date_published) add(item, 'pubDate', rssDate(pledge.date_published));
  for (const author of pledge.authors ?? []) add(item, 'dc:creator', author.name);
  const plain = pledge.summary ?? pledge.content_text;
  add(item, 'description', plain === undefined ? pledge.content_html : textToHtml(plain));
  add(item, 'content:encoded', pledge.content_html ?? (pledge.content_text && textToHtml(pledge.content_text)));
  for (const number of pledge._pledge.objectives ?? []) add(item, 'category', String(number), {domain: objectiveScheme(baseUrl)});
  add(item, 'category', pledge._pledge.stakeholder, {domain: stakeholderScheme(baseUrl)});
  for (const tag of pledge.tags ?? []) add(item, 'category', tag);
  return serialise(root, 2);
}

function atomCategories(entry: Builder, pledge: Pledge, baseUrl: string): void {
  for (const number of pledge._pledge.objectives ?? []) {
    const label = `Objective ${number}: ${objective(number)?.short ?? ''}`;
    entry.ele('category', exactAttributes({term: String(number), scheme: objectiveScheme(baseUrl), label})).up();
  }
  entry.ele('category', exactAttributes({term: pledge._pledge.stakeholder, scheme: stakeholderScheme(baseUrl)})).up();
  for (const tag of pledge.tags ?? []) entry.ele('category', exactAttributes({term: tag})).up();
}

/**
 * One pledge as an Atom `<entry>`: title, link, id, published, updated (modified, else
 * published, else the feed's date), authors, summary, content (HTML when the pledge has
 * it, else text), and categories for the objectives (labelled), the stakeholder type and the tags.
 */
export function atomEntry(pledge: Pledge, info: Pick<XmlFeedInfo, 'baseUrl' | 'updated'>): string {
  const root = newFragment();
  const entry = root.ele('entry');
  add(entry, 'title', pledge.title, {type: 'text'});
  if (pledge.url) entry.ele('link', exactAttributes({rel: 'alternate', href: pledge.url})).up();
  add(entry, 'id', atomEntryId(pledge.id, info.baseUrl));
  if (pledge.date_published) add(entry, 'published', atomDate(pledge.date_published));
  add(entry, 'updated', atomDate(pledge.date_modified ?? pledge.date_published ?? info.updated ?? NO_DATE));
  for (const author of pledge.authors ?? []) {
    if (author.name !== undefined) add(entry.ele('author'), 'name', author.name);
  }
  add(entry, 'summary', pledge.summary, {type: 'text'});
  if (pledge.content_html !== undefined) add(entry, 'content', pledge.content_html, {type: 'html'});
  else add(entry, 'content', pledge.content_text, {type: 'text'});
  atomCategories(entry, pledge, info.baseUrl);
  return serialise(root, 1);
}

/** Runs `write` on a streaming builder and returns what it wrote before and after `close`. */
function frame(write: (xml: StreamBuilder) => void, close: (xml: StreamBuilder) => void): XmlFrame {
  let chunks: string[] = [];
  const xml = createCB({data: (chunk: string) => void chunks.push(chunk), prettyPrint: true, invalidCharReplacement: ''});
  xml.dec({version: '1.0', encoding: 'UTF-8'});
  write(xml);
  const head = chunks.join('');
  chunks = [];
  close(xml);
  return {head, tail: `${chunks.join('')}\n`};
}

function pagingLinks(xml: StreamBuilder, element: string, links: PageLinks, type: string): void {
  const link = (href: string, rel: string, linkType = type) => xml.ele(element, exactAttributes({href, rel, type: linkType})).up();
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
      xml.ele('rss', {version: '2.0', 'xmlns:atom': ATOM_NS, 'xmlns:dc': DC_NS, 'xmlns:content': CONTENT_NS}).ele('channel');
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
      add(xml, 'updated', atomDate(info.updated ?? NO_DATE));
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
