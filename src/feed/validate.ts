/**
 * The fast path of parsing: field checks written out by hand, so a 10,000-pledge feed
 * validates in about the time JSON.parse takes. It keeps exactly what the zod schemas
 * in `model/schema.ts` accept (a test proves it) and says why it drops or rejects.
 */
import {
  GCR_OBJECTIVE_NUMBERS,
  OBJECTIVE_NUMBERS,
  PLEDGE_FORMS,
  PLEDGE_STATUSES,
  PLEDGE_TYPES,
  PRINCIPLES,
  SCOPES,
  SDG_NUMBERS,
  STAKEHOLDER_TYPES,
} from '../model/catalogue.js';
import {isCountryCode, isDateTime, isHttpUrl, isLanguageTag, isNonBlank, isPartialDate} from '../model/formats.js';

/** A record read from JSON. */
export type Json = Record<string, unknown>;

/** Returns why a value is not acceptable, or undefined when it is. */
export type Check = (value: unknown) => string | undefined;

/** Receives one dropped field: its path inside the item and the reason. */
export type Warn = (field: string, reason: string) => void;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A short, safe rendering of a bad value for messages. */
export function preview(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value === 'string' && value.length > 60) return JSON.stringify(`${value.slice(0, 57)}...`);
  if (Array.isArray(value)) return 'a list';
  if (isObject(value)) return 'an object';
  return JSON.stringify(value) ?? String(value);
}

const stringCheck =
  (test: (s: string) => boolean, reason: string): Check =>
  (value) =>
    typeof value === 'string' && test(value) ? undefined : reason;

export const text = stringCheck(isNonBlank, 'must be text that is not empty');
export const httpUrl = stringCheck(isHttpUrl, 'must be an http: or https: address');
export const dateTime = stringCheck(isDateTime, 'must be a date such as 2024-03-01 or 2024-03-01T09:00:00Z');
export const partialDate = stringCheck(
  isPartialDate,
  'must be a year, month or day such as 2024, 2024-06 or 2024-06-30',
);
export const country = stringCheck(isCountryCode, 'must be a two-letter ISO 3166-1 country code such as FR');
export const language = stringCheck(isLanguageTag, 'must be a language tag such as en or fr-CA');

/** A value from a closed set. */
export function oneOf(set: readonly (string | number)[]): Check {
  const allowed = new Set<unknown>(set);
  const reason =
    typeof set[0] === 'number'
      ? `must be a whole number from ${set[0]} to ${set[set.length - 1]}`
      : `must be one of ${set.join(', ')}`;
  return (value) => (allowed.has(value) ? undefined : reason);
}

