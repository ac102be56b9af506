/**
 * Reading the input of `pledgekit build`: CSV rows or JSON items (a JSON Feed's pages
 * followed through `next_url`), each cleaned of what feeds cannot carry, checked by
 * `readPledge` (the check the browser uses), duplicates refused, and every problem located
 * by row or item number. Valid pledges go to a `PledgeStore` as they will be published.
 */
import {readFile, stat} from 'node:fs/promises';
import {basename, dirname, extname, join} from 'node:path';
import {FeedError} from '../feed/errors.js';
import {readPledge} from '../feed/read/copy.js';
import type {Rejection} from '../feed/read/copy.js';
import {FirstPlaces, repeatedId} from '../feed/read/ids.js';
import {describeIssue, parseFeed} from '../feed/read/parse.js';
import type {FeedIssue} from '../feed/read/parse.js';
import {isDateTime, isPartialDate} from '../model/formats.js';
import {JSON_FEED_VERSION, isObject} from '../model/json-feed.js';
import type {Json} from '../model/json-feed.js';
import type {FeedInfo, Pledge} from '../model/schema.js';
import {readCsvRows} from './csv.js';
import {readSheetDate, spelledOut} from './dates.js';
import {chooseEncoding, openUtf8} from './encoding.js';
import type {InputEncoding} from './encoding.js';
import {CliError, fileProblem} from './errors.js';
import {publishedPledge} from './published.js';
import {PledgeStore} from './store.js';
import {cleanItem, cleanText, printable} from './text.js';

/** A rejected item, dropped field or changed field; CSV input locates it by `row` (the header is row 1). */
export interface BuildIssue extends FeedIssue {
  row?: number;
  /** The page of a paged JSON Feed the item is on, when it is not the first. */
  file?: string;
}

/** How the input is to be read. */
export interface InputOptions {
  /** The CSV's encoding (`--encoding`); detected when absent. */
  encoding?: string;
  /** The one date-fns pattern of the CSV's dates (`--date-format`). */
  dateFormat?: string;
}

/** What was read from an input. */
export interface BuildInput {
  /** Rows (CSV) or items (JSON) read. */
  read: number;
  /** The valid pledges. Close it when done. */
  store: PledgeStore;
  rejected: BuildIssue[];
  /** Optional fields that were dropped. */
  warnings: BuildIssue[];
  /** Fields published with a change: control characters removed, or text that shows an earlier loss. */
  changes: BuildIssue[];
  /** What a person should know about the input as a whole, one sentence each. */
  notes: string[];
  /** Whether the input was cut short (a page of the feed could not be read): a problem for `--strict`. */
  incomplete: boolean;
  /** The feed's own fields, when the input is a JSON Feed. */
  feed?: FeedInfo;
  /** The CSV's encoding. */
  encoding?: InputEncoding;
  /** The JSON Feed's pages after the first, as files read. */
  pages: string[];
}

/** One line that locates and explains an issue: `Row 14 (id "x"): field: reason`, or `Item 3 …` for JSON; printable. */
export function describeBuildIssue(issue: BuildIssue): string {
  if (issue.row === undefined) return printable(`${issue.file ? `${issue.file}: ` : ''}${describeIssue(issue)}`);
  const id = issue.id === undefined ? '' : ` (id "${issue.id}")`;
  return printable(`Row ${issue.row}${id}: ${issue.field === '' ? '' : `${issue.field}: `}${issue.reason}`);
}

// readPledge answers with a pledge (which always has an id) or a rejection (which never does).
const isRejection = (result: Json | Rejection): result is Rejection => !('id' in result);

const DATE_FIELDS = [
  {path: ['date_published'], isValid: isDateTime},
  {path: ['date_modified'], isValid: isDateTime},
  {path: ['_pledge', 'period', 'start'], isValid: isPartialDate},
  {path: ['_pledge', 'period', 'end'], isValid: isPartialDate},
] as const;

/** The object holding the last key of a path in an item, if the item has it. */
function holderOf(item: Json, path: readonly string[]): Json | undefined {
  let node: unknown = item;
  for (const key of path.slice(0, -1)) node = isObject(node) ? node[key] : undefined;
  return isObject(node) ? node : undefined;
}

/** Spreadsheet dates of a CSV: read where they can be, counted by spelling, reported where ambiguous. */
class SheetDates {
  readonly #pinned: string | undefined;
  readonly read = new Map<string, number>();
  #dayFirst = 0;
  #monthFirst = 0;
  #ambiguous = 0;

  constructor(pinned: string | undefined) {
    this.#pinned = pinned;
  }

