import {
  FORM_LABELS,
  OBJECTIVES,
  PLEDGE_TYPE_LABELS,
  SCOPE_LABELS,
  STAKEHOLDER_LABELS,
  STATUS_LABELS,
} from '../../model/catalogue.js';
import type {LocaleTable} from '../messages.js';

/** English. */
export const en: LocaleTable = [
  'Submitted by {name} on {date}', // submittedByOn
  'Submitted on {date}', // submittedOn
  'Submitted by {name}', // submittedBy
  'Updated on {date}', // updatedOn
  'Show more', // showMore
  'Show less', // showLess
  'Read the full pledge', // readPledge
  'Read the full pledge: {title}', // readPledgeTitled
  'Objectives', // objectives
  'Partners', // partners
  'Matches pledge {id}', // matches
  'Period', // period
  '{start} – {end}', // periodRange
  'from {start}', // periodFrom
  'until {end}', // periodUntil
  'Status', // status
  'Global Compact for Migration objective {n}: {title}', // objectiveChip
  // The catalogue's own English labels: one source, shipped once.
  STAKEHOLDER_LABELS, // stakeholders
  STATUS_LABELS, // statuses
  SCOPE_LABELS, // scopes
  FORM_LABELS, // forms
  PLEDGE_TYPE_LABELS, // types
  OBJECTIVES.map((objective) => objective.short), // objectiveLabels
  'Objectives of the Global Compact for Migration', // objectiveListTitle
  'All objectives', // allObjectives
  {one: '{count} pledge', other: '{count} pledges'}, // pledgeCount
  'Objective {n}', // objectiveNumber
  'Subscribe', // subscribe
  'Subscribe to this selection', // subscribeSelection
  'Subscribe to all pledges', // subscribeAll
  'Copy link', // copyLink
  'Link copied', // linkCopied
  'Copy failed', // copyFailed
  'Subscribe by email', // subscribeByEmail
  'Email address', // emailAddress
  'Enter a valid email address', // emailInvalid
  'Subscribing…', // subscribing
  'You are subscribed. Check your inbox to confirm.', // subscribed
  'The subscription failed: {reason}. Please try again.', // subscribeFailed
  'the server answered with status {status}', // emailServerStatus
  'the server did not answer in time', // emailTimeout
  'the server could not be reached', // emailNetwork
  'Close', // close
  'Filters', // filters
  'Objective', // objective
  'Stakeholder type', // stakeholder
  'Country or region', // country
  'Year', // year
  'Search', // search
  'Search pledges', // searchPlaceholder
  'Any', // any
  'Clear filters', // clearFilters
  'Sort by', // sort
  // sortOrders
  [
    'Newest first', // newest
    'Oldest first', // oldest
    'Title', // title
  ],
  'No pledge matches these filters.', // noMatch
  'Showing {from}–{to} of {total}', // showing
  'Previous page', // previousPage
  'Next page', // nextPage
  'Page {page} of {count}', // pageOf
  'Loading pledges…', // loading
  'The pledges could not be loaded.', // loadFailed
  'Try again', // retry
  // feedErrors
  [
    'Check your connection.', // network
    'The server took too long to answer.', // timeout
    'The server answered with an error.', // http
    'This address does not return a feed.', // not-json
    'The file at this address is not a pledge feed.', // not-a-feed
  ],
  'You are offline: showing pledges saved on {date}.', // offline
  // incomplete
  {
    one: '{count} pledge in this feed could not be shown because it is incomplete.',
    other: '{count} pledges in this feed could not be shown because they are incomplete.',
  },
  'Pledges', // pledges
  // pledge-feed, added with the board
  'Pages', // pagination
  // pledge-card, added with the card
  'Loading the pledge…', // pledgeLoading
  'The pledge could not be loaded.', // pledgeLoadFailed
  'This pledge is not in the feed.', // pledgeNotFound
  // pledge-objective-list, added with the list
  'Objective {n}, {label}: {title} — {count}', // objectiveOption
  'No pledge names an objective.', // objectiveListEmpty
];
