/**
 * Querying pledges: filters, free-text search, sorting, pages and facet counts. Pure
 * functions, no DOM and no fetch, fast enough to run on every keystroke over 10,000
 * pledges. What each pledge needs (its search text, year, date, countries) is worked out
 * on first use and kept in a `WeakMap`, so it lives exactly as long as the pledge.
 *
 * Pledges are treated as immutable: a pledge whose fields change must be a new object.
 */
import {OBJECTIVE_NUMBERS, PLEDGE_STATUSES, SCOPES, STAKEHOLDER_TYPES} from '../model/catalogue.js';
import type {PledgeStatus, Scope, StakeholderType} from '../model/catalogue.js';
import type {Pledge} from '../model/schema.js';
import {fold, normalizeText, searchFields} from './search-text.js';

export {normalizeText} from './search-text.js';

/** The orders a list of pledges can be shown in. */
export const SORT_ORDERS = ['newest', 'oldest', 'title'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * What a user is looking for. Every field is optional; an absent or empty list means no
 * filter. Values within one list are alternatives (any of them); the fields combine (all
 * of them).
 */
export interface PledgeQuery {
  /** GCM objectives (1–23): the pledge is under at least one of them. */
  objectives?: readonly number[];
  /** Stakeholder types: the pledge's stakeholder is one of them. */
  stakeholders?: readonly StakeholderType[];
  /** Scopes: the pledge's scope is one of them (a pledge without a scope never matches). */
  scopes?: readonly Scope[];
  /**
   * ISO 3166-1 alpha-2 codes, in any case: the actor's country or one of the countries
   * the pledge covers is one of them.
   */
  countries?: readonly string[];
  /** Statuses: the pledge's status is one of them (a pledge without a status never matches). */
  statuses?: readonly PledgeStatus[];
  /** The earliest year, inclusive, by {@link pledgeYear}; an undated pledge never matches a bound. */
  yearFrom?: number;
  /** The latest year, inclusive, by {@link pledgeYear}. */
  yearTo?: number;
  /**
   * Words that must all occur, in any case and with or without accents, in the title,
   * summary, description, actor name and city, partners, or any translation's title,
   * summary or description. Blank means no text filter.
   */
  text?: string;
  /** The order a board shows; filters ignore it, {@link queryPledges} uses it by default. */
  order?: SortOrder;
}

/** One page of a longer list. */
export interface Page<T> {
  /** The items on this page. */
  items: T[];
  /** This page's number, counted from 1. */
  page: number;
  /** How many pages there are; at least 1, even for an empty list. */
  pageCount: number;
  /** How many items the whole list has. */
  total: number;
  /** The most items a page holds. */
  pageSize: number;
}

/**
 * How many pledges each facet value would find. Each facet's counts apply every filter of
 * the query except that facet's own, so they show what else the user could choose.
 * `objective` holds all 23 objectives and `stakeholder` all stakeholder types, in
 * catalogue order, zeros included; `country` (upper-case codes, alphabetical) and `year`
 * (ascending) hold only the values with at least one pledge.
 */
export interface Facets {
  objective: Map<number, number>;
  stakeholder: Map<StakeholderType, number>;
  country: Map<string, number>;
  year: Map<number, number>;
}

/** How {@link queryPledges} sorts and pages. */
export interface QueryOptions {
  /** The order; else the query's `order`, else `newest`. */
  order?: SortOrder;
  /** The page to show, counted from 1 and clamped into range; 1 when absent. */
  page?: number;
  /** The most pledges on a page; 20 when absent. */
  pageSize?: number;
  /** The locale whose collation sorts titles; the runtime's default when absent. */
  locale?: string;
}

/** What a board shows: one page of the matching pledges, and the facet counts. */
export interface QueryResult {
  page: Page<Pledge>;
  facets: Facets;
  /** How many pledges match the query. */
  total: number;
}

/** What the queries need of a pledge, derived once. */
interface Derived {
  readonly year: number | undefined;
  /** Milliseconds since the epoch; NaN when undated. */
  readonly time: number;
  readonly countries: readonly string[];
  readonly objectives: readonly number[];
  /** The normalised search text, built on the first text search. */
  text: string | undefined;
}

/**
 * A query made ready for one prepared list: each filter as flags over the list's own ids
 * (undefined when the filter is off; all zeros when it can match nothing).
 */
interface CompiledQuery {
  /** Bit n for each objective n asked for. */
  readonly objectives: number | undefined;
  readonly stakeholders: Uint8Array | undefined;
  readonly scopes: Uint8Array | undefined;
  readonly countries: Uint8Array | undefined;
  readonly statuses: Uint8Array | undefined;
  /** Whether a year bound is set. */
  readonly years: boolean;
  readonly yearFrom: number;
  readonly yearTo: number;
  readonly words: readonly string[];
}

/**
 * What the filters and facets read of each pledge, as numbers in typed arrays: a scan of
 * 10,000 pledges then reads a few arrays instead of walking 10,000 objects. A value the
 * catalogue does not know (or an absent scope or status) gets the id after the last one,
 * which no filter flags and no facet counts.
 */
interface Columns {
  /** Bit n set for each objective n (1–23) of a pledge. */
  readonly objectives: Uint32Array;
  /** Index in STAKEHOLDER_TYPES, SCOPES and PLEDGE_STATUSES. */
  readonly stakeholder: Uint8Array;
  readonly scope: Uint8Array;
  readonly status: Uint8Array;
  /** The year of {@link pledgeYear}, NaN when undated (so it is in no range). */
  readonly year: Float64Array;
  /** The countries of pledge i are `countryIds[countryStart[i]]` up to `countryIds[countryStart[i + 1]]`. */
  readonly countryStart: Uint32Array;
  readonly countryIds: Uint16Array;
  /** Every country code of the list, by id. */
  readonly countryCodes: readonly string[];
  readonly countryIdOf: ReadonlyMap<string, number>;
}

/**
 * A list made ready for queries, remembered for the next keystroke: what each pledge
 * needs, the list in each sort order, and which pledges the last words ruled out.
 */
interface PreparedList {
  /** A copy of the list as prepared, to notice a list changed in place. */
  readonly pledges: readonly Pledge[];
  readonly derived: readonly Derived[];
  readonly columns: Columns;
  /** Positions in `pledges`, in each sort order (`newest`, `oldest`, `title:<locale>`). */
  readonly orders: Map<string, Uint32Array>;
  /** The words of the last text search, and a 1 for each pledge they ruled out. */
  words: readonly string[];
  readonly ruledOut: Uint8Array;
}

/** Tallies of one scan, by id, turned into {@link Facets} at the end. */
interface Tally {
  readonly objective: Uint32Array;
  readonly stakeholder: Uint32Array;
  readonly country: Uint32Array;
  readonly year: Map<number, number>;
}

// Bits of the four faceted filters a pledge fails.
const OBJECTIVE = 1;
const STAKEHOLDER = 2;
const COUNTRY = 4;
const YEAR = 8;
const DEFAULT_PAGE_SIZE = 20;

const derivedCache = /* @__PURE__ */ new WeakMap<Pledge, Derived>();
const collators = /* @__PURE__ */ new Map<string, Intl.Collator>();
const preparedLists = /* @__PURE__ */ new WeakMap<readonly Pledge[], PreparedList>();

/**
 * The year a pledge belongs to: the year of `date_published` as written (the publisher's
 * own calendar day), else of `_pledge.period.start`; undefined when it has neither.
 */
export function pledgeYear(p: Pledge): number | undefined {
  return derive(p).year;
}

/**
 * Whether one pledge matches a query. To test many pledges, {@link filterPledges} is
 * faster: it prepares the query once.
 */
export function matchesQuery(p: Pledge, q: PledgeQuery): boolean {
  return filterPledges([p], q).length === 1;
}

/** The pledges that match a query, in their original order, as a new array. */
export function filterPledges(pledges: readonly Pledge[], q: PledgeQuery): Pledge[] {
  const list = prepare(pledges);
  return scan(list, undefined, compile(q, list.columns), undefined);
}

/**
 * The facet counts for a query: for each objective, stakeholder type, country and year,
 * how many pledges match every other filter of the query and have that value. A pledge
 * under several objectives or countries counts once under each.
 */
export function facetCounts(pledges: readonly Pledge[], q: PledgeQuery): Facets {
  const list = prepare(pledges);
  const tally = newTally(list.columns);
  scan(list, undefined, compile(q, list.columns), tally);
  return toFacets(tally, list.columns);
}

/**
 * Pledges in a new, sorted array; ties keep their original order. `newest` and `oldest`
 * go by `date_published`, else `_pledge.period.start`, with undated pledges last in both;
 * `title` follows the locale's collation (numbers in titles compare as numbers). An
 * unknown order sorts newest first.
 */
export function sortPledges(pledges: readonly Pledge[], order: SortOrder, locale?: string): Pledge[] {
  return Array.from(sortedPositions(pledges, order, locale), (i) => pledges[i]!);
}

/**
 * One page of a list. `page` counts from 1 and is clamped into `1..pageCount` (a page
 * that is not a number gives page 1); `pageSize` is rounded down and at least 1.
 */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const size = pageSize >= 1 ? Math.floor(pageSize) : 1;
  const total = items.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = page >= 1 ? Math.min(Math.floor(page), pageCount) : 1;
  const start = (current - 1) * size;
  return {items: items.slice(start, start + size), page: current, pageCount, total, pageSize: size};
}

