import {PledgeCard} from './pledge-card.js';

export {PledgeCard};

if (!customElements.get('pledge-card')) customElements.define('pledge-card', PledgeCard);

declare global {
  interface HTMLElementTagNameMap {
    'pledge-card': PledgeCard;
  }
}
