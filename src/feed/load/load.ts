/**
 * Loading a pledge feed: one loader and one cache for the whole page. Callers naming the
 * same address share one request; each page of the feed is revalidated with its ETag; the
 * last good copy (complete, confirmed by the server) is kept in memory for a few feeds,
 * and in `localStorage` when asked (`storage.ts`), to show while the server cannot be
 * reached. Runs in Node 20 and in browsers: it needs only `fetch` and `AbortController`.
 */
import {FeedError} from '../errors.js';
import {parseDocument} from '../read/parse.js';
import type {ParseResult} from '../read/parse.js';
import {isTransient, readChain} from './pages.js';
import type {Chain, PageCopy, Settings} from './pages.js';
import {clearStored, readStored, removeStored, writeStored} from './storage.js';

/** How `loadFeed` fetches. Every field is optional. */
export interface LoadOptions {
  /**
   * Aborts this caller only; the shared request is cancelled once every caller has
   * aborted (and no new one has come along by the next task).
   */
  signal?: AbortSignal;
  /** Milliseconds one attempt at a page may take, body included (`Infinity`: no limit). Default 15000. */
  timeout?: number;
  /**
   * Extra attempts after a network error, a timeout, a 5xx or a 429 answer (never after
   * another 4xx or a bad document). Default 3.
   */
  retries?: number;
  /** Milliseconds before the first retry, doubled for each next one. Default 500. */
  retryDelay?: number;
  /**
   * Longest wait between two attempts, in milliseconds. Default 8000. A server that asks
   * (with `Retry-After`) for a longer wait is not asked again: the load fails, or shows
   * the saved copy.
   */
  maxRetryDelay?: number;
  /** Most pages read by following `next_url`. Default 20. */
  maxPages?: number;
  /**
   * Most bytes read, all pages together, before the load fails with a `too-large`
   * `FeedError`; a body is read as a stream and abandoned as soon as it passes the limit.
   * Default 32 MiB (about 16,000 pledges of the usual size; `Infinity`: no limit).
   */
  maxBytes?: number;
  /**
   * Most items, all pages together, before the load fails with a `too-large` `FeedError`
   * instead of freezing the page while it reads them. Default 50,000 (`Infinity`: no limit).
   */
  maxItems?: number;
  /**
   * A load that settled less than this many milliseconds ago is answered again, without a
   * request (the elements use `Infinity`: one load per feed for the page's life). Default 0.
   */
  maxAge?: number;
  /**
   * Also keep the last good copy in the page's `localStorage` (bounded: see the README),
   * and look there for one. Default false.
   */
  persist?: boolean;
  /** The `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

/**
 * A loaded feed: the pledges of every page, and where they came from.
 * The same object may be handed to several callers: treat it as read-only.
 */
export interface FeedLoad extends ParseResult {
  /** The feed's absolute address (relative ones are resolved against the page). */
  url: string;
  /** True when the saved copy is shown (all of it, or the pages the server failed to give). */
  stale: boolean;
  /**
   * True when a page after the first could not be loaded and no saved copy had it: the
   * pledges of the pages before it are here, the rest are missing. Never kept as the good copy.
   */
  partial: boolean;
  /** Why the saved copy is shown, or why the load is partial. */
  error?: FeedError;
  /** The first page's ETag, sent back as `If-None-Match` to revalidate. */
  etag?: string;
  /** When the server last confirmed this copy (milliseconds since 1970). */
  loadedAt: number;
  /** How many pages were read. */
  pages: number;
}

/** The last good copy of a feed: complete, every page confirmed by the server at `load.loadedAt`. */
interface GoodCopy {
  pages: PageCopy[];
  load: FeedLoad;
}

/** A load in flight, shared by its callers. */
interface SharedLoad {
  promise: Promise<FeedLoad>;
  controller: AbortController;
  callers: number;
  persist: boolean;
  /** Set while every caller has left: the abort waits a task for one to come back. */
  leaving?: ReturnType<typeof setTimeout>;
}

/** Everything the page holds about one feed. */
interface Entry {
  good?: GoodCopy;
  /** The last load handed out, and when: answers `maxAge`. */
  last?: {load: FeedLoad; at: number};
  shared?: SharedLoad;
}

/** Feeds kept in memory (the least recently used go first); a page shows one or a few. */
const MEMORY_FEEDS = 8;
const DEFAULT_MAX_BYTES = 32 * 2 ** 20;
const DEFAULT_MAX_ITEMS = 50_000;

const entries = /*#__PURE__*/ new Map<string, Entry>();

/**
 * Loads a feed and every page chained to it with `next_url`. Callers naming the same
 * address while a load is running share it (with the first caller's options).
 * When the server cannot be reached, times out or fails with a 5xx or 429, and a good
 * copy was loaded before, resolves with that copy marked `stale` and the `error` that
 * made it so. When a later page fails, resolves with the pages before it, `partial`.
 *
 * @param url The feed's address; a relative one is resolved against the page's address.
 * @returns The pledges, rejected items and warnings of all pages merged.
 * @throws {FeedError} (as a rejection) when the feed cannot be read and no good copy is saved.
 * @throws The signal's reason (an `AbortError` by default) when `options.signal` aborts.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<FeedLoad> {
  let address: string;
  try {
    address = resolveAddress(url);
  } catch (error) {
    return Promise.reject(error);
  }
  const {signal} = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const entry = touch(address);
  const {last} = entry;
  if (last && Date.now() - last.at < (options.maxAge ?? 0)) return Promise.resolve(last.load);
  const shared = entry.shared ?? startLoad(address, entry, options);
  clearTimeout(shared.leaving);
  shared.callers++;
  shared.persist ||= Boolean(options.persist);
  return signal ? follow(address, entry, shared, signal) : shared.promise;
}

/**
 * The last good copy of a feed, at once and without a request, to show while `loadFeed`
 * revalidates. It is marked `stale`. Looks in `localStorage` too when `persist` is set.
 */
export function cachedFeed(url: string, options: {persist?: boolean} = {}): FeedLoad | undefined {
  let address: string;
  try {
    address = resolveAddress(url);
  } catch {
    return undefined;
  }
  const good = goodCopy(address, touch(address), Boolean(options.persist));
  return good && {...good.load, stale: true};
}

/**
 * Forgets every copy and load of this page, the elements' included: the next element or
 * call loads afresh. Running loads still settle for their callers. With `persist`, also
 * removes the copies pledgekit kept in `localStorage`, and nothing else.
 */
export function clearFeedCache(options: {persist?: boolean} = {}): void {
  entries.clear();
  if (options.persist) clearStored();
}

/** The entry of a feed, made the most recently used; the least recently used idle ones go. */
function touch(url: string): Entry {
  const entry = entries.get(url) ?? {};
  entries.delete(url);
  entries.set(url, entry);
  for (const [key, other] of entries) {
    if (entries.size <= MEMORY_FEEDS) break;
    if (!other.shared) entries.delete(key);
  }
  return entry;
}

/** Whether `entry` is still the page's entry for `url` (not cleared nor dropped since). */
const current = (url: string, entry: Entry) => entries.get(url) === entry;

function startLoad(url: string, entry: Entry, options: LoadOptions): SharedLoad {
  const controller = new AbortController();
  const shared: SharedLoad = {
    promise: Promise.resolve() as unknown as Promise<FeedLoad>,
    controller,
    callers: 0,
    persist: Boolean(options.persist),
  };
  shared.promise = load(url, entry, shared, settingsOf(options));
  const forget = () => void (entry.shared === shared && delete entry.shared);
  shared.promise.then(forget, forget);
  entry.shared = shared;
  return shared;
}

async function load(url: string, entry: Entry, shared: SharedLoad, settings: Settings): Promise<FeedLoad> {
  const good = goodCopy(url, entry, shared.persist);
  let chain: Chain;
  try {
    chain = await readChain(url, settings, shared.controller.signal, good?.pages, sameOrigin(url));
  } catch (error) {
    if (!isTransient(error) || !good || shared.controller.signal.aborted) throw error;
    return handOut(url, entry, {...good.load, stale: true, error});
  }
  const now = Date.now();
  const result = assemble(url, chain, chain.fromCopy ? good!.load.loadedAt : now);
  if (!chain.partial && !chain.fromCopy) keep(url, entry, {pages: chain.pages, load: result}, shared.persist);
  return handOut(url, entry, result);
}

/** Answers a load, remembered for `maxAge`. */
function handOut(url: string, entry: Entry, load: FeedLoad): FeedLoad {
  if (current(url, entry)) entry.last = {load, at: Date.now()};
  return load;
}

/** Keeps a complete load as the good copy, in memory and, with `persist`, in storage. */
function keep(url: string, entry: Entry, good: GoodCopy, persist: boolean): void {
  if (!current(url, entry)) return;
  entry.good = good;
  if (persist) writeStored(url, {pages: good.pages, loadedAt: good.load.loadedAt});
}

/** The good copy in memory, else (with `persist`) the stored one, read as a fresh feed would be. */
function goodCopy(url: string, entry: Entry, persist: boolean): GoodCopy | undefined {
  if (entry.good || !persist) return entry.good;
  const stored = readStored(url);
  if (!stored) return undefined;
  const chain: Chain = {pages: stored.pages, warnings: [], partial: false, fromCopy: false};
  let load: FeedLoad;
  try {
    load = assemble(url, chain, stored.loadedAt);
  } catch {
    removeStored(url);
    return undefined;
  }
  entry.good = {pages: stored.pages, load};
  return entry.good;
}

/**
 * The load a chain of pages makes: their items read together, in order, as one feed with
 * the first page's fields. A pledge that appears again, unchanged, on a later page moved
 * there while the pages were read (the feed changed between two requests): it is shown
 * once and is no rejected item.
 */
function assemble(url: string, chain: Chain, loadedAt: number): FeedLoad {
  const [first] = chain.pages;
  const items = chain.pages.length === 1 ? first!.document.items : mergedItems(chain.pages);
  const result = parseDocument({...first!.document, items});
  result.warnings.push(...chain.warnings);
  const load: FeedLoad = {
    ...result,
    url,
    stale: chain.fromCopy,
    partial: chain.partial,
    loadedAt,
    pages: chain.pages.length,
  };
  if (chain.error) load.error = chain.error;
  if (first!.etag !== undefined) load.etag = first!.etag;
  return load;
}

function mergedItems(pages: readonly PageCopy[]): unknown[] {
  const firstSeen = new Map<string, {item: unknown; page: number}>();
  const items: unknown[] = [];
  pages.forEach((page, p) => {
    for (const item of page.document.items) {
      const id = (item as {id?: unknown} | null)?.id;
      const key = typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
      const seen = key === undefined ? undefined : firstSeen.get(key);
      if (seen === undefined) {
        if (key !== undefined) firstSeen.set(key, {item, page: p});
      } else if (seen.page < p && JSON.stringify(seen.item) === JSON.stringify(item)) {
        continue;
      }
      items.push(item);
    }
  });
  return items;
}

/** This caller's view of a shared load: it can leave early without cancelling the others. */
function follow(url: string, entry: Entry, shared: SharedLoad, signal: AbortSignal): Promise<FeedLoad> {
  return new Promise<FeedLoad>((resolve, reject) => {
    const leave = () => {
      reject(signal.reason);
      if (--shared.callers > 0) return;
      // A caller leaving and another coming in the same task (an element moved, or two
      // elements swapping feeds) share the request instead of starting it again.
      shared.leaving = setTimeout(() => {
        if (shared.callers > 0) return;
        if (entry.shared === shared) delete entry.shared;
        if (!entry.good && !entry.last && current(url, entry)) entries.delete(url);
        shared.controller.abort(signal.reason);
      });
    };
    signal.addEventListener('abort', leave, {once: true});
    const settle = (finish: () => void) => {
      signal.removeEventListener('abort', leave);
      finish();
    };
    shared.promise.then(
      (load) => settle(() => resolve(load)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

function settingsOf(options: LoadOptions): Settings {
  return {
    timeout: options.timeout ?? 15_000,
    retries: Math.max(0, options.retries ?? 3),
    retryDelay: Math.max(0, options.retryDelay ?? 500),
    maxRetryDelay: Math.max(0, options.maxRetryDelay ?? 8_000),
    maxPages: Math.max(1, options.maxPages ?? 20),
    maxBytes: Math.max(0, options.maxBytes ?? DEFAULT_MAX_BYTES),
    maxItems: Math.max(0, options.maxItems ?? DEFAULT_MAX_ITEMS),
    fetch: options.fetch,
  };
}

function pageAddress(): string | undefined {
  return (globalThis as {location?: {href?: string}}).location?.href;
}

function resolveAddress(url: string): string {
  let resolved: URL | undefined;
  try {
    resolved = new URL(url, pageAddress());
  } catch {
    // Reported below with the same words as an unsupported scheme.
  }
  if (resolved && (resolved.protocol === 'http:' || resolved.protocol === 'https:')) return resolved.href;
  throw new FeedError(
    'network',
    `"${url}" is not a web address a feed can be loaded from: give the feed's full address, such as https://example.org/pledges.json.`,
    {url},
  );
}

/** Cross-origin, `If-None-Match` would need a CORS preflight that static hosts often refuse. */
function sameOrigin(url: string): boolean {
  const page = pageAddress();
  return page === undefined || new URL(page).origin === new URL(url).origin;
}
