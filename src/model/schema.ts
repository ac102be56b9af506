/**
 * The pledge feed as zod schemas: the single source of truth for the types, the JSON
 * Schema (`npm run schema`) and what `parseFeed` keeps. A schema and its type share a name.
 */
import * as z from 'zod';
import {
  GCR_OBJECTIVE_NUMBERS,
  OBJECTIVE_NUMBERS,
  PLEDGE_FORMS,
  PLEDGE_STATUSES,
  PLEDGE_TYPES,
  PRINCIPLES,
  SCOPES,
  SDG_NUMBERS,
  STAKEHOLDER_TYPES,
} from './catalogue.js';
import {
  COUNTRY_PATTERN,
  DATE_TIME_PATTERN,
  LANGUAGE_PATTERN,
  PARTIAL_DATE_PATTERN,
  isDateTime,
  isHttpUrl,
  isPartialDate,
} from './formats.js';
import {JSON_FEED_VERSIONS} from './json-feed.js';

const Text = z.string().regex(/\S/, 'must not be blank');
const HttpUrl = z
  .string()
  .refine(isHttpUrl, 'must be an http: or https: URL')
  // A URI with a host, so the schema takes no address the reader refuses (`https://`).
  .meta({format: 'uri', pattern: '^https?://(?:[^/?#@\\s]*@)?[^/?#@:\\s]'});
// The reader also takes a bare date (as midnight UTC); the published schema asks what JSON Feed
// asks, an RFC 3339 date-time, which is what `pledgekit build` writes.
const DateTime = z
  .string()
  .regex(new RegExp(DATE_TIME_PATTERN), 'must be an RFC 3339 date')
  .refine(isDateTime, 'must be a real date')
  .meta({
    format: 'date-time',
    pattern: '^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:[Zz]|[+-]\\d{2}:\\d{2})$',
  });
const PartialDate = z
  .string()
  .regex(new RegExp(PARTIAL_DATE_PATTERN), 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isPartialDate, 'must be a real date');
const Country = z.string().regex(new RegExp(COUNTRY_PATTERN), 'must be an ISO 3166-1 alpha-2 code');
const Language = z.string().regex(new RegExp(LANGUAGE_PATTERN), 'must be a language tag');
const numberIn = <T extends readonly number[]>(set: T) =>
  z
    .int()
    .refine((n) => set.includes(n), `must be ${set[0]}–${set[set.length - 1]}`)
    .meta({
      minimum: set[0],
      maximum: set[set.length - 1],
    }) as unknown as z.ZodType<T[number]>;

/** Who pledges. */
export const Actor = z.object({
  name: Text.describe('The organisation or government that pledges'),
  country: Country.optional().describe('ISO 3166-1 alpha-2 code of its country'),
  city: Text.optional(),
});
export type Actor = z.infer<typeof Actor>;

/** When a pledge runs: each bound is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const Period = z.object({start: PartialDate.optional(), end: PartialDate.optional()});
export type Period = z.infer<typeof Period>;

/** The initiative that collected a pledge. */
export const Source = z.object({name: Text, url: HttpUrl.optional()});
export type Source = z.infer<typeof Source>;

/** A dated progress note. */
export const PledgeUpdate = z.object({
  date: DateTime,
  text: Text,
  status: z.enum(PLEDGE_STATUSES).optional(),
});
export type PledgeUpdate = z.infer<typeof PledgeUpdate>;

/** A pledge's text in another language. */
export const Translation = z.object({
  title: Text.optional(),
  summary: Text.optional(),
  content_text: Text.optional(),
});
export type Translation = z.infer<typeof Translation>;

// zod's record skips a `__proto__` key without a word; it is no language tag, so say so.
const Translations = z.preprocess(
  (value, ctx) => {
    if (typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__')) {
      ctx.addIssue({code: 'custom', message: 'must be keyed by a language tag', input: value});
    }
    return value;
  },
  z.record(Language, Translation),
);

