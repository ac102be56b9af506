/**
 * The string formats of the feed, as plain predicates. The zod schemas and the fast
 * validator in `feed/` both call these, so they cannot disagree about what is valid.
 */

/** The regular expression a date (`YYYY-MM-DD`) or RFC 3339 date-time matches. */
export const DATE_TIME_PATTERN =
  '^(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d{1,9})?(?:[Zz]|[+-](\\d{2}):(\\d{2})))?$';
/** The regular expression a period bound (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) matches. */
export const PARTIAL_DATE_PATTERN = '^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$';
/** The regular expression an ISO 3166-1 alpha-2 code matches. */
export const COUNTRY_PATTERN = '^[A-Z]{2}$';
/** The regular expression a BCP 47 language tag matches (the usual subset). */
export const LANGUAGE_PATTERN = '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$';

// The predicates below read characters instead of running the patterns above: parsing a
// feed calls them hundreds of thousands of times, and a regular expression match costs
// about ten times more. Tests check each one against its pattern.

const LANGUAGE = new RegExp(LANGUAGE_PATTERN);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written with `count` ASCII digits from `start`, or -1. */
function digitsAt(value: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1; // also past the end, where charCodeAt gives NaN
    n = n * 10 + digit;
  }
  return n;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= DAYS_IN_MONTH[month - 1]! + (month === 2 && leap ? 1 : 0);
}

/** `YYYY-MM-DD` at the start of `value`, a real calendar day. */
function startsWithDay(value: string): boolean {
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 0 && value[4] === '-' && value[7] === '-' && isCalendarDate(year, month, day);
}

/** `hh:mm` at `start` with hours up to `maxHours`. */
function isClock(value: string, start: number, maxHours: number): boolean {
  const hours = digitsAt(value, start, 2);
  const minutes = digitsAt(value, start + 3, 2);
  return value[start + 2] === ':' && hours >= 0 && hours <= maxHours && minutes >= 0 && minutes <= 59;
}

/** A calendar date (`2024-03-01`) or an RFC 3339 date-time with an offset. */
export function isDateTime(value: string): boolean {
  if (!startsWithDay(value)) return false;
  if (value.length === 10) return true;
  const seconds = digitsAt(value, 17, 2);
  if (
    (value[10] !== 'T' && value[10] !== 't') ||
    !isClock(value, 11, 23) ||
    value[16] !== ':' ||
    seconds < 0 ||
    seconds > 60
  ) {
    return false;
  }
  let end = 19;
  if (value[end] === '.') {
    while (digitsAt(value, end + 1, 1) >= 0) end++;
    if (end === 19 || end > 28) return false; // one to nine digits of a second
    end++;
  }
  const zone = value[end];
  if (zone === 'Z' || zone === 'z') return value.length === end + 1;
  return (zone === '+' || zone === '-') && value.length === end + 6 && isClock(value, end + 1, 23);
}

/** A year, a month or a day: `2024`, `2024-06`, `2024-06-30`. */
export function isPartialDate(value: string): boolean {
  if (value.length === 10) return startsWithDay(value);
  const year = digitsAt(value, 0, 4);
  if (value.length === 4) return year >= 0;
  return value.length === 7 && year >= 0 && value[4] === '-' && isCalendarDate(year, digitsAt(value, 5, 2), 1);
}

// The usual shape of a web address, which the URL parser always accepts: a host name whose
// last label starts with a letter (so it is no IPv4 address), a port below 10,000, then
// printable ASCII, and no punycode label anywhere (checked apart: lookaheads made this
// four times slower). Checked first because building a URL is slow in browsers (a fifth
// of parsing a feed in Chromium); anything else goes to the parser.
const PLAIN_HTTP_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?::\d{1,4})?(?:[/?#][!-~]*)?$/i;
const PUNYCODE = /xn--/i;

/** An absolute `http:` or `https:` URL with no surrounding white space. */
export function isHttpUrl(value: string): boolean {
  if (PLAIN_HTTP_URL.test(value) && !PUNYCODE.test(value)) return true;
  if (value.trim() !== value || value === '') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** An ISO 3166-1 alpha-2 code in capitals. */
export function isCountryCode(value: string): boolean {
  const first = value.charCodeAt(0);
  const second = value.charCodeAt(1);
  return value.length === 2 && first >= 65 && first <= 90 && second >= 65 && second <= 90;
}

/** A BCP 47 language tag such as `en`, `fr-CA` or `zh-Hans`. */
export function isLanguageTag(value: string): boolean {
  return LANGUAGE.test(value);
}

/** A string with at least one character that is not white space. */
export function isNonBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  // A visible ASCII character first (the usual case) settles it without a search.
  return (first > 32 && first < 127) || /\S/.test(value);
}

/**
 * Milliseconds since 1970 of an RFC 3339 date or date-time, or of a period bound (`2024`,
 * `2024-06`); a date without a time is midnight UTC. NaN when it is not a date.
 */
export function timeOf(date: string): number {
  const time = Date.parse(date);
  // RFC 3339 allows a leap second, which Date.parse refuses.
  return Number.isNaN(time) && date.includes(':60') ? Date.parse(date.replace(':60', ':59')) : time;
}

/** The whole number a text holds (`"17"`, as in an attribute or an address), else undefined. */
export function wholeNumber(text: string | null | undefined): number | undefined {
  const n = Number(text);
  return text && Number.isInteger(n) ? n : undefined;
}
