import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {WordIndex, isSpace} from '../../src/query/word-index.js';

// Letters that overlap as parts of words, one outside the BMP (two UTF-16 units), and the
// white space a search text can hold, Unicode's included.
const LETTERS = ['a', 'b', 'ab', 'é', 'ß', '中', '𝒳', '-'];
const SPACES = [' ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028'];

const word = fc.array(fc.constantFrom(...LETTERS), {minLength: 1, maxLength: 4}).map((parts) => parts.join(''));
const text = fc
  .array(fc.oneof(fc.constantFrom(...LETTERS), fc.constantFrom(...SPACES)), {maxLength: 30})
  .map((parts) => parts.join(''));

function indexOf(texts: readonly string[]): WordIndex {
  const index = new WordIndex();
  for (const t of texts) index.add(t);
  index.finish();
  return index;
}

/** What a search without the index finds: the texts holding every word. */
function reference(texts: readonly string[], words: readonly string[]): number[] {
  return texts.flatMap((t, i) => (words.every((w) => t.includes(w)) ? [i] : []));
}

function found(index: WordIndex, words: readonly string[]): number[] {
  return [...index.match(words)].flatMap((hit, i) => (hit === 1 ? [i] : []));
}

describe('WordIndex', () => {
  it('finds exactly the texts that include every word, as parts of words too', () => {
    fc.assert(
      fc.property(fc.array(text, {maxLength: 25}), fc.array(word, {maxLength: 3}), (texts, words) => {
        assert.deepEqual(found(indexOf(texts), words), reference(texts, words));
      }),
      {numRuns: 3000},
    );
  });

  it('finds words that occur in the texts (the generated words above mostly do not)', () => {
    fc.assert(
      fc.property(
        fc.array(text, {minLength: 1, maxLength: 25}),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (texts, t, start, length) => {
          const source = texts[t % texts.length]!.split(/\s+/).filter(Boolean);
          fc.pre(source.length > 0);
          const whole = source[start % source.length]!;
          const part = whole.slice(start % whole.length, (start % whole.length) + 1 + (length % whole.length));
          const words = [part, whole];
          const expected = reference(texts, words);
          assert.ok(expected.length > 0);
          assert.deepEqual(found(indexOf(texts), words), expected);
        },
      ),
      {numRuns: 3000},
    );
  });

  it('splits words where a regular expression sees white space, and nowhere else', () => {
    for (let c = 0; c <= 0xffff; c++)
      assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('keeps every word of a large vocabulary (the table grows as words come)', () => {
    const texts = Array.from({length: 5000}, (_, i) => `w${i} shared x${i % 7}`);
    const index = indexOf(texts);
    for (const words of [['w1234'], ['w12'], ['shared'], ['x3', 'w4'], ['w4999'], ['w5000']]) {
      assert.deepEqual(found(index, words), reference(texts, words), words.join());
    }
  });

  it('tells apart words of the same length and hash', () => {
    // Both hash to 3792586706 with 32-bit FNV-1a, the hash the index files words under.
    const index = indexOf(['declinate', 'macallums', 'declinate macallums']);
    assert.deepEqual(found(index, ['declinate']), [0, 2]);
    assert.deepEqual(found(index, ['macallums']), [1, 2]);
  });

  it('lists a pledge once however often it holds a word, and answers with no words or empty ones', () => {
    const index = indexOf(['aa aa aab', 'b', '']);
    assert.deepEqual(found(index, ['a']), [0]);
    assert.deepEqual(found(index, ['b']), [0, 1]);
    assert.deepEqual(found(index, []), [0, 1, 2]);
    assert.deepEqual(found(index, ['']), [0, 1, 2]);
    assert.deepEqual(found(index, ['', 'b']), [0, 1]);
  });

  it('is complete only once finished, and an empty list is a complete index', () => {
    const index = new WordIndex();
    index.add('a');
    assert.equal(index.complete, false);
    index.finish();
    assert.equal(index.complete, true);
    const empty = indexOf([]);
    assert.equal(empty.complete, true);
    assert.deepEqual(found(empty, ['a']), []);
  });
});
