import {cached} from './format.js';

type Precision = 'year' | 'month' | 'day';

// Dates are calendar dates, formatted in UTC so no reader's time zone moves them a day.
const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: {year: 'numeric', timeZone: 'UTC'},
  month: {year: 'numeric', month: 'long', timeZone: 'UTC'},
  day: {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'},
};
const formats: Record<Precision, Map<string, Intl.DateTimeFormat>> = {
  year: new Map(),
  month: new Map(),
  day: new Map(),
};

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]|$)/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Midnight UTC of a calendar date, or undefined if there is no such day (`2023-02-29`). */
function utcDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

function write(date: Date | undefined, precision: Precision, lang: string): string | undefined {
  if (!date) return undefined;
  const formatter = cached(formats[precision], lang, (locale) => new Intl.DateTimeFormat(locale, OPTIONS[precision]));
  return formatter.format(date);
}

/**
 * A long, localized date (`March 12, 2024`, `12 mars 2024`) for a `YYYY-MM-DD` date or
 * an RFC 3339 date-time. It is the calendar date as written in the value, whatever the
 * reader's time zone: `2024-03-12T23:30:00-05:00` is 12 March everywhere. A value that
 * is not a date comes back unchanged.
 */
export function formatDate(value: string, lang: string): string {
  const match = DATE_TIME.exec(value);
  if (!match) return value;
  return write(utcDate(+match[1]!, +match[2]!, +match[3]!), 'day', lang) ?? value;
}

/**
 * A period bound as precise as it was written: `2024` → `2024`, `2024-06` → `June 2024`
 * (`juin 2024`, `2024年6月`), `2024-06-30` → a long date. Anything else comes back unchanged.
 */
export function formatPartialDate(value: string, lang: string): string {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const precision: Precision = day ? 'day' : month ? 'month' : 'year';
  return write(utcDate(+year!, month ? +month : 1, day ? +day : 1), precision, lang) ?? value;
}