/** The `_pledge` extension of a JSON Feed item: the structured pledge. */
export const PledgeData = z.object({
  actor: Actor,
  stakeholder: z.enum(STAKEHOLDER_TYPES),
  scope: z.enum(SCOPES).optional(),
  countries: z.array(Country).optional(),
  objectives: z.array(numberIn(OBJECTIVE_NUMBERS)).optional().describe('GCM objectives, 1–23'),
  gcr_objectives: z.array(numberIn(GCR_OBJECTIVE_NUMBERS)).optional().describe('GCR objectives, 1–4'),
  sdgs: z.array(numberIn(SDG_NUMBERS)).optional().describe('Sustainable Development Goals, 1–17'),
  principles: z.array(z.enum(PRINCIPLES)).optional(),
  type: z.enum(PLEDGE_TYPES).optional().describe('individual when absent'),
  partners: z.array(Text).optional(),
  matches: Text.optional().describe('id of the pledge this one matches'),
  forms: z.array(z.enum(PLEDGE_FORMS)).optional(),
  period: Period.optional(),
  status: z.enum(PLEDGE_STATUSES).optional(),
  source: Source.optional(),
  updates: z.array(PledgeUpdate).optional().describe('newest first'),
  translations: Translations.optional(),
});
export type PledgeData = z.infer<typeof PledgeData>;

/** A JSON Feed author. */
export const Author = z.object({name: Text.optional(), url: HttpUrl.optional(), avatar: HttpUrl.optional()});
export type Author = z.infer<typeof Author>;

/** One pledge: a JSON Feed 1.1 item with the `_pledge` extension. */
export const Pledge = z
  .object({
    id: z.union([Text, z.number()]).transform(String).describe('stable id; a number is read as text'),
    title: Text,
    content_text: Text.optional(),
    content_html: Text.optional(),
    summary: Text.optional(),
    url: HttpUrl.optional(),
    external_url: HttpUrl.optional(),
    image: HttpUrl.optional(),
    date_published: DateTime.optional().describe('submitted on'),
    date_modified: DateTime.optional().describe('updated on'),
    authors: z.array(Author).optional().describe('submitted by'),
    language: Language.optional(),
    tags: z.array(Text).optional(),
    _pledge: PledgeData,
  })
  .refine((item) => item.content_text !== undefined || item.content_html !== undefined, {
    message: 'needs content_text or content_html',
    path: ['content_text'],
  })
  .meta({anyOf: [{required: ['content_text']}, {required: ['content_html']}]});
export type Pledge = z.infer<typeof Pledge>;

const ObjectiveKey = z.enum(OBJECTIVE_NUMBERS.map(String) as [string, ...string[]]);

/** The `_pledgekit` extension of a feed: where to subscribe, and the slices. */
export const FeedExtension = z.object({
  version: z.literal(1),
  generated: DateTime.optional(),
  subscribe: z
    .object({
      json: HttpUrl.optional(),
      rss: HttpUrl.optional(),
      atom: HttpUrl.optional(),
      email: z.object({action: HttpUrl, method: z.enum(['post', 'get']).optional()}).optional(),
    })
    .optional(),
  slices: z
    .object({
      objective: z.partialRecord(ObjectiveKey, HttpUrl).optional(),
      stakeholder: z.partialRecord(z.enum(STAKEHOLDER_TYPES), HttpUrl).optional(),
    })
    .optional(),
});
export type FeedExtension = z.infer<typeof FeedExtension>;

/** A feed's own fields, without its items. */
export const FeedInfo = z.object({
  version: z.enum(JSON_FEED_VERSIONS),
  title: Text.optional().describe('required by JSON Feed; a feed without one is still read'),
  home_page_url: HttpUrl.optional(),
  feed_url: HttpUrl.optional(),
  description: Text.optional(),
  language: Language.optional(),
  next_url: HttpUrl.optional(),
  _pledgekit: FeedExtension.optional(),
});
export type FeedInfo = z.infer<typeof FeedInfo>;

/** A pledge feed: a JSON Feed 1.1 document whose items are pledges. */
export const Feed = FeedInfo.extend({items: z.array(Pledge)});
export type Feed = z.infer<typeof Feed>;
