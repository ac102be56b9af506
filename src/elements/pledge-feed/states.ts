import {html, nothing} from 'lit';
import type {TemplateResult} from 'lit';
import type {FeedError} from '../../feed/errors.js';
import type {FeedLoad} from '../../feed/load/load.js';
import type {Page} from '../../query/types.js';
import {format, formatDate, plural} from '../../i18n/index.js';
import type {Messages, SavedCopyCause} from '../../i18n/index.js';
import type {Pledge} from '../../model/schema.js';

// What a placeholder card holds: lines of a title, the meta lines and a summary.
const CARD_LINES = html`<span class="bar title"></span><span class="bar title short"></span>
  <span class="bar meta"></span><span class="bar meta short"></span>
  <span class="bar"></span><span class="bar"></span><span class="bar"></span><span class="bar short"></span>`;
// More placeholders than this would only fill screens nobody sees before the cards come.
const MOST_PLACEHOLDERS = 12;

/**
 * A page of grey cards while the feed loads, each the height of a real card, so the results
 * keep their height when the cards arrive. Hidden from assistive technology, which hears the count.
 */
export function skeleton(pageSize: number): TemplateResult {
  const count = Math.min(MOST_PLACEHOLDERS, Math.max(1, Math.trunc(pageSize) || 1));
  return html`<ul class="skeleton" aria-hidden="true">
    ${Array.from({length: count}, () => html`<li>${CARD_LINES}</li>`)}
  </ul>`;
}

/** Where the feed's title will be: a grey line in a heading's space. */
export function headingPlaceholder(): TemplateResult {
  return html`<div class="heading placeholder" aria-hidden="true"><span class="bar"></span></div>`;
}

/** Where the subscribe button will be, at its size. */
export function subscribePlaceholder(): TemplateResult {
  return html`<span class="subscribe placeholder" aria-hidden="true"></span>`;
}

/** No pledge matches: say so, and offer to clear the filters when there are any. */
export function emptyState(t: Messages, filtered: boolean, clear: () => void): TemplateResult {
  return html`<div part="empty" class="empty">
    <p>${t.noMatch}</p>
    ${filtered ? html`<button type="button" @click=${clear}>${t.clearFilters}</button>` : nothing}
  </div>`;
}

/** Why the board shows its saved copy, from the error that made it so: never "offline" while online. */
function savedCopyCause(error: FeedError | undefined): SavedCopyCause {
  if ((globalThis as {navigator?: {onLine?: boolean}}).navigator?.onLine === false) return 'offline';
  if (error?.code === 'timeout') return 'timeout';
  if (error?.code === 'http') return error.status === 429 ? 'busy' : 'serverError';
  return 'unreachable';
}

/**
 * What the visitor should know about the pledges shown: a saved copy and why, pages that
 * could not be loaded (with a way to try again), items left out as incomplete, and items
 * left out because their id was taken. A pledge shown once although a page repeated it is
 * no news.
 */
export function notices(t: Messages, locale: string, load: FeedLoad, retry: () => void): TemplateResult {
  const saved = formatDate(new Date(load.loadedAt).toISOString(), locale);
  const repeated = load.rejected.filter((issue) => issue.repeats !== undefined).length;
  const incomplete = load.rejected.length - repeated;
  const notice = (text: string) => html`<p part="notice" class="notice">${text}</p>`;
  return html`${load.stale ? notice(format(t.savedCopy[savedCopyCause(load.error)], {date: saved})) : nothing}
    ${
      load.partial
        ? html`<p part="notice" class="notice">${t.partialFeed} <button type="button" @click=${retry}>${t.retry}</button></p>`
        : nothing
    }
    ${incomplete > 0 ? notice(plural(locale, t.incomplete, incomplete)) : nothing}
    ${repeated > 0 ? notice(plural(locale, t.repeatedId, repeated)) : nothing}`;
}

/**
 * Previous and next with "Page 1 of 3" between them; nothing when there is one page.
 * The board's title goes into the name, so two boards on a page have distinct landmarks.
 */
export function pager(
  t: Messages,
  locale: string,
  page: Page<Pledge>,
  title: string | undefined,
  goTo: (page: number) => void,
) {
  if (page.pageCount <= 1) return nothing;
  return html`<nav part="pager" class="pager" aria-label=${title ? `${t.pagination}: ${title}` : t.pagination}>
    <button type="button" ?disabled=${page.page <= 1} @click=${() => goTo(page.page - 1)}>${t.previousPage}</button>
    <span>${format(t.pageOf, {page: page.page, count: page.pageCount}, locale)}</span>
    <button type="button" ?disabled=${page.page >= page.pageCount} @click=${() => goTo(page.page + 1)}>${t.nextPage}</button>
  </nav>`;
}

/** "12 pledges", or "Showing 1–12 of 14" when there is more than one page. */
export function countText(t: Messages, locale: string, page: Page<Pledge>): string {
  if (page.pageCount <= 1) return plural(locale, t.pledgeCount, page.total);
  const from = (page.page - 1) * page.pageSize + 1;
  return format(t.showing, {from, to: from + page.items.length - 1, total: page.total}, locale);
}
