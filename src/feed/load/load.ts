/**
 * Loading a pledge feed over the network: a timeout per attempt, retries with backoff,
 * ETag revalidation, one shared request per address, `next_url` paging, and the last
 * good copy (in memory, optionally in `localStorage`) for showing saved data offline.
 * Runs in Node 20 and in browsers: it needs only `fetch` and `AbortController`.
 */
import {isHttpUrl} from '../../model/formats.js';
import {FeedError} from '../errors.js';
import {parseFeed} from '../read/parse.js';
import type {FeedIssue, ParseResult} from '../read/parse.js';

/** How `loadFeed` fetches. Every field is optional. */
export interface LoadOptions {
  /** Aborts this caller only; the shared request is cancelled once every caller has aborted. */
  signal?: AbortSignal;
  /** Milliseconds one attempt may take, body included (`Infinity`: no limit). Default 15000. */
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
  /** Also keep the last good copy in `localStorage`, when the page allows it. */
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
  /** True when this is the saved copy rather than what the server answered just now. */
  stale: boolean;
  /** Why the saved copy is shown (the server could not be reached, timed out or failed). */
  error?: FeedError;
  /** The first page's ETag, sent back as `If-None-Match` to revalidate. */
  etag?: string;
  /** When the server last confirmed this copy (milliseconds since 1970). */
  loadedAt: number;
  /** How many pages were read. */
  pages: number;
}

type Json = Record<string, unknown>;

const TOO_MANY_REQUESTS = 429;
type Settings = Required<Omit<LoadOptions, 'signal' | 'persist'>>;
type Page = {url: string; document: Json; etag: string | undefined};

interface SharedLoad {
  url: string;
  promise: Promise<FeedLoad>;
  controller: AbortController;
  callers: number;
  persist: boolean;
}

const ACCEPT = 'application/feed+json, application/json;q=0.9';
const STORAGE_PREFIX = 'pledgekit:feed:';
const STORAGE_VERSION = 1;

const lastGood = /*#__PURE__*/ new Map<string, FeedLoad>();
const inFlight = /*#__PURE__*/ new Map<string, SharedLoad>();

/**
 * Loads a feed and every page chained to it with `next_url`. Callers naming the same
 * address while a load is running share it (with the first caller's options).
 * When the server cannot be reached, times out or fails with a 5xx, and a good copy was
 * loaded before, resolves with that copy marked `stale` and the `error` that made it so.
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
  const shared = inFlight.get(address) ?? startLoad(address, options);
  shared.callers++;
  shared.persist ||= Boolean(options.persist);
  return signal ? follow(shared, signal) : shared.promise;
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
  const copy = savedCopy(address, Boolean(options.persist));
  return copy && {...copy, stale: true};
}

/**
 * Forgets every saved copy of this page (for tests, or a "forget" button). Running loads
 * still settle, but new calls start their own. With `persist`, also removes the copies
 * pledgekit kept in `localStorage`, and nothing else.
 */
export function clearFeedCache(options: {persist?: boolean} = {}): void {
  lastGood.clear();
  inFlight.clear();
  const store = options.persist ? storage() : undefined;
  if (!store) return;
  try {
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) store.removeItem(key);
    }
  } catch {
    // A storage the page may not use has nothing of ours to remove.
  }
}

function startLoad(url: string, options: LoadOptions): SharedLoad {
  const controller = new AbortController();
  const persist = Boolean(options.persist);
  const promise = loadPages(url, settingsOf(options), controller.signal, savedCopy(url, persist)).then(
    (load) => remember(load, shared.persist),
    (error: unknown) => fallBack(url, error, shared.persist),
  );
  const shared: SharedLoad = {url, promise, controller, callers: 0, persist};
  const forget = () => void (inFlight.get(url) === shared && inFlight.delete(url));
  promise.then(forget, forget);
  inFlight.set(url, shared);
  return shared;
}

