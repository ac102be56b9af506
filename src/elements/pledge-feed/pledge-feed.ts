import {html, nothing} from 'lit';
import type {PropertyDeclarations, PropertyValues} from 'lit';
import {PledgeFilterChangeEvent} from '../../events/pledge-filter-change.js';
import type {PledgeObjectiveSelectEvent} from '../../events/pledge-objective-select.js';
import {queryPledges} from '../../query/query.js';
import {SORT_ORDERS} from '../../query/types.js';
import type {PledgeQuery, QueryResult, SortOrder} from '../../query/types.js';
import {OBJECTIVE_NUMBERS, STAKEHOLDER_TYPES} from '../../model/catalogue.js';
import {wholeNumber} from '../../model/formats.js';
import type {FeedInfo, Pledge} from '../../model/schema.js';
import {PledgeElement, defineElement} from '../shared/pledge-element.js';
import {feedChoices, filterBar} from './filter-bar.js';
import type {FilterChoices, FilterName} from './filter-bar.js';
import {styles} from './pledge-feed.styles.js';
import {SearchPrep} from './search-prep.js';
import {countText, emptyState, headingPlaceholder, notices, pager, skeleton, subscribePlaceholder} from './states.js';
import {UrlSyncController} from './url-sync.js';
import type {BoardFilters} from './url-sync.js';

const SEARCH_DELAY = 250;
const FILTERS = ['objective', 'stakeholder', 'country', 'year', 'q', 'sort'] as const;
const NO_PLEDGES: readonly Pledge[] = [];
const CARD_PARTS =
  'card, title: card-title, meta: card-meta, summary: card-summary, toggle: card-toggle, chip: card-chip, link: card-link';

type View = 'loading' | 'error' | 'ready';

/**
 * The pledge board: loads a feed (or takes `pledges`) and shows a filter bar (objective,
 * stakeholder type, country, year, text search), the result count (announced politely),
 * one page of cards with paging, the objective list, and a subscribe button for the slice
 * in view. Loading, empty, error and offline states are part of it; a feed with rejected
 * items still shows every valid pledge and says how many could not be shown. Only the
 * current page of cards is in the DOM.
 *
 * With `sync-url` the filters and page live in the page's query string (`?objective=17&
 * country=FR&q=…&year=2023&page=2`, other parameters untouched): an address with them opens
 * that view, over the attributes, and back/forward restores the filters (without an event).
 *
 * @tag pledge-feed
 * @summary A filterable, paged board of the pledges of a feed.
 *
 * @attr lang - The language of the texts (else the nearest ancestor's, else the page's).
 *
 * @fires pledge-filter-change - {PledgeFilterChangeEvent} The user changed a filter, the sort order or the page; `query` and `page` say what is now shown.
 *
 * @csspart heading - The board's title.
 * @csspart filters - The filter bar (a search landmark).
 * @csspart count - The result count, a polite live region.
 * @csspart results - The region that holds the cards, the empty state or the error.
 * @csspart pager - The page navigation.
 * @csspart notice - The notices about the pledges shown: a saved copy and why, pages that could not be loaded (with a retry button), items left out.
 * @csspart error - The error message with its retry button.
 * @csspart empty - The "no pledge matches" message with its clear-filters button.
 * @csspart objectives - The objective list.
 * @csspart card - Each card (`<pledge-card>`'s `card` part); its other parts come out as `card-title`, `card-meta`, `card-summary`, `card-toggle`, `card-chip` and `card-link`.
 *
 * @cssprop [--pledge-feed-gap=var(--pledge-space, 1em)] - The space between the board's parts and cards.
 * @cssprop [--pledge-feed-card-min-width=18em] - The narrowest a card gets before the grid drops a column.
 * @cssprop [--pledge-feed-sidebar-width=17em] - The widest the objective list gets beside the cards.
 */
export class PledgeFeed extends PledgeElement {
  /** Registers `<pledge-feed>` (or `tag`) unless another class holds it (then warns); returns the class. */
  static define(tag = 'pledge-feed', registry = customElements): typeof PledgeFeed {
    return defineElement(this, tag, registry);
  }

  static override styles = styles;
  static override properties: PropertyDeclarations = {
    src: {reflect: true},
    pageSize: {type: Number, attribute: 'page-size'},
    objective: {type: Number},
    stakeholder: {},
    country: {},
    year: {type: Number},
    q: {},
    sort: {},
    syncUrl: {type: Boolean, attribute: 'sync-url'},
    heading: {},
    headingLevel: {type: Number, attribute: 'heading-level'},
    hideObjectives: {type: Boolean, attribute: 'hide-objectives'},
    page: {attribute: false},
    pledges: {attribute: false},
    feed: {attribute: false},
    objectivesOpen: {state: true},
  };