/**
 * Everything a board shows in one call: the pledges matching `q`, sorted, one page of
 * them, and the facet counts, from a single pass over `pledges`. The list is sorted once
 * per order and locale and remembered (while the array lives and its items stay the
 * same), so a keystroke only filters; a search that extends the last one only searches
 * the pledges the last one found.
 */
export function queryPledges(pledges: readonly Pledge[], q: PledgeQuery, options: QueryOptions = {}): QueryResult {
  const list = prepare(pledges);
  const query = compile(q, list.columns);
  const order = sortedPositions(list.pledges, options.order ?? q.order ?? 'newest', options.locale, list);
  if (!extendsWords(query.words, list.words)) list.ruledOut.fill(0);
  list.words = query.words;
  const tally = newTally(list.columns);
  const matches = scan(list, order, query, tally, list.ruledOut);
  const page = paginate(matches, options.page ?? 1, options.pageSize ?? DEFAULT_PAGE_SIZE);
  return {page, facets: toFacets(tally, list.columns), total: matches.length};
}

function derive(p: Pledge): Derived {
  let d = derivedCache.get(p);
  if (d === undefined) {
    const date = p.date_published ?? p._pledge.period?.start;
    d = {
      year: date === undefined ? undefined : yearOf(date),
      time: date === undefined ? NaN : timeOfDate(date),
      countries: countriesOf(p),
      objectives: [...new Set(p._pledge.objectives)],
      text: undefined,
    };
    derivedCache.set(p, d);
  }
  return d;
}

