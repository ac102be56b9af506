/**
 * Registers every pledgekit element (a tag already held by another class is left to it, with a
 * warning) and returns their classes. `import 'pledgekit/define'` is the one side-effect import a page needs.
 */
export {PledgeCard} from './elements/pledge-card/define.js';
export {PledgeFeed} from './elements/pledge-feed/define.js';
export {PledgeObjectiveList} from './elements/pledge-objective-list/define.js';
export {PledgeSubscribeButton} from './elements/pledge-subscribe-button/define.js';
