/**
 * Reading the document `validate` checks, from a file or an http(s) address, in bounded
 * time and memory: a server that stalls, or sends more than the size limit, ends the
 * read with a one-line error (exit 2), never a stack trace or an exhausted heap.
 */
import {readFile, stat} from 'node:fs/promises';
import {BodyTooLarge, fetchWithTimeout, readText} from '../feed/load/request.js';
import {CliError, fileProblem} from './errors.js';

/** How `validate` reads its document. */
export interface SourceOptions {
  /** The `fetch` to use. */
  fetch?: typeof fetch;
  /** The most bytes read from a file or an address. Default `DEFAULT_MAX_BYTES`. */
  maxBytes?: number;
  /** Milliseconds an address has to send the whole document. Default `DEFAULT_TIMEOUT_MS`. */
  timeout?: number;
}

/** 50 MB: two hundred times a large feed page (JSON Feed calls 250 KB fine), far below what Node can hold. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;

const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  kb: 1024,
  k: 1024,
  mb: 1024 ** 2,
  m: 1024 ** 2,
  gb: 1024 ** 3,
  g: 1024 ** 3,
};

/**
 * Reads a size such as `50MB`, `250kb` or `1048576` (bytes).
 * @throws {CliError} when it is not one.
 */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined || Number(match[1]) <= 0) {
    throw new CliError(`--max-size must be a size such as 50MB, 500KB or 1GB; it was "${value}".`);
  }
  return Math.round(Number(match[1]) * unit);
}

/** A size for people: 50 MB, 250 KB, 12 bytes. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}

const tooLarge = (source: string, maxBytes: number) =>
  new CliError(
    `${source} is larger than ${formatSize(maxBytes)}, the most pledgekit validate reads (--max-size changes it). ` +
      'A feed page should stay under 250 KB: page a large feed with next_url.',
  );

// The loader's own request functions (one time limit over the whole exchange, a body
// read as a stream and dropped past its limit): validate fetches the way the elements do.
async function readUrl(url: string, options: SourceOptions, maxBytes: number): Promise<string> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  let received = 0;
  const request = {
    headers: {accept: 'application/feed+json, application/json;q=0.9'},
    timeout,
    ...(options.fetch ? {fetch: options.fetch} : {}),
  };
  try {
    return await fetchWithTimeout(url, request, async (response) => {
      if (!response.ok) {
        throw new CliError(
          `${url} cannot be read: the server answered ${response.status} ${response.statusText}.`.replace(' .', '.'),
        );
      }
      const {text} = await readText(response, maxBytes, (bytes) => (received = bytes));
      return text;
    });
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof BodyTooLarge) throw tooLarge(url, maxBytes);
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      const sent = received > 0 ? ` (it sent ${formatSize(received)})` : '';
      throw new CliError(
        `${url} did not send the whole feed within ${timeout / 1000} seconds${sent}: the server is slow or stalled; try again later.`,
        2,
        {cause: error},
      );
    }
    const {cause, message} = error as Error;
    const reason = cause instanceof Error || typeof cause === 'string' ? String(cause) : message;
    throw new CliError(`${url} cannot be reached: ${reason}.`, 2, {cause: error});
  }
}

/**
 * Reads a file or an http(s) address as text.
 * @throws {CliError} when it cannot be read, is too large or too slow.
 */
export async function readSource(source: string, options: SourceOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (/^https?:\/\//i.test(source)) return readUrl(source, options, maxBytes);
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(source))
    throw new CliError(`${source}: only http: and https: addresses and local files can be read.`);
  try {
    if ((await stat(source)).size > maxBytes) throw tooLarge(source, maxBytes);
    return await readFile(source, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileProblem(source, error);
  }
}
