/**
 * What went wrong when reading a feed: it could not be reached, took too long, answered
 * with an HTTP error, is not JSON, is no JSON Feed, or is larger than a page can show.
 */
export const FEED_ERROR_CODES = ['network', 'timeout', 'http', 'not-json', 'not-a-feed', 'too-large'] as const;
export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number];

/**
 * A feed that could not be read at all, with a sentence a web editor can act on.
 * One bad item never throws: see `ParseResult.rejected` instead.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  /** Which kind of failure this is. */
  readonly code: FeedErrorCode;
  /** The HTTP status, for `http` errors. */
  readonly status: number | undefined;
  /** The address that was read, when known. */
  readonly url: string | undefined;
  /** How long the server asked to wait before asking again (its `Retry-After`), in milliseconds. */
  readonly retryAfter: number | undefined;

  constructor(
    code: FeedErrorCode,
    message: string,
    options: {status?: number; url?: string; retryAfter?: number; cause?: unknown} = {},
  ) {
    super(message, {cause: options.cause});
    this.code = code;
    this.status = options.status;
    this.url = options.url;
    this.retryAfter = options.retryAfter;
  }
}
