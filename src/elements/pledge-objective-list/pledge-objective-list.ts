import {html, nothing} from 'lit';
import type {PropertyDeclarations, TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {PledgeObjectiveSelectEvent} from '../../events/pledge-objective-select.js';
import {format, formatNumber, objectiveLabel, plural} from '../../i18n/index.js';
import {OBJECTIVES, isObjectiveNumber} from '../../model/catalogue.js';
import type {Pledge} from '../../model/schema.js';
import {objectiveCounts} from '../../query/objectives.js';
import {PledgeElement, defineElement} from '../shared/pledge-element.js';
import {styles} from './pledge-objective-list.styles.js';

/** One objective as the list shows it, formatted for the UI language. */
interface ObjectiveOption {
  n: number;
  number: string;
  label: string;
  /** The accessible name is `before`, the official English `title`, then `after`. */
  before: string;
  title: string;
  after: string;
  /** The pledge count as a localised number; undefined while it is not known. */
  count: string | undefined;
  selected: boolean;
}

/** Reads `selected="17 16"` or `"17,16"`; writes the numbers separated by spaces. */
const numberList = {
  fromAttribute: (value: string | null): number[] =>
    (value ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number),
  toAttribute: (value: readonly number[] | undefined): string | null => (value?.length ? value.join(' ') : null),
};

// Where each arrow key moves focus in a left-to-right list; right-to-left swaps left and right.
const STEPS: Readonly<Record<string, number>> = {ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1};

/** The objective number of the option an event happened in, if any. */
function optionOf(target: EventTarget | null): number | undefined {
  const option = (target as Element | null)?.closest?.<HTMLElement>('[role="option"]');
  return option ? Number(option.dataset['n']) : undefined;
}

/**
 * The 23 objectives of the Global Compact for Migration with the number of pledges under
 * each, as a listbox to choose from: the choice fires a cancelable
 * `pledge-objective-select` event and, unless cancelled, becomes the selection. Counts
 * come from `counts` (a board's facet counts), else from `pledges`, else from the feed
 * named by `src` (elements naming the same feed share one request).
 *
 * Keyboard: the list is one tab stop; the arrow keys move (left and right swap in
 * right-to-left languages), Home and End go to the first and last objective, Enter and
 * Space choose.
 *
 * @tag pledge-objective-list
 * @summary The GCM objectives with pledge counts, to filter by objective.
 *
 * @attr lang - The language of the texts (else the nearest ancestor's, else the page's).
 *
 * @fires pledge-objective-select - {PledgeObjectiveSelectEvent} The user chose an objective; `objectives` is the selection it leads to. Cancelable: cancel it to keep the selection as it was.
 *
 * @csspart list - The listbox that holds the objectives.
 * @csspart option - Each objective.
 * @csspart number - The objective's number.
 * @csspart label - The objective's short label (full layout only).
 * @csspart count - The number of pledges under the objective.
 *
 * @cssprop [--pledge-objective-list-columns=auto-fill] - Columns of the compact grid: a number, or `auto-fill` for as many as fit.
 */
export class PledgeObjectiveList extends PledgeElement {
  /** Registers `<pledge-objective-list>` (or `tag`) unless another class holds it (then warns); returns the class. */
  static define(tag = 'pledge-objective-list', registry = customElements): typeof PledgeObjectiveList {
    return defineElement(this, tag, registry);
  }

  static override styles = styles;
  static override properties: PropertyDeclarations = {
    src: {reflect: true},
    selected: {converter: numberList, reflect: true},
    multiple: {type: Boolean, reflect: true},
    hideEmpty: {attribute: 'hide-empty', type: Boolean, reflect: true},
    layout: {reflect: true},
    label: {},
    pledges: {attribute: false},
    counts: {attribute: false},
    active: {state: true},
  };

  /** The address of a feed whose pledges are counted; not loaded when `counts` or `pledges` is set. */
  src = '';
  /** The selected objectives (1–23); the attribute lists numbers separated by spaces or commas. Without `multiple` only the first counts. */
  selected: readonly number[] = [];
  /** Lets the user select several objectives: each choice adds or removes one. */
  multiple = false;
  /** Leaves out the objectives no pledge names (a selected one stays). */
  hideEmpty = false;
  /** `full` (number, short label and count: the default) or `compact` (a grid of numbers with counts). */
  layout: 'full' | 'compact' = 'full';
  /** The list's accessible name, instead of "Objectives of the Global Compact for Migration". */
  label = '';
  /** Pledges to count, already parsed; wins over `src`. */
  pledges: readonly Pledge[] | undefined;
  /** Pledges per objective number (a board's facet counts); wins over `pledges` and `src`. */
  counts: ReadonlyMap<number, number> | undefined;

  /** The objective that holds the list's one tab stop, once the user has moved it. */
  private active: number | undefined;

  #options: ObjectiveOption[] = [];
  #tabStop: number | undefined;
  #counted: {pledges: readonly Pledge[]; counts: Map<number, number>} | undefined;

  protected override feedSource(): string | undefined {
    return this.counts || this.pledges ? undefined : this.src;
  }

  /** Focuses the list's tab stop: the last focused objective, else the first selected, else the first. */
  override focus(options?: FocusOptions): void {
    this.#optionElement(this.#tabStop)?.focus(options);
  }

  protected override willUpdate(): void {
    const counts = this.#currentCounts();
    const chosen = this.#chosen();
    const {locale, language, t} = this.i18n;
    const [before = '', after = ''] = t.objectiveOption.split('{title}');
    this.#options = OBJECTIVES.flatMap(({number: n, title}) => {
      const raw = counts?.get(n) ?? 0;
      const count = Number.isFinite(raw) && raw > 0 ? Math.floor(raw) : 0;
      const selected = chosen.includes(n);
      if (counts && this.hideEmpty && count === 0 && !selected) return [];
      const label = objectiveLabel(n, language);
      return [
        {
          n,
          number: formatNumber(n, locale),
          label,
          before: format(before, {n, label}, locale),
          title,
          after: counts ? format(after, {count: plural(locale, t.pledgeCount, count)}, locale) : '',
          count: counts ? formatNumber(count, locale) : undefined,
          selected,
        },
      ];
    });
    const shown = this.#options.map((option) => option.n);
    this.#tabStop = [this.active, ...chosen, shown[0]].find((n) => n !== undefined && shown.includes(n));
  }

  /** The counts in force: `counts`, else those of `pledges` or of the loaded feed; undefined while unknown. */
  #currentCounts(): ReadonlyMap<number, number> | undefined {
    if (this.counts) return this.counts;
    const pledges = this.pledges ?? (this.feeds.status === 'ready' ? this.feeds.result?.pledges : undefined);
    if (!pledges) return undefined;
    // Counted again only when the pledges change, not on every focus move.
    if (this.#counted?.pledges !== pledges) this.#counted = {pledges, counts: objectiveCounts(pledges)};
    return this.#counted.counts;
  }

  /** The selected objectives in force, ascending: valid numbers only, and one without `multiple`. */
  #chosen(): number[] {
    const valid = [...new Set(Array.isArray(this.selected) ? this.selected : [])].filter(isObjectiveNumber);
    return (this.multiple ? valid : valid.slice(0, 1)).sort((a, b) => a - b);
  }

  protected override renderContent(): TemplateResult {
    return html`${this.feeds.status === 'error' ? html`<div class="error">${this.renderLoadError()}</div>` : nothing}
    ${this.#options.length ? this.#renderList() : html`<p class="empty">${this.i18n.t.objectiveListEmpty}</p>`}`;
  }

  #renderList(): TemplateResult {
    return html`<div
      part="list"
      class="list ${this.layout === 'compact' ? 'compact' : 'full'}"
      role="listbox"
      aria-label=${this.label || this.i18n.t.objectiveListTitle}
      aria-multiselectable=${this.multiple ? 'true' : nothing}
      aria-busy=${this.feeds.status === 'loading' ? 'true' : nothing}
      @click=${this.#onClick}
      @keydown=${this.#onKeydown}
      @focusin=${this.#onFocusin}
    >
      ${repeat(
        this.#options,
        (option) => option.n,
        (option) => this.#renderOption(option),
      )}
    </div>`;
  }

  #renderOption(option: ObjectiveOption): TemplateResult {
    const compact = this.layout === 'compact';
    const busy = this.feeds.status === 'loading';
    const english = this.i18n.language === 'en' ? nothing : 'en';
    return html`<div
      part="option"
      class="option"
      role="option"
      data-n=${option.n}
      aria-selected=${String(option.selected)}
      tabindex=${option.n === this.#tabStop ? 0 : -1}
      title=${compact ? option.label : nothing}
    >
      <span part="number" class="number" aria-hidden="true">${option.number}</span>
      ${compact ? nothing : html`<span part="label" class="label" aria-hidden="true">${option.label}</span>`}
      ${option.count !== undefined || busy ? this.#renderCount(option.count, busy) : nothing}
      <span class="visually-hidden">${option.before}<span lang=${english}>${option.title}</span>${option.after}</span>
    </div>`;
  }

  #renderCount(count: string | undefined, busy: boolean): TemplateResult {
    return html`<span part="count" class="count ${busy ? 'pending' : ''}" aria-hidden="true">${count}</span>`;
  }

  #optionElement(n: number | undefined): HTMLElement | null {
    return n === undefined ? null : this.renderRoot.querySelector<HTMLElement>(`[role="option"][data-n="${n}"]`);
  }

  readonly #onClick = (event: MouseEvent): void => {
    const n = optionOf(event.target);
    if (n !== undefined) this.#choose(n);
  };

  readonly #onFocusin = (event: FocusEvent): void => {
    const n = optionOf(event.target);
    if (n !== undefined) this.active = n;
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const current = optionOf(event.target);
    // Browser and screen reader shortcuts keep working.
    if (current === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#choose(current);
      return;
    }
    const target = this.#target(event.key, current);
    if (target === undefined) return;
    event.preventDefault();
    this.active = target;
    this.#optionElement(target)?.focus();
  };

  /** The objective a navigation key moves focus to from `current`, if the key is one. */
  #target(key: string, current: number): number | undefined {
    const shown = this.#options.map((option) => option.n);
    if (key === 'Home') return shown[0];
    if (key === 'End') return shown.at(-1);
    const step = STEPS[key];
    if (step === undefined) return undefined;
    const swap = this.i18n.dir === 'rtl' && (key === 'ArrowLeft' || key === 'ArrowRight');
    const index = shown.indexOf(current) + (swap ? -step : step);
    return shown[Math.min(shown.length - 1, Math.max(0, index))];
  }

  /** The user chose objective `n`: announce the new selection and keep it unless cancelled. */
  #choose(n: number): void {
    const before = this.#chosen();
    const next = this.multiple
      ? (before.includes(n) ? before.filter((m) => m !== n) : [...before, n]).sort((a, b) => a - b)
      : before[0] === n
        ? []
        : [n];
    this.active = n;
    const previous = this.selected;
    const accepted = this.dispatchEvent(new PledgeObjectiveSelectEvent(next));
    // A listener that set the selection itself keeps its own.
    if (accepted && this.selected === previous) this.selected = next;
  }
}