  /** Rewrites the item's spreadsheet dates as ISO dates; an ambiguous one is removed and reported. */
  convert(item: Json, warn: (field: string, reason: string) => void): void {
    for (const {path, isValid} of DATE_FIELDS) {
      const holder = holderOf(item, path);
      const key = path[path.length - 1]!;
      const value = holder?.[key];
      if (holder === undefined || typeof value !== 'string' || isValid(value)) continue;
      const sheet = readSheetDate(value, this.#pinned);
      if (sheet === undefined) continue; // readPledge reports it, with the spellings it takes
      if ('ambiguous' in sheet) {
        delete holder[key];
        this.#ambiguous++;
        const [a, b] = sheet.ambiguous.map(spelledOut);
        warn(
          path.join('.'),
          `"${value}" could be ${a} (${sheet.patterns[0]}) or ${b} (${sheet.patterns[1]}); ` +
            `pass --date-format ${sheet.patterns[0]} or --date-format ${sheet.patterns[1]} to say which`,
        );
        continue;
      }
      holder[key] = sheet.date;
      this.read.set(sheet.pattern, (this.read.get(sheet.pattern) ?? 0) + 1);
      if (sheet.pattern.startsWith('d/M')) this.#dayFirst++;
      if (sheet.pattern.startsWith('M/d')) this.#monthFirst++;
    }
  }

  /** A sentence on the dates read, and a hint when the file's other dates show the order of an ambiguous one. */
  notes(): string[] {
    const notes: string[] = [];
    if (this.read.size > 0) {
      const spellings = [...this.read].map(([pattern, n]) => `${n} as ${pattern}`).join(', ');
      notes.push(`Dates written as a spreadsheet shows them were read: ${spellings}.`);
    }
    if (this.#ambiguous > 0 && (this.#dayFirst === 0) !== (this.#monthFirst === 0)) {
      const order = this.#dayFirst > 0 ? 'd/M/yyyy' : 'M/d/yyyy';
      notes.push(
        `The file's other dates put the ${this.#dayFirst > 0 ? 'day' : 'month'} first: ` +
          `if they all do, pass --date-format ${order}.`,
      );
    }
    return notes;
  }
}

async function readCsv(path: string, input: BuildInput, options: InputOptions): Promise<void> {
  input.encoding = await chooseEncoding(path, options.encoding);
  const dates = new SheetDates(options.dateFormat);
  const firstRows = new FirstPlaces();
  for await (const {row, item, rejection} of readCsvRows(openUtf8(path, input.encoding))) {
    input.read++;
    const changes: BuildIssue[] = [];
    const warnings: BuildIssue[] = [];
    cleanItem(item, (field, reason) => changes.push({row, id: undefined, field, reason}));
    const id = typeof item.id === 'string' ? item.id : undefined;
    if (rejection) {
      input.rejected.push({row, id, ...rejection});
      continue;
    }
    dates.convert(item, (field, reason) => warnings.push({row, id, field, reason}));
    const result = readPledge(item, (field, reason) => warnings.push({row, id, field, reason}));
    const first = isRejection(result) ? undefined : firstRows.claim(id!, row);
    if (isRejection(result)) {
      input.rejected.push({row, id, field: result.field, reason: result.reason});
    } else if (first !== undefined) {
      input.rejected.push({row, id, field: 'id', reason: repeatedId(`row ${first}`)});
    } else {
      input.store.add(publishedPledge(result as unknown as Pledge));
      input.warnings.push(...warnings);
      input.changes.push(...changes.map((change) => ({...change, id})));
    }
  }
  input.notes.push(...dates.notes());
}

async function readJsonDocument(path: string): Promise<unknown> {
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}.`, 2, {cause: error});
  }
}

/**
 * The file holding the page a `next_url` names: the same path relative to the folder of
 * the first page as `next_url` has relative to its `feed_url` (or, without one, the same
 * file name), next to the first page.
 */
function localPage(firstPage: string, nextUrl: string, feedUrl: string | undefined): string {
  const folder = feedUrl === undefined ? undefined : feedUrl.slice(0, feedUrl.lastIndexOf('/') + 1);
  const relative =
    folder !== undefined && nextUrl.startsWith(folder)
      ? nextUrl.slice(folder.length)
      : basename(new URL(nextUrl).pathname);
  return join(dirname(firstPage), ...decodeURIComponent(relative.split(/[?#]/)[0]!).split('/'));
}

/** Reads the items of one JSON document into the input; duplicates of earlier pages are rejected. */
function readItems(document: Json, input: BuildInput, seen: Set<string>, file: string | undefined): FeedInfo {
  for (const key of ['title', 'description']) {
    const change = typeof document[key] === 'string' ? cleanText(document[key]) : undefined;
    if (change === undefined) continue;
    document[key] = change.text;
    if (change.removed.length) input.notes.push(`The feed's ${key} held ${change.removed.join(', ')}, removed.`);
  }
  const items = Array.isArray(document.items) ? (document.items as unknown[]) : [];
  const changes: BuildIssue[][] = items.map(() => []);
  items.forEach((item, index) => {
    if (isObject(item))
      cleanItem(item, (field, reason) => changes[index]!.push({index, field, reason, ...(file ? {file} : {})}));
  });
  let result;
  try {
    result = parseFeed(document);
  } catch (error) {
    if (error instanceof FeedError) throw new CliError(`${file ?? 'The input'}: ${error.message}`, 2, {cause: error});
    throw error;
  }
  const located = (issue: FeedIssue): BuildIssue => (file ? {...issue, file} : issue);
  input.read += items.length;
  input.rejected.push(...result.rejected.map(located));
  input.warnings.push(...result.warnings.map(located));
  const kept = new Set<string>();
  for (const pledge of result.pledges) {
    if (seen.has(pledge.id)) {
      const index = items.findIndex((item) => isObject(item) && String(item.id) === pledge.id);
      input.rejected.push(
        located({
          index,
          id: pledge.id,
          field: 'id',
          reason: 'repeats the id of an item of an earlier page; the first one is kept',
        }),
      );
      continue;
    }
    seen.add(pledge.id);
    kept.add(pledge.id);
    // parseFeed keeps a valid item as it is, with its fields in the file's order; read again,
    // they come in readPledge's order, so the same pledges give the same bytes from CSV or JSON.
    input.store.add(publishedPledge(readPledge(pledge, () => {}) as unknown as Pledge));
  }
  changes.flat().forEach((change) => {
    const raw = items[change.index!];
    const id = isObject(raw) && (typeof raw.id === 'string' || typeof raw.id === 'number') ? String(raw.id) : undefined;
    if (id !== undefined && kept.has(id)) input.changes.push({...change, id});
  });
  return result.feed;
}

