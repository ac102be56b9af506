/**
 * The facet filters of a prepared list, as numbers in typed arrays: what the filters and
 * the facet counts of `query.ts` read of each pledge. A scan of 10,000 pledges then reads a
 * few arrays instead of walking 10,000 objects and sets (a filter change at 10,000 takes
 * well under a millisecond).
 */
import {OBJECTIVE_NUMBERS, PLEDGE_STATUSES, SCOPES, STAKEHOLDER_TYPES} from '../model/catalogue.js';
import type {Pledge} from '../model/schema.js';
import {objectiveBits} from './objectives.js';
import type {Facets, PledgeQuery} from './types.js';

/**
 * The facet fields of every pledge of a list. A value the catalogue does not know (or an
 * absent scope or status) gets the id after the last one, which no filter flags and no
 * facet counts.
 */
export interface Columns {
  /** Bit n set for each objective n (1–23) of a pledge. */
  readonly objectives: Uint32Array;
  /** Index in STAKEHOLDER_TYPES, SCOPES and PLEDGE_STATUSES. */
  readonly stakeholder: Uint8Array;
  readonly scope: Uint8Array;
  readonly status: Uint8Array;
  /** The year of `pledgeYear`, NaN when undated (so it is in no range). */
  readonly year: Float64Array;
  /** Each pledge's year for counting: 1 + its index in `years`, or 0 when undated. */
  readonly yearId: Uint16Array;
  /** Every year of the list, by id. */
  readonly years: readonly number[];
  /** The countries of pledge i are `countryIds[countryStart[i]]` up to `countryIds[countryStart[i + 1]]`. */
  readonly countryStart: Uint32Array;
  readonly countryIds: Uint16Array;
  /** Every country code of the list, by id. */
  readonly countryCodes: readonly string[];
  readonly countryIdOf: ReadonlyMap<string, number>;
}

/** What the columns are built from, besides the pledge: worked out once per pledge by `query.ts`. */
export interface PledgeFacts {
  readonly year: number | undefined;
  /** Upper-case codes, each once: the actor's country and the countries covered. */
  readonly countries: readonly string[];
  /** Its objectives as `objectiveBits`. */
  readonly objectives: number;
}

/**
 * The facet filters of a query, made ready for one list: each as flags over the list's
 * ids (undefined when the filter is off; all zeros when it can match nothing).
 */
export interface Filters {
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
}

/** Tallies of one scan, by id, turned into `Facets` at the end. */
export interface Tally {
  readonly objective: Uint32Array;
  readonly stakeholder: Uint32Array;
  readonly country: Uint32Array;
  readonly year: Uint32Array;
}

// Bits of the four faceted filters a pledge fails.
const OBJECTIVE = 1;
const STAKEHOLDER = 2;
const COUNTRY = 4;
const YEAR = 8;

/** The index of a value in its catalogue list; the list's length when it is not there. */
function idOf(list: readonly string[], value: string | undefined): number {
  const index = value === undefined ? -1 : list.indexOf(value);
  return index === -1 ? list.length : index;
}