function yearOf(date: string): number | undefined {
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) ? year : undefined;
}

function timeOfDate(date: string): number {
  const time = Date.parse(date);
  // RFC 3339 allows a leap second, which Date.parse refuses.
  return Number.isNaN(time) ? Date.parse(date.replace(':60', ':59')) : time;
}

function countriesOf(p: Pledge): string[] {
  const codes = new Set<string>();
  if (p._pledge.actor.country !== undefined) codes.add(p._pledge.actor.country.toUpperCase());
  for (const code of p._pledge.countries ?? []) codes.add(code.toUpperCase());
  return [...codes];
}

function searchText(p: Pledge, d: Derived): string {
  return (d.text ??= fold(searchFields(p).join('\n')));
}

function compile(q: PledgeQuery, columns: Columns): CompiledQuery {
  let objectives: number | undefined;
  if (q.objectives !== undefined && q.objectives.length > 0) {
    objectives = 0;
    for (const n of q.objectives) if (isObjective(n)) objectives |= 1 << n;
  }
  const countryIds = q.countries?.map((code) => columns.countryIdOf.get(code.toUpperCase()) ?? -1);
  const yearFrom = Number.isFinite(q.yearFrom) ? q.yearFrom! : -Infinity;
  const yearTo = Number.isFinite(q.yearTo) ? q.yearTo! : Infinity;
  return {
    objectives,
    stakeholders: flags(STAKEHOLDER_TYPES.length, q.stakeholders?.map((type) => STAKEHOLDER_TYPES.indexOf(type))),
    scopes: flags(SCOPES.length, q.scopes?.map((scope) => SCOPES.indexOf(scope))),
    countries: flags(columns.countryCodes.length, countryIds),
    statuses: flags(PLEDGE_STATUSES.length, q.statuses?.map((status) => PLEDGE_STATUSES.indexOf(status))),
    years: yearFrom !== -Infinity || yearTo !== Infinity,
    yearFrom,
    yearTo,
    words: wordsOf(q.text),
  };
}

/** A 1 for each id asked for (unknown ones, -1, are left out); undefined when none is asked. */
function flags(known: number, ids: readonly number[] | undefined): Uint8Array | undefined {
  if (ids === undefined || ids.length === 0) return undefined;
  const out = new Uint8Array(known + 1); // the last id, "unknown", is never flagged
  for (const id of ids) if (id >= 0) out[id] = 1;
  return out;
}

function wordsOf(text: string | undefined): string[] {
  const normal = text === undefined ? '' : normalizeText(text);
  // Longest first: it is usually the rarest, so a failing pledge is rejected sooner.
  return normal === '' ? [] : [...new Set(normal.split(' '))].sort((a, b) => b.length - a.length);
}