  /** The feed's address; not loaded when `pledges` is set. */
  src = '';
  /** How many cards a page shows. */
  pageSize = 12;
  /** Show only the pledges under this GCM objective (1–23). */
  objective: number | undefined;
  /** Show only the pledges of this stakeholder type (`local-government`, …). */
  stakeholder = '';
  /** Show only the pledges of or about this country (ISO 3166-1 alpha-2). */
  country = '';
  /** Show only the pledges of this year (of `date_published`, else of the period's start). */
  year: number | undefined;
  /** Show only the pledges that contain these words (accents and case do not matter). */
  q = '';
  /** The order of the cards: `newest` (default), `oldest` or `title`. */
  sort: SortOrder = 'newest';
  /** Mirror the filters in the page's query string, so back/forward and links work. */
  syncUrl = false;
  /** The board's visible title; the feed's title when empty. */
  heading = '';
  /** The level of the board's title (1–6); the cards' titles are one level below. */
  headingLevel = 2;
  /** Leave out the objective list. */
  hideObjectives = false;
  /** The page shown, counted from 1 (a filter change goes back to 1). */
  page = 1;
  /** The pledges to show, already parsed; `src` is not loaded when this is set. */
  pledges: readonly Pledge[] | undefined;
  /** The feed's own fields, with `pledges`: its title and subscription links. */
  feed: FeedInfo | undefined;

  private objectivesOpen = false;
  private get results(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.results');
  }

