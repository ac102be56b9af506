import type {PledgeForm, PledgeStatus, PledgeType, Scope, StakeholderType} from '../model/catalogue.js';
import type {FeedErrorCode} from '../feed/errors.js';
import type {SortOrder} from '../query/types.js';

/**
 * A message that depends on a count, by `Intl.PluralRules` category (`one`, `few`, …).
 * `other` is always there; a language gives every other category its rules report.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & {other: string}>;

/**
 * Why a board shows the copy it saved instead of what the server answered just now: the
 * browser is offline, the feed could not be reached, its server took too long, answered
 * with an error, or is busy (429).
 */
export type SavedCopyCause = 'offline' | 'unreachable' | 'timeout' | 'serverError' | 'busy';

/** The short labels of the 23 GCM objectives, objective 1 first: a 22nd or a 24th fails to compile. */
export type ObjectiveLabels = readonly [
  ...[string, string, string, string, string, string, string, string, string, string],
  ...[string, string, string, string, string, string, string, string, string, string],
  ...[string, string, string],
];

/**
 * Every string the elements show, in one language. `{name}` marks a placeholder that
 * `format()` fills; plural messages are `PluralForms` and go through `plural()`.
 *
 * A language is one module in `locales/` exporting an object of this type, so a missing
 * or an extra key (or a closed set's label) fails `tsc`.
 */
export interface Messages {
  // pledge-card
  /** `Submitted by {name} on {date}` */
  readonly submittedByOn: string;
  /** `Submitted on {date}` */
  readonly submittedOn: string;
  /** `Submitted by {name}` */
  readonly submittedBy: string;
  /** `Updated on {date}` */
  readonly updatedOn: string;
  readonly showMore: string;
  readonly showLess: string;
  /** Link text to the pledge's own page. */
  readonly readPledge: string;
  /** Accessible name of that link: `Read the full pledge: {title}` */
  readonly readPledgeTitled: string;
  readonly objectives: string;
  readonly partners: string;
  /** `Matches pledge {id}` */
  readonly matches: string;
  readonly period: string;
  /** `{start} – {end}` */
  readonly periodRange: string;
  /** `from {start}`: a period with no end. */
  readonly periodFrom: string;
  /** `until {end}`: a period with no start. */
  readonly periodUntil: string;
  readonly status: string;
  /** Accessible name of an objective chip: `… objective {n}: {title}` */
  readonly objectiveChip: string;

  // Labels of the closed sets of the model.
  readonly stakeholders: Readonly<Record<StakeholderType, string>>;
  readonly statuses: Readonly<Record<PledgeStatus, string>>;
  readonly scopes: Readonly<Record<Scope, string>>;
  readonly forms: Readonly<Record<PledgeForm, string>>;
  readonly types: Readonly<Record<PledgeType, string>>;
  /** Short labels of the 23 GCM objectives, objective 1 first. */
  readonly objectiveLabels: ObjectiveLabels;

  // pledge-objective-list
  readonly objectiveListTitle: string;
  readonly allObjectives: string;
  /** `{count} pledges` */
  readonly pledgeCount: PluralForms;
  /** `Objective {n}` */
  readonly objectiveNumber: string;

  // pledge-subscribe-button
  readonly subscribe: string;
  readonly subscribeSelection: string;
  /** Says the links are for the whole feed, not a slice. */
  readonly subscribeAll: string;
  readonly copyLink: string;
  readonly linkCopied: string;
  readonly copyFailed: string;
  readonly subscribeByEmail: string;
  readonly emailAddress: string;
  readonly emailInvalid: string;
  readonly subscribing: string;
  readonly subscribed: string;
  /** `The subscription failed: {reason}. Please try again.` */
  readonly subscribeFailed: string;
  /** A `{reason}` of `subscribeFailed`: `the server answered with status {status}` */
  readonly emailServerStatus: string;
  /** A `{reason}` of `subscribeFailed`: the endpoint did not answer in time. */
  readonly emailTimeout: string;
  /** A `{reason}` of `subscribeFailed`: the endpoint could not be reached. */
  readonly emailNetwork: string;
  readonly close: string;

  // pledge-feed
  readonly filters: string;
  readonly objective: string;
  readonly stakeholder: string;
  readonly country: string;
  readonly year: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  /** The "no filter" option of a filter. */
  readonly any: string;
  readonly clearFilters: string;
  /** Label of the sort order select. */
  readonly sort: string;
  readonly sortOrders: Readonly<Record<SortOrder, string>>;
  readonly noMatch: string;
  /** `Showing {from}–{to} of {total}` */
  readonly showing: string;
  readonly previousPage: string;
  readonly nextPage: string;
  /** `Page {page} of {count}` */
  readonly pageOf: string;
  readonly loading: string;
  readonly loadFailed: string;
  readonly retry: string;
  /** What to do about each kind of feed failure, in plain words. */
  readonly feedErrors: Readonly<Record<FeedErrorCode, string>>;
  /** `You are offline: showing pledges saved on {date}.`, and the like for each cause. */
  readonly savedCopy: Readonly<Record<SavedCopyCause, string>>;
  /** Some pages of a feed failed: the board shows the pledges of the others, with a retry button. */
  readonly partialFeed: string;
  /** `{count} pledges in this feed could not be shown because they are incomplete.` */
  readonly incomplete: PluralForms;
  /** `{count} pledges could not be shown because other pledges of the feed have the same ids.` */
  readonly repeatedId: PluralForms;
  readonly pledges: string;

  // pledge-feed, added with the board
  /** Accessible name of the board's page navigation. */
  readonly pagination: string;

  // pledge-card, added with the card
  /** The card's loading state, for screen readers. */
  readonly pledgeLoading: string;
  /** The card's error state, before the reason from `feedErrors`. */
  readonly pledgeLoadFailed: string;
  /** The card's state when `pledge-id` names no pledge of the feed. */
  readonly pledgeNotFound: string;

  // pledge-objective-list, added with the list
  /**
   * Accessible name of an objective option: `Objective {n}, {label}: {title} — {count}`,
   * `{title}` being the official English title; what follows `{title}` is left out when
   * the count is not known, so it must hold only the count.
   */
  readonly objectiveOption: string;
  /** The list's state when `hide-empty` leaves no objective to show. */
  readonly objectiveListEmpty: string;
}
