/**
 * The copying reader: builds a pledge from a feed item field by field, keeping exactly
 * what the zod schemas in `model/schema.ts` accept (a test proves it), dropping each
 * invalid optional field with a warning and rejecting an item whose required field is
 * missing or invalid. `parseFeed` calls it only for the items `as-is.ts` cannot keep as
 * they are; written out by hand, so it costs about what JSON.parse does, not what zod does.
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
} from '../../model/catalogue.js';
import {isObject} from '../../model/json-feed.js';
import type {Json} from '../../model/json-feed.js';
import {
  copy,
  copyList,
  copyObject,
  country,
  dateTime,
  each,
  failure,
  httpUrl,
  language,
  oneOf,
  partialDate,
  preview,
  text,
} from './fields.js';
import type {Check, Warn} from './fields.js';

const stakeholder = /*#__PURE__*/ oneOf(STAKEHOLDER_TYPES);
const status = /*#__PURE__*/ oneOf(PLEDGE_STATUSES);
const scope = /*#__PURE__*/ oneOf(SCOPES);
const pledgeType = /*#__PURE__*/ oneOf(PLEDGE_TYPES);

function readSource(source: Json, path: string, warn: Warn): Json | undefined {
  if (!text.test(source.name)) {
    warn(`${path}name`, failure(text, source.name));
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
    if (check.test(value[key])) continue;
    warn(`${field}.${key}`, failure(check, value[key]));
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
    if (!language.test(tag)) {
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
  if (typeof id === 'number' ? !Number.isFinite(id) : !text.test(id)) {
    return {field: 'id', reason: `must be a text or a number; it was ${preview(id)}`};
  }
  if (!text.test(title)) return {field: 'title', reason: failure(text, title)};
  if (!isObject(data)) return {field: '_pledge', reason: `must be an object; it was ${preview(data)}`};
  const actor = data.actor;
  if (!isObject(actor))
    return {field: '_pledge.actor', reason: `must be an object with a name; it was ${preview(actor)}`};
  if (!text.test(actor.name)) return {field: '_pledge.actor.name', reason: failure(text, actor.name)};
  if (!stakeholder.test(data.stakeholder)) {
    return {field: '_pledge.stakeholder', reason: failure(stakeholder, data.stakeholder)};
  }
  if (!text.test(item.content_text) && !text.test(item.content_html)) {
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
