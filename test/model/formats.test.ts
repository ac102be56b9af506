/**
 * The string formats read characters instead of running regular expressions (for speed):
 * each predicate is checked here against its published pattern on strings built to sit on
 * both sides of it.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  COUNTRY_PATTERN,
  DATE_TIME_PATTERN,
  PARTIAL_DATE_PATTERN,
  isCountryCode,
  isDateTime,
  isHttpUrl,
  isNonBlank,
  isPartialDate,
} from '../../src/model/formats.js';
import {parserSaysHttpUrl, webAddress} from './http-url.cases.js';

const RUNS = {numRuns: 20_000, seed: 42};

/** A real day of the proleptic Gregorian calendar, asked of Date. */
function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function patternSaysDateTime(value: string): boolean {
  const m = new RegExp(DATE_TIME_PATTERN).exec(value);
  if (!m || !isRealDay(+m[1]!, +m[2]!, +m[3]!)) return false;
  if (m[4] === undefined) return true;
  if (+m[4] > 23 || +m[5]! > 59 || +m[6]! > 60) return false;
  return m[7] === undefined || (+m[7] <= 23 && +m[8]! <= 59);
}

function patternSaysPartialDate(value: string): boolean {
  const m = new RegExp(PARTIAL_DATE_PATTERN).exec(value);
  return m !== null && (m[2] === undefined || isRealDay(+m[1]!, +m[2], m[3] === undefined ? 1 : +m[3]));
}

const piece = (...values: string[]) => fc.constantFrom(...values);
/** A part of a date: mostly a valid one, so that a single bad part is the usual case. */
const part = (valid: string[], invalid: string[]) =>
  fc.oneof({weight: 6, arbitrary: piece(...valid)}, {weight: 1, arbitrary: piece(...invalid)});
const day = fc
  .tuple(
    part(['2024', '2023', '2000', '1900', '0000', '9999'], ['202', '20245', 'abcd', '２０２４']),
    part(['-'], ['/', '']),
    part(['01', '02', '04', '12'], ['13', '00', '1', '1a']),
    part(['-'], ['']),
    part(['01', '28', '29', '30', '31'], ['32', '00', '3', '٣١']),
  )
  .map((parts) => parts.join(''));
const time = fc
  .tuple(
    part(['T', 't'], [' ', '']),
    part(['00', '09', '23'], ['24', '9', '99']),
    part([':'], ['']),
    part(['00', '59'], ['60', '5']),
    part([':'], ['.']),
    part(['00', '59', '60'], ['61', '6']),
    part(['', '.1', '.123456789'], ['.', '.1234567890', '.x']),
    part(['Z', 'z', '+02:00', '-23:59'], ['', '+24:00', '+02:60', '+0200', '+02:0', 'ZZ', 'Z\n', '+02:00:', '+02:000']),
  )
  .map((parts) => parts.join(''));
const dateLike = fc.oneof(
  fc.tuple(day, fc.option(time, {nil: ''})).map(([d, t]) => d + t),
  fc.stringMatching(new RegExp(DATE_TIME_PATTERN)),
  fc.stringMatching(new RegExp(PARTIAL_DATE_PATTERN)),
  fc.string({maxLength: 12}),
);

describe('the string formats', () => {
  it('isDateTime agrees with its pattern and the calendar', () => {
    fc.assert(
      fc.property(dateLike, (value) => assert.equal(isDateTime(value), patternSaysDateTime(value), value)),
      RUNS,
    );
  });

  it('isPartialDate agrees with its pattern and the calendar', () => {
    fc.assert(
      fc.property(dateLike, (value) => assert.equal(isPartialDate(value), patternSaysPartialDate(value), value)),
      RUNS,
    );
  });

  it('isCountryCode agrees with its pattern', () => {
    const code = fc.oneof(
      fc.string({maxLength: 3}),
      fc.stringMatching(/^[A-Za-zÀ-Ý0-9]{1,3}$/),
      piece('FR', 'fr', 'Fr', 'ZZ', 'AZ', '@A', 'A[', 'F', 'FRA'),
    );
    fc.assert(
      fc.property(code, (value) => assert.equal(isCountryCode(value), new RegExp(COUNTRY_PATTERN).test(value), value)),
      RUNS,
    );
  });

  it('isNonBlank finds any character that is not white space', () => {
    const textLike = fc.string({
      unit: fc.constantFrom(
        ' ',
        '\t',
        '\n',
        '\r',
        '\u00a0',
        '\u2003',
        '\u3000',
        '\ufeff',
        '\u200b',
        '\u0085',
        '\x7f',
        '\x1f',
        'a',
        '~',
        'é',
      ),
    });
    fc.assert(
      fc.property(textLike, (value) => assert.equal(isNonBlank(value), /\S/.test(value), JSON.stringify(value))),
      RUNS,
    );
  });

  it('isHttpUrl agrees with the URL parser on every address, including those it accepts without parsing', () => {
    fc.assert(
      fc.property(webAddress, (value) => assert.equal(isHttpUrl(value), parserSaysHttpUrl(value), value)),
      RUNS,
    );
  });

  it('accepts the usual values and refuses near misses', () => {
    for (const good of ['2024-02-29', '2024-03-01T09:00:00Z', '2016-12-31T23:59:60.123456789+14:00'])
      assert.ok(isDateTime(good), good);
    for (const bad of ['2023-02-29', '2024-03-01T09:00:00', '2024-03-01T24:00:00Z', '2024-03-01T09:00:00.Z'])
      assert.ok(!isDateTime(bad), bad);
    for (const good of [
      'https://example.org',
      'http://localhost:8080/feed.json?x=1#top',
      'HTTPS://EXAMPLE.ORG/A',
      'https://a.b/%zz',
      'https://xn--80ak6aa92e.com/',
    ]) {
      assert.equal(isHttpUrl(good), true, good);
    }
    for (const bad of [
      'javascript:alert(1)',
      '/relative',
      'https://1.2.3.999/',
      'https://0x100000000/',
      'https://xn--a/',
      'https://example.org ',
      'http://',
    ]) {
      assert.equal(isHttpUrl(bad), false, bad);
    }
  });
});