/** Copies `source[key]` into `target` when it passes; warns and drops it otherwise. */
export function copy(target: Json, source: Json, key: string, check: Check, warn: Warn, path = ''): void {
  const value = source[key];
  if (value === undefined) return;
  const reason = check(value);
  if (reason === undefined) target[key] = value;
  else warn(path + key, `${reason}; it was ${preview(value)}`);
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
    const reason = check(value);
    if (reason === undefined) return value;
    warn(field, `${reason}; it was ${preview(value)}`);
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

const stakeholder = /*#__PURE__*/ oneOf(STAKEHOLDER_TYPES);
const status = /*#__PURE__*/ oneOf(PLEDGE_STATUSES);
const scope = /*#__PURE__*/ oneOf(SCOPES);
const pledgeType = /*#__PURE__*/ oneOf(PLEDGE_TYPES);

function readSource(source: Json, path: string, warn: Warn): Json | undefined {
  const reason = text(source.name);
  if (reason !== undefined) {
    warn(`${path}name`, `${reason}; it was ${preview(source.name)}`);
    return undefined;
  }
  const out: Json = {name: source.name};
  copy(out, source, 'url', httpUrl, warn, path);
  return out;
}

function readPeriod(period: Json, path: string, warn: Warn): Json {
  const out: Json = {};
  copy(out, period, 'start', partialDate, warn, path);
  copy(out, period, 'end', partialDate, warn, path);
  return out;
}

function readUpdate(value: unknown, field: string, warn: Warn): Json | undefined {
  if (!isObject(value)) {
    warn(field, `must be an object with a date and a text; it was ${preview(value)}`);
    return undefined;
  }
  for (const [key, check] of [
    ['date', dateTime],
    ['text', text],
  ] as const) {
    const reason = check(value[key]);
    if (reason === undefined) continue;
    warn(`${field}.${key}`, `${reason}; it was ${preview(value[key])}`);
    return undefined;
  }
  const out: Json = {date: value.date, text: value.text};
  copy(out, value, 'status', status, warn, `${field}.`);
  return out;
}

function readTranslations(translations: Json, path: string, warn: Warn): Json {
  const out: Json = {};
  for (const tag of Object.keys(translations)) {
    const value = translations[tag];
    if (language(tag) !== undefined) {
      warn(path + tag, 'must be keyed by a language tag such as fr or es');
    } else if (!isObject(value)) {
      warn(path + tag, `must be an object with title, summary or content_text; it was ${preview(value)}`);
    } else {
      const entry: Json = {};
      for (const key of ['title', 'summary', 'content_text']) copy(entry, value, key, text, warn, `${path}${tag}.`);
      out[tag] = entry;
    }
  }
  return out;
}

function readAuthor(value: unknown, field: string, warn: Warn): Json | undefined {
  if (!isObject(value)) {
    warn(field, `must be an object with a name; it was ${preview(value)}`);
    return undefined;
  }
  const out: Json = {};
  copy(out, value, 'name', text, warn, `${field}.`);
  copy(out, value, 'url', httpUrl, warn, `${field}.`);
  copy(out, value, 'avatar', httpUrl, warn, `${field}.`);
  return out;
}

/** Why an item cannot be kept: the field and what was wrong. */
export interface Rejection {
  field: string;
  reason: string;
}

/**
 * Reads one feed item into a pledge. Returns the pledge, or the first required field
 * that is missing or invalid. Invalid optional fields are dropped through `warn`.
 */
export function readPledge(item: unknown, warn: Warn): Json | Rejection {
  if (!isObject(item)) return {field: '', reason: `must be an object; it was ${preview(item)}`};
  const {id, title, _pledge: data} = item;
  if (typeof id === 'number' ? !Number.isFinite(id) : text(id) !== undefined) {
    return {field: 'id', reason: `must be a text or a number; it was ${preview(id)}`};
  }
  if (text(title) !== undefined) return {field: 'title', reason: `${text(title)}; it was ${preview(title)}`};
  if (!isObject(data)) return {field: '_pledge', reason: `must be an object; it was ${preview(data)}`};
  const actor = data.actor;
  if (!isObject(actor))
    return {field: '_pledge.actor', reason: `must be an object with a name; it was ${preview(actor)}`};
  if (text(actor.name) !== undefined) {
    return {field: '_pledge.actor.name', reason: `${text(actor.name)}; it was ${preview(actor.name)}`};
  }
  if (stakeholder(data.stakeholder) !== undefined) {
    return {
      field: '_pledge.stakeholder',
      reason: `${stakeholder(data.stakeholder)}; it was ${preview(data.stakeholder)}`,
    };
  }
  if (text(item.content_text) !== undefined && text(item.content_html) !== undefined) {
    const field = item.content_text === undefined && item.content_html !== undefined ? 'content_html' : 'content_text';
    return {field, reason: `needs content_text or content_html with text; it was ${preview(item[field])}`};
  }

  const pledge: Json = {id: String(id), title};
  for (const key of ['content_text', 'content_html', 'summary']) copy(pledge, item, key, text, warn);
  for (const key of ['url', 'external_url', 'image']) copy(pledge, item, key, httpUrl, warn);
  copy(pledge, item, 'date_published', dateTime, warn);
  copy(pledge, item, 'date_modified', dateTime, warn);
  copyList(pledge, item, 'authors', readAuthor, warn);
  copy(pledge, item, 'language', language, warn);
  copyList(pledge, item, 'tags', each(text), warn);
  pledge._pledge = readPledgeData(data, actor, warn);
  return pledge;
}

const LISTS: readonly [string, Check][] = [
  ['countries', country],
  ['objectives', /*#__PURE__*/ oneOf(OBJECTIVE_NUMBERS)],
  ['gcr_objectives', /*#__PURE__*/ oneOf(GCR_OBJECTIVE_NUMBERS)],
  ['sdgs', /*#__PURE__*/ oneOf(SDG_NUMBERS)],
  ['principles', /*#__PURE__*/ oneOf(PRINCIPLES)],
  ['partners', text],
  ['forms', /*#__PURE__*/ oneOf(PLEDGE_FORMS)],
];

function readPledgeData(data: Json, actor: Json, warn: Warn): Json {
  const path = '_pledge.';
  const actorOut: Json = {name: actor.name};
  copy(actorOut, actor, 'country', country, warn, `${path}actor.`);
  copy(actorOut, actor, 'city', text, warn, `${path}actor.`);
  const out: Json = {actor: actorOut, stakeholder: data.stakeholder};
  copy(out, data, 'scope', scope, warn, path);
  for (const [key, check] of LISTS) copyList(out, data, key, each(check), warn, path);
  copy(out, data, 'type', pledgeType, warn, path);
  copy(out, data, 'matches', text, warn, path);
  copyObject(out, data, 'period', readPeriod, warn, path);
  copy(out, data, 'status', status, warn, path);
  copyObject(out, data, 'source', readSource, warn, path);
  copyList(out, data, 'updates', readUpdate, warn, path);
  copyObject(out, data, 'translations', readTranslations, warn, path);
  return out;
}
