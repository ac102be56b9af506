import {PledgeObjectiveList} from './pledge-objective-list.js';

export {PledgeObjectiveList};

PledgeObjectiveList.define();

declare global {
  interface HTMLElementTagNameMap {
    'pledge-objective-list': PledgeObjectiveList;
  }
}
