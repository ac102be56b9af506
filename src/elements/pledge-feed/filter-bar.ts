import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import type {Facets, SortOrder} from '../../query/types.js';
import {collator} from '../../query/collator.js';
import {facetCounts} from '../../query/query.js';
import {SORT_ORDERS} from '../../query/types.js';
import {countryName, formatNumber, formatYear, objectiveLabel} from '../../i18n/index.js';
import type {Messages, UiLanguage} from '../../i18n/index.js';
import {OBJECTIVE_NUMBERS, STAKEHOLDER_TYPES} from '../../model/catalogue.js';
import type {StakeholderType} from '../../model/catalogue.js';
import type {Pledge} from '../../model/schema.js';

/** The filter names a select of the bar carries in its `name`. */
export type FilterName = 'objective' | 'stakeholder' | 'country' | 'year' | 'sort';

/** The values a feed offers to filter on, worked out once per feed and language. */
export interface FilterChoices {
  /** Stakeholder types that occur in the feed, in catalogue order. */
  stakeholders: StakeholderType[];
  /** Codes of the countries that occur in the feed, sorted by name in the reader's collation. */
  countries: string[];
  /** Years that occur in the feed, newest first. */
  years: number[];
}

/** What the bar shows and whom it tells. */
export interface FilterBarView {
  t: Messages;
  language: UiLanguage;
  locale: string;
  /** The accessible name of the search landmark (it names the board, for pages with several). */
  name: string;
  choices: FilterChoices;
  facets: Facets | undefined;
  objective: number | undefined;
  stakeholder: StakeholderType | undefined;
  /** An upper-case ISO 3166-1 alpha-2 code. */
  country: string | undefined;
  year: number | undefined;
  q: string;
  sort: SortOrder;
  filtered: boolean;
  onSelect: (event: Event) => void;
  onSearchInput: (event: Event) => void;
  onSearchKeydown: (event: KeyboardEvent) => void;
  onClear: () => void;
}

/** The stakeholder types, countries and years a feed holds, for the filter bar. */
export function feedChoices(pledges: readonly Pledge[], locale: string): FilterChoices {
  const all = facetCounts(pledges, {});
  const {compare} = collator(locale);
  const countries = [...all.country.keys()].map((code) => [code, countryName(code, locale)] as const);
  return {
    stakeholders: STAKEHOLDER_TYPES.filter((s) => all.stakeholder.get(s)),
    countries: countries.sort((a, b) => compare(a[1], b[1])).map(([code]) => code),
    years: [...all.year.keys()].reverse(),
  };
}

type Option = {value: string; label: string; count?: number | undefined};

const optionText = (o: Option, locale: string) =>
  o.count === undefined ? o.label : `${o.label} (${formatNumber(o.count, locale)})`;

/**
 * A labelled select. The chosen option's text is also drawn beneath the (transparent)
 * select, where it wraps: a select would cut a long label off on a narrow board.
 */
function select(id: FilterName, label: string, value: string, options: Option[], view: FilterBarView): TemplateResult {
  const chosen = options.find((o) => o.value === value) ?? options[0];
  return html`<div class="field ${id}">
    <label for=${id}>${label}</label>
    <div class="control">
      <span class="value" aria-hidden="true">${chosen ? optionText(chosen, view.locale) : ''}</span>
      <select id=${id} name=${id} @change=${view.onSelect}>
        ${options.map(
          (o) =>
            html`<option value=${o.value} .selected=${live(o.value === value)}>${optionText(o, view.locale)}</option>`,
        )}
      </select>
    </div>
  </div>`;
}

/**
 * "Any", then a facet's values with their counts (none while they are unknown, as during
 * loading); the value in force stays even when the feed lacks it.
 */
function facetOptions<K extends string | number>(
  view: FilterBarView,
  values: readonly K[],
  current: K | undefined,
  label: (value: K) => string,
  counts: Map<K, number> | undefined,
): Option[] {
  const all = current === undefined || values.includes(current) ? values : [...values, current];
  return [
    {value: '', label: view.t.any},
    ...all.map((v) => ({value: String(v), label: label(v), count: counts && (counts.get(v) ?? 0)})),
  ];
}

function clearButton(t: Messages, clear: () => void): TemplateResult {
  return html`<button class="clear" type="button" @click=${clear}>${t.clearFilters}</button>`;
}

/** The filter bar: a select per facet with its counts, the text search, sort and clear. */
export function filterBar(view: FilterBarView): TemplateResult {
  const {t, choices, facets, language, locale} = view;
  const objectives = facetOptions(
    view,
    OBJECTIVE_NUMBERS,
    view.objective,
    // Numbers in the locale's digits, as the counts beside them (Arabic-Indic in `ar-EG`).
    (n) => `${formatNumber(n, locale)}. ${objectiveLabel(n, language)}`,
    facets?.objective,
  );
  const stakeholders = facetOptions(
    view,
    choices.stakeholders,
    view.stakeholder,
    (s) => t.stakeholders[s],
    facets?.stakeholder,
  );
  const countries = facetOptions(
    view,
    choices.countries,
    view.country,
    (code) => countryName(code, locale),
    facets?.country,
  );
  const years = facetOptions(view, choices.years, view.year, (year) => formatYear(year, locale), facets?.year);
  const sorts = SORT_ORDERS.map((s) => ({value: s, label: t.sortOrders[s]}));
  const value = (v: string | number | undefined) => (v === undefined ? '' : String(v));
  const stay = (event: Event) => event.preventDefault();
  return html`<form part="filters" class="filters" role="search" aria-label=${view.name} @submit=${stay}>
    <div class="field search">
      <label for="q">${t.search}</label>
      <input
        id="q"
        name="q"
        type="search"
        autocomplete="off"
        placeholder=${t.searchPlaceholder}
        .value=${live(view.q)}
        @input=${view.onSearchInput}
        @keydown=${view.onSearchKeydown}
      />
    </div>
    ${select('objective', t.objective, value(view.objective), objectives, view)}
    ${select('stakeholder', t.stakeholder, value(view.stakeholder), stakeholders, view)}
    ${select('country', t.country, value(view.country), countries, view)}
    ${select('year', t.year, value(view.year), years, view)}
    ${select('sort', t.sort, view.sort, sorts, view)}
    ${view.filtered ? clearButton(t, view.onClear) : nothing}
  </form>`;
}
