import {html, nothing} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {
  countryName,
  directionOf,
  format,
  formatDate,
  formatNumber,
  formatPartialDate,
  objectiveLabel,
} from '../../i18n/index.js';
import type {Messages, UiLanguage} from '../../i18n/index.js';
import {objective} from '../../model/catalogue.js';
import {isHttpUrl} from '../../model/formats.js';
import type {Pledge, Translation} from '../../model/schema.js';
import {PledgeElement, defineElement} from '../shared/pledge-element.js';
import {styles} from './pledge-card.styles.js';

/** A text of the pledge, with its language when it differs from the UI's. */
interface Text {
  text: string;
  lang: string | undefined;
}

/** Each part in a span (the meta lines separate them with a dot). */
const spans = (parts: readonly string[]) => parts.map((part) => html`<span>${part}</span>`);
/** One row of the facts list: a term and its value. */
const fact = ([term, value]: [string, string]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;

/** `lang` and `dir` for a text in another language than the card's; nothing otherwise. */
const textLang = (text: Text) => text.lang ?? nothing;
const textDir = (text: Text) => (text.lang ? directionOf(text.lang) : nothing);

/** A GCM objective chip: what it shows and the official title it stands for. */
interface Chip {
  n: number;
  label: string;
  title: string;
}

/** Everything the card shows, formatted for the UI language. */
interface CardView {
  title: Text;
  summary: Text | undefined;
  long: boolean;
  who: string[];
  dates: string[];
  chips: Chip[];
  facts: Array<[string, string]>;
  matches: string | undefined;
  url: string | undefined;
}

// Past this many characters the summary is clamped; the "Show more" toggle appears when
// the clamp actually hides something at the card's width.
const LONG_SUMMARY = 280;

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** The translation for the UI language, unless the pledge is already written in it. */
function translationFor(
  pledge: Pledge,
  own: string | undefined,
  locale: string,
  language: UiLanguage,
): Translation | undefined {
  const all = pledge._pledge.translations;
  if (!all || (own && primary(own) === language)) return undefined;
  const key =
    [locale, language].find((k) => Object.hasOwn(all, k)) ?? Object.keys(all).find((k) => primary(k) === language);
  return key === undefined ? undefined : all[key];
}

/** Names joined the way the locale lists things (`A, B and C`, `A، B و C`). */
function list(names: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, {type: 'conjunction'}).format(names);
  } catch {
    return names.join(', ');
  }
}

function period(pledge: Pledge, t: Messages, locale: string): string | undefined {
  const {start, end} = pledge._pledge.period ?? {};
  const s = start && formatPartialDate(start, locale);
  const e = end && formatPartialDate(end, locale);
  if (s && e) return format(t.periodRange, {start: s, end: e});
  return s ? format(t.periodFrom, {start: s}) : e ? format(t.periodUntil, {end: e}) : undefined;
}

function submitted(pledge: Pledge, t: Messages, locale: string): string[] {
  const names = (pledge.authors ?? []).flatMap((a) => (a.name ? [a.name] : []));
  const name = names.length ? list(names, locale) : undefined;
  const published = pledge.date_published && formatDate(pledge.date_published, locale);
  const modified = pledge.date_modified && formatDate(pledge.date_modified, locale);
  const by =
    name && published
      ? format(t.submittedByOn, {name, date: published})
      : name
        ? format(t.submittedBy, {name})
        : published
          ? format(t.submittedOn, {date: published})
          : undefined;
  const updated = modified && modified !== published ? format(t.updatedOn, {date: modified}) : undefined;
  return [by, updated].filter((line): line is string => Boolean(line));
}

function facts(pledge: Pledge, t: Messages, locale: string): Array<[string, string]> {
  const data = pledge._pledge;
  const status = data.status && t.statuses[data.status];
  const when = period(pledge, t, locale);
  const partners = data.partners?.length ? list(data.partners, locale) : undefined;
  const rows: Array<[string, string | undefined]> = [
    [t.status, status],
    [t.period, when],
    [t.partners, partners],
  ];
  return rows.filter((row): row is [string, string] => Boolean(row[1]));
}

function chips(pledge: Pledge, language: UiLanguage): Chip[] {
  return (pledge._pledge.objectives ?? []).flatMap((n) => {
    const official = objective(n);
    return official && official.number === n ? [{n, label: objectiveLabel(n, language), title: official.title}] : [];
  });
}

