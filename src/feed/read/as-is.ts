/**
 * The no-copy path of parsing. Most items of a real feed are already exactly the pledge
 * `readPledge` would build: every field valid, no unknown key, a text id. Such an item is
 * kept as it is instead of being copied field by field, which spares the garbage
 * collector a second copy of the whole feed. Anything else, even one unknown key, goes
 * through `readPledge`, which copies, drops and explains. The checks allocate nothing.
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
import * as fields from './fields.js';

type Test = (value: unknown) => boolean;

// The shared checks' tests, taken out once: the checks below run hundreds of thousands of times.
const text = fields.text.test;
const url = fields.httpUrl.test;
const dateTime = fields.dateTime.test;
const partialDate = fields.partialDate.test;
const country = fields.country.test;
const language = fields.language.test;
const stakeholder = /*#__PURE__*/ fields.oneOf(STAKEHOLDER_TYPES).test;
const scope = /*#__PURE__*/ fields.oneOf(SCOPES).test;
const status = /*#__PURE__*/ fields.oneOf(PLEDGE_STATUSES).test;
const pledgeType = /*#__PURE__*/ fields.oneOf(PLEDGE_TYPES).test;
const principle = /*#__PURE__*/ fields.oneOf(PRINCIPLES).test;
const form = /*#__PURE__*/ fields.oneOf(PLEDGE_FORMS).test;
const objective = /*#__PURE__*/ fields.oneOf(OBJECTIVE_NUMBERS).test;
const gcrObjective = /*#__PURE__*/ fields.oneOf(GCR_OBJECTIVE_NUMBERS).test;
const sdg = /*#__PURE__*/ fields.oneOf(SDG_NUMBERS).test;

function list(value: unknown, test: Test): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!test(value[i])) return false;
  return true;
}

/**
 * What an optional field adds to the count of an object's known keys: 0 when absent, 1
 * when valid, NaN when invalid (so the count can no longer match).
 */
const optional = (value: unknown, test: Test): number => (value === undefined ? 0 : test(value) ? 1 : NaN);
const optionalList = (value: unknown, test: Test): number => (value === undefined ? 0 : list(value, test) ? 1 : NaN);

/**
 * True when `value` has exactly `known` enumerable keys. The fields are read by name, so
 * a key besides them (own or inherited, even `__proto__`) makes the count differ.
 */
function hasOnly(value: object, known: number): boolean {
  let keys = 0;
  for (const _ in value) keys++;
  return keys === known;
}

function actor(value: unknown): boolean {
  return (
    isObject(value) &&
    text(value.name) &&
    hasOnly(value, 1 + optional(value.country, country) + optional(value.city, text))
  );
}

const period: Test = (value) =>
  isObject(value) && hasOnly(value, optional(value.start, partialDate) + optional(value.end, partialDate));

const source: Test = (value) => isObject(value) && text(value.name) && hasOnly(value, 1 + optional(value.url, url));

const update: Test = (value) =>
  isObject(value) && dateTime(value.date) && text(value.text) && hasOnly(value, 2 + optional(value.status, status));

const author: Test = (value) =>
  isObject(value) &&
  hasOnly(value, optional(value.name, text) + optional(value.url, url) + optional(value.avatar, url));

const translation: Test = (value) =>
  isObject(value) &&
  hasOnly(value, optional(value.title, text) + optional(value.summary, text) + optional(value.content_text, text));

function translations(value: unknown): boolean {
  if (!isObject(value)) return false;
  for (const tag in value) if (!Object.hasOwn(value, tag) || !language(tag) || !translation(value[tag])) return false;
  return true;
}

function pledgeData(data: unknown): boolean {
  if (!isObject(data) || !actor(data.actor) || !stakeholder(data.stakeholder)) return false;
  const known =
    2 +
    optional(data.scope, scope) +
    optionalList(data.countries, country) +
    optionalList(data.objectives, objective) +
    optionalList(data.gcr_objectives, gcrObjective) +
    optionalList(data.sdgs, sdg) +
    optionalList(data.principles, principle) +
    optional(data.type, pledgeType) +
    optionalList(data.partners, text) +
    optional(data.matches, text) +
    optionalList(data.forms, form) +
    optional(data.period, period) +
    optional(data.status, status) +
    optional(data.source, source) +
    optionalList(data.updates, update) +
    optional(data.translations, translations);
  return hasOnly(data, known);
}

/**
 * True when `value` is a feed item that `readPledge` would keep unchanged: it can be used
 * as the pledge itself, with no copy and no warning. False says nothing about validity.
 */
export function isPledgeAsIs(value: unknown): boolean {
  // A number id is valid but is turned into text, so such an item is copied.
  if (!isObject(value) || !text(value.id) || !text(value.title) || !pledgeData(value._pledge)) return false;
  if (value.content_text === undefined && value.content_html === undefined) return false;
  const known =
    3 +
    optional(value.content_text, text) +
    optional(value.content_html, text) +
    optional(value.summary, text) +
    optional(value.url, url) +
    optional(value.external_url, url) +
    optional(value.image, url) +
    optional(value.date_published, dateTime) +
    optional(value.date_modified, dateTime) +
    optionalList(value.authors, author) +
    optional(value.language, language) +
    optionalList(value.tags, text);
  return hasOnly(value, known);
}
