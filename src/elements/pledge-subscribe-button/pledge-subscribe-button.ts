import {html, nothing} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {PledgeSubscribeEvent} from '../../events/pledge-subscribe.js';
import type {SubscribeFormat} from '../../events/pledge-subscribe.js';
import {format} from '../../i18n/index.js';
import {OBJECTIVE_NUMBERS, STAKEHOLDER_TYPES} from '../../model/catalogue.js';
import type {StakeholderType} from '../../model/catalogue.js';
import {isHttpUrl} from '../../model/formats.js';
import type {FeedExtension, FeedInfo} from '../../model/schema.js';
import {PledgeElement, defineElement} from '../shared/pledge-element.js';
import {styles} from './pledge-subscribe-button.styles.js';

/** The feed links offered, all checked http(s); `sliced` when they are the selection's own. */
interface SubscribeLinks {
  json: string | undefined;
  rss: string | undefined;
  atom: string | undefined;
  sliced: boolean;
}

type EmailEndpoint = {action: string; method: 'get' | 'post'};
type CopyState = 'idle' | 'copied' | 'failed';
type EmailState = 'idle' | 'invalid' | 'sending' | 'sent' | 'failed';

const FEED_FORMATS = ['json', 'rss', 'atom'] as const;
type FeedFormat = (typeof FEED_FORMATS)[number];
// Names of formats, the same in every language.
const FORMAT_NAMES = {json: 'JSON Feed', rss: 'RSS', atom: 'Atom'} as const;
// The names `pledgekit build` gives a slice's RSS and Atom files, next to its JSON feed.
const SLICE_FILES = {rss: 'feed.xml', atom: 'atom.xml'} as const;
const EMAIL_TIMEOUT = 15_000;
// The feed icon (the broadcast waves), in the button's text colour.
const FEED_ICON = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  <circle cx="3" cy="13" r="2" />
  <path d="M1 6a9 9 0 0 1 9 9h-2.5A6.5 6.5 0 0 0 1 8.5zm0-5a14 14 0 0 1 14 14h-2.5A11.5 11.5 0 0 0 1 3.5z" />
