/**
 * The public types of querying: what a user asks for (`PledgeQuery`, `SortOrder`) and what
 * comes back (`Page`, `Facets`, `QueryResult`). Kept apart from the engine, so the columns,
 * the events and the UI strings can name them without importing it.
 */
import type {PledgeStatus, Scope, StakeholderType} from '../model/catalogue.js';
import type {Pledge} from '../model/schema.js';

/** The orders a list of pledges can be shown in. */
export const SORT_ORDERS = ['newest', 'oldest', 'title'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * What a user is looking for. Every field is optional; an absent or empty list means no
 * filter. Values within one list are alternatives (any of them); the fields combine (all
 * of them).
 */
export interface PledgeQuery {
  /** GCM objectives (1–23): the pledge is under at least one of them. */
  objectives?: readonly number[];
  /** Stakeholder types: the pledge's stakeholder is one of them. */
  stakeholders?: readonly StakeholderType[];
  /** Scopes: the pledge's scope is one of them (a pledge without a scope never matches). */
  scopes?: readonly Scope[];
  /**
   * ISO 3166-1 alpha-2 codes, in any case: the actor's country or one of the countries
   * the pledge covers is one of them.
   */
  countries?: readonly string[];
  /** Statuses: the pledge's status is one of them (a pledge without a status never matches). */
  statuses?: readonly PledgeStatus[];
  /** The earliest year, inclusive, by {@link pledgeYear}; an undated pledge never matches a bound. */
  yearFrom?: number;
  /** The latest year, inclusive, by {@link pledgeYear}. */
  yearTo?: number;
  /**
   * Words that must all occur, in any case and with or without accents, in the title,
   * summary, description, actor name and city, partners, or any translation's title,
   * summary or description. Blank means no text filter.
   */
  text?: string;
  /** The order a board shows; filters ignore it, {@link queryPledges} uses it by default. */
  order?: SortOrder;
}

/** One page of a longer list. */
export interface Page<T> {
  /** The items on this page. */
  items: T[];
  /** This page's number, counted from 1. */
  page: number;
  /** How many pages there are; at least 1, even for an empty list. */
  pageCount: number;
  /** How many items the whole list has. */
  total: number;
  /** The most items a page holds. */
  pageSize: number;
}

/**
 * How many pledges each facet value would find. Each facet's counts apply every filter of
 * the query except that facet's own, so they show what else the user could choose.
 * `objective` holds all 23 objectives and `stakeholder` all stakeholder types, in
 * catalogue order, zeros included; `country` (upper-case codes, alphabetical) and `year`
 * (ascending) hold only the values with at least one pledge.
 */
export interface Facets {
  objective: Map<number, number>;
  stakeholder: Map<StakeholderType, number>;
  country: Map<string, number>;
  year: Map<number, number>;
}

/** How {@link queryPledges} sorts and pages. */
export interface QueryOptions {
  /** The order; else the query's `order`, else `newest`. */
  order?: SortOrder;
  /** The page to show, counted from 1 and clamped into range; 1 when absent. */
  page?: number;
  /** The most pledges on a page; 20 when absent. */
  pageSize?: number;
  /** The locale whose collation sorts titles; the runtime's default when absent. */
  locale?: string;
}

/** What a board shows: one page of the matching pledges, and the facet counts. */
export interface QueryResult {
  page: Page<Pledge>;
  facets: Facets;
  /** How many pledges match the query. */
  total: number;
}