/**
 * One pledge as a card: its title, who pledges and where, the stakeholder type, who
 * submitted it and when, the summary (clamped when long, with a "Show more" toggle),
 * GCM objective chips, status, period, partners, and a link to the pledge's own page.
 * Text follows `lang`; the pledge's translation into that language is shown when it has
 * one, and text left in another language carries its own `lang`.
 *
 * Give it a parsed pledge through `.pledge`, or a feed with `src` and the pledge's
 * `pledge-id` (elements naming the same feed share one request).
 *
 * @tag pledge-card
 * @summary One pledge: title, actor, objectives, status and a link to the full pledge.
 *
 * @attr lang - The language of the texts (else the nearest ancestor's, else the page's).
 *
 * @csspart card - The card itself (also in the loading, error and not-found states).
 * @csspart title - The pledge's title (a heading of level `heading-level`).
 * @csspart meta - The lines about the actor and the submission.
 * @csspart summary - The summary text.
 * @csspart toggle - The "Show more" / "Show less" button.
 * @csspart chip - Each objective chip.
 * @csspart link - The link to the full pledge.
 *
 * @cssprop [--pledge-card-padding=1em] - Space inside the card.
 * @cssprop [--pledge-card-gap=0.75em] - Space between the card's blocks.
 * @cssprop [--pledge-card-shadow=none] - The card's box shadow.
 * @cssprop [--pledge-card-lines=4] - Lines of a long summary shown before "Show more".
 */
export class PledgeCard extends PledgeElement {
  /** Registers `<pledge-card>` (or `tag`) unless another class holds it (then warns); returns the class. */
  static define(tag = 'pledge-card', registry = customElements): typeof PledgeCard {
    return defineElement(this, tag, registry);
  }

  static override styles = styles;
  static override properties: PropertyDeclarations = {
    pledge: {attribute: false},
    src: {reflect: true},
    pledgeId: {attribute: 'pledge-id', reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
    feedLanguage: {attribute: false},
    expanded: {state: true},
    fits: {state: true},
  };

  /** The pledge to show, already parsed; wins over `src`. */
  pledge: Pledge | undefined;
  /** The address of a feed to take the pledge from, with `pledge-id`. */
  src = '';
  /** The id of the pledge to show from the `src` feed. */
  pledgeId = '';
  /** Level of the title's heading, 2–6. */
  headingLevel = 3;
  /** The feed's language, for a `.pledge` that names none (a `src` feed gives its own). */
  feedLanguage: string | undefined;

  private expanded = false;
  /** Whether the clamped summary shows all of its text at the card's present width. */
  private fits = false;

  // The summary is measured when the browser lays it out (first shown, or resized with the
  // card), never by forcing a layout: a board changing a page of cards at once stays within a
  // frame, and a card out of view (content-visibility) is not laid out at all until seen.
  readonly #resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.#resized());
  /** Whether the card is an item of a list that skips items out of view (the board's); found on the first measure. */
  #inSkippingList: boolean | undefined;
  #frame = 0;
  #observed: Element | null = null;
  #observedText = '';
  #view: CardView | undefined;

  protected override feedSource(): string | undefined {
    return this.pledge ? undefined : this.src;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new pledge starts folded.
    if (changed.has('pledge') || changed.has('pledgeId')) this.expanded = this.fits = false;
    const result = this.pledge ? undefined : this.feeds.result;
    const pledge = this.pledge ?? result?.pledges.find((p) => p.id === this.pledgeId);
    const matched = pledge?._pledge.matches;
    const match = matched === undefined ? undefined : (result?.pledges.find((p) => p.id === matched)?.title ?? matched);
    this.#view = pledge && this.#describe(pledge, this.feedLanguage ?? result?.feed.language, match);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#inSkippingList = undefined;
    if (this.hasUpdated) this.#watchSummary(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  protected override updated(): void {
    this.#watchSummary(false);
  }

  // Observing (again) asks for one measure after the next layout. Done when the summary is
  // new or says something else, not when only the toggle changed: a new observation made
  // while observations are delivered would wait a frame, with a console error.
  #watchSummary(always: boolean): void {
    const summary = this.renderRoot.querySelector('.summary');
    const text = summary?.textContent ?? '';
    if (!always && summary === this.#observed && text === this.#observedText) return;
    this.#resize?.disconnect();
    if (summary) this.#resize?.observe(summary);
    this.#observed = summary;
    this.#observedText = text;
  }

  // Measured at once, before the frame is painted, so the toggle does not flash. But in a
  // list whose items skip layout while out of view (`content-visibility: auto`), reading the
  // summary makes Firefox lay out the items coming into view while the observers deliver,
  // and it reports "ResizeObserver loop completed with undelivered notifications" to the
  // page (error trackers and dev overlays show it): there the read waits for the next frame.
  #resized(): void {
    // A style read after layout: it lays nothing out.
    this.#inSkippingList ??= this.parentElement
      ? getComputedStyle(this.parentElement).getPropertyValue('content-visibility') === 'auto'
      : false;
    if (!this.#inSkippingList) return this.#measure();
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#measure());
  }

  #measure(): void {
    const summary = this.renderRoot.querySelector<HTMLElement>('.summary.clamped');
    if (!summary || summary.clientHeight === 0) return;
    const fits = summary.scrollHeight <= summary.clientHeight + 1;
    if (fits !== this.fits) this.fits = fits;
  }

