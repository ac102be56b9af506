/**
 * Writes one feed (the main feed or a slice) as paged JSON Feed, RSS and Atom files,
 * one item at a time. Items arrive already serialised, so the build turns each pledge
 * into JSON and XML once and hands the text to every feed it belongs to.
 */
import type {FileHandle} from 'node:fs/promises';
import {JSON_FEED_VERSION} from '../model/json-feed.js';
import type {OutputFolder} from './output.js';
import {FEED_FORMAT_URL} from './published.js';
import {atomFrame, rssFrame} from './xml.js';
import type {PageLinks, XmlFeedInfo, XmlFrame} from './xml.js';

/** One pledge, serialised and encoded as UTF-8 once for every format. */
export interface SerialisedItem {
  json: Buffer;
  rss: Buffer;
  atom: Buffer;
}

/** Everything a page needs besides its items. */
export interface FeedSettings {
  /** The output folder. */
  folder: OutputFolder;
  /** Address of the output folder, ending in `/`. */
  baseUrl: string;
  pageSize: number;
  /** The feed-level fields shared by every feed of a build (the title is the feed's own). */
  info: Omit<XmlFeedInfo, 'title'>;
  /** The `_pledgekit` fields shared by every feed: the slices and the email subscription. */
  extension: {generated?: string; slices: unknown; email?: unknown};
}

export const FORMATS = ['json', 'rss', 'atom'] as const;
export type Format = (typeof FORMATS)[number];
const NEWLINE = Buffer.from('\n');
const COMMA_NEWLINE = Buffer.from(',\n');

/** Writes all of a buffer at the handle's position; a write may take less than it was given. */
async function writeAll(handle: FileHandle, bytes: Buffer, length: number): Promise<void> {
  for (let done = 0; done < length;) done += (await handle.write(bytes, done, length - done)).bytesWritten;
}

/**
 * The successive pages of one format of a feed, written through two reused chunks of bytes:
 * one fills while the other is being written. Text is copied in as it comes, so nothing
 * written waits in memory as strings, and a build holds two chunks per file whatever its size.
 */
class OutputFile {
  static readonly CHUNK = 32 * 1024;
  #handle: FileHandle | undefined;
  #chunk = Buffer.allocUnsafeSlow(OutputFile.CHUNK);
  #spare = Buffer.allocUnsafeSlow(OutputFile.CHUNK);
  #used = 0;
  #writing: Promise<void> = Promise.resolve();
  #error: Error | undefined;
  /** Bytes written since the file was opened. */
  bytes = 0;

  open(handle: FileHandle): void {
    this.#handle = handle;
    this.bytes = 0;
  }