/**
 * Which faceted filters pledge `i` fails, as bits; -1 when it fails a filter that is not a
 * facet (scope, status), which hides it from every count. Text is checked apart: it is
 * the costly test, only worth running on pledges that may still count.
 */
function facetMisses(c: Columns, i: number, q: CompiledQuery): number {
  if (q.scopes !== undefined && q.scopes[c.scope[i]!] !== 1) return -1;
  if (q.statuses !== undefined && q.statuses[c.status[i]!] !== 1) return -1;
  let misses = 0;
  if (q.objectives !== undefined && (c.objectives[i]! & q.objectives) === 0) misses |= OBJECTIVE;
  if (q.stakeholders !== undefined && q.stakeholders[c.stakeholder[i]!] !== 1) misses |= STAKEHOLDER;
  if (q.countries !== undefined && !someCountry(c, i, q.countries)) misses |= COUNTRY;
  if (q.years && !(c.year[i]! >= q.yearFrom && c.year[i]! <= q.yearTo)) misses |= YEAR;
  return misses;
}

function someCountry(c: Columns, i: number, wanted: Uint8Array): boolean {
  for (let k = c.countryStart[i]!; k < c.countryStart[i + 1]!; k++) if (wanted[c.countryIds[k]!] === 1) return true;
  return false;
}

