/**
 * pledgekit: the typed pledge model, the feed client and the query helpers.
 * Importing this module registers no custom element.
 */
export * from './model/catalogue.js';
export * from './model/formats.js';
export * from './model/schema.js';
export * from './feed/errors.js';
export {describeIssue, parseFeed} from './feed/parse.js';
export type {FeedIssue, ParseResult} from './feed/parse.js';
export {cachedFeed, clearFeedCache, loadFeed} from './feed/load.js';
export type {FeedLoad, LoadOptions} from './feed/load.js';
export * from './feed/query.js';