/** This caller's view of a shared load: it can leave early without cancelling the others. */
function follow(shared: SharedLoad, signal: AbortSignal): Promise<FeedLoad> {
  return new Promise<FeedLoad>((resolve, reject) => {
    const leave = () => {
      reject(signal.reason);
      if (--shared.callers > 0) return;
      if (inFlight.get(shared.url) === shared) inFlight.delete(shared.url);
      shared.controller.abort(signal.reason);
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
    // Looked up at call time, so a fetch installed (or patched) after import is used.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
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

/** Reads the first page (revalidating a saved copy by ETag), then the pages it chains to. */
async function loadPages(
  url: string,
  settings: Settings,
  signal: AbortSignal,
  saved: FeedLoad | undefined,
): Promise<FeedLoad> {
  const etag = saved && sameOrigin(url) ? saved.etag : undefined;
  const first = await fetchPage(url, settings, signal, etag);
  if (!first) return confirmed(saved!);
  const warnings: FeedIssue[] = [];
  const seen = new Set([url, first.url]);
  let items = first.document.items as unknown[];
  let page = first;
  let pages = 1;
  for (let next = nextAddress(page, pages, warnings); next; next = nextAddress(page, pages, warnings)) {
    const stop = chainEnd(next, seen, pages, settings.maxPages);
    if (stop) {
      warnings.push({field: 'next_url', reason: stop});
      break;
    }
    seen.add(next);
    try {
      page = await fetchPage(next, settings, signal);
    } catch (error) {
      if (signal.aborted || !(error instanceof FeedError)) throw error;
      const reason = `page ${pages + 1} could not be loaded, so the pledges after page ${pages} are missing. ${error.message}`;
      warnings.push({field: 'next_url', reason});
      break;
    }
    seen.add(page.url);
    items = items.concat(page.document.items as unknown[]);
    pages++;
  }
  const result = parseFeed({...first.document, items});
  result.warnings.push(...warnings);
  return {...result, url, stale: false, etag: first.etag, loadedAt: Date.now(), pages};
}

/** Why paging stops before `next`, if it must. */
function chainEnd(next: string, seen: Set<string>, pages: number, maxPages: number): string | undefined {
  if (seen.has(next)) return `page ${pages} points back to ${next}, which was already read; paging stopped there.`;
  if (pages >= maxPages) return `the feed has more than ${maxPages} pages; only the first ${maxPages} were read.`;
  return undefined;
}

function nextAddress(page: Page, pages: number, warnings: FeedIssue[]): string | undefined {
  const next = page.document.next_url;
  if (next === undefined || next === null) return undefined;
  if (typeof next === 'string' && isHttpUrl(next)) return new URL(next).href;
  // parseFeed already reports a bad next_url on the first page.
  if (pages > 1)
    warnings.push({
      field: 'next_url',
      reason: `page ${pages} has a next_url that is not an http: or https: address; paging stopped there.`,
    });
  return undefined;
}

/** A 304 answer: the saved copy is still current. */
function confirmed(saved: FeedLoad): FeedLoad {
  const {error: _error, ...copy} = saved;
  return {...copy, stale: false, loadedAt: Date.now()};
}

/** Cross-origin, `If-None-Match` would need a CORS preflight that static hosts often refuse. */
function sameOrigin(url: string): boolean {
  const page = pageAddress();
  return page === undefined || new URL(page).origin === new URL(url).origin;
}

/** One page, retried with backoff; `undefined` when the server answers 304 to `etag`. */
function fetchPage(url: string, settings: Settings, signal: AbortSignal): Promise<Page>;
function fetchPage(
  url: string,
  settings: Settings,
  signal: AbortSignal,
  etag: string | undefined,
): Promise<Page | undefined>;
async function fetchPage(
  url: string,
  settings: Settings,
  signal: AbortSignal,
  etag?: string,
): Promise<Page | undefined> {
  for (let attempt = 0; ; attempt++) {
    signal.throwIfAborted();
    let wait: number;
    try {
      return await fetchOnce(url, settings, signal, etag);
    } catch (error) {
      if (attempt >= settings.retries || !isTransient(error)) throw error;
      // Never sooner than the server asked, and not at all when it asked for too long.
      const asked = error.retryAfter ?? 0;
      if (asked > settings.maxRetryDelay) throw error;
      wait = Math.max(asked, backoff(attempt, settings));
    }
    await sleep(wait, signal);
  }
}

async function fetchOnce(
  url: string,
  settings: Settings,
  signal: AbortSignal,
  etag: string | undefined,
): Promise<Page | undefined> {
  const attempt = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    attempt.abort();
  }, timerDelay(settings.timeout));
  const cancel = () => attempt.abort(signal.reason);
  signal.addEventListener('abort', cancel);
  const headers: Record<string, string> = {accept: ACCEPT};
  if (etag !== undefined) headers['if-none-match'] = etag;
  try {
    // Called unbound: `window.fetch` called on another object throws "Illegal invocation".
    const request = settings.fetch;
    const response = await request(url, {headers, signal: attempt.signal});
    if (response.status === 304 && etag !== undefined) return undefined;
    if (!response.ok) {
      // Free the connection: the error page's body is never read.
      response.body?.cancel().catch(() => {});
      throw httpError(url, response);
    }
    const text = await response.text();
    const document = feedDocument(url, text, response.headers.get('content-type') ?? '');
    return {url: response.url || url, document, etag: response.headers.get('etag') ?? undefined};
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (signal.aborted) throw signal.reason;
    if (timedOut)
      throw new FeedError(
        'timeout',
        `The feed at ${url} did not answer within ${duration(settings.timeout)}: the server may be busy or down; try again later.`,
        {url},
      );
    throw new FeedError(
      'network',
      `The feed at ${url} could not be reached: check the address and the connection, and that the feed's server lets other sites read it (CORS).`,
      {url, cause: error},
    );
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}

function httpError(url: string, response: Response): FeedError {
  const {status} = response;
  const advice =
    status >= 500
      ? 'the server has a problem; try again later.'
      : status === TOO_MANY_REQUESTS
        ? 'the server is receiving too many requests; try again later.'
        : status === 401 || status === 403
          ? 'the feed must be public, readable without signing in.'
          : 'check the address.';
  const answer = response.statusText ? `${status} ${response.statusText}` : String(status);
  const retryAfter = retryAfterOf(response.headers.get('retry-after'));
  return new FeedError('http', `The feed at ${url} answered ${answer}: ${advice}`, {url, status, retryAfter});
}

/**
 * A `Retry-After` header (seconds, or an HTTP date) in milliseconds from now; undefined
 * when absent or unreadable. A browser shows it across origins only when the server
 * exposes it (`Access-Control-Expose-Headers`); without it, the usual backoff applies.
 */
function retryAfterOf(header: string | null): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/** Parses a page's text and checks it is a JSON Feed; its items are read once, after paging. */
function feedDocument(url: string, text: string, contentType: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const html = /html/i.test(contentType) || /^\s*</.test(text);
    const message = html
      ? `The feed at ${url} is not JSON (it looks like an HTML page): check that the address points to the feed itself.`
      : `The feed at ${url} is not valid JSON: the file may be cut short or damaged.`;
    throw new FeedError('not-json', message, {url, cause});
  }
  const items = (value as Json | null)?.items;
  try {
    parseFeed(Array.isArray(items) ? {...(value as Json), items: []} : value);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    throw new FeedError(error.code, `The feed at ${url} cannot be used. ${error.message}`, {url, cause: error});
  }
  return value as Json;
}

/** Failures that may pass: worth a retry, and worth showing the saved copy for. */
function isTransient(error: unknown): error is FeedError {
  if (!(error instanceof FeedError)) return false;
  const status = error.status ?? 0;
  return (
    error.code === 'network' ||
    error.code === 'timeout' ||
    (error.code === 'http' && (status >= 500 || status === TOO_MANY_REQUESTS))
  );
}

function backoff(attempt: number, settings: Settings): number {
  const delay = Math.min(settings.maxRetryDelay, settings.retryDelay * 2 ** attempt);
  // A little jitter, downwards only, so many pages do not retry in step and the cap holds.
  return delay * (0.8 + Math.random() * 0.2);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const wake = () => {
      signal.removeEventListener('abort', stop);
      resolve();
    };
    const timer = setTimeout(wake, timerDelay(ms));
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, {once: true});
  });
}

