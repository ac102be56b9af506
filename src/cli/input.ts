/**
 * Reading the input of `pledgekit build`: CSV rows or JSON items, each checked by
 * `readPledge` (the check the browser uses), duplicates refused, and every problem
 * located by row or item number. Valid pledges go to a `PledgeStore`.
 */
import {createReadStream} from 'node:fs';
import {readFile, stat} from 'node:fs/promises';
import {extname} from 'node:path';
import {FeedError} from '../feed/errors.js';
import {describeIssue, parseFeed} from '../feed/parse.js';
import type {FeedIssue} from '../feed/parse.js';
import {isObject, readPledge} from '../feed/validate.js';
import type {Json, Rejection} from '../feed/validate.js';
import type {FeedInfo, Pledge} from '../model/schema.js';
import {readCsvRows} from './csv.js';
import {CliError, fileProblem} from './errors.js';
import {PledgeStore} from './store.js';

/** A rejected item or dropped field; CSV input locates it by `row` (the header is row 1). */
export interface BuildIssue extends FeedIssue {
  row?: number;
}

/** What was read from an input. */
export interface BuildInput {
  /** Rows (CSV) or items (JSON) read. */
  read: number;
  /** The valid pledges. Close it when done. */
  store: PledgeStore;
  rejected: BuildIssue[];
  warnings: BuildIssue[];
  /** The feed's own fields, when the input is a JSON Feed. */
  feed?: FeedInfo;
}

const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** One line that locates and explains an issue: `Row 14 (id "x"): field: reason`, or `Item 3 …` for JSON. */
export function describeBuildIssue(issue: BuildIssue): string {
  if (issue.row === undefined) return describeIssue(issue);
  const id = issue.id === undefined ? '' : ` (id "${issue.id}")`;
  return `Row ${issue.row}${id}: ${issue.field === '' ? '' : `${issue.field}: `}${issue.reason}`;
}

// readPledge answers with a pledge (which always has an id) or a rejection (which never does).
const isRejection = (result: Json | Rejection): result is Rejection => !('id' in result);

async function readCsv(path: string, input: BuildInput): Promise<void> {
  const firstRow = new Map<string, number>();
  for await (const {row, item, rejection} of readCsvRows(createReadStream(path))) {
    input.read++;
    const id = typeof item.id === 'string' ? item.id : undefined;
    if (rejection) {
      input.rejected.push({row, id, ...rejection});
      continue;
    }
    const warnings: BuildIssue[] = [];
    const result = readPledge(item, (field, reason) => warnings.push({row, id, field, reason}));
    const first = id === undefined ? undefined : firstRow.get(id);
    if (isRejection(result)) {
      input.rejected.push({row, id, field: result.field, reason: result.reason});
    } else if (first !== undefined) {
      input.rejected.push({row, id, field: 'id', reason: `repeats the id of row ${first}; the first one is kept`});
    } else {
      firstRow.set(id!, row);
      input.store.add(result as unknown as Pledge);
      input.warnings.push(...warnings);
    }
  }
}

async function readJson(path: string, input: BuildInput): Promise<void> {
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}.`, 2, {cause: error});
  }
  const isArray = Array.isArray(document);
  if (!isArray && !(isObject(document) && 'items' in document)) {
    throw new CliError(`${path} should hold a list of pledges ([…]) or a JSON Feed ({"version": …, "items": […]}).`);
  }
  let result;
  try {
    result = parseFeed(isArray ? {version: JSON_FEED_VERSION, items: document} : document);
  } catch (error) {
    if (error instanceof FeedError) throw new CliError(`${path}: ${error.message}`, 2, {cause: error});
    throw error;
  }
  input.read = result.pledges.length + result.rejected.length;
  // parseFeed keeps a valid item as it is, with its fields in the file's order; read again,
  // they come in readPledge's order, so the same pledges give the same bytes from CSV or JSON.
  for (const pledge of result.pledges) input.store.add(readPledge(pledge, () => {}) as unknown as Pledge);
  input.rejected.push(...result.rejected);
  input.warnings.push(...result.warnings);
  if (!isArray) input.feed = result.feed;
}

/**
 * Reads the pledges of a `.csv` file, or of a `.json` file holding a list of items or a JSON Feed.
 * @throws {CliError} when the input cannot be read or used.
 */
export async function readBuildInput(path: string): Promise<BuildInput> {
  const kind = extname(path).toLowerCase();
  if (kind !== '.csv' && kind !== '.json')
    throw new CliError(`pledgekit build reads a .csv or a .json file; ${path} is neither.`);
  const input: BuildInput = {read: 0, store: new PledgeStore(), rejected: [], warnings: []};
  try {
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error('is a folder'), {code: 'EISDIR'});
    await (kind === '.csv' ? readCsv(path, input) : readJson(path, input));
    return input;
  } catch (error) {
    input.store.close();
    if (error instanceof CliError || typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    throw fileProblem(path, error);
  }
}
