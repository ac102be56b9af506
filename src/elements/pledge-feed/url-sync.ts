import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {wholeNumber} from '../../model/formats.js';

/** The query-string parameters a board with `sync-url` reads and writes. */
export const URL_KEYS = ['objective', 'stakeholder', 'country', 'q', 'year', 'page'] as const;

/** A board's filters and page, as its address carries them. */
export interface BoardFilters {
  objective: number | undefined;
  stakeholder: string;
  country: string;
  q: string;
  year: number | undefined;
  /** Counted from 1. */
  page: number;
}

/** How the controller reaches its board. */
export interface UrlSyncOptions {
  /** Whether the board mirrors its filters in the address now. */
  enabled(): boolean;
  /** The board's filters now. */
  read(): BoardFilters;
  /** Sets the board's filters (firing no event: the user did not touch the board). */
  apply(filters: BoardFilters): void;
}

function filtersOf(params: URLSearchParams): BoardFilters {
  return {
    objective: wholeNumber(params.get('objective')),
    stakeholder: params.get('stakeholder') ?? '',
    country: params.get('country') ?? '',
    q: params.get('q') ?? '',
    year: wholeNumber(params.get('year')),
    page: wholeNumber(params.get('page')) ?? 1,
  };
}

/**
 * Mirrors a board's filters in the page's query string, so a filtered view can be linked
 * and back/forward restores it. The host page's other parameters are left as they are.
 */
export class UrlSyncController implements ReactiveController {
  // The filters the web editor wrote as attributes: what an address without ours means.
  #initial: BoardFilters | undefined;
  readonly #board: UrlSyncOptions;

  constructor(host: ReactiveControllerHost, board: UrlSyncOptions) {
    this.#board = board;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
    if (!this.#board.enabled()) return;
    this.#initial = this.#board.read();
    this.#applyAddress();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /**
   * Writes the board's filters into the address: `push` adds a history entry (a discrete
   * choice that the back button undoes), `replace` does not (a search as it is typed).
   */
  write(mode: 'push' | 'replace'): void {
    if (!this.#board.enabled()) return;
    const url = new URL(location.href);
    const filters = this.#board.read();
    for (const key of URL_KEYS) {
      const value = key === 'page' && filters.page <= 1 ? undefined : filters[key];
      if (value) url.searchParams.set(key, String(value));
      else url.searchParams.delete(key);
    }
    if (url.href === location.href) return;
    // The host page's own history state (a router's, say) is kept.
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  readonly #onPopState = (): void => {
    if (this.#board.enabled()) this.#applyAddress();
  };

  #applyAddress(): void {
    const params = new URLSearchParams(location.search);
    const ours = URL_KEYS.some((key) => params.has(key));
    const filters = ours ? filtersOf(params) : this.#initial;
    if (filters) this.#board.apply(filters);
  }
}