/** Timers fire at once past 2^31 - 1 ms (about 24 days): treat longer delays, and Infinity, as that. */
function timerDelay(ms: number): number {
  return Math.min(Math.max(0, ms), 2 ** 31 - 1);
}

function duration(ms: number): string {
  if (ms < 1000) return `${ms} milliseconds`;
  const seconds = Math.round(ms / 100) / 10;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

function remember(load: FeedLoad, persist: boolean): FeedLoad {
  lastGood.set(load.url, load);
  if (persist) store(load);
  return load;
}

function fallBack(url: string, error: unknown, persist: boolean): FeedLoad {
  if (!isTransient(error)) throw error;
  const saved = savedCopy(url, persist);
  if (!saved) throw error;
  return {...saved, stale: true, error};
}

function savedCopy(url: string, persist: boolean): FeedLoad | undefined {
  const copy = lastGood.get(url) ?? (persist ? stored(url) : undefined);
  if (copy) lastGood.set(url, copy);
  return copy;
}

/** `localStorage`, when this page has one and may use it (sandboxed frames throw on access). */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function store(load: FeedLoad): void {
  try {
    storage()?.setItem(STORAGE_PREFIX + load.url, JSON.stringify({version: STORAGE_VERSION, load}));
  } catch {
    // A full or forbidden storage only costs the offline copy.
  }
}

function stored(url: string): FeedLoad | undefined {
  try {
    const text = storage()?.getItem(STORAGE_PREFIX + url);
    const saved = text ? (JSON.parse(text) as {version?: unknown; load?: FeedLoad}) : undefined;
    const load = saved?.version === STORAGE_VERSION ? saved.load : undefined;
    return load && load.url === url && Array.isArray(load.pledges) ? load : undefined;
  } catch {
    return undefined;
  }
}
