/**
 * What pledgekit knows of JSON Feed itself, apart from pledges: the versions it reads and
 * the shape of a JSON object. No zod here, so the readers and the script-tag file can use
 * it without the schemas.
 */

/** The JSON Feed versions pledgekit reads, the current one first. */
export const JSON_FEED_VERSIONS = ['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'] as const;
export type JsonFeedVersion = (typeof JSON_FEED_VERSIONS)[number];

/** The version pledgekit writes. */
export const JSON_FEED_VERSION: JsonFeedVersion = JSON_FEED_VERSIONS[0];

/** An object read from JSON, its fields not checked yet. */
export type Json = Record<string, unknown>;

/** True for a JSON object (not null, not a list). */
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
