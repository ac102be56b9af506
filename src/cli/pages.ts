/**
 * Writes one feed (the main feed or a slice) as paged JSON Feed, RSS and Atom files,
 * one item at a time. Items arrive already serialised, so the build turns each pledge
 * into JSON and XML once and hands the text to every feed it belongs to.
 */
import {mkdir, open} from 'node:fs/promises';
import type {FileHandle} from 'node:fs/promises';
import {join} from 'node:path';
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
  #error: unknown;

  async open(path: string): Promise<void> {
    this.#handle = await open(path, 'w');
  }

  /** Appends text or bytes; waits only when a full chunk has to wait for the one before it to be written. */
  async write(data: Buffer | string): Promise<void> {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
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
    this.#writing = writeAll(this.#handle!, chunk, length).catch((error: unknown) => void (this.#error ??= error));
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
  #isOpen = false;
  // The same three files serve every page in turn, so their chunks are allocated once per feed.
  readonly #files: Record<Format, OutputFile> = {json: new OutputFile(), rss: new OutputFile(), atom: new OutputFile()};
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

  async #openPage(page: number): Promise<void> {
    await mkdir(join(this.#settings.out, this.dir), {recursive: true});
    const info = {...this.#settings.info, title: this.title};
    const frames: Record<Format, XmlFrame> = {
      json: this.#jsonFrame(page),
      rss: rssFrame(info, this.#links('rss', page)),
      atom: atomFrame(info, this.#links('atom', page)),
    };
    for (const format of FORMATS) {
      const path = `${this.dir}${pageName(format, page)}`;
      await this.#files[format].open(join(this.#settings.out, path));
      this.files.push(path);
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
      await this.#files[format].write(format === 'json' && emptyJson ? ']\n}\n' : this.#tails[format]);
      await this.#files[format].close();
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
    await files.json.write(this.#inPage === 0 ? NEWLINE : COMMA_NEWLINE);
    await files.json.write(item.json);
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