  readonly #url = new UrlSyncController(this, {
    enabled: () => this.syncUrl,
    read: () => {
      const {objective, stakeholder, country, q, year, page} = this;
      return {objective, stakeholder, country, q, year, page};
    },
    apply: (filters) => this.#setFilters(filters),
  });
  #source: readonly Pledge[] | undefined;
  #choicesLocale = '';
  #choices: FilterChoices = {stakeholders: [], countries: [], years: []};
  #query: PledgeQuery = {};
  #queryKey = '';
  #result: QueryResult | undefined;
  #view: View = 'loading';
  #selectedObjectives: readonly number[] = [];
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #searchPrep = new SearchPrep(this);
  // What the search field holds, applied or not: a render while the user types must not undo keystrokes.
  #draft = '';
  // Set when the page arrives with the filters (an address, a history entry) and must be kept.
  #holdPage = false;

  protected override feedSource(): string | undefined {
    return this.pledges ? undefined : this.src;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const filtersChanged = FILTERS.some((key) => changed.has(key));
    if (this.hasUpdated && filtersChanged && !changed.has('page') && !this.#holdPage) this.page = 1;
    this.#holdPage = false;
    if (changed.has('q')) this.#draft = this.q;
    const pledges = this.pledges ?? (this.src ? this.feeds.result?.pledges : NO_PLEDGES);
    this.#view = pledges ? 'ready' : this.feeds.status === 'error' ? 'error' : 'loading';
    // The controller starts a new `src` after this hook: the old feed must not show meanwhile.
    const reloading = this.feeds.status === 'loading' || (changed.has('src') && this.hasUpdated);
    if (this.#view === 'ready' && !this.pledges && this.src && reloading) this.#view = 'loading';
    this.#query = this.#currentQuery();
    const objective = this.#query.objectives?.[0];
    if (objective !== this.#selectedObjectives[0]) this.#selectedObjectives = objective ? [objective] : [];
    this.#updateResult(pledges ?? NO_PLEDGES);
  }

  /** Filters, sorts and pages again only when the pledges or the query changed. */
  #updateResult(pledges: readonly Pledge[]): void {
    const {locale} = this.i18n;
    if (pledges !== this.#source || locale !== this.#choicesLocale) this.#choices = feedChoices(pledges, locale);
    const key = JSON.stringify([this.#query, this.page, this.pageSize, locale]);
    if (pledges === this.#source && key === this.#queryKey && this.#result) return;
    this.#source = pledges;
    this.#choicesLocale = locale;
    this.#queryKey = key;
    this.#result = queryPledges(pledges, this.#query, {page: this.page, pageSize: this.pageSize, locale});
    this.#searchPrep.prepare(pledges);
  }

  /** The query the filters make; values that are not valid filters are left out. */
  #currentQuery(): PledgeQuery {
    const query: PledgeQuery = {order: SORT_ORDERS.find((s) => s === this.sort) ?? 'newest'};
    const objective = OBJECTIVE_NUMBERS.find((n) => n === this.objective);
    const stakeholder = STAKEHOLDER_TYPES.find((s) => s === this.stakeholder);
    if (objective) query.objectives = [objective];
    if (stakeholder) query.stakeholders = [stakeholder];
    if (/^[a-z]{2}$/i.test(this.country)) query.countries = [this.country.toUpperCase()];
    if (this.year && Number.isInteger(this.year)) query.yearFrom = query.yearTo = this.year;
    if (this.q.trim()) query.text = this.q.trim();
    return query;
  }

  get #filtered(): boolean {
    const {objectives, stakeholders, countries, yearFrom, text} = this.#query;
    return Boolean(objectives || stakeholders || countries || yearFrom || text);
  }

  get #feedInfo(): FeedInfo | undefined {
    return this.pledges ? this.feed : (this.feed ?? this.feeds.result?.feed);
  }

  /** Sets every filter and the page at once: from the address, or when the user clears them. */
  #setFilters(filters: BoardFilters): void {
    clearTimeout(this.#searchTimer);
    this.objective = filters.objective;
    this.stakeholder = filters.stakeholder;
    this.country = filters.country;
    this.year = filters.year;
    this.q = this.#draft = filters.q;
    this.page = filters.page;
    this.#holdPage = true;
  }

  protected override renderContent() {
    const {t, language, locale} = this.i18n;
    const loading = this.#view === 'loading';
    const load = this.feeds.result;
    const page = this.#view === 'ready' ? this.#result?.page : undefined;
    // Landmarks carry the board's title, so several boards on one page stay distinct.
    const title = this.#title;
    // Laid out while the feed loads too, so that the cards do not move when it arrives.
    const objectives = !this.hideObjectives && this.#view !== 'error';
    return html`${this.#renderHeader()}
      ${
        this.#view === 'error'
          ? nothing
          : filterBar({
              t,
              language,
              locale,
              name: title ? `${t.filters}: ${title}` : t.filters,
              choices: this.#choices,
              facets: this.#view === 'ready' ? this.#result?.facets : undefined,
              objective: this.#query.objectives?.[0],
              stakeholder: this.#query.stakeholders?.[0],
              country: this.#query.countries?.[0],
              year: this.#query.yearFrom,
              q: this.#draft,
              sort: this.#query.order ?? 'newest',
              filtered: this.#filtered,
              onSelect: this.#onSelect,
              onSearchInput: this.#onSearchInput,
              onSearchKeydown: this.#onSearchKeydown,
              onClear: this.#clearFilters,
            })
      }
      ${load && !this.pledges && this.#view === 'ready' ? notices(t, locale, load, () => this.retryLoad()) : nothing}
      <div class="layout ${objectives ? 'with-objectives' : ''}">
        ${objectives ? this.#renderObjectives() : nothing}
        <div class="main">
          <p id="count" part="count" class="count" aria-live="polite" aria-atomic="true">
            ${loading ? t.loading : page ? countText(t, locale, page) : ''}
          </p>
          <section
            part="results"
            class="results"
            tabindex="-1"
            aria-labelledby=${title ? 'heading count' : 'count'}
            aria-busy=${loading ? 'true' : 'false'}
          >
            ${this.#renderResults()}
          </section>
          ${page ? pager(t, locale, page, title, (n) => this.#goTo(n)) : nothing}
        </div>
      </div>`;
  }

  /** The board's visible title: the `heading` attribute, else the feed's title. */
  get #title(): string | undefined {
    return this.heading || this.#feedInfo?.title;
  }

  /** The level of the board's title, kept within 1–6. */
  get #level(): number {
    return Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
  }

  /**
   * The title and the subscribe button. While the feed loads, placeholders of their size
   * stand in for what the feed brings (its title, its links), so the filters and cards
   * below stay where they are when it arrives.
   */
  #renderHeader() {
    const feed = this.#feedInfo;
    const title = this.#title;
    const ready = this.#view === 'ready';
    const loading = this.#view === 'loading';
    if (!title && !ready && !loading) return nothing;
    // The feed's own title is in the feed's language, which may not be the board's.
    const lang = this.heading ? undefined : feed?.language;
    return html`<div class="header ${this.heading ? '' : 'feed-title'}">
      ${title ? this.#renderHeading(title, lang) : loading ? headingPlaceholder() : nothing}
      ${
        ready
          ? html`<pledge-subscribe-button
            .feed=${feed}
            .feedUrl=${this.feeds.result?.url}
            objective=${this.#query.objectives?.[0] ?? nothing}
            stakeholder=${this.#query.stakeholders?.[0] ?? nothing}
            lang=${this.i18n.locale}
            theme=${this.theme ?? nothing}
          ></pledge-subscribe-button>`
          : loading
            ? subscribePlaceholder()
            : nothing
      }
    </div>`;
  }

  #renderHeading(title: string, lang: string | undefined) {
    return html`<div
      id="heading"
      part="heading"
      class="heading"
      role="heading"
      aria-level=${this.#level}
      lang=${lang ?? nothing}
    >${title}</div>`;
  }

  #renderObjectives() {
    const {t, locale} = this.i18n;
    return html`<div class="objectives ${this.objectivesOpen ? 'open' : ''}">
      <button
        class="toggle"
        type="button"
        aria-expanded=${String(this.objectivesOpen)}
        aria-controls="objective-list"
        @click=${this.#toggleObjectives}
      >
        ${t.objectiveListTitle}
      </button>
      <pledge-objective-list
        id="objective-list"
        part="objectives"
        .counts=${this.#view === 'ready' ? this.#result?.facets.objective : undefined}
        .selected=${this.#selectedObjectives}
        lang=${locale}
        theme=${this.theme ?? nothing}
        @pledge-objective-select=${this.#onObjectiveSelect}
      ></pledge-objective-list>
    </div>`;
  }

  #renderResults() {
    const {t, locale} = this.i18n;
    if (this.#view === 'loading') return skeleton(this.pageSize);
    if (this.#view === 'error') {
      const headline = html`<strong>${t.loadFailed}</strong>`;
      return html`<div part="error" class="error">${this.renderLoadError(headline)}</div>`;
    }
    const items = this.#result?.page.items ?? [];
    if (items.length === 0) return emptyState(t, this.#filtered, this.#clearFilters);
    const level = Math.min(6, this.#level + 1);
    const feedLanguage = this.#feedInfo?.language;
    // Not keyed by id: a new page or filter gives the same cards new pledges, instead of
    // building a page of new elements with their shadow roots (most of a frame at 10,000).
    // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari drops the role of a list without markers
    return html`<ul class="cards" role="list">
      ${items.map(
        (p) => html`<li>
          <pledge-card
            .pledge=${p}
            .feedLanguage=${feedLanguage}
            heading-level=${level}
            lang=${locale}
            theme=${this.theme ?? nothing}
            exportparts=${CARD_PARTS}
          ></pledge-card>
        </li>`,
      )}
    </ul>`;
  }

  /** After a user change: the address, then the event with the query now in force. */
  #changedByUser(history: 'push' | 'replace'): void {
    this.#url.write(history);
    this.dispatchEvent(new PledgeFilterChangeEvent(this.#currentQuery(), this.page));
  }

  readonly #onSelect = (event: Event): void => {
    const {name, value} = event.target as HTMLSelectElement;
    const filter = name as FilterName;
    if (filter === 'objective' || filter === 'year') this[filter] = wholeNumber(value);
    else if (filter === 'sort') this.sort = value as SortOrder;
    else this[filter] = value;
    this.page = 1;
    this.#changedByUser('push');
  };

  readonly #onSearchInput = (event: Event): void => {
    this.#draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#search(this.#draft), SEARCH_DELAY);
  };

  readonly #onSearchKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(this.#searchTimer);
    this.#draft = (event.target as HTMLInputElement).value;
    this.#search(this.#draft);
  };

  #search(text: string): void {
    if (text === this.q) return;
    this.q = text;
    this.page = 1;
    this.#changedByUser('replace');
  }

  readonly #onObjectiveSelect = (event: PledgeObjectiveSelectEvent): void => {
    // Applied once every listener has had its say: a page that cancels the choice keeps the filter.
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      this.objective = event.objectives[0];
      this.page = 1;
      this.#changedByUser('push');
    });
  };

  readonly #clearFilters = (): void => {
    this.#setFilters({objective: undefined, stakeholder: '', country: '', q: '', year: undefined, page: 1});
    this.#changedByUser('push');
    // The button that was pressed goes away: keyboard users land on the results instead.
    void this.updateComplete.then(() => this.results?.focus());
  };

  #goTo(page: number): void {
    this.page = page;
    this.#changedByUser('push');
    // Keyboard and screen-reader users land on the new cards, not on a pager button.
    void this.updateComplete.then(() => this.results?.focus());
  }

  #toggleObjectives(): void {
    this.objectivesOpen = !this.objectivesOpen;
  }

  protected override retryLoad(): void {
    super.retryLoad();
    void this.updateComplete.then(() => this.results?.focus());
  }
}