function matchesWords(d: Derived, p: Pledge, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = searchText(p, d);
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

/**
 * One pass over a prepared list, in `order` (list order when absent): returns the pledges
 * that match, and when given a tally, counts each pledge under the facets whose own
 * filter is the only one it fails (or under all four when it fails none). `ruledOut`
 * marks the pledges the words rule out, and skips those already marked.
 */
function scan(list: PreparedList, order: Uint32Array | undefined, q: CompiledQuery, tally: Tally | undefined, ruledOut?: Uint8Array): Pledge[] {
  const {pledges, derived, columns} = list;
  const matches: Pledge[] = [];
  for (let k = 0; k < pledges.length; k++) {
    const i = order === undefined ? k : order[k]!;
    const misses = facetMisses(columns, i, q);
    if (misses < 0 || (misses !== 0 && (tally === undefined || (misses & (misses - 1)) !== 0))) continue;
    if (ruledOut?.[i] === 1) continue;
    const p = pledges[i]!;
    if (!matchesWords(derived[i]!, p, q.words)) {
      if (ruledOut !== undefined) ruledOut[i] = 1;
      continue;
    }
    if (misses === 0) matches.push(p);
    if (tally !== undefined) count(tally, columns, i, misses);
  }
  return matches;
}

/** Whether every pledge `previous` ruled out is ruled out by `words` too. */
function extendsWords(words: readonly string[], previous: readonly string[]): boolean {
  return previous.every((old) => words.some((word) => word.includes(old)));
}

/** The list made ready for queries, reused while the array holds the same pledges. */
function prepare(source: readonly Pledge[]): PreparedList {
  const found = preparedLists.get(source);
  if (found !== undefined && sameItems(found.pledges, source)) return found;
  const derived = source.map(derive);
  const list: PreparedList = {
    pledges: source.slice(),
    derived,
    columns: columnsOf(source, derived),
    orders: new Map(),
    words: [],
    ruledOut: new Uint8Array(source.length),
  };
  preparedLists.set(source, list);
  return list;
}

function sameItems(a: readonly Pledge[], b: readonly Pledge[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function columnsOf(pledges: readonly Pledge[], derived: readonly Derived[]): Columns {
  const n = pledges.length;
  const columns = {
    objectives: new Uint32Array(n),
    stakeholder: new Uint8Array(n),
    scope: new Uint8Array(n),
    status: new Uint8Array(n),
    year: new Float64Array(n),
    countryStart: new Uint32Array(n + 1),
    countryIds: new Uint16Array(derived.reduce((total, d) => total + d.countries.length, 0)),
    countryCodes: [] as string[],
    countryIdOf: new Map<string, number>(),
  };
  let next = 0;
  for (let i = 0; i < n; i++) {
    const data = pledges[i]!._pledge;
    const d = derived[i]!;
    for (const objective of d.objectives) if (isObjective(objective)) columns.objectives[i]! |= 1 << objective;
    columns.stakeholder[i] = idOf(STAKEHOLDER_TYPES, data.stakeholder);
    columns.scope[i] = idOf(SCOPES, data.scope);
    columns.status[i] = idOf(PLEDGE_STATUSES, data.status);
    columns.year[i] = d.year ?? NaN;
    for (const code of d.countries) {
      let id = columns.countryIdOf.get(code);
      if (id === undefined) {
        id = columns.countryCodes.push(code) - 1;
        columns.countryIdOf.set(code, id);
      }
      columns.countryIds[next++] = id;
    }
    columns.countryStart[i + 1] = next;
  }
  return columns;
}

const isObjective = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= OBJECTIVE_NUMBERS.length;

/** The index of a value in its catalogue list; the list's length when it is not there. */
function idOf(list: readonly string[], value: string | undefined): number {
  const index = value === undefined ? -1 : list.indexOf(value);
  return index === -1 ? list.length : index;
}

function newTally(columns: Columns): Tally {
  return {
    objective: new Uint32Array(OBJECTIVE_NUMBERS.length + 1),
    stakeholder: new Uint32Array(STAKEHOLDER_TYPES.length + 1),
    country: new Uint32Array(columns.countryCodes.length),
    year: new Map(),
  };
}

function count(tally: Tally, c: Columns, i: number, misses: number): void {
  if ((misses | OBJECTIVE) === OBJECTIVE) {
    for (let bits = c.objectives[i]!; bits !== 0; bits &= bits - 1) tally.objective[31 - Math.clz32(bits & -bits)]!++;
  }
  if ((misses | STAKEHOLDER) === STAKEHOLDER) tally.stakeholder[c.stakeholder[i]!]!++;
  if ((misses | COUNTRY) === COUNTRY) for (let k = c.countryStart[i]!; k < c.countryStart[i + 1]!; k++) tally.country[c.countryIds[k]!]!++;
  const year = c.year[i]!;
  if ((misses | YEAR) === YEAR && !Number.isNaN(year)) tally.year.set(year, (tally.year.get(year) ?? 0) + 1);
}

function toFacets(tally: Tally, columns: Columns): Facets {
  const countries = columns.countryCodes.map((code, id): [string, number] => [code, tally.country[id]!]);
  return {
    objective: new Map(OBJECTIVE_NUMBERS.map((n) => [n, tally.objective[n]!])),
    stakeholder: new Map(STAKEHOLDER_TYPES.map((type, id) => [type, tally.stakeholder[id]!])),
    country: new Map(countries.filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    year: new Map([...tally.year].sort(([a], [b]) => a - b)),
  };
}

/** A collator per locale, made once: building one costs far more than comparing. */
function collator(locale: string | undefined): Intl.Collator {
  const key = locale ?? '';
  let found = collators.get(key);
  if (found === undefined) {
    found = makeCollator(locale);
    collators.set(key, found);
  }
  return found;
}

function makeCollator(locale: string | undefined): Intl.Collator {
  try {
    return new Intl.Collator(locale, {numeric: true});
  } catch {
    // A malformed lang attribute should not break the board: fall back to the default.
    return new Intl.Collator(undefined, {numeric: true});
  }
}

/**
 * Positions of the pledges in sorted order, ties in list order, remembered in a prepared
 * list: collating 10,000 titles takes most of a frame, so it is done once per locale.
 */
function sortedPositions(
  pledges: readonly Pledge[],
  order: SortOrder,
  locale: string | undefined,
  list?: PreparedList,
): Uint32Array {
  const known: SortOrder = order === 'oldest' || order === 'title' ? order : 'newest';
  const key = known === 'title' ? `title:${locale ?? ''}` : known;
  let positions = list?.orders.get(key);
  if (positions === undefined) {
    positions = Uint32Array.from(pledges, (_, i) => i);
    if (known === 'title') sortByTitle(positions, pledges, collator(locale));
    else sortByTime(positions, pledges.map((p) => derive(p).time), known === 'oldest' ? 1 : -1);
    list?.orders.set(key, positions);
  }
  return positions;
}

function sortByTitle(positions: Uint32Array, pledges: readonly Pledge[], by: Intl.Collator): void {
  const titles = pledges.map((p) => p.title);
  const compare = by.compare;
  positions.sort((a, b) => compare(titles[a]!, titles[b]!) || a - b);
}

/** Sorts by time in the given direction, undated (NaN) pledges last either way. */
function sortByTime(positions: Uint32Array, times: readonly number[], direction: 1 | -1): void {
  positions.sort((a, b) => {
    const ta = times[a]!;
    const tb = times[b]!;
    if (Number.isNaN(ta)) return Number.isNaN(tb) ? a - b : 1;
    if (Number.isNaN(tb)) return -1;
    return (ta - tb) * direction || a - b;
  });
}
