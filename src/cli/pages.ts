/**
 * Writes one feed (the main feed or a slice) as paged JSON Feed, RSS and Atom files,
 * one item at a time. Items arrive already serialised, so the build turns each pledge
 * into JSON and XML once and hands the text to every feed it belongs to.
 */
import {createWriteStream} from 'node:fs';
import type {WriteStream} from 'node:fs';
import {mkdir} from 'node:fs/promises';
import {once} from 'node:events';
import {join} from 'node:path';
import {finished} from 'node:stream/promises';
import {atomFrame, rssFrame} from './xml.js';
import type {PageLinks, XmlFeedInfo, XmlFrame} from './xml.js';

/** One pledge, serialised once for every format. */
export interface SerialisedItem {
  json: string;
  rss: string;
  atom: string;
}

/** Everything a page needs besides its items. */
export interface FeedSettings {
  /** Output folder. */
  out: string;
  /** Address of the output folder, ending in `/`. */
  baseUrl: string;
  pageSize: number;
  /** The feed-level fields shared by every feed of a build (the title is the feed's own). */
  info: Omit<XmlFeedInfo, 'title'>;
  /** The `_pledgekit` fields shared by every feed: the slices and the email subscription. */
  extension: {generated?: string; slices: unknown; email?: unknown};
}

const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';
const FORMATS = ['json', 'rss', 'atom'] as const;
type Format = (typeof FORMATS)[number];

/** A file written through a stream in large chunks (one system call per item would dominate the build). */
class OutputFile {
  static readonly CHUNK = 64 * 1024;
  readonly #stream: WriteStream;
  #error: Error | undefined;
  #buffer: string[] = [];
  #buffered = 0;

  constructor(path: string) {
    this.#stream = createWriteStream(path);
    this.#stream.on('error', (error) => (this.#error ??= error));
  }

  async write(text: string): Promise<void> {
    this.#buffer.push(text);
    this.#buffered += text.length;
    if (this.#buffered >= OutputFile.CHUNK) await this.#flush();
  }

  async #flush(): Promise<void> {
    if (this.#error) throw this.#error;
    const text = this.#buffer.join('');
    this.#buffer = [];
    this.#buffered = 0;
    if (!this.#stream.write(text)) await once(this.#stream, 'drain');
  }

  async close(): Promise<void> {
    await this.#flush();
    this.#stream.end();
    await finished(this.#stream);
  }
}

/** The file name of a page: `feed.json`, `feed-2.json`, `atom-3.xml`. */
export function pageName(format: Format, page: number): string {
  const stem = format === 'atom' ? 'atom' : 'feed';
  return `${stem}${page === 1 ? '' : `-${page}`}.${format === 'json' ? 'json' : 'xml'}`;
}

/** The paged files of one feed. Call `add` for each of its items in order, then `finish`. */
export class FeedWriter {
  readonly #settings: FeedSettings;
  /** Folder of the feed relative to the output, ending in `/`, or '' for the main feed. */
  readonly dir: string;
  readonly title: string;
  readonly pages: number;
  /** Paths of the files written, relative to the output folder. */
  readonly files: string[] = [];
  #page = 0;
  #inPage = 0;
  #open: Record<Format, OutputFile> | undefined;
  #tails: Record<Format, string> = {json: '', rss: '', atom: ''};

  constructor(settings: FeedSettings, dir: string, title: string, count: number) {
    this.#settings = settings;
    this.dir = dir;
    this.title = title;
    this.pages = Math.max(1, Math.ceil(count / settings.pageSize));
  }

  /** The address of a page of this feed. */
  url(format: Format, page = 1): string {
    return `${this.#settings.baseUrl}${this.dir}${pageName(format, page)}`;
  }

  #links(format: Format, page: number): PageLinks {
    return {
      self: this.url(format, page),
      first: this.url(format),
      ...(page > 1 ? {previous: this.url(format, page - 1)} : {}),
      ...(page < this.pages ? {next: this.url(format, page + 1)} : {}),
      json: this.url('json', page),
    };
  }

  #jsonFrame(page: number): XmlFrame {
    const {info, extension} = this.#settings;
    const subscribe = {json: this.url('json'), rss: this.url('rss'), atom: this.url('atom'), ...(extension.email ? {email: extension.email} : {})};
    const head = {
      version: JSON_FEED_VERSION,
      title: this.title,
      home_page_url: info.homePageUrl,
      feed_url: this.url('json'),
      ...(info.description === undefined ? {} : {description: info.description}),
      ...(info.language === undefined ? {} : {language: info.language}),
      ...(page < this.pages ? {next_url: this.url('json', page + 1)} : {}),
      _pledgekit: {version: 1, ...(extension.generated ? {generated: extension.generated} : {}), subscribe, slices: extension.slices},
      items: [],
    };
    const text = JSON.stringify(head, null, 2);
    // The items go between the brackets of the empty list that ends the head.
    return {head: `${text.slice(0, -'[]\n}'.length)}[`, tail: '\n  ]\n}\n'};
  }

  async #openPage(page: number): Promise<void> {
    await mkdir(join(this.#settings.out, this.dir), {recursive: true});
    const info = {...this.#settings.info, title: this.title};
    const frames: Record<Format, XmlFrame> = {
      json: this.#jsonFrame(page),
      rss: rssFrame(info, this.#links('rss', page)),
      atom: atomFrame(info, this.#links('atom', page)),
    };
    const open = {} as Record<Format, OutputFile>;
    for (const format of FORMATS) {
      const path = `${this.dir}${pageName(format, page)}`;
      open[format] = new OutputFile(join(this.#settings.out, path));
      this.files.push(path);
      await open[format].write(frames[format].head);
      this.#tails[format] = frames[format].tail;
    }
    this.#open = open;
    this.#page = page;
    this.#inPage = 0;
  }

  async #closePage(): Promise<void> {
    if (!this.#open) return;
    const emptyJson = this.#inPage === 0;
    for (const format of FORMATS) {
      await this.#open[format].write(format === 'json' && emptyJson ? ']\n}\n' : this.#tails[format]);
      await this.#open[format].close();
    }
    this.#open = undefined;
  }

  /** Appends one item, starting the next page when this one is full. */
  async add(item: SerialisedItem): Promise<void> {
    if (!this.#open || this.#inPage === this.#settings.pageSize) {
      await this.#closePage();
      await this.#openPage(this.#page + 1);
    }
    const open = this.#open!;
    await open.json.write(`${this.#inPage === 0 ? '\n' : ',\n'}${item.json}`);
    await open.rss.write(`\n${item.rss}`);
    await open.atom.write(`\n${item.atom}`);
    this.#inPage++;
  }

  /** Closes the last page; a feed that got no item still gets an empty first page. */
  async finish(): Promise<void> {
    if (this.#page === 0) await this.#openPage(1);
    await this.#closePage();
  }
}
