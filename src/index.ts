/**
 * pledgekit: the typed pledge model, the feed client, the query helpers and the element classes.
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
export {PledgeCard} from './elements/pledge-card/pledge-card.js';
export {PledgeFeed} from './elements/pledge-feed/pledge-feed.js';
export {PledgeObjectiveList} from './elements/pledge-objective-list/pledge-objective-list.js';
export {PledgeSubscribeButton} from './elements/pledge-subscribe-button/pledge-subscribe-button.js';
export * from './events/index.js';
