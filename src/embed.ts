/**
 * The script-tag entry (`dist/pledgekit.js`): every element registered, every dependency
 * inside. It also exports the feed functions for pages that script the elements; the zod
 * schemas stay out (they are the npm package's, and would triple the file).
 */
export * from './define.js';
export * from './events/index.js';
export {FeedError} from './feed/errors.js';
export {describeIssue, parseFeed} from './feed/read/parse.js';
export {cachedFeed, clearFeedCache, loadFeed} from './feed/load/load.js';
export {facetCounts, filterPledges, paginate, queryPledges, sortPledges} from './query/query.js';
