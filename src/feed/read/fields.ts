/**
 * The field checks both readers share: a test (what `as-is.ts` runs, allocating nothing)
 * and the words that say why a value fails it (what `copy.ts` reports). The formats come
 * from `model/formats.ts` and the closed sets from `model/catalogue.ts`, which the zod
 * schemas use too.
 */
import {isCountryCode, isDateTime, isHttpUrl, isLanguageTag, isNonBlank, isPartialDate} from '../../model/formats.js';
import {isObject} from '../../model/json-feed.js';
import type {Json} from '../../model/json-feed.js';

/** Whether a value is acceptable, and why not when it is not. */
export interface Check {
  readonly test: (value: unknown) => boolean;
  readonly reason: string;
}

/** Receives one dropped field: its path inside the item and the reason. */
export type Warn = (field: string, reason: string) => void;

// Each test is its own function, calling its format directly: one shared wrapper would
// call six formats from one place, which the engine cannot inline (parsing got 20% slower).
const isText = (value: unknown): boolean => typeof value === 'string' && isNonBlank(value);
const isUrl = (value: unknown): boolean => typeof value === 'string' && isHttpUrl(value);
const isDate = (value: unknown): boolean => typeof value === 'string' && isDateTime(value);
const isPeriodBound = (value: unknown): boolean => typeof value === 'string' && isPartialDate(value);
const isCountry = (value: unknown): boolean => typeof value === 'string' && isCountryCode(value);
const isLanguage = (value: unknown): boolean => typeof value === 'string' && isLanguageTag(value);

export const text: Check = {test: isText, reason: 'must be text that is not empty'};
export const httpUrl: Check = {test: isUrl, reason: 'must be an http: or https: address'};
export const dateTime: Check = {test: isDate, reason: 'must be a date such as 2024-03-01 or 2024-03-01T09:00:00Z'};
export const partialDate: Check = {
  test: isPeriodBound,
  reason: 'must be a year, month or day such as 2024, 2024-06 or 2024-06-30',
};
export const country: Check = {test: isCountry, reason: 'must be a two-letter ISO 3166-1 country code such as FR'};
export const language: Check = {test: isLanguage, reason: 'must be a language tag such as en or fr-CA'};

/**
 * A value from a closed set. A set of consecutive whole numbers (the catalogue's objective,
 * GCR and SDG numbers) is tested as a range, which is faster than a look-up.
 */
export function oneOf(set: readonly (string | number)[]): Check {
  if (typeof set[0] === 'number') {
    const first = set[0];
    const last = set[set.length - 1] as number;
    return {
      test: (value) => typeof value === 'number' && Number.isInteger(value) && value >= first && value <= last,
      reason: `must be a whole number from ${first} to ${last}`,
    };
  }
  const allowed = new Set<unknown>(set);
  return {test: (value) => allowed.has(value), reason: `must be one of ${set.join(', ')}`};
}

/** A short, safe rendering of a bad value for messages. */
export function preview(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string' && value.length > 60) return JSON.stringify(`${value.slice(0, 57)}...`);
  if (Array.isArray(value)) return 'a list';
  if (isObject(value)) return 'an object';
  // JSON.stringify gives nothing for a function or a symbol: named by their kind, never by their source.
  return JSON.stringify(value) ?? typeof value;
}

/** Why `value` fails `check`, in the words a warning or a rejection uses. */
export const failure = (check: Check, value: unknown): string => `${check.reason}; it was ${preview(value)}`;

/** Copies `source[key]` into `target` when it passes; warns and drops it otherwise. */
export function copy(target: Json, source: Json, key: string, check: Check, warn: Warn, path = ''): void {
  const value = source[key];
  if (value === undefined) return;
  if (check.test(value)) target[key] = value;
  else warn(path + key, failure(check, value));
}

/** Copies a list, dropping each element that fails `read` (which may rebuild it). */
export function copyList(
  target: Json,
  source: Json,
  key: string,
  read: (value: unknown, field: string, warn: Warn) => unknown,
  warn: Warn,
  path = '',
): void {
  const value = source[key];
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    warn(path + key, `must be a list; it was ${preview(value)}`);
    return;
  }
  const kept: unknown[] = [];
  for (let i = 0; i < value.length; i++) {
    const item = read(value[i], `${path}${key}[${i}]`, warn);
    if (item !== undefined) kept.push(item);
  }
  target[key] = kept;
}

/** An element reader for copyList built from a simple check. */
export const each =
  (check: Check) =>
  (value: unknown, field: string, warn: Warn): unknown => {
    if (check.test(value)) return value;
    warn(field, failure(check, value));
    return undefined;
  };

/** Reads an optional nested object with its own reader; drops it when it is not an object. */
export function copyObject(
  target: Json,
  source: Json,
  key: string,
  read: (value: Json, path: string, warn: Warn) => Json | undefined,
  warn: Warn,
  path = '',
): void {
  const value = source[key];
  if (value === undefined) return;
  if (!isObject(value)) {
    warn(path + key, `must be an object; it was ${preview(value)}`);
    return;
  }
  const read_ = read(value, `${path}${key}.`, warn);
  if (read_ !== undefined) target[key] = read_;
}
