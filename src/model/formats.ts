/**
 * The string formats of the feed, as plain predicates. The zod schemas and the fast
 * validator in `feed/` both call these, so they cannot disagree about what is valid.
 */

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2})))?$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The regular expression a date (`YYYY-MM-DD`) or RFC 3339 date-time matches. */
export const DATE_TIME_PATTERN = RFC3339.source;
/** The regular expression a period bound (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) matches. */
export const PARTIAL_DATE_PATTERN = PARTIAL_DATE.source;
/** The regular expression an ISO 3166-1 alpha-2 code matches. */
export const COUNTRY_PATTERN = '^[A-Z]{2}$';
/** The regular expression a BCP 47 language tag matches (the usual subset). */
export const LANGUAGE_PATTERN = '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$';

const COUNTRY = new RegExp(COUNTRY_PATTERN);
const LANGUAGE = new RegExp(LANGUAGE_PATTERN);

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** A calendar date (`2024-03-01`) or an RFC 3339 date-time with an offset. */
export function isDateTime(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  if (!isCalendarDate(+m[1]!, +m[2]!, +m[3]!)) return false;
  if (m[4] === undefined) return true;
  const hours = +m[4];
  const minutes = +m[5]!;
  const seconds = +m[6]!;
  if (hours > 23 || minutes > 59 || seconds > 60) return false;
  return m[7] === undefined || (+m[7] <= 23 && +m[8]! <= 59);
}

/** A year, a month or a day: `2024`, `2024-06`, `2024-06-30`. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  return isCalendarDate(+m[1]!, +m[2], m[3] === undefined ? 1 : +m[3]);
}

// The usual shape of a web address, which the URL parser always accepts: a host name whose
// last label starts with a letter (so it is no IPv4 address), no punycode label, a port
// below 10,000, then printable ASCII. Checked first because building a URL is slow in
// browsers (a fifth of parsing a feed in Chromium); anything else goes to the parser.
const PLAIN_HTTP_URL = /^https?:\/\/(?:(?!xn--)[a-z0-9-]+\.)*(?!xn--)[a-z][a-z0-9-]*(?::\d{1,4})?(?:[/?#][!-~]*)?$/i;

/** An absolute `http:` or `https:` URL with no surrounding white space. */
export function isHttpUrl(value: string): boolean {
  if (PLAIN_HTTP_URL.test(value)) return true;
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
  return COUNTRY.test(value);
}

/** A BCP 47 language tag such as `en`, `fr-CA` or `zh-Hans`. */
export function isLanguageTag(value: string): boolean {
  return LANGUAGE.test(value);
}

/** A string with at least one character that is not white space. */
export function isNonBlank(value: string): boolean {
  return /\S/.test(value);
}
