// Repeated ids: the first item kept with an id wins, and each later one is rejected naming it.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {FirstPlaces, repeatedId} from '../../../src/feed/read/ids.js';
import {parseFeed} from '../../../src/feed/read/parse.js';
import {pledgeFeed, pledgeItem} from '../../support/pledges.js';

describe('repeated ids', () => {
  it('parseFeed keeps the first valid item of each id and names it in every repeat', () => {
    const item = fc.record({id: fc.constantFrom('a', 'b', 'c', 1, '1', '__proto__'), valid: fc.boolean()});
    fc.assert(
      fc.property(fc.array(item, {maxLength: 30}), (list) => {
        const items = list.map(({id, valid}) => ({...pledgeItem(String(id)), id, ...(valid ? {} : {title: ''})}));
        const result = parseFeed({...pledgeFeed([]), items});
        // The model: walk the items, remembering the first valid one of each id.
        const first = new Map<string, number>();
        const expected: [number, number | undefined][] = [];
        list.forEach(({id, valid}, index) => {
          const key = String(id);
          if (!valid) expected.push([index, undefined]);
          else if (first.has(key)) expected.push([index, first.get(key)]);
          else first.set(key, index);
        });
        assert.deepEqual(
          result.rejected.map((issue) => [issue.index, issue.repeats]),
          expected,
        );
        for (const issue of result.rejected.filter((r) => r.repeats !== undefined)) {
          assert.equal(issue.reason, repeatedId(`item ${issue.repeats! + 1}`));
        }
        assert.deepEqual(
          result.pledges.map((p) => p.id),
          [...first.keys()],
        );
      }),
      {numRuns: 2000, seed: 13},
    );
  });

  it('FirstPlaces gives the first place of an id claimed again', () => {
    const places = new FirstPlaces();
    assert.equal(places.claim('a', 2), undefined);
    assert.equal(places.claim('b', 3), undefined);
    assert.equal(places.claim('a', 9), 2);
    assert.equal(places.claim('a', 10), 2);
  });
});
