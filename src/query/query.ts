/**
 * Querying pledges: filters, free-text search, sorting, pages and facet counts. Pure
 * functions, no DOM and no fetch, fast enough to run on every keystroke over 10,000
 * pledges. What each pledge needs (its search text, year, date, countries) is worked out
 * on first use and kept in a `WeakMap`, so it lives exactly as long as the pledge. A list
 * is prepared once for the next keystroke: its sort orders, its facet fields as typed
 * columns (`columns.ts`), and once {@link prepareSearch} has been through it, its words
 * (`word-index.ts`).
 *
 * Pledges are treated as immutable: a pledge whose fields change must be a new object.
 */
import {timeOf} from '../model/formats.js';
import type {Pledge} from '../model/schema.js';
import {collator} from './collator.js';
import {objectiveBits} from './objectives.js';
import {columnsOf, compileFilters, countFacets, facetMisses, newTally, toFacets} from './columns.js';
import type {Columns, Filters, PledgeFacts, Tally} from './columns.js';
import {fold, normalizeText, searchFields} from './search-text.js';
import type {Facets, Page, PledgeQuery, QueryOptions, QueryResult, SortOrder} from './types.js';
import {WordIndex} from './word-index.js';

export {normalizeText} from './search-text.js';

/** What the queries need of a pledge, derived once. */
interface Derived extends PledgeFacts {
  /** Milliseconds since the epoch; NaN when undated. */
  readonly time: number;
  /** The folded search text, built when a search first reads it (not when the list's word index is complete). */
  text: string | undefined;
}

/** A query made ready for one prepared list. */
interface CompiledQuery extends Filters {
  readonly words: readonly string[];
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
  /** The list's words, built by {@link prepareSearch}; searches use it once complete. */
  index: WordIndex | undefined;
}

const DEFAULT_PAGE_SIZE = 20;

const derivedCache = /* @__PURE__ */ new WeakMap<Pledge, Derived>();
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
 * Gets a list ready for text searches up to position `from + count`: works out the search
 * texts of its pledges and adds them to the list's word index, which takes them in order
 * (so pledges before `from` not done yet are done too). Returns the position to go on
 * from: the first pledge not done yet (`pledges.length` when all are done, whatever
 * `from` was). Once the whole list is done, a search looks through its distinct words
 * instead of all of its text. Doing this for 10,000 pledges takes about a fifth of a
 * second; a board does it in idle time after its first page shows, so the first search
 * neither stalls the page nor reads every text.
 */
export function prepareSearch(pledges: readonly Pledge[], from: number, count: number): number {
  const list = prepare(pledges);
  const {derived} = list;
  const index = (list.index ??= new WordIndex());
  const end = Math.min(pledges.length, from + count);
  // The index keeps the words, not the texts: a text not searched yet is folded and let go.
  while (index.size < end) index.add(derived[index.size]!.text ?? foldedText(pledges[index.size]!));
  if (index.size === pledges.length) index.finish();
  return index.size;
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
      time: date === undefined ? NaN : timeOf(date),
      countries: countriesOf(p),
      objectives: objectiveBits(p._pledge.objectives),
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

function countriesOf(p: Pledge): string[] {
  const codes = new Set<string>();
  if (p._pledge.actor.country !== undefined) codes.add(p._pledge.actor.country.toUpperCase());
  for (const code of p._pledge.countries ?? []) codes.add(code.toUpperCase());
  return [...codes];
}

function searchText(p: Pledge, d: Derived): string {
  return (d.text ??= foldedText(p));
}

function foldedText(p: Pledge): string {
  return fold(searchFields(p).join('\n'));
}

function compile(q: PledgeQuery, columns: Columns): CompiledQuery {
  return {...compileFilters(q, columns), words: wordsOf(q.text)};
}

function wordsOf(text: string | undefined): string[] {
  const normal = text === undefined ? '' : normalizeText(text);
  // Longest first: it is usually the rarest, so a failing pledge is rejected sooner.
  return normal === '' ? [] : [...new Set(normal.split(' '))].sort((a, b) => b.length - a.length);
}

/**
 * Whether pledge `i` holds every word, read from its text; `ruledOut` marks the pledges
 * that do not, and skips those already marked.
 */
function textMatches(
  list: PreparedList,
  i: number,
  words: readonly string[],
  ruledOut: Uint8Array | undefined,
): boolean {
  if (words.length === 0) return true;
  if (ruledOut?.[i] === 1) return false;
  const text = searchText(list.pledges[i]!, list.derived[i]!);
  for (const word of words) {
    if (!text.includes(word)) {
      if (ruledOut !== undefined) ruledOut[i] = 1;
      return false;
    }
  }
  return true;
}

/**
 * One pass over a prepared list, in `order` (list order when absent): returns the pledges
 * that match, and when given a tally, counts each pledge under the facets whose own
 * filter is the only one it fails (or under all four when it fails none). The words are
 * looked up in the list's word index when it is complete, else in each pledge's text
 * (see {@link textMatches} for `ruledOut`).
 */
function scan(
  list: PreparedList,
  order: Uint32Array | undefined,
  q: CompiledQuery,
  tally: Tally | undefined,
  ruledOut?: Uint8Array,
): Pledge[] {
  const {pledges, columns, index} = list;
  const found = q.words.length > 0 && index?.complete ? index.match(q.words) : undefined;
  const matches: Pledge[] = [];
  for (let k = 0; k < pledges.length; k++) {
    const i = order === undefined ? k : order[k]!;
    const misses = facetMisses(columns, i, q);
    if (misses < 0 || (misses !== 0 && (tally === undefined || (misses & (misses - 1)) !== 0))) continue;
    if (found === undefined ? !textMatches(list, i, q.words, ruledOut) : found[i] === 0) continue;
    if (misses === 0) matches.push(pledges[i]!);
    if (tally !== undefined) countFacets(tally, columns, i, misses);
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
    index: undefined,
  };
  preparedLists.set(source, list);
  return list;
}

function sameItems(a: readonly Pledge[], b: readonly Pledge[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
    else
      sortByTime(
        positions,
        pledges.map((p) => derive(p).time),
        known === 'oldest' ? 1 : -1,
      );
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
