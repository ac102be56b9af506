// Property tests: the formatting the elements apply to feed and page values never throws,
// whatever language tag a page or a feed carries (Intl throws RangeError on bad tags).
import {describe, it, after} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  countryName,
  directionOf,
  format,
  formatDate,
  formatNumber,
  formatPartialDate,
  messages,
  plural,
  resolveLanguage,
} from '../../src/i18n/index.js';
import {report} from './report.js';

const RUNS = 3000;
let properties = 0;

const lang = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'en',
    'ar',
    'x',
    'en-US-u-nu-arab',
    'i-klingon',
    'root',
    'und',
    'zh-Hant-TW',
    '',
    'EN_us',
    'de-DE-1996',
    'qaa',
    '*',
    'en-u-ca-islamic',
    'ar-EG-u-nu-latn',
    'fr-CA',
  ),
);
const date = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '2024',
    '2024-06',
    '2024-06-30',
    '2024-06-30T25:00:00Z',
    '0000-01-01',
    '9999-12-31T23:59:60Z',
    '+275760-09-13',
    '2024-02-30',
  ),
);

function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void): void {
  fc.assert(fc.property(arbitrary, predicate), {numRuns: RUNS});
  properties += 1;
}

describe('i18n under hostile language tags and values (properties)', () => {
  after(() => report({name: 'i18n properties', properties, cases: properties * RUNS}));

  it('dates, countries and numbers format in any language tag without throwing', () => {
    check(fc.tuple(lang, date, fc.string(), fc.double()), ([l, d, code, n]) => {
      assert.equal(typeof formatDate(d, l), 'string');
      assert.equal(typeof formatPartialDate(d, l), 'string');
      assert.equal(typeof countryName(code, l), 'string');
      assert.equal(typeof formatNumber(n, l), 'string');
    });
  });

  it('any tag resolves to one of the UI languages, with a direction', () => {
    check(lang, (l) => {
      const ui = resolveLanguage(l);
      assert.ok(messages(ui), `no messages for ${ui}`);
      assert.ok(['ltr', 'rtl'].includes(directionOf(l)));
    });
  });

  it('messages filled with hostile values keep the values as they are', () => {
    check(fc.tuple(lang, fc.string(), fc.integer({min: -1e6, max: 1e9})), ([l, text, count]) => {
      const filled = format('Before {x} after', {x: text}, l);
      assert.ok(filled.includes(text));
      assert.equal(typeof plural(l, {one: '{n} pledge', other: '{n} pledges'}, count, {n: count}), 'string');
    });
  });
});
