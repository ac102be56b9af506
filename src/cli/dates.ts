/**
 * Dates as spreadsheets hold them. People type `29/08/2023`, `08/29/2023` or `29 August
 * 2023`, and Excel saves a date cell as a serial number (45167). date-fns reads each
 * spelling against an explicit list of patterns; a date that reads as two different days
 * (03/04/2023: 3 April or 4 March?) is reported, never guessed, unless `--date-format`
 * says which pattern the file uses. Node only: the elements never import this.
 */
// One module per function: the package index would load all of date-fns into the command.
import {format} from 'date-fns/format';
import {isMatch} from 'date-fns/isMatch';
import {isValid} from 'date-fns/isValid';
import {parse} from 'date-fns/parse';
import {CliError} from './errors.js';

/** The spellings read when no pattern is pinned (date-fns patterns; `d` and `M` take one or two digits). */
export const DATE_PATTERNS = [
  'd/M/yyyy',
  'M/d/yyyy',
  'd/M/yy',
  'M/d/yy',
  'd.M.yyyy',
  'd-M-yyyy',
  'yyyy/M/d',
  'yyyy-M-d',
  'd MMMM yyyy',
  'd MMM yyyy',
  'MMMM d, yyyy',
  'MMM d, yyyy',
  'MMMM d yyyy',
  'MMM d yyyy',
] as const;

// Excel's day 0 is 30 December 1899 (its 1900 system, past its fictitious 29 February 1900).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
// Serial numbers from 1970 to 2100: a five-digit number in a date column is a date there, never a year.
const EXCEL_SERIAL = /^(\d{5})(\.\d+)?$/;
const FIRST_SERIAL = 25_569;
const LAST_SERIAL = 73_415;

/** How a spreadsheet date was read. */
export type SheetDate =
  {date: string; pattern: string} | {ambiguous: [string, string]; patterns: [string, string]} | undefined;

/** The date of an Excel serial number: a day, or a day and a time (UTC, as Excel keeps no time zone). */
function excelSerial(value: string): string | undefined {
  const match = EXCEL_SERIAL.exec(value);
  if (!match) return undefined;
  const days = Number(value);
  if (days < FIRST_SERIAL || days > LAST_SERIAL) return undefined;
  const time = new Date(EXCEL_EPOCH + Math.round((days * DAY) / 1000) * 1000).toISOString();
  return match[2] === undefined ? time.slice(0, 10) : `${time.slice(0, 19)}Z`;
}

// A fixed reference date: only two-digit years depend on it (they fall within 50 years of 2000).
const REFERENCE = new Date(2000, 0, 1);

function readWith(value: string, pattern: string): string | undefined {
  const date = parse(value, pattern, REFERENCE);
  if (!isValid(date)) return undefined;
  const hasTime = date.getHours() !== 0 || date.getMinutes() !== 0 || date.getSeconds() !== 0;
  return hasTime ? format(date, "yyyy-MM-dd'T'HH:mm:ss'Z'") : format(date, 'yyyy-MM-dd');
}

/**
 * Reads a date written as a spreadsheet shows it.
 * @param pinned The one date-fns pattern to read with (`--date-format`); else every pattern of `DATE_PATTERNS` is tried.
 * @returns The date (`YYYY-MM-DD`, or a UTC date-time for a serial number with a time or a pinned pattern with
 *   a time) and the pattern that read it; both readings when two patterns give different days; undefined when none reads it.
 */
export function readSheetDate(value: string, pinned?: string): SheetDate {
  const serial = excelSerial(value);
  if (serial !== undefined) return {date: serial, pattern: 'an Excel serial number'};
  if (pinned !== undefined) {
    const date = readWith(value, pinned);
    return date === undefined ? undefined : {date, pattern: pinned};
  }
  let found: {date: string; pattern: string} | undefined;
  for (const pattern of DATE_PATTERNS) {
    const date = readWith(value, pattern);
    if (date === undefined || date === found?.date) continue;
    if (found) return {ambiguous: [found.date, date], patterns: [found.pattern, pattern]};
    found = {date, pattern};
  }
  return found;
}

/**
 * Checks a `--date-format` pattern.
 * @throws {CliError} when date-fns cannot read with it.
 */
export function checkDatePattern(pattern: string): void {
  try {
    isMatch('2000-01-01', pattern);
    // A pattern that names no year, month and day cannot give a date.
    if (!/y/.test(pattern) || !/M|L/.test(pattern) || !/d/.test(pattern)) throw new RangeError('no year, month or day');
  } catch (error) {
    throw new CliError(
      `--date-format must be a date-fns pattern with a day, a month and a year, such as dd/MM/yyyy or MM/dd/yyyy; ` +
        `"${pattern}" is not (${(error as Error).message}).`,
      2,
      {cause: error},
    );
  }
}

/** "3 April 2023" for `2023-04-03`, to say which days an ambiguous date could be. */
export function spelledOut(date: string): string {
  return format(parse(date.slice(0, 10), 'yyyy-MM-dd', REFERENCE), 'd MMMM yyyy');
}
