import {PledgeObjectiveList} from './pledge-objective-list.js';

export {PledgeObjectiveList};

if (!customElements.get('pledge-objective-list')) customElements.define('pledge-objective-list', PledgeObjectiveList);

declare global {
  interface HTMLElementTagNameMap {
    'pledge-objective-list': PledgeObjectiveList;
  }
}
