/**
 * A pledge as `build` publishes it. The reader (`parseFeed`) is lenient where feeds in the
 * wild are: it takes an IRI where a URI is due, a date without a time, `t` and `z` in lower
 * case. The writer is strict, so every format it writes passes JSON Feed, RSS and Atom
 * validators: URLs become URIs (what a URI cannot hold is percent-encoded, a host name is
 * punycoded) and dates become RFC 3339 date-times (`2023-08-15` is midnight UTC,
 * `2023-08-15T00:00:00Z`; `T` and `Z` in capitals; a leap second, which no JavaScript date
 * holds, becomes second 59).
 */
import {FEED_FORMAT_URL} from '../model/json-schema.js';
import {timeOf} from '../model/formats.js';
import type {Pledge} from '../model/schema.js';

export {FEED_FORMAT_URL};

/**
 * The date an undated pledge carries where a format requires one (Atom's `updated`), and the
 * date of a feed with no dated pledge: the day the Global Compact for Migration was adopted,
 * before any pledge to it. A constant, so an undated pledge never looks updated by a rebuild.
 */
export const UNDATED = '2018-12-10T00:00:00Z';

// RFC 3986: what a path segment, a query and a fragment may hold as they are, with `%` only before two hex digits.
const PCHAR = "A-Za-z0-9\\-._~!$&'()*+,;=:@";
const PLAIN_URI = new RegExp(
  `^https?://[a-z0-9.-]+(?::\\d{1,5})?(?:/(?:[${PCHAR}/]|%[0-9A-Fa-f]{2})*)?` +
    `(?:\\?(?:[${PCHAR}/?]|%[0-9A-Fa-f]{2})*)?(?:#(?:[${PCHAR}/?]|%[0-9A-Fa-f]{2})*)?$`,
);
const NOT_IN_PATH = new RegExp(`%(?![0-9A-Fa-f]{2})|[^${PCHAR}/%]`, 'gu');
const NOT_IN_QUERY = new RegExp(`%(?![0-9A-Fa-f]{2})|[^${PCHAR}/?%]`, 'gu');
const NOT_IN_USERINFO = new RegExp(`%(?![0-9A-Fa-f]{2})|[^${PCHAR.replace(':@', '')}%]`, 'gu');

const encode = (pattern: RegExp) => (part: string) => part.replace(pattern, (c) => encodeURIComponent(c));
const encodePath = encode(NOT_IN_PATH);
const encodeQuery = encode(NOT_IN_QUERY);
const encodeUserinfo = encode(NOT_IN_USERINFO);

/**
 * An http(s) URL written as a URI (RFC 3986): the host in ASCII (punycode), and every
 * character a URI cannot hold percent-encoded as UTF-8, so `https://example.org/p/café?x=<2>`
 * becomes `https://example.org/p/caf%C3%A9?x=%3C2%3E`. Readers resolve both to the same
 * resource. A URL that already is a URI in lower case is returned as it is.
 */
export function toUri(url: string): string {
  if (PLAIN_URI.test(url)) return url;
  // The WHATWG parser does most of it (IDNA, most percent-encoding); it leaves a few
  // characters RFC 3986 forbids, such as `|`, `^`, `{`, `[` and a `#` inside a fragment.
  const parsed = new URL(url);
  const userinfo = parsed.username
    ? `${encodeUserinfo(parsed.username)}${parsed.password ? `:${encodeUserinfo(parsed.password)}` : ''}@`
    : '';
  const query = parsed.search ? `?${encodeQuery(parsed.search.slice(1))}` : '';
  const fragment = parsed.hash ? `#${encodeQuery(parsed.hash.slice(1))}` : '';
  return `${parsed.protocol}//${userinfo}${parsed.host}${encodePath(parsed.pathname)}${query}${fragment}`;
}

/**
 * An RFC 3339 date-time for a date `parseFeed` accepts: a bare date is midnight UTC, `t`
 * and `z` are written `T` and `Z`, and second 60 (a leap second) is written 59.
 */
export function toDateTime(date: string): string {
  if (date.length === 10) return `${date}T00:00:00Z`;
  const upper = date.toUpperCase();
  return upper.slice(17, 19) === '60' ? `${upper.slice(0, 17)}59${upper.slice(19)}` : upper;
}

/** Milliseconds of a date `parseFeed` accepts, leap seconds and bare dates included; -Infinity for none. */
export function dateTime(date: string | undefined): number {
  return date === undefined ? -Infinity : timeOf(date);
}

const uri = (url: string | undefined) => (url === undefined ? undefined : toUri(url));

/** Replaces the keys that are present with new values, keeping every key in its place (so the bytes are stable). */
function withValues<T extends object>(value: T, changes: Partial<T>): T {
  const out = {...value};
  for (const key of Object.keys(changes) as (keyof T)[]) {
    if (out[key] !== undefined) out[key] = changes[key] as T[keyof T];
  }
  return out;
}

/** A pledge with its URLs written as URIs and its dates as RFC 3339 date-times, its fields in the same order. */
export function publishedPledge(pledge: Pledge): Pledge {
  const data = pledge._pledge;
  const published = withValues(pledge, {
    url: uri(pledge.url),
    external_url: uri(pledge.external_url),
    image: uri(pledge.image),
    date_published: pledge.date_published && toDateTime(pledge.date_published),
    date_modified: pledge.date_modified && toDateTime(pledge.date_modified),
    authors: pledge.authors?.map((author) => withValues(author, {url: uri(author.url), avatar: uri(author.avatar)})),
  });
  published._pledge = withValues(data, {
    source: data.source && withValues(data.source, {url: uri(data.source.url)}),
    updates: data.updates?.map((update) => ({...update, date: toDateTime(update.date)})),
  });
  return published;
}

/** The newest date of a pledge (published, modified or a progress update), as an RFC 3339 date-time. */
export function newestDate(pledge: Pledge): string | undefined {
  let newest: string | undefined;
  let newestTime = -Infinity;
  for (const date of [
    pledge.date_published,
    pledge.date_modified,
    ...(pledge._pledge.updates ?? []).map((u) => u.date),
  ]) {
    const time = dateTime(date);
    if (time > newestTime) [newest, newestTime] = [date, time];
  }
  return newest === undefined ? undefined : toDateTime(newest);
}
