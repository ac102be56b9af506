/**
 * Reading a feed's chain of pages over the network: each page with a timeout, retries
 * with backoff on the failures that may pass, and its own ETag revalidated; the whole
 * chain held to a ceiling of bytes and items. What the pages hold is read later, once,
 * by `parseDocument`.
 */
import {isHttpUrl} from '../../model/formats.js';
import {FeedError} from '../errors.js';
import {feedDocument} from '../read/parse.js';
import type {FeedDocument, FeedIssue} from '../read/parse.js';
import {BodyTooLarge, fetchWithTimeout, readText, timerDelay} from './request.js';

/** How the pages are read: `LoadOptions` with their defaults filled in. */
export interface Settings {
  timeout: number;
  retries: number;
  retryDelay: number;
  maxRetryDelay: number;
  maxPages: number;
  maxBytes: number;
  maxItems: number;
  fetch: typeof fetch | undefined;
}

/** One page as the server last gave it: what was asked, its ETag, and the document. */
export interface PageCopy {
  url: string;
  etag: string | undefined;
  document: FeedDocument;
}

/** What reading a chain gave. */
export interface Chain {
  pages: PageCopy[];
  /** Why paging stopped early (a loop, the page cap, a bad next_url, a failed page). */
  warnings: FeedIssue[];
  /** The failure of a page after the first, when one failed. */
  error?: FeedError;
  /** True when the pages after a failed one are missing. */
  partial: boolean;
  /** True when a failed page was taken from the saved copy instead. */
  fromCopy: boolean;
}

const ACCEPT = 'application/feed+json, application/json;q=0.9';
const TOO_MANY_REQUESTS = 429;

/**
 * Reads a feed's first page and the pages it chains to with `next_url`. `saved` holds the
 * pages of the last good copy: a page is revalidated with its ETag (when `conditional`)
 * and taken from it on a 304; a later page that fails for a while is taken from it too.
 * @throws {FeedError} when the first page fails, or the feed is too large.
 * @throws The signal's reason when it aborts.
 */
export async function readChain(
  url: string,
  settings: Settings,
  signal: AbortSignal,
  saved: readonly PageCopy[] | undefined,
  conditional: boolean,
): Promise<Chain> {
  const savedPages = new Map(saved?.map((page) => [page.url, page]));
  const budget = {bytes: settings.maxBytes, items: settings.maxItems};
  const read = (address: string) =>
    readPage(address, settings, signal, conditional ? savedPages.get(address) : undefined, budget);
  const chain: Chain = {pages: [await read(url)], warnings: [], partial: false, fromCopy: false};
  const seen = new Set([url]);
  for (let page = chain.pages[0]!; ;) {
    const next = nextAddress(page.document, chain.pages.length, chain.warnings);
    if (next === undefined) break;
    const stop = chainEnd(next, seen, chain.pages.length, settings.maxPages);
    if (stop) {
      chain.warnings.push({field: 'next_url', reason: stop});
      break;
    }
    seen.add(next);
    try {
      page = await read(next);
    } catch (error) {
      if (signal.aborted || !(error instanceof FeedError) || error.code === 'too-large') throw error;
      chain.error = error;
      const copy = isTransient(error) ? savedPages.get(next) : undefined;
      if (copy === undefined) {
        const n = chain.pages.length;
        const reason = `page ${n + 1} could not be loaded, so the pledges after page ${n} are missing. ${error.message}`;
        chain.warnings.push({field: 'next_url', reason});
        chain.partial = true;
        break;
      }
      page = copy;
      chain.fromCopy = true;
      spend(budget, page, next, settings);
    }
    chain.pages.push(page);
  }
  return chain;
}

/** Why paging stops before `next`, if it must. */
function chainEnd(next: string, seen: Set<string>, pages: number, maxPages: number): string | undefined {
  if (seen.has(next)) return `page ${pages} points back to ${next}, which was already read; paging stopped there.`;
  if (pages >= maxPages) return `the feed has more than ${maxPages} pages; only the first ${maxPages} were read.`;
  return undefined;
}

