import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FeedError} from '../../feed/errors.js';
import {loadFeed} from '../../feed/load/load.js';
import type {FeedLoad} from '../../feed/load/load.js';

/** Where a feed-backed element stands. */
export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads the feed an element names in `src` through the page's one loader, and re-renders
 * the host as the load goes. Elements naming the same feed share one load for the page's
 * life (until `clearFeedCache()`); a load this element no longer waits for (its `src`
 * changed, it was removed) is left, and cancelled when no other element waits for it.
 * A response for an older `src` never wins. With `offlineCopy` (the elements' `offline-copy`
 * attribute), the last good copy is also kept in `localStorage` for the next visit.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  result: FeedLoad | undefined;
  error: FeedError | undefined;
  #src: string | undefined;
  #waiting: AbortController | undefined;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getSrc: () => string | undefined,
    private readonly offlineCopy: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    // A move in the page disconnects and reconnects without an update: ask for one, so a
    // load dropped on disconnect starts again (else a board moved while loading never settles).
    if (this.#src === undefined && this.getSrc()) this.host.requestUpdate();
  }

  hostUpdate(): void {
    // An update after removal (a panel closing on disconnect) must not start a load.
    if (!this.#connected) return;
    const src = this.getSrc() || undefined;
    if (src !== this.#src) this.#load(src, false);
  }

  hostDisconnected(): void {
    this.#connected = false;
    // Results that arrive after removal are ignored; a reconnect loads again if needed.
    this.#leave();
    this.#src = undefined;
  }

  /** Loads the feed again from the network (the retry buttons). */
  retry(): void {
    this.#load(this.#src, true);
  }

  #load(src: string | undefined, fresh: boolean): void {
    this.#leave();
    this.#src = src;
    this.error = undefined;
    if (!src) {
      this.status = 'idle';
      this.result = undefined;
      return;
    }
    this.status = 'loading';
    const waiting = (this.#waiting = new AbortController());
    const options = {
      signal: waiting.signal,
      maxAge: fresh ? 0 : Infinity,
      persist: this.offlineCopy(),
    };
    loadFeed(src, options).then(
      (result) => this.#settle(waiting, 'ready', result, result.error),
      (error: unknown) => this.#settle(waiting, 'error', undefined, toFeedError(error)),
    );
  }

  /** Stops waiting for the current load: the loader cancels it if no other element waits. */
  #leave(): void {
    this.#waiting?.abort();
    this.#waiting = undefined;
  }

  #settle(waiting: AbortController, status: FeedStatus, result: FeedLoad | undefined, error: FeedError | undefined) {
    if (waiting !== this.#waiting || waiting.signal.aborted) return;
    this.#waiting = undefined;
    this.status = status;
    this.result = result;
    this.error = error;
    this.host.requestUpdate();
  }
}

function toFeedError(error: unknown): FeedError {
  return error instanceof FeedError ? error : new FeedError('network', String((error as Error)?.message ?? error));
}