</svg>`;

/** An absolute http(s) address for `value` (relative ones against the page), else undefined. */
function httpAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI).href;
    return isHttpUrl(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

function sliceUrl(
  slices: FeedExtension['slices'],
  objective: number | undefined,
  stakeholder: string,
): string | undefined {
  const byObjective = objective === undefined ? undefined : slices?.objective?.[String(objective)];
  return byObjective ?? slices?.stakeholder?.[stakeholder as StakeholderType];
}

/** The links for the selection: its slice when the feed names one, else the whole feed. */
function subscribeLinks(
  feed: FeedInfo | undefined,
  ownUrl: string | undefined,
  objective: number | undefined,
  stakeholder: string,
): SubscribeLinks {
  const subscribe = feed?._pledgekit?.subscribe;
  const slice = httpAddress(sliceUrl(feed?._pledgekit?.slices, objective, stakeholder));
  const sibling = (whole: string | undefined, file: string) => (slice && whole ? new URL(file, slice).href : undefined);
  const links = slice
    ? {json: slice, rss: sibling(subscribe?.rss, SLICE_FILES.rss), atom: sibling(subscribe?.atom, SLICE_FILES.atom)}
    : {json: subscribe?.json ?? feed?.feed_url ?? ownUrl, rss: subscribe?.rss, atom: subscribe?.atom};
  return {
    json: httpAddress(links.json),
    rss: httpAddress(links.rss),
    atom: httpAddress(links.atom),
    sliced: Boolean(slice),
  };
}

/**
 * A button that opens a panel for following a pledge feed, or the slice of it in view:
 * JSON Feed, RSS and Atom links (those the feed offers), "copy link", and an email form
 * when an endpoint is known. Links come from the feed's `_pledgekit.subscribe`, else its
 * `feed_url`, else its own address; `objective` or `stakeholder` picks a slice from
 * `_pledgekit.slices` (a slice's RSS and Atom sit next to its JSON as `feed.xml` and
 * `atom.xml`), and without one the whole feed is offered. Escape or a click outside
 * closes the panel.
 *
 * @tag pledge-subscribe-button
 * @summary Subscribe to a pledge feed or a slice of it: feed links, copy link, email.
 *
 * @attr lang - The language of the texts (else the nearest ancestor's, else the page's).
 *
 * @fires pledge-subscribe - {PledgeSubscribeEvent} The user followed a feed link, copied the link or sent the email form. Cancelable: cancel it to do it yourself.
 *
 * @csspart button - The button that opens and closes the panel.
 * @csspart panel - The panel of subscription choices.
 * @csspart link - Each feed link, and the copy button.
 * @csspart form - The email form.
 * @csspart input - The email address field.
 * @csspart message - The copy confirmation and the email form's messages.
 *
 * @cssprop [--pledge-subscribe-button-panel-width=20em] - The panel's width (it never gets wider than the screen).
 */
export class PledgeSubscribeButton extends PledgeElement {
  /** Registers `<pledge-subscribe-button>` (or `tag`) unless another class holds it (then warns); returns the class. */
  static define(tag = 'pledge-subscribe-button', registry = customElements): typeof PledgeSubscribeButton {
    return defineElement(this, tag, registry);
  }

  static override styles = styles;
  static override properties: PropertyDeclarations = {
    src: {reflect: true},
    objective: {type: Number, reflect: true},
    stakeholder: {reflect: true},
    emailAction: {attribute: 'email-action'},
    emailMethod: {attribute: 'email-method'},
    label: {},
    feed: {attribute: false},
    feedUrl: {attribute: false},
    open: {state: true},
    copyState: {state: true},
    emailState: {state: true},
    email: {state: true},
    failure: {state: true},
  };

  /** The feed's address; not loaded when `feed` is set. */
  src = '';
  /** A GCM objective (1–23): offer that objective's slice of the feed when it has one. */
  objective: number | undefined;
  /** A stakeholder type: offer that slice when no objective slice applies. */
  stakeholder = '';
  /** Where the email form sends the address; overrides the feed's `_pledgekit.subscribe.email`. */
  emailAction = '';
  /** `post` (the default) or `get`, for `email-action`. */
  emailMethod = '';
  /** The button's text instead of "Subscribe". */
  label = '';
  /** The feed's own fields, already parsed (the board passes them so the feed loads once). */
  feed: FeedInfo | undefined;
  /** The feed's address, when code knows it: offered when the feed names no link of its own. */
  feedUrl: string | undefined;

  private open = false;
  private copyState: CopyState = 'idle';
  private emailState: EmailState = 'idle';
  private email = '';
  private failure = '';

  private get button(): HTMLButtonElement {
    return this.renderRoot.querySelector('button[aria-controls]') as HTMLButtonElement;
  }

  private get panel(): HTMLElement {
    return this.renderRoot.querySelector('.panel') as HTMLElement;
  }

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input[type=email]');
  }

  #links: SubscribeLinks = {json: undefined, rss: undefined, atom: undefined, sliced: false};
  #endpoint: EmailEndpoint | undefined;

  protected override feedSource(): string | undefined {
    return this.feed ? undefined : this.src;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listenOutside(false);
    // Comes back closed, so the outside listeners are added again with the next opening.
    this.open = false;
  }

  protected override willUpdate(): void {
    const feed = this.feed ?? this.feeds.result?.feed;
    const own = this.feedUrl || this.feeds.result?.url || this.src;
    const objective = OBJECTIVE_NUMBERS.find((n) => n === this.objective) as number | undefined;
    const stakeholder = STAKEHOLDER_TYPES.find((s) => s === this.stakeholder) ?? '';
    this.#links = subscribeLinks(feed, own, objective, stakeholder);
    this.#endpoint = this.#emailEndpoint(feed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open' as keyof PledgeSubscribeButton)) return;
    this.#listenOutside(this.open);
    if (this.open) this.#keepPanelOnScreen();
  }

  /** While the panel is open: a click outside closes it, and so does Escape wherever focus is. */
  #listenOutside(on: boolean): void {
    const listen = on ? document.addEventListener.bind(document) : document.removeEventListener.bind(document);
    listen('click', this.#closeOnOutsideClick, true);
    listen('keydown', this.#closeOnEscape);
  }

  #emailEndpoint(feed: FeedInfo | undefined): EmailEndpoint | undefined {
    const own = httpAddress(this.emailAction);
    const method = this.emailMethod.toLowerCase();
    if (own) return {action: own, method: method === 'get' ? 'get' : 'post'};
    const email = feed?._pledgekit?.subscribe?.email;
    const action = httpAddress(email?.action);
    return action ? {action, method: email?.method ?? 'post'} : undefined;
  }

  /** The address subscribed to by copying or by email: the JSON feed, else another format. */
  get #subscribeUrl(): string | undefined {
    return this.#links.json ?? this.#links.rss ?? this.#links.atom;
  }

  protected override renderContent() {
    const {t} = this.i18n;
    const loading = !this.feed && this.feeds.status === 'loading';
    if (!loading && !this.#subscribeUrl && !this.#endpoint) return nothing;
    return html`<button
        part="button"
        type="button"
        aria-expanded=${String(this.open)}
        aria-controls="panel"
        @click=${this.#toggle}
        @keydown=${this.#onKeydown}
        @focusout=${this.#onFocusout}
      >
        ${FEED_ICON}
        ${this.label || (this.#links.sliced ? t.subscribeSelection : t.subscribe)}
      </button>
      <div
        part="panel"
        class="panel"
        id="panel"
        ?hidden=${!this.open}
        @keydown=${this.#onKeydown}
        @focusout=${this.#onFocusout}
      >
        ${loading ? html`<p role="status">${t.loading}</p>` : this.#renderChoices()}
      </div>`;
  }

  #renderChoices() {
    const {t} = this.i18n;
    const url = this.#subscribeUrl;
    return html`<p class="scope">${this.#links.sliced ? t.subscribeSelection : t.subscribeAll}</p>
      ${
        url
          ? html`<ul class="links">
              ${FEED_FORMATS.map((kind) => this.#renderFeedLink(kind, this.#links[kind]))}
              <li><button part="link" type="button" class="copy" @click=${this.#copy}>${t.copyLink}</button></li>
            </ul>
            <p part="message" class="message ${this.copyState}" role="status">${this.#copyMessage()}</p>
            ${this.copyState === 'failed' ? html`<code class="url">${url}</code>` : nothing}`
          : nothing
      }
      ${this.#endpoint ? this.#renderEmailForm() : nothing}`;
  }

  #renderFeedLink(kind: FeedFormat, href: string | undefined): TemplateResult | typeof nothing {
    if (!href || !isHttpUrl(href)) return nothing;
    const follow = (event: Event) => this.#follow(event, kind, href);
    return html`<li><a part="link" href=${href} @click=${follow}>${FORMAT_NAMES[kind]}</a></li>`;
  }

  #copyMessage(): string {
    const {t} = this.i18n;
    return this.copyState === 'copied' ? t.linkCopied : this.copyState === 'failed' ? t.copyFailed : '';
  }

  #renderEmailForm() {
    const {t} = this.i18n;
    const invalid = this.emailState === 'invalid';
    return html`<form part="form" class="email" novalidate @submit=${this.#submit}>
      <label for="email">${t.emailAddress}</label>
      <div class="field">
        <input
          part="input"
          id="email"
          name="email"
          type="email"
          autocomplete="email"
          required
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby="email-message"
          .value=${live(this.email)}
          @input=${this.#onInput}
        />
        <button type="submit" ?disabled=${this.emailState === 'sending'}>${t.subscribeByEmail}</button>
      </div>
      <p
        part="message"
        id="email-message"
        class="message ${this.emailState}"
        aria-live="polite"
      >${this.#emailMessage()}</p>
    </form>`;
  }

  #emailMessage(): string {
    const {t} = this.i18n;
    switch (this.emailState) {
      case 'invalid':
        return t.emailInvalid;
      case 'sending':
        return t.subscribing;
      case 'sent':
        return t.subscribed;
      case 'failed':
        return format(t.subscribeFailed, {reason: this.failure});
      default:
        return '';
    }
  }

  #toggle(): void {
    if (this.open) this.#close(false);
    else this.open = true;
  }

  #close(returnFocus: boolean): void {
    this.open = false;
    this.copyState = 'idle';
    if (returnFocus) this.button.focus();
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    // Handled here, so a dialog around the element does not close as well.
    event.stopPropagation();
    this.#close(true);
  }

  readonly #closeOnOutsideClick = (event: Event): void => {
    if (!event.composedPath().includes(this)) this.#close(false);
  };

  // Focus left with Tab (or went elsewhere) while open: the panel closes, as a disclosure's
  // does, and never lies over the control that now has focus (WCAG 2.4.11).
  readonly #onFocusout = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    // No next element: the window lost focus, or a click landed on nothing focusable (the outside-click listener decides).
    if (!this.open || !(next instanceof Node)) return;
    if (next === this || this.contains(next) || this.renderRoot.contains(next)) return;
    this.#close(false);
  };

  // Escape pressed while focus is not in the element (on the page, after a click on nothing focusable).
  readonly #closeOnEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open || event.composedPath().includes(this)) return;
    const active = document.activeElement;
    this.#close(!active || active === document.body);
  };

  /** Opens the panel towards the inline start when it would overflow the screen's end. */
  #keepPanelOnScreen(): void {
    this.panel.classList.remove('end');
    const box = this.panel.getBoundingClientRect();
    const overflows = this.i18n.dir === 'rtl' ? box.left < 0 : box.right > document.documentElement.clientWidth;
    this.panel.classList.toggle('end', overflows);
  }

  /** Asks the host first: false when a listener canceled the event to act itself. */
  #announce(kind: SubscribeFormat, url: string, email?: string): boolean {
    return this.dispatchEvent(new PledgeSubscribeEvent(kind, url, email));
  }

  #follow(event: Event, kind: SubscribeFormat, url: string): void {
    if (!this.#announce(kind, url)) event.preventDefault();
  }

  async #copy(): Promise<void> {
    const url = this.#subscribeUrl;
    if (!url || !this.#announce('copy', url)) return;
    try {
      await navigator.clipboard.writeText(url);
      this.copyState = 'copied';
    } catch {
      // No clipboard (insecure page, denied permission): the link is shown to copy by hand.
      this.copyState = 'failed';
    }
  }

  #onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.email = input.value;
    if (this.emailState === 'invalid' && input.checkValidity()) this.emailState = 'idle';
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = this.input;
    if (!input || !this.#endpoint || this.emailState === 'sending') return;
    this.email = input.value.trim();
    input.value = this.email;
    if (!input.checkValidity()) {
      this.emailState = 'invalid';
      input.focus();
      return;
    }
    const feed = this.#subscribeUrl ?? '';
    if (!this.#announce('email', feed, this.email)) return;
    this.emailState = 'sending';
    this.failure = await this.#send(this.#endpoint, this.email, feed);
    this.emailState = this.failure ? 'failed' : 'sent';
  }

  /** Sends the address to the endpoint; resolves with why it failed, or '' on success. */
  async #send({action, method}: EmailEndpoint, email: string, feed: string): Promise<string> {
    const {t} = this.i18n;
    const body = new URLSearchParams({email, feed});
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), EMAIL_TIMEOUT);
    try {
      const response =
        method === 'get'
          ? await fetch(`${action}${action.includes('?') ? '&' : '?'}${body}`, {signal: abort.signal})
          : await fetch(action, {
              method: 'POST',
              headers: {'content-type': 'application/x-www-form-urlencoded'},
              body: body.toString(),
              signal: abort.signal,
            });
      return response.ok ? '' : format(t.emailServerStatus, {status: String(response.status)});
    } catch {
      return abort.signal.aborted ? t.emailTimeout : t.emailNetwork;
    } finally {
      clearTimeout(timer);
    }
  }
}
