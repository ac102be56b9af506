import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {directionOf, langOf, messages, resolveLanguage} from '../../i18n/index.js';
import type {Messages, UiLanguage} from '../../i18n/index.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the page: a `lang` change anywhere re-renders the elements it concerns.
const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(controller: LocaleController): void {
  hosts.add(controller);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => hosts.forEach((c) => c.refresh()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }
}

function unwatch(controller: LocaleController): void {
  hosts.delete(controller);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (across
 * shadow roots), else the page's; with its messages and writing direction.
 */
export class LocaleController implements ReactiveController {
  /** The BCP 47 tag in force, as written (`fr-CA`): dates and numbers follow it. */
  locale = 'en';
  /** The UI language the messages come in. */
  language: UiLanguage = 'en';
  dir: 'ltr' | 'rtl' = 'ltr';
  t: Messages = messages('en');

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    watch(this);
    this.read();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Re-reads the language and re-renders the host if it changed. */
  refresh(): void {
    if (this.read()) this.host.requestUpdate();
  }

  private read(): boolean {
    const locale = langOf(this.host) || 'en';
    if (locale === this.locale) return false;
    this.locale = locale;
    this.language = resolveLanguage(locale);
    this.dir = directionOf(locale);
    this.t = messages(this.language);
    return true;
  }
}
