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
} from '../model/catalogue.js';
import {isCountryCode, isDateTime, isHttpUrl, isLanguageTag, isNonBlank, isPartialDate} from '../model/formats.js';

type Test = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringTest =
  (test: (s: string) => boolean): Test =>
  (value) =>
    typeof value === 'string' && test(value);

const text = /*#__PURE__*/ stringTest(isNonBlank);
const url = /*#__PURE__*/ stringTest(isHttpUrl);
const dateTime = /*#__PURE__*/ stringTest(isDateTime);
const partialDate = /*#__PURE__*/ stringTest(isPartialDate);
const country = /*#__PURE__*/ stringTest(isCountryCode);
const language = /*#__PURE__*/ stringTest(isLanguageTag);

function member(set: readonly (string | number)[]): Test {
  const allowed = new Set<unknown>(set);
  return (value) => allowed.has(value);
}

const stakeholder = /*#__PURE__*/ member(STAKEHOLDER_TYPES);
const status = /*#__PURE__*/ member(PLEDGE_STATUSES);

function list(test: Test): Test {
  return (value) => {
    if (!Array.isArray(value)) return false;
    for (let i = 0; i < value.length; i++) if (!test(value[i])) return false;
    return true;
  };
}

/**
 * An object whose every enumerable key is one of `fields` and passes its test, and which
 * has each of `required`. Inherited enumerable keys count as unknown ones, so an object
 * with an odd prototype is copied rather than kept.
 */
function record(fields: Record<string, Test>, required: readonly string[] = []): Test {
  // No prototype: a key such as `__proto__` or `constructor` finds no test.
  const tests: Record<string, Test | undefined> = Object.assign(Object.create(null), fields);
  return (value) => {
    if (!isObject(value)) return false;
    for (const key in value) {
      const test = tests[key];
      if (test === undefined || !test(value[key])) return false;
    }
    for (const key of required) if (!Object.hasOwn(value, key)) return false;
    return true;
  };
}

const translation = /*#__PURE__*/ record({title: text, summary: text, content_text: text});

function translations(value: unknown): boolean {
  if (!isObject(value)) return false;
  for (const tag in value) if (!Object.hasOwn(value, tag) || !language(tag) || !translation(value[tag])) return false;
  return true;
}

const pledgeData = /*#__PURE__*/ record(
  {
    actor: record({name: text, country, city: text}, ['name']),
    stakeholder,
    scope: member(SCOPES),
    countries: list(country),
    objectives: list(member(OBJECTIVE_NUMBERS)),
    gcr_objectives: list(member(GCR_OBJECTIVE_NUMBERS)),
    sdgs: list(member(SDG_NUMBERS)),
    principles: list(member(PRINCIPLES)),
    type: member(PLEDGE_TYPES),
    partners: list(text),
    matches: text,
    forms: list(member(PLEDGE_FORMS)),
    period: record({start: partialDate, end: partialDate}),
    status,
    source: record({name: text, url}, ['name']),
    updates: list(record({date: dateTime, text, status}, ['date', 'text'])),
    translations,
  },
  ['actor', 'stakeholder'],
);

const item = /*#__PURE__*/ record(
  {
    // A number id is valid but is turned into text, so such an item is copied.
    id: text,
    title: text,
    content_text: text,
    content_html: text,
    summary: text,
    url,
    external_url: url,
    image: url,
    date_published: dateTime,
    date_modified: dateTime,
    authors: list(record({name: text, url, avatar: url})),
    language,
    tags: list(text),
    _pledge: pledgeData,
  },
  ['id', 'title', '_pledge'],
);

/**
 * True when `value` is a feed item that `readPledge` would keep unchanged: it can be used
 * as the pledge itself, with no copy and no warning. False says nothing about validity.
 */
export function isPledgeAsIs(value: unknown): boolean {
  return item(value) && ((value as {content_text?: unknown}).content_text !== undefined || (value as {content_html?: unknown}).content_html !== undefined);
}
