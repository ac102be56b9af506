import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FeedError} from '../../feed/errors.js';
import {loadFeed} from '../../feed/load/load.js';
import type {FeedLoad} from '../../feed/load/load.js';

/** Where a feed-backed element stands. */
export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

// One load per feed URL for the whole page: every element naming the same `src` shares it.
const pageLoads = new Map<string, Promise<FeedLoad>>();

function sharedLoad(url: string, fresh: boolean): Promise<FeedLoad> {
  let load = pageLoads.get(url);
  if (!load || fresh) {
    load = loadFeed(url, {persist: true});
    pageLoads.set(url, load);
    // A failed load is forgotten so the next element (or a retry) asks again.
    load.catch(() => pageLoads.get(url) === load && pageLoads.delete(url));
  }
  return load;
}

/** Forgets every shared load (for tests). */
export function resetSharedLoads(): void {
  pageLoads.clear();
}

/**
 * Loads the feed an element names in `src`, shared with every other element naming it,
 * and re-renders the host as the load goes. A response for an older `src` never wins.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  result: FeedLoad | undefined;
  error: FeedError | undefined;
  private src: string | undefined;
  private generation = 0;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getSrc: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // A move in the page disconnects and reconnects without an update: ask for one, so a
    // load dropped on disconnect starts again (else a board moved while loading never settles).
    if (this.src === undefined && this.getSrc()) this.host.requestUpdate();
  }

  hostUpdate(): void {
    // An update after removal (a panel closing on disconnect) must not start a load.
    if (!this.connected) return;
    const src = this.getSrc() || undefined;
    if (src !== this.src) this.load(src, false);
  }

  hostDisconnected(): void {
    this.connected = false;
    // Results that arrive after removal are ignored; a reconnect loads again if needed.
    this.generation++;
    this.src = undefined;
  }

  /** Loads the feed again from the network (the error state's retry button). */
  retry(): void {
    this.load(this.src, true);
  }

  private load(src: string | undefined, fresh: boolean): void {
    const generation = ++this.generation;
    this.src = src;
    this.error = undefined;
    if (!src) {
      this.status = 'idle';
      this.result = undefined;
      return;
    }
    this.status = 'loading';
    sharedLoad(src, fresh).then(
      (result) => this.settle(generation, 'ready', result, result.error),
      (error: unknown) => this.settle(generation, 'error', undefined, toFeedError(error)),
    );
  }

  private settle(
    generation: number,
    status: FeedStatus,
    result: FeedLoad | undefined,
    error: FeedError | undefined,
  ): void {
    if (generation !== this.generation) return;
    this.status = status;
    this.result = result;
    this.error = error;
    this.host.requestUpdate();
  }
}

function toFeedError(error: unknown): FeedError {
  return error instanceof FeedError ? error : new FeedError('network', String((error as Error)?.message ?? error));
}
