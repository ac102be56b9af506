import {LitElement, html, nothing} from 'lit';
import type {PropertyDeclarations, TemplateResult} from 'lit';
import {FeedController} from './feed-controller.js';
import {LocaleController} from './locale-controller.js';

/** The colour schemes an element takes in `theme`; `auto` (also when absent) follows the system's. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

// Tags already warned about, per registry: a page that loads two copies hears it once.
const warned = new WeakMap<CustomElementRegistry, Set<string>>();

function warnTaken(registry: CustomElementRegistry, tag: string): void {
  const tags = warned.get(registry) ?? new Set<string>();
  warned.set(registry, tags);
  if (tags.has(tag)) return;
  tags.add(tag);
  console.warn(
    `pledgekit: <${tag}> is already defined by another class (another copy of pledgekit?); this one is left out.`,
  );
}

/**
 * Registers `element` as `tag` in `registry` and returns it: each element's `static define`.
 * When the tag is already taken by this class it does nothing; by another class (another
 * copy of pledgekit on the page), it warns once and leaves that one in place. A class
 * registers once per registry: for a second tag, define a subclass (`class extends PledgeCard {}`).
 */
export function defineElement<T extends CustomElementConstructor>(
  element: T,
  tag: string,
  registry: CustomElementRegistry,
): T {
  const taken = registry.get(tag);
  if (!taken) registry.define(tag, element);
  else if (taken !== element) warnTaken(registry, tag);
  return element;
}

/**
 * What every pledgekit element shares: the `theme`, the language it speaks (its own
 * `lang`, else the nearest ancestor's, else the page's), the feed it loads from `src`
 * (shared with every element naming the same feed), the load-error message, and the
 * `dir`/`lang` wrapper around what it renders.
 */
export class PledgeElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: {reflect: true},
    offlineCopy: {type: Boolean, attribute: 'offline-copy'},
  };

  /**
   * `light`, `dark` or `auto`: `auto` (also when absent) follows the system's colour scheme.
   * A board passes its own to the elements inside it.
   */
  // Spelled out rather than `Theme`, so that custom-elements.json lists the values.
  theme: 'light' | 'dark' | 'auto' | undefined;

  /**
   * Keep the last good copy of the feed in the page's `localStorage` (bounded, see the README), to
   * show on the next visit when the feed cannot be reached. Off: nothing is written to storage.
   */
  offlineCopy = false;

  /** The language in force, its messages and its writing direction. */
  protected readonly i18n = new LocaleController(this);
  /** The feed that `feedSource()` names, loaded and shared with every element naming it. */
  protected readonly feeds = new FeedController(
    this,
    () => this.feedSource(),
    () => this.offlineCopy,
  );

  /** The address of the feed to load; undefined (the default) when the data comes as properties. */
  protected feedSource(): string | undefined {
    return undefined;
  }

  /** Loads the feed again (the load error's button). */
  protected retryLoad(): void {
    this.feeds.retry();
    // The element shows that it is loading again, not the old error, until the feed answers.
    this.requestUpdate();
  }

  /** What the element shows, inside the wrapper; `nothing` leaves the element empty. */
  protected renderContent(): unknown {
    return nothing;
  }

  /** Why the feed could not be loaded, in plain words, then a button to try again. */
  protected renderLoadError(headline: unknown = this.i18n.t.loadFailed): TemplateResult {
    const {t} = this.i18n;
    return html`<p role="alert">${headline} ${t.feedErrors[this.feeds.error?.code ?? 'network']}</p>
      <button type="button" class="retry" @click=${() => this.retryLoad()}>${t.retry}</button>`;
  }

  protected override render(): unknown {
    const content = this.renderContent();
    const {dir, locale} = this.i18n;
    return content === nothing ? nothing : html`<div class="root" dir=${dir} lang=${locale}>${content}</div>`;
  }
}
