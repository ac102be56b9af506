// FirstPlaces answers as a plain map of first places would, whatever the claims and releases.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {FirstPlaces, repeatedId} from '../../../src/feed/read/ids.js';

describe('FirstPlaces', () => {
  it('gives the first place of a repeated id, forgets released ids, like a map', () => {
    const step = fc.record({release: fc.boolean(), id: fc.constantFrom('a', 'b', 'c', 'd', '__proto__')});
    fc.assert(
      fc.property(fc.array(step, {maxLength: 40}), (steps) => {
        const places = new FirstPlaces();
        const model = new Map<string, number>();
        steps.forEach(({release, id}, place) => {
          if (release) {
            places.release(id);
            model.delete(id);
            return;
          }
          const expected = model.get(id);
          if (expected === undefined) model.set(id, place);
          assert.equal(places.claim(id, place), expected);
        });
      }),
      {numRuns: 2000, seed: 13},
    );
  });

  it('says which item was kept', () => {
    assert.equal(repeatedId('item 3'), 'repeats the id of item 3; the first one is kept');
  });
});
