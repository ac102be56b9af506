/**
 * Registers every pledgekit element (each only if its tag is still free) and returns
 * their classes. `import 'pledgekit/define'` is the one side-effect import a page needs.
 */
export {PledgeCard} from './elements/pledge-card/define.js';
export {PledgeFeed} from './elements/pledge-feed/define.js';
export {PledgeObjectiveList} from './elements/pledge-objective-list/define.js';
export {PledgeSubscribeButton} from './elements/pledge-subscribe-button/define.js';
