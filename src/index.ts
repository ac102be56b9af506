/**
 * pledgekit: the typed pledge model, the feed client, the query helpers and the element classes.
 * Importing this module registers no custom element.
 */
export * from './model/catalogue.js';
export * from './model/formats.js';
export * from './model/schema.js';
export {JSON_FEED_VERSIONS} from './model/json-feed.js';
export type {JsonFeedVersion} from './model/json-feed.js';
export * from './feed/errors.js';
export {describeIssue, parseFeed} from './feed/read/parse.js';
export type {FeedIssue, ParseResult} from './feed/read/parse.js';
export {cachedFeed, clearFeedCache, loadFeed} from './feed/load/load.js';
export type {FeedLoad, LoadOptions} from './feed/load/load.js';
export * from './query/types.js';
export * from './query/query.js';
export {PledgeCard} from './elements/pledge-card/pledge-card.js';
export {PledgeFeed} from './elements/pledge-feed/pledge-feed.js';
export {PledgeObjectiveList} from './elements/pledge-objective-list/pledge-objective-list.js';
export {PledgeSubscribeButton} from './elements/pledge-subscribe-button/pledge-subscribe-button.js';
export * from './events/index.js';
