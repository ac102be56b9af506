/**
 * One request with a time limit that covers the whole exchange, reading the body included,
 * and reading a body with a limit on its size. The loader is built on them; any other part
 * that posts or fetches (a subscription form, a command) can use them too.
 */

/** How `fetchWithTimeout` asks: `fetch`'s own options, a time limit, and the fetch to use. */
export interface RequestOptions extends RequestInit {
  /** Milliseconds the exchange may take, reading the body included. No limit when absent. */
  timeout?: number;
  /** The `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

/**
 * Sends a request and hands the response to `read`, all within `timeout`; the request is
 * cancelled once `read` settles (so `read` must take what it needs from the body), when
 * the time runs out, and when `signal` aborts.
 *
 * @returns What `read` returns.
 * @throws A `DOMException` named `TimeoutError` when the time runs out; the signal's reason
 *   when it aborts; else what `fetch` or `read` throw (a `TypeError` for a network failure).
 */
export async function fetchWithTimeout<T>(
  url: string,
  options: RequestOptions,
  read: (response: Response) => T | Promise<T>,
): Promise<T> {
  const {timeout, fetch: request, signal, ...init} = options;
  signal?.throwIfAborted();
  const exchange = new AbortController();
  const cancel = () => exchange.abort(signal?.reason);
  signal?.addEventListener('abort', cancel);
  const timer =
    timeout === undefined || timeout === Infinity
      ? undefined
      : setTimeout(
          () => exchange.abort(new DOMException(`No answer within ${timeout} ms.`, 'TimeoutError')),
          timerDelay(timeout),
        );
  try {
    // Called unbound: `window.fetch` called on another object throws "Illegal invocation".
    const send = request ?? ((input: string, more?: RequestInit) => globalThis.fetch(input, more));
    return await read(await send(url, {...init, signal: exchange.signal}));
  } catch (error) {
    throw exchange.signal.aborted ? exchange.signal.reason : error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
    // Frees the connection of a body left unread (an error page, a body too large).
    exchange.abort();
  }
}

/** A body larger than a reader accepts. */
export class BodyTooLarge extends Error {
  override readonly name = 'BodyTooLarge';
  constructor(
    /** The limit, in bytes. */
    readonly limit: number,
  ) {
    super(`The body is larger than ${limit} bytes.`);
  }
}

/**
 * A response's body as text (UTF-8, without a byte-order mark), read as a stream and
 * abandoned as soon as it passes `maxBytes`, or at once when its Content-Length does.
 * `progress` hears the bytes read so far after each chunk (to say how much a stalled server sent).
 * @returns The text and the number of bytes it took.
 * @throws {BodyTooLarge}
 */
export async function readText(
  response: Response,
  maxBytes = Infinity,
  progress?: (bytes: number) => void,
): Promise<{text: string; bytes: number}> {
  if (Number(response.headers.get('content-length')) > maxBytes) throw new BodyTooLarge(maxBytes);
  if (!response.body) return {text: '', bytes: 0};
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    progress?.(bytes);
    if (bytes > maxBytes) {
      reader.cancel().catch(() => {});
      throw new BodyTooLarge(maxBytes);
    }
    text += decoder.decode(value, {stream: true});
  }
  return {text: text + decoder.decode(), bytes};
}

/** Timers fire at once past 2^31 - 1 ms (about 24 days): treat longer delays as that. */
export function timerDelay(ms: number): number {
  return Math.min(Math.max(0, ms), 2 ** 31 - 1);
}