  /** Appends text or bytes; waits only when a full chunk has to wait for the one before it to be written. */
  async write(data: Buffer | string): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    this.bytes += bytes.length;
    for (let from = 0; from < bytes.length;) {
      const copied = bytes.copy(this.#chunk, this.#used, from);
      this.#used += copied;
      from += copied;
      if (this.#used === OutputFile.CHUNK) await this.#flush();
    }
  }

  async #flush(): Promise<void> {
    await this.#writing;
    if (this.#error !== undefined) throw this.#error;
    const [chunk, length] = [this.#chunk, this.#used];
    [this.#chunk, this.#spare, this.#used] = [this.#spare, chunk, 0];
    // Caught here and thrown by the next flush or close, so a failed write is never an unhandled rejection.
    this.#writing = writeAll(this.#handle!, chunk, length).catch((error: unknown) => {
      this.#error ??= error instanceof Error ? error : new Error(String(error));
    });
  }

  async close(): Promise<void> {
    try {
      await this.#flush();
      await this.#writing;
    } finally {
      await this.#handle!.close();
      this.#handle = undefined;
    }
    if (this.#error !== undefined) throw this.#error;
  }
}

/** The file name of a page: `feed.json`, `feed-2.json`, `atom-3.xml`. */
export function pageName(format: Format, page: number): string {
  const stem = format === 'atom' ? 'atom' : 'feed';
  return `${stem}${page === 1 ? '' : `-${page}`}.${format === 'json' ? 'json' : 'xml'}`;
}

const STAND_IN_PREFIX = 'urn:pledgekit:link:';
const STAND_IN = {
  self: `${STAND_IN_PREFIX}self`,
  first: `${STAND_IN_PREFIX}first`,
  previous: `${STAND_IN_PREFIX}previous`,
  next: `${STAND_IN_PREFIX}next`,
  json: `${STAND_IN_PREFIX}json`,
};
const STAND_INS = new RegExp(`${STAND_IN_PREFIX}(?:self|first|previous|next|json)`, 'g');

/** A page written, with its size. */
export interface PageSize {
  /** Its path relative to the output folder. */
  path: string;
  bytes: number;
}

/**
 * An item's JSON with `"about"` first in its `_pledge`: the extension names its description
 * once per page, in the page's first item (JSON Feed asks an extension to name it at least
 * once; in every item it would cost bytes and take every item off the reader's no-copy path).
 */
function withAbout(json: Buffer): Buffer {
  // Top-level keys of an item are indented by 6 spaces in a page; nested ones by more, and text holds no raw line break.
  const key = Buffer.from('\n      "_pledge": {');
  const at = json.lastIndexOf(key);
  if (at === -1) return json;
  const end = at + key.length;
  const about = Buffer.from(`\n        "about": ${JSON.stringify(FEED_FORMAT_URL)},`);
  return Buffer.concat([json.subarray(0, end), about, json.subarray(end)]);
}

/** The paged files of one feed. Call `add` for each of its items in order, then `finish`. */
export class FeedWriter {
  readonly #settings: FeedSettings;
  /** Folder of the feed relative to the output, ending in `/`, or '' for the main feed. */
  readonly dir: string;
  readonly title: string;
  readonly pages: number;
  /** Paths of the files written, relative to the output folder, with their sizes. */
  readonly written: PageSize[] = [];
  #page = 0;
  #inPage = 0;
  #isOpen = false;
  // The same three files serve every page in turn, so their chunks are allocated once per feed.
  readonly #files: Record<Format, OutputFile> = {json: new OutputFile(), rss: new OutputFile(), atom: new OutputFile()};
  #tails: Record<Format, string> = {json: '', rss: '', atom: ''};
  readonly #frames = new Map<string, XmlFrame>();

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

  /** Every file this feed will write, relative to the output folder, known before any is written. */
  get files(): string[] {
    return Array.from({length: this.pages}, (_, i) =>
      FORMATS.map((format) => `${this.dir}${pageName(format, i + 1)}`),
    ).flat();
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
    const subscribe = {
      json: this.url('json'),
      rss: this.url('rss'),
      atom: this.url('atom'),
      ...(extension.email ? {email: extension.email} : {}),
    };
    const head = {
      version: JSON_FEED_VERSION,
      title: this.title,
      home_page_url: info.homePageUrl,
      feed_url: this.url('json'),
      ...(info.description === undefined ? {} : {description: info.description}),
      ...(info.language === undefined ? {} : {language: info.language}),
      ...(page < this.pages ? {next_url: this.url('json', page + 1)} : {}),
      _pledgekit: {
        about: FEED_FORMAT_URL,
        version: 1,
        ...(extension.generated ? {generated: extension.generated} : {}),
        subscribe,
        slices: extension.slices,
      },
      items: [],
    };
    const text = JSON.stringify(head, null, 2);
    // The items go between the brackets of the empty list that ends the head.
    return {head: `${text.slice(0, -'[]\n}'.length)}[`, tail: '\n  ]\n}\n'};
  }

  /**
   * The RSS or Atom frame of a page. Pages differ only in their links, so the frame is built
   * once per kind of page (first, middle, last, only) with stand-in links, which each page
   * replaces: building a frame with xmlbuilder2 for each of thousands of pages took a third
   * of a large build.
   */
  #xmlFrame(format: 'rss' | 'atom', page: number): XmlFrame {
    const links = this.#links(format, page);
    const key = `${format}|${links.previous !== undefined}|${links.next !== undefined}`;
    let frame = this.#frames.get(key);
    if (frame === undefined) {
      const info = {...this.#settings.info, title: this.title};
      const standIns: PageLinks = {
        self: STAND_IN.self,
        first: page === 1 ? STAND_IN.self : STAND_IN.first,
        json: STAND_IN.json,
        ...(links.previous === undefined ? {} : {previous: STAND_IN.previous}),
        ...(links.next === undefined ? {} : {next: STAND_IN.next}),
      };
      frame = format === 'rss' ? rssFrame(info, standIns) : atomFrame(info, standIns);
      this.#frames.set(key, frame);
    }
    // Links are URIs: in an attribute, only `&` needs escaping.
    const head = frame.head.replace(STAND_INS, (standIn) => {
      const name = standIn.slice(STAND_IN_PREFIX.length) as keyof PageLinks;
      return links[name]!.replace(/&/g, '&amp;');
    });
    return {head, tail: frame.tail};
  }

  async #openPage(page: number): Promise<void> {
    const frames: Record<Format, XmlFrame> = {
      json: this.#jsonFrame(page),
      rss: this.#xmlFrame('rss', page),
      atom: this.#xmlFrame('atom', page),
    };
    for (const format of FORMATS) {
      const path = `${this.dir}${pageName(format, page)}`;
      this.#files[format].open(await this.#settings.folder.create(path));
      await this.#files[format].write(frames[format].head);
      this.#tails[format] = frames[format].tail;
    }
    this.#isOpen = true;
    this.#page = page;
    this.#inPage = 0;
  }

  async #closePage(): Promise<void> {
    if (!this.#isOpen) return;
    const emptyJson = this.#inPage === 0;
    for (const format of FORMATS) {
      const file = this.#files[format];
      await file.write(format === 'json' && emptyJson ? ']\n}\n' : this.#tails[format]);
      this.written.push({path: `${this.dir}${pageName(format, this.#page)}`, bytes: file.bytes});
      await file.close();
    }
    this.#isOpen = false;
  }

  /** Appends one item, starting the next page when this one is full. */
  async add(item: SerialisedItem): Promise<void> {
    if (!this.#isOpen || this.#inPage === this.#settings.pageSize) {
      await this.#closePage();
      await this.#openPage(this.#page + 1);
    }
    const files = this.#files;
    const first = this.#inPage === 0;
    await files.json.write(first ? NEWLINE : COMMA_NEWLINE);
    await files.json.write(first ? withAbout(item.json) : item.json);
    await files.rss.write(NEWLINE);
    await files.rss.write(item.rss);
    await files.atom.write(NEWLINE);
    await files.atom.write(item.atom);
    this.#inPage++;
  }

  /** Closes the last page; a feed that got no item still gets an empty first page. */
  async finish(): Promise<void> {
    if (this.#page === 0) await this.#openPage(1);
    await this.#closePage();
  }
}