function nextAddress(document: FeedDocument, pages: number, warnings: FeedIssue[]): string | undefined {
  const next = document.next_url;
  if (next === undefined || next === null) return undefined;
  if (typeof next === 'string' && isHttpUrl(next)) return new URL(next).href;
  // parseDocument already reports a bad next_url on the first page.
  if (pages > 1)
    warnings.push({
      field: 'next_url',
      reason: `page ${pages} has a next_url that is not an http: or https: address; paging stopped there.`,
    });
  return undefined;
}

/** Counts a page's items against the ceiling. */
function spend(budget: {items: number}, page: PageCopy, url: string, settings: Settings): void {
  budget.items -= page.document.items.length;
  if (budget.items < 0) {
    const count = settings.maxItems - budget.items;
    const pages = count === page.document.items.length ? '' : ' with its earlier pages';
    throw new FeedError(
      'too-large',
      `The feed at ${url} has${pages} ${number(count)} items, ` +
        `more than the ${number(settings.maxItems)} pledgekit reads (maxItems): it is too large to show on a page. ` +
        'Publish it in slices (by objective, by stakeholder type) or raise the limit.',
      {url},
    );
  }
}

/** One page, retried with backoff; the saved page when the server answers 304 to its ETag. */
async function readPage(
  url: string,
  settings: Settings,
  signal: AbortSignal,
  saved: PageCopy | undefined,
  budget: {bytes: number; items: number},
): Promise<PageCopy> {
  for (let attempt = 0; ; attempt++) {
    signal.throwIfAborted();
    let wait: number;
    try {
      const page = (await fetchPage(url, settings, signal, saved?.etag, budget)) ?? saved!;
      spend(budget, page, url, settings);
      return page;
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

/** One attempt at a page; undefined when the server answers 304 to `etag`. */
async function fetchPage(
  url: string,
  settings: Settings,
  signal: AbortSignal,
  etag: string | undefined,
  budget: {bytes: number},
): Promise<PageCopy | undefined> {
  const headers: Record<string, string> = {accept: ACCEPT};
  if (etag !== undefined) headers['if-none-match'] = etag;
  const options = {headers, signal, timeout: settings.timeout, fetch: settings.fetch};
  try {
    return await fetchWithTimeout(url, options, async (response) => {
      if (response.status === 304 && etag !== undefined) return undefined;
      if (!response.ok) throw httpError(url, response);
      const {text, bytes} = await readText(response, budget.bytes);
      budget.bytes -= bytes;
      const document = parsePage(url, text, response.headers.get('content-type') ?? '');
      return {url, etag: response.headers.get('etag') ?? undefined, document};
    });
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (signal.aborted) throw signal.reason;
    if (error instanceof BodyTooLarge) {
      throw new FeedError(
        'too-large',
        `The feed at ${url} is larger than ${size(settings.maxBytes)} (maxBytes, all pages together): ` +
          'it is too large to show on a page. Publish it in slices (by objective, by stakeholder type) or in pages.',
        {url},
      );
    }
    if ((error as Error | undefined)?.name === 'TimeoutError')
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

/** A page's text as a JSON Feed document; its items are read once, after paging. */
function parsePage(url: string, text: string, contentType: string): FeedDocument {
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
  try {
    return feedDocument(value);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    throw new FeedError(error.code, `The feed at ${url} cannot be used. ${error.message}`, {url, cause: error});
  }
}

/** Failures that may pass: worth a retry, and worth showing the saved copy for. */
export function isTransient(error: unknown): error is FeedError {
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

const number = (n: number) => n.toLocaleString('en');

function size(bytes: number): string {
  return bytes < 2 ** 20 ? `${number(bytes)} bytes` : `${number(Math.round((bytes / 2 ** 20) * 10) / 10)} MiB`;
}

function duration(ms: number): string {
  if (ms < 1000) return `${ms} milliseconds`;
  const seconds = Math.round(ms / 100) / 10;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}
