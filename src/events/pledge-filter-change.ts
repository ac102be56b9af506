import type {PledgeQuery} from '../query/types.js';

/**
 * Fired by `<pledge-feed>` when the user changes a filter, the sort order or the page
 * (never when code sets a property or attribute). `query` is the board's query in force.
 */
export class PledgeFilterChangeEvent extends Event {
  /** The filters and sort order now in force. */
  readonly query: PledgeQuery;
  /** The page now shown, counted from 1. */
  readonly page: number;

  constructor(query: PledgeQuery, page: number) {
    super('pledge-filter-change', {bubbles: true, composed: true});
    this.query = query;
    this.page = page;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pledge-filter-change': PledgeFilterChangeEvent;
  }
}