/** The columns of a list, from its pledges and what was worked out of each. */
export function columnsOf(pledges: readonly Pledge[], facts: readonly PledgeFacts[]): Columns {
  const n = pledges.length;
  const columns = {
    objectives: new Uint32Array(n),
    stakeholder: new Uint8Array(n),
    scope: new Uint8Array(n),
    status: new Uint8Array(n),
    year: new Float64Array(n),
    yearId: new Uint16Array(n),
    years: [] as number[],
    countryStart: new Uint32Array(n + 1),
    countryIds: new Uint16Array(facts.reduce((total, f) => total + f.countries.length, 0)),
    countryCodes: [] as string[],
    countryIdOf: new Map<string, number>(),
  };
  const yearIdOf = new Map<number, number>();
  let next = 0;
  for (let i = 0; i < n; i++) {
    const data = pledges[i]!._pledge;
    const f = facts[i]!;
    columns.objectives[i] = f.objectives;
    columns.stakeholder[i] = idOf(STAKEHOLDER_TYPES, data.stakeholder);
    columns.scope[i] = idOf(SCOPES, data.scope);
    columns.status[i] = idOf(PLEDGE_STATUSES, data.status);
    columns.year[i] = f.year ?? NaN;
    if (f.year !== undefined && !yearIdOf.has(f.year)) yearIdOf.set(f.year, columns.years.push(f.year));
    columns.yearId[i] = f.year === undefined ? 0 : yearIdOf.get(f.year)!;
    for (const code of f.countries) {
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

/** The facet filters of a query for the list of `columns`. */
export function compileFilters(q: PledgeQuery, columns: Columns): Filters {
  let objectives: number | undefined;
  if (q.objectives !== undefined && q.objectives.length > 0) {
    objectives = objectiveBits(q.objectives);
  }
  const countryIds = q.countries?.map((code) => columns.countryIdOf.get(code.toUpperCase()) ?? -1);
  const yearFrom = Number.isFinite(q.yearFrom) ? q.yearFrom! : -Infinity;
  const yearTo = Number.isFinite(q.yearTo) ? q.yearTo! : Infinity;
  return {
    objectives,
    stakeholders: flags(
      STAKEHOLDER_TYPES.length,
      q.stakeholders?.map((type) => STAKEHOLDER_TYPES.indexOf(type)),
    ),
    scopes: flags(
      SCOPES.length,
      q.scopes?.map((scope) => SCOPES.indexOf(scope)),
    ),
    countries: flags(columns.countryCodes.length, countryIds),
    statuses: flags(
      PLEDGE_STATUSES.length,
      q.statuses?.map((status) => PLEDGE_STATUSES.indexOf(status)),
    ),
    years: yearFrom !== -Infinity || yearTo !== Infinity,
    yearFrom,
    yearTo,
  };
}

/** A 1 for each id asked for (unknown ones, -1, are left out); undefined when none is asked. */
function flags(known: number, ids: readonly number[] | undefined): Uint8Array | undefined {
  if (ids === undefined || ids.length === 0) return undefined;
  const out = new Uint8Array(known + 1); // the last id, "unknown", is never flagged
  for (const id of ids) if (id >= 0) out[id] = 1;
  return out;
}

/**
 * Which faceted filters pledge `i` fails, as bits; -1 when it fails a filter that is not a
 * facet (scope, status), which hides it from every count.
 */
export function facetMisses(c: Columns, i: number, q: Filters): number {
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

export function newTally(columns: Columns): Tally {
  return {
    objective: new Uint32Array(OBJECTIVE_NUMBERS.length + 1),
    stakeholder: new Uint32Array(STAKEHOLDER_TYPES.length + 1),
    country: new Uint32Array(columns.countryCodes.length),
    year: new Uint32Array(columns.years.length + 1), // slot 0 counts the undated, never shown
  };
}

/** Counts pledge `i` under each facet whose own filter is the only one it fails (all four when it fails none). */
export function countFacets(tally: Tally, c: Columns, i: number, misses: number): void {
  if ((misses | OBJECTIVE) === OBJECTIVE) {
    for (let bits = c.objectives[i]!; bits !== 0; bits &= bits - 1) tally.objective[31 - Math.clz32(bits & -bits)]!++;
  }
  if ((misses | STAKEHOLDER) === STAKEHOLDER) tally.stakeholder[c.stakeholder[i]!]!++;
  if ((misses | COUNTRY) === COUNTRY)
    for (let k = c.countryStart[i]!; k < c.countryStart[i + 1]!; k++) tally.country[c.countryIds[k]!]!++;
  if ((misses | YEAR) === YEAR) tally.year[c.yearId[i]!]!++;
}

export function toFacets(tally: Tally, columns: Columns): Facets {
  const countries = columns.countryCodes.map((code, id): [string, number] => [code, tally.country[id]!]);
  return {
    objective: new Map(OBJECTIVE_NUMBERS.map((n) => [n, tally.objective[n]!])),
    stakeholder: new Map(STAKEHOLDER_TYPES.map((type, id) => [type, tally.stakeholder[id]!])),
    country: new Map(countries.filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    year: new Map(
      columns.years
        .map((year, k): [number, number] => [year, tally.year[k + 1]!])
        .filter(([, n]) => n > 0)
        .sort(([a], [b]) => a - b),
    ),
  };
}
