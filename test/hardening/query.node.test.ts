// Property tests: the query functions never throw on arbitrary queries, the facet counts
// agree with the filtered lists, and the remembered list of queryPledges never goes stale.
import {describe, it, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {parseFeed} from '../../src/feed/read/parse.js';
import {facetCounts, filterPledges, queryPledges} from '../../src/query/query.js';
import {SORT_ORDERS} from '../../src/query/types.js';
import type {PledgeQuery} from '../../src/query/types.js';
import {OBJECTIVE_NUMBERS, PLEDGE_STATUSES, SCOPES, STAKEHOLDER_TYPES} from '../../src/model/catalogue.js';
import type {Pledge} from '../../src/model/schema.js';
import {report} from './report.js';

const PLEDGES = parseFeed(readFileSync('examples/feeds/local-actions.json', 'utf8')).pledges;
let properties = 0;
let cases = 0;

function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns = 2000): void {
  fc.assert(fc.property(arbitrary, predicate), {numRuns});
  properties += 1;
  cases += numRuns;
}

/** A value from the catalogue most of the time, anything at all sometimes. */
const listOf = <T>(known: readonly T[], wild: fc.Arbitrary<T>) =>
  fc.option(
    fc.array(fc.oneof({weight: 4, arbitrary: fc.constantFrom(...known)}, {weight: 1, arbitrary: wild}), {maxLength: 4}),
    {nil: undefined},
  );

const WORDS = ['city', 'migrants', 'ZÜRICH', 'welcoming', 'refugee', 'the', 'a', ' ', 'é', 'ال'];

const query: fc.Arbitrary<PledgeQuery> = fc.record(
  {
    objectives: listOf<number>(OBJECTIVE_NUMBERS, fc.oneof(fc.integer(), fc.double())),
    stakeholders: listOf(STAKEHOLDER_TYPES, fc.string() as fc.Arbitrary<never>),
    scopes: listOf(SCOPES, fc.string() as fc.Arbitrary<never>),
    countries: listOf(['BR', 'br', 'FR', 'US', 'DE', 'CO', 'ES', 'IT'], fc.string()),
    statuses: listOf(PLEDGE_STATUSES, fc.string() as fc.Arbitrary<never>),
    yearFrom: fc.oneof(fc.integer({min: 2015, max: 2030}), fc.double()),
    yearTo: fc.oneof(fc.integer({min: 2015, max: 2030}), fc.double()),
    text: fc.oneof(
      fc.string(),
      fc.array(fc.constantFrom(...WORDS)).map((w) => w.join(' ')),
      fc.string({unit: 'grapheme'}),
    ),
    order: fc.oneof(fc.constantFrom(...SORT_ORDERS), fc.string() as fc.Arbitrary<never>),
  },
  {requiredKeys: []},
);

const pledges = fc.subarray(PLEDGES);

/** Facet counts recomputed from filterPledges alone: each facet without its own filter. */
function assertFacetsAgree(list: readonly Pledge[], q: PledgeQuery): void {
  const facets = facetCounts(list, q);
  for (const [objective, count] of facets.objective) {
    assert.equal(count, filterPledges(list, {...q, objectives: [objective]}).length, `objective ${objective}`);
  }
  for (const [stakeholder, count] of facets.stakeholder) {
    assert.equal(count, filterPledges(list, {...q, stakeholders: [stakeholder]}).length, `stakeholder ${stakeholder}`);
  }
  for (const [country, count] of facets.country) {
    assert.ok(count > 0);
    assert.equal(count, filterPledges(list, {...q, countries: [country]}).length, `country ${country}`);
  }
  for (const [year, count] of facets.year) {
    assert.ok(count > 0);
    assert.equal(count, filterPledges(list, {...q, yearFrom: year, yearTo: year}).length, `year ${year}`);
  }
  // Every matching pledge is counted under each of its objectives.
  const matching = filterPledges(list, q);
  const objectiveTotal = [...facets.objective.values()].reduce((a, b) => a + b, 0);
  if (q.objectives === undefined || q.objectives.length === 0) {
    assert.equal(
      objectiveTotal,
      matching.reduce((n, p) => n + new Set(p._pledge.objectives).size, 0),
    );
  }
}

describe('queries under arbitrary input (properties)', () => {
  after(() => report({name: 'query properties', properties, cases}));

  it('filterPledges, facetCounts and queryPledges never throw', () => {
    check(fc.tuple(pledges, query, fc.double(), fc.double()), ([list, q, page, pageSize]) => {
      filterPledges(list, q);
      facetCounts(list, q);
      queryPledges(list, q, {page, pageSize});
    });
  });

  it('facet counts agree with the filtered lists', () => {
    check(fc.tuple(pledges, query), ([list, q]) => assertFacetsAgree(list, q), 1500);
  });

  it('queryPledges finds what filterPledges finds, and its page is a slice of it', () => {
    check(
      fc.tuple(pledges, query, fc.integer({min: 1, max: 5}), fc.integer({min: 1, max: 6})),
      ([list, q, page, pageSize]) => {
        const result = queryPledges(list, q, {page, pageSize});
        const matching = filterPledges(list, q);
        assert.equal(result.total, matching.length);
        assert.equal(result.page.total, matching.length);
        assert.ok(result.page.items.length <= pageSize);
        for (const p of result.page.items) assert.ok(matching.includes(p));
        assert.deepEqual(result.facets, facetCounts(list, q));
      },
    );
  });

  it('a sequence of queries on one list (typing, deleting, refiltering) never returns stale results', () => {
    check(
      fc.tuple(pledges, fc.array(query, {minLength: 2, maxLength: 12})),
      ([list, queries]) => {
        for (const q of queries) {
          const result = queryPledges(list, q, {pageSize: 1000});
          assert.deepEqual(new Set(result.page.items), new Set(filterPledges(list, q)));
        }
      },
      1000,
    );
  });

  it('typing a search one letter at a time, then deleting it, agrees with a fresh filter at every step', () => {
    const typed = fc.tuple(pledges, query, fc.constantFrom(...WORDS, 'welcoming cities', 'migr', 'national network'));
    check(
      typed,
      ([list, q, text]) => {
        const steps = [
          ...Array.from(text, (_, i) => text.slice(0, i + 1)),
          ...Array.from(text, (_, i) => text.slice(0, text.length - i - 1)),
        ];
        for (const step of steps) {
          const result = queryPledges(list, {...q, text: step}, {pageSize: 1000});
          assert.equal(result.total, filterPledges(list, {...q, text: step}).length, `at "${step}"`);
        }
      },
      1000,
    );
  });

  it('a list changed in place is not answered from the old one', () => {
    check(
      fc.tuple(pledges, pledges, query),
      ([first, second, q]) => {
        const list = [...first];
        queryPledges(list, q, {pageSize: 1000});
        list.splice(0, list.length, ...second);
        assert.equal(queryPledges(list, q, {pageSize: 1000}).total, filterPledges(second, q).length);
      },
      1000,
    );
  });
});