  #describe(pledge: Pledge, feedLanguage: string | undefined, match: string | undefined): CardView {
    const {locale, language, t} = this.i18n;
    const own = pledge.language ?? feedLanguage;
    const ownLang = own && primary(own) !== primary(locale) ? own : undefined;
    const translation = translationFor(pledge, own, locale, language);
    // Translated text is in the UI language, so it inherits the card's `lang`.
    const pick = (translated: string | undefined, original: string | undefined): Text | undefined =>
      translated ? {text: translated, lang: undefined} : original ? {text: original, lang: ownLang} : undefined;
    const summary = pick(translation?.summary ?? translation?.content_text, pledge.summary ?? pledge.content_text);
    const {actor, stakeholder} = pledge._pledge;
    const place = actor.city && actor.city !== actor.name ? actor.city : undefined;
    const who = [actor.name, place, actor.country && countryName(actor.country, locale), t.stakeholders[stakeholder]];
    return {
      title: pick(translation?.title, pledge.title)!,
      summary,
      long: (summary?.text.length ?? 0) > LONG_SUMMARY,
      who: who.filter((part): part is string => Boolean(part)),
      dates: submitted(pledge, t, locale),
      chips: chips(pledge, language),
      facts: facts(pledge, t, locale),
      matches: match && format(t.matches, {id: match}),
      url: pledge.url && isHttpUrl(pledge.url) ? pledge.url : undefined,
    };
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const {t} = this.i18n;
    if (!this.pledge && this.src) {
      if (this.feeds.status === 'error') return this.#renderError();
      if (this.feeds.status !== 'ready') return this.#renderLoading();
    }
    if (this.#view) return this.#renderCard(this.#view);
    return this.src && !this.pledge ? html`<p part="card" class="card state">${t.pledgeNotFound}</p>` : nothing;
  }

  #renderLoading(): TemplateResult {
    return html`<div part="card" class="card skeleton" aria-busy="true">
      <span class="visually-hidden">${this.i18n.t.pledgeLoading}</span>
      <span class="bar"></span><span class="bar"></span><span class="bar short"></span>
    </div>`;
  }

  #renderError(): TemplateResult {
    return html`<div part="card" class="card state">${this.renderLoadError(this.i18n.t.pledgeLoadFailed)}</div>`;
  }

  #renderCard(view: CardView): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    return html`<article part="card" class="card" aria-labelledby="title">
      <div
        part="title"
        class="title"
        id="title"
        role="heading"
        aria-level=${level}
        lang=${textLang(view.title)}
        dir=${textDir(view.title)}
      >${view.title.text}</div>
      <p part="meta" class="meta">${spans(view.who)}</p>
      ${view.dates.length ? html`<p part="meta" class="meta dates">${spans(view.dates)}</p>` : nothing}
      ${this.#renderSummary(view)}
      ${view.chips.length ? this.#renderChips(view.chips) : nothing}
      ${view.facts.length ? html`<dl class="facts">${view.facts.map(fact)}</dl>` : nothing}
      ${view.matches ? html`<p class="matches">${view.matches}</p>` : nothing}
      ${view.url ? this.#renderLink(view.url, view.title.text) : nothing}
    </article>`;
  }

  #renderLink(url: string, title: string): TemplateResult {
    const {t} = this.i18n;
    const label = format(t.readPledgeTitled, {title});
    return html`<a part="link" class="link" href=${url} aria-label=${label}>${t.readPledge}</a>`;
  }

  #renderSummary(view: CardView): TemplateResult | typeof nothing {
    const summary = view.summary;
    if (!summary) return nothing;
    const folded = view.long && !this.expanded;
    return html`<p
        part="summary"
        id="summary"
        class="summary ${folded ? 'clamped' : ''}"
        lang=${textLang(summary)}
        dir=${textDir(summary)}
      >${summary.text}</p>
      ${view.long && (this.expanded || !this.fits) ? this.#renderToggle() : nothing}`;
  }

  #renderToggle(): TemplateResult {
    const {t} = this.i18n;
    return html`<button
      part="toggle"
      class="toggle"
      aria-expanded=${String(this.expanded)}
      aria-controls="summary"
      aria-describedby="title"
      @click=${this.#toggle}
    >
      ${this.expanded ? t.showLess : t.showMore}
    </button>`;
  }

  #renderChips(chips: Chip[]): TemplateResult {
    // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari drops the role of a list without markers
    return html`<ul class="chips" role="list" aria-label=${this.i18n.t.objectives}>${chips.map(this.#renderChip)}</ul>`;
  }

  readonly #renderChip = (chip: Chip): TemplateResult => {
    const {locale, language, t} = this.i18n;
    // The official titles exist in English only; the rest of the name is in the UI language.
    const [before = '', after = ''] = t.objectiveChip.split('{title}').map((part) => format(part, {n: chip.n}, locale));
    const english = language === 'en' ? nothing : 'en';
    return html`<li part="chip" class="chip" title=${chip.title}>
      <span aria-hidden="true">${formatNumber(chip.n, locale)} · ${chip.label}</span>
      <span class="visually-hidden">${before}<span lang=${english}>${chip.title}</span>${after}</span>
    </li>`;
  };

  #toggle(): void {
    this.expanded = !this.expanded;
  }
}
