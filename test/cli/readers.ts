// Independent readers of what `pledgekit build` writes: feedsmith and @extractus/feed-extractor
// for JSON Feed, RSS and Atom, ajv with the published schema.json and with the JSON Feed 1.1
// schema of the jsonfeed-schema package (which this project did not write).
import {createRequire} from 'node:module';
import {readFile} from 'node:fs/promises';
import {Ajv2020} from 'ajv/dist/2020.js';
import AjvModule from 'ajv';
import type {ValidateFunction} from 'ajv';
import addFormats from 'ajv-formats';
import {extractFromJson, extractFromXml} from '@extractus/feed-extractor';
import type {FeedData} from '@extractus/feed-extractor';
import {parseAtomFeed, parseJsonFeed, parseRssFeed} from 'feedsmith';
import {feedJsonSchema} from '../../src/model/json-schema.js';
import {fileOf} from './run.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

function validator(schema: object, draft2020: boolean): ValidateFunction {
  const ajv = draft2020
    ? new Ajv2020({strict: false, allErrors: true})
    : new AjvModule.default({strict: false, allErrors: true});
  addFormats.default(ajv);
  return ajv.compile(schema);
}

/** pledgekit's published JSON Schema. */
export const ownSchema = validator(JSON.parse(feedJsonSchema()) as object, true);
/** The JSON Feed 1.1 schema of the jsonfeed-schema package (sonicdoe/jsonfeed-schema), draft-07. */
export const jsonFeedSchema = validator(
  createRequire(import.meta.url)('jsonfeed-schema/schema-v1.1.json') as object,
  false,
);

/** The errors of a document against a schema, as readable lines (empty when it passes). */
export function schemaErrors(validate: ValidateFunction, document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The pages of one format of a feed, as text, from the first page's address, following the `next` links. */
export async function pages(out: string, first: string): Promise<string[]> {
  const texts: string[] = [];
  for (let next: string | undefined = first; next;) {
    const text: string = await readFile(fileOf(next, out), 'utf8');
    texts.push(text);
    next = first.endsWith('.json')
      ? (JSON.parse(text) as {next_url?: string}).next_url
      : /<(?:atom:)?link href="([^"]+)" rel="next"/.exec(text)?.[1]?.replace(/&amp;/g, '&');
  }
  return texts;
}

/** What a reader gives back for one item, in the terms the tests compare. */
export interface ReadItem {
  id: string | undefined;
  title: string | undefined;
  link: string | undefined;
  /** The publication date as the reader gives it. */
  date: string | undefined;
  language: string | undefined;
}

/** A node of the tree feed-extractor gives without normalization: named fields, no types. */
type Node = Record<string, unknown>;
const nodes = (value: unknown): Node[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as Node[]) : [value as Node];
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** An element's text, whether the parser gave it as a value or as `{'#text': value, …attributes}`. */
const text = (value: unknown): string =>
  typeof value === 'object' && value !== null
    ? text((value as Node)['#text'])
    : typeof value === 'string' || typeof value === 'number'
      ? String(value)
      : '';
const extracted = (feed: FeedData) => feed as unknown as Node;

/** Every reader of every format, each giving the items of all pages in order. */
export const READERS = {
  'feedsmith JSON Feed': (texts: string[]): ReadItem[] =>
    texts.flatMap((t) =>
      (parseJsonFeed(JSON.parse(t)).items ?? []).map((item) => ({
        id: item.id,
        title: item.title,
        link: item.url,
        date: item.date_published,
        language: item.language,
      })),
    ),
  'feed-extractor JSON Feed': (texts: string[]): ReadItem[] =>
    texts.flatMap((t) =>
      nodes(extracted(extractFromJson(JSON.parse(t) as Node, {normalization: false})).items).map((item) => ({
        id: str(item.id),
        title: str(item.title),
        link: str(item.url),
        date: str(item.date_published),
        language: str(item.language),
      })),
    ),
  'feedsmith RSS': (texts: string[]): ReadItem[] =>
    texts.flatMap((t) =>
      (parseRssFeed(t).items ?? []).map((item) => ({
        id: item.guid?.value,
        title: item.title,
        link: item.link,
        date: item.pubDate,
        language: item.dc?.languages?.[0],
      })),
    ),
  'feed-extractor RSS': (texts: string[]): ReadItem[] =>
    texts.flatMap((t) =>
      nodes(extracted(extractFromXml(t, {normalization: false})).item).map((item) => ({
        id: text(item.guid),
        title: text(item.title),
        link: text(item.link) || undefined,
        date: str(item.pubDate),
        language: str(item['dc:language']),
      })),
    ),
  'feedsmith Atom': (texts: string[]): ReadItem[] =>
    texts.flatMap((t) =>
      (parseAtomFeed(t).entries ?? []).map((entry) => ({
        id: entry.id,
        title: entry.title?.value,
        link: entry.links?.find((l) => l.rel === 'alternate')?.href,
        date: entry.published,
        language: entry.xml?.lang,
      })),
    ),
  'feed-extractor Atom': (texts: string[]): ReadItem[] =>
    texts.flatMap((t) =>
      nodes(extracted(extractFromXml(t, {normalization: false})).entry).map((entry) => ({
        id: text(entry.id),
        title: text(entry.title),
        link: text(entry.link) || undefined,
        date: str(entry.published),
        language: str(entry['@_xml:lang']),
      })),
    ),
} as const;

/** The format of a reader, by its name. */
export const formatOf = (reader: string): 'json' | 'rss' | 'atom' =>
  reader.endsWith('JSON Feed') ? 'json' : reader.endsWith('RSS') ? 'rss' : 'atom';
