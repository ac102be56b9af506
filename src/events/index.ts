export {PledgeFilterChangeEvent} from './pledge-filter-change.js';
export {PledgeObjectiveSelectEvent} from './pledge-objective-select.js';
export {PledgeSubscribeEvent} from './pledge-subscribe.js';
