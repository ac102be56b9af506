import {OBJECTIVE_NUMBERS, STAKEHOLDER_TYPES} from '../model/catalogue.js';
import type {FeedInfo, Pledge} from '../model/schema.js';
import {isPledgeAsIs} from './as-is.js';
import {FeedError} from './errors.js';
import {copy, copyObject, dateTime, httpUrl, isObject, language, oneOf, preview, readPledge, text} from './validate.js';
import type {Json, Warn} from './validate.js';

/** Something in a feed that was rejected or dropped, located precisely. */
export interface FeedIssue {
  /** Position of the item in `items` (counted from 0); absent for feed-level fields. */
  index?: number;
  /** The item's id, when it had a readable one. */
  id?: string;
  /** Path of the field inside the item (or the feed), such as `_pledge.objectives[2]`. */
  field: string;
  /** What was wrong, in plain words. */
  reason: string;
}

/** What `parseFeed` makes of a feed: every valid pledge, and why the rest was left out. */
export interface ParseResult {
  /** The feed's own fields. */
  feed: FeedInfo;
  /** The valid pledges, in feed order. */
  pledges: Pledge[];
  /** Items that could not be kept (a required field missing or invalid, or a duplicate id). */
  rejected: FeedIssue[];
  /** Optional fields that were dropped from kept pledges or from the feed. */
  warnings: FeedIssue[];
}

const VERSIONS = ['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'];

/** One line that locates and explains an issue, for logs and command-line reports. */
export function describeIssue(issue: FeedIssue): string {
  const where =
    issue.index === undefined
      ? 'Feed'
      : `Item ${issue.index + 1}${issue.id === undefined ? '' : ` (id "${issue.id}")`}`;
  return issue.field === '' ? `${where}: ${issue.reason}` : `${where}, ${issue.field}: ${issue.reason}`;
}

function readDocument(json: unknown): Json {
  let document = json;
  if (typeof json === 'string') {
    try {
      document = JSON.parse(json);
    } catch (cause) {
      const looksLikeHtml = /^\s*</.test(json);
      throw new FeedError(
        'not-json',
        looksLikeHtml
          ? 'This is a web page, not a feed: use the address of the JSON feed itself.'
          : 'This feed is not valid JSON, so it cannot be read. Check that the file is complete.',
        {cause},
      );
    }
  }
  if (!isObject(document)) {
    throw new FeedError(
      'not-a-feed',
      'This is not a JSON Feed: the document should be an object with "version" and "items".',
    );
  }
  if (!VERSIONS.includes(document.version as string)) {
    throw new FeedError(
      'not-a-feed',
      document.version === undefined
        ? 'This is not a JSON Feed: it has no "version" (expected "https://jsonfeed.org/version/1.1").'
        : `This is not a JSON Feed 1.1: its version is ${preview(document.version)}, expected "https://jsonfeed.org/version/1.1".`,
    );
  }
  if (!Array.isArray(document.items)) {
    throw new FeedError('not-a-feed', 'This JSON Feed has no "items" list, so there are no pledges to show.');
  }
  return document;
}

const objectiveKey = /*#__PURE__*/ oneOf(OBJECTIVE_NUMBERS.map(String));
const stakeholderKey = /*#__PURE__*/ oneOf(STAKEHOLDER_TYPES);

function readUrlMap(keyCheck: (key: unknown) => string | undefined) {
  return (map: Json, path: string, warn: Warn): Json => {
    const out: Json = {};
    for (const key of Object.keys(map)) {
      const reason = keyCheck(key);
      if (reason === undefined) copy(out, map, key, httpUrl, warn, path);
      else warn(path + key, `unknown slice: the key ${reason}`);
    }
    return out;
  };
}

function readEmail(email: Json, path: string, warn: Warn): Json | undefined {
  const reason = httpUrl(email.action);
  if (reason !== undefined) {
    warn(`${path}action`, `${reason}; it was ${preview(email.action)}`);
    return undefined;
  }
  const out: Json = {action: email.action};
  copy(out, email, 'method', oneOf(['post', 'get']), warn, path);
  return out;
}

function readSubscribe(subscribe: Json, path: string, warn: Warn): Json {
  const out: Json = {};
  for (const key of ['json', 'rss', 'atom']) copy(out, subscribe, key, httpUrl, warn, path);
  copyObject(out, subscribe, 'email', readEmail, warn, path);
  return out;
}

function readSlices(slices: Json, path: string, warn: Warn): Json {
  const out: Json = {};
  copyObject(out, slices, 'objective', readUrlMap(objectiveKey), warn, path);
  copyObject(out, slices, 'stakeholder', readUrlMap(stakeholderKey), warn, path);
  return out;
}

function readExtension(extension: Json, path: string, warn: Warn): Json | undefined {
  if (extension.version !== 1) {
    warn(`${path}version`, `must be 1, the only version this library reads; it was ${preview(extension.version)}`);
    return undefined;
  }
  const out: Json = {version: 1};
  copy(out, extension, 'generated', dateTime, warn, path);
  copyObject(out, extension, 'subscribe', readSubscribe, warn, path);
  copyObject(out, extension, 'slices', readSlices, warn, path);
  return out;
}

function readFeedInfo(document: Json, warn: Warn): FeedInfo {
  const feed: Json = {version: document.version};
  copy(feed, document, 'title', text, warn);
  for (const key of ['home_page_url', 'feed_url', 'next_url']) copy(feed, document, key, httpUrl, warn);
  copy(feed, document, 'description', text, warn);
  copy(feed, document, 'language', language, warn);
  copyObject(feed, document, '_pledgekit', readExtension, warn);
  return feed as FeedInfo;
}

/**
 * Reads a JSON Feed of pledges. Keeps every valid pledge; rejects an item only when a
 * required field is missing or invalid, and drops an invalid optional field with a
 * warning. Throws a `FeedError` only when the document is not a JSON Feed at all.
 * The input is never modified; an item that needs no change (the usual case) is itself
 * the pledge, not a copy.
 *
 * @param json The feed: a parsed value, or its JSON text.
 */
export function parseFeed(json: unknown): ParseResult {
  const document = readDocument(json);
  const warnings: FeedIssue[] = [];
  const rejected: FeedIssue[] = [];
  const feed = readFeedInfo(document, (field, reason) => warnings.push({field, reason}));
  const pledges: Pledge[] = [];
  const seen = new Set<string>();
  const items = document.items as unknown[];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const rawId = isObject(item) ? item.id : undefined;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
    // The id is claimed at once (one look-up, not two), and given back if the item is rejected.
    const known = seen.size;
    if (id !== undefined) seen.add(id);
    const repeated = id !== undefined && seen.size === known;
    // The usual case: the item is already exactly a pledge, kept with no copy.
    if (!repeated && isPledgeAsIs(item)) {
      pledges.push(item as Pledge);
      continue;
    }
    const itemWarnings: FeedIssue[] = [];
    const result = readPledge(item, (field, reason) => itemWarnings.push({index, id, field, reason}));
    if ('reason' in result) {
      if (!repeated && id !== undefined) seen.delete(id);
      rejected.push({index, id, field: String(result.field), reason: String(result.reason)});
    } else if (repeated) {
      rejected.push({index, id, field: 'id', reason: 'repeats the id of an earlier item; the first one is kept'});
    } else {
      pledges.push(result as unknown as Pledge);
      warnings.push(...itemWarnings);
    }
  }
  return {feed, pledges, rejected, warnings};
}
