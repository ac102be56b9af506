import {PledgeSubscribeButton} from './pledge-subscribe-button.js';

export {PledgeSubscribeButton};

if (!customElements.get('pledge-subscribe-button'))
  customElements.define('pledge-subscribe-button', PledgeSubscribeButton);

declare global {
  interface HTMLElementTagNameMap {
    'pledge-subscribe-button': PledgeSubscribeButton;
  }
}
