/** The ways `<pledge-subscribe-button>` offers to follow a feed. */
export const SUBSCRIBE_FORMATS = ['json', 'rss', 'atom', 'copy', 'email'] as const;
export type SubscribeFormat = (typeof SUBSCRIBE_FORMATS)[number];

/**
 * Fired by `<pledge-subscribe-button>` when the user picks a way to subscribe: follows a
 * feed link, copies the link, or sends the email form (never when code sets a property).
 * Cancel it (`preventDefault()`) to take over: the link is not followed, nothing is
 * copied, the address is not sent.
 */
export class PledgeSubscribeEvent extends Event {
  /** What the user chose: a feed link, copying the link, or the email form. */
  readonly format: SubscribeFormat;
  /** The feed subscribed to: the link followed or copied, or the feed the email is for. */
  readonly url: string;
  /** The address typed in the email form (only for `email`). */
  readonly email?: string;

  constructor(format: SubscribeFormat, url: string, email?: string) {
    super('pledge-subscribe', {bubbles: true, composed: true, cancelable: true});
    this.format = format;
    this.url = url;
    this.email = email;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pledge-subscribe': PledgeSubscribeEvent;
  }
}
