import {PledgeSubscribeButton} from './pledge-subscribe-button.js';

export {PledgeSubscribeButton};

PledgeSubscribeButton.define();

declare global {
  interface HTMLElementTagNameMap {
    'pledge-subscribe-button': PledgeSubscribeButton;
  }
}
