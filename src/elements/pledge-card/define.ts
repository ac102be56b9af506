import {PledgeCard} from './pledge-card.js';

export {PledgeCard};

PledgeCard.define();

declare global {
  interface HTMLElementTagNameMap {
    'pledge-card': PledgeCard;
  }
}
