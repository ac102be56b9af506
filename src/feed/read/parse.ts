/**
 * Reading a JSON Feed of pledges: the document is checked once, each item is kept as it
 * is when it already is a pledge (`as-is.ts`), else copied field by field (`copy.ts`),
 * and repeated ids are reported (`ids.ts`).
 */
import {JSON_FEED_VERSIONS, isObject} from '../../model/json-feed.js';
import type {Json} from '../../model/json-feed.js';
import type {FeedInfo, Pledge} from '../../model/schema.js';
import {FeedError} from '../errors.js';
import {isPledgeAsIs} from './as-is.js';
import {readPledge} from './copy.js';
import {readFeedInfo} from './feed-info.js';
import {preview} from './fields.js';
import {itemId, nameFirstPlaces} from './ids.js';

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
  /** For an item rejected because its id was already taken: the index of the item kept. */
  repeats?: number;
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

/** A JSON value that is a JSON Feed: an object with a known `version` and an `items` list. */
export type FeedDocument = Json & {items: unknown[]};

/** One line that locates and explains an issue, for logs and command-line reports. */
export function describeIssue(issue: FeedIssue): string {
  const where =
    issue.index === undefined
      ? 'Feed'
      : `Item ${issue.index + 1}${issue.id === undefined ? '' : ` (id "${issue.id}")`}`;
  return issue.field === '' ? `${where}: ${issue.reason}` : `${where}, ${issue.field}: ${issue.reason}`;
}

/**
 * Checks that a parsed JSON value is a JSON Feed (an object, a version pledgekit reads, an
 * `items` list), without reading its items.
 * @throws {FeedError} `not-a-feed`, saying what is wrong.
 */
export function feedDocument(value: unknown): FeedDocument {
  if (!isObject(value)) {
    throw new FeedError(
      'not-a-feed',
      'This is not a JSON Feed: the document should be an object with "version" and "items".',
    );
  }
  if (!(JSON_FEED_VERSIONS as readonly unknown[]).includes(value.version)) {
    throw new FeedError(
      'not-a-feed',
      value.version === undefined
        ? `This is not a JSON Feed: it has no "version" (expected "${JSON_FEED_VERSIONS[0]}").`
        : `This is not a JSON Feed 1.1: its version is ${preview(value.version)}, expected "${JSON_FEED_VERSIONS[0]}".`,
    );
  }
  if (!Array.isArray(value.items)) {
    throw new FeedError('not-a-feed', 'This JSON Feed has no "items" list, so there are no pledges to show.');
  }
  return value as FeedDocument;
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new FeedError(
      'not-json',
      /^\s*</.test(text)
        ? 'This is a web page, not a feed: use the address of the JSON feed itself.'
        : 'This feed is not valid JSON, so it cannot be read. Check that the file is complete.',
      {cause},
    );
  }
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
  return parseDocument(feedDocument(typeof json === 'string' ? parseText(json) : json));
}

/** Reads the feed fields and items of a document `feedDocument` accepted. */
export function parseDocument(document: FeedDocument): ParseResult {
  const warnings: FeedIssue[] = [];
  const rejected: FeedIssue[] = [];
  const feed = readFeedInfo(document, (field, reason) => warnings.push({field, reason}));
  const pledges: Pledge[] = [];
  const seen = new Set<string>();
  const repeats: FeedIssue[] = [];
  const {items} = document;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const id = itemId(item);
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
      const issue: FeedIssue = {index, id, field: 'id', reason: ''};
      rejected.push(issue);
      repeats.push(issue);
    } else {
      pledges.push(result as unknown as Pledge);
      warnings.push(...itemWarnings);
    }
  }
  if (repeats.length > 0) nameFirstPlaces(items, rejected, repeats);
  return {feed, pledges, rejected, warnings};
}