async function readJson(path: string, input: BuildInput): Promise<void> {
  const document = await readJsonDocument(path);
  const isArray = Array.isArray(document);
  if (!isArray && !(isObject(document) && 'items' in document)) {
    throw new CliError(`${path} should hold a list of pledges ([…]) or a JSON Feed ({"version": …, "items": […]}).`);
  }
  const seen = new Set<string>();
  if (isArray) {
    readItems({version: JSON_FEED_VERSION, items: document}, input, seen, undefined);
    return;
  }
  input.feed = readItems(document, input, seen, undefined);
  // A paged feed: read its next pages from the files next to it, never the same one twice.
  const visited = new Set([path]);
  for (let next = input.feed.next_url; next !== undefined;) {
    const page = localPage(path, next, input.feed.feed_url);
    if (visited.has(page)) break;
    visited.add(page);
    const found = await stat(page)
      .then((s) => s.isFile())
      .catch(() => false);
    if (!found) {
      input.incomplete = true;
      input.notes.push(
        `${path} continues at ${next} (its next_url), which was not read: there is no ${page}. ` +
          `Only the pledges of the pages before it are published; put every page of the feed next to the first.`,
      );
      return;
    }
    const document_ = await readJsonDocument(page);
    if (!isObject(document_)) throw new CliError(`${page} should hold a page of the JSON Feed, as ${path} does.`);
    input.pages.push(page);
    next = readItems(document_, input, seen, basename(page)).next_url;
  }
}

/**
 * Reads the pledges of a `.csv` file, or of a `.json` file holding a list of items or a
 * JSON Feed (with its next pages, when they are files next to it).
 * @throws {CliError} when the input cannot be read or used.
 */
export async function readBuildInput(path: string, options: InputOptions = {}): Promise<BuildInput> {
  const kind = extname(path).toLowerCase();
  if (kind !== '.csv' && kind !== '.json')
    throw new CliError(`pledgekit build reads a .csv or a .json file; ${path} is neither.`);
  const input: BuildInput = {
    read: 0,
    store: new PledgeStore(),
    rejected: [],
    warnings: [],
    changes: [],
    notes: [],
    incomplete: false,
    pages: [],
  };
  try {
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error('is a folder'), {code: 'EISDIR'});
    await (kind === '.csv' ? readCsv(path, input, options) : readJson(path, input));
    return input;
  } catch (error) {
    input.store.close();
    if (error instanceof CliError || typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    throw fileProblem(path, error);
  }
}
