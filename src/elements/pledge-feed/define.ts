import '../pledge-card/define.js';
import '../pledge-objective-list/define.js';
import '../pledge-subscribe-button/define.js';
import {PledgeFeed} from './pledge-feed.js';

export {PledgeFeed};

PledgeFeed.define();

declare global {
  interface HTMLElementTagNameMap {
    'pledge-feed': PledgeFeed;
  }
}
