/**
 * CSV rows → raw feed items. The header names are the feed's field paths (`title`,
 * `actor.name`, `objectives`, `translations.fr.title`; `_pledge.` may be written or left
 * out); list cells are separated by `;`; an empty cell is an absent field. Rows are
 * streamed, so a file of any length is read in bounded memory. Whether an item is a
 * valid pledge is decided afterwards by `readPledge`, exactly as in the browser.
 */
import type {Readable} from 'node:stream';
import {CsvError, parse} from 'csv-parse';
import type {Json, Rejection} from '../feed/validate.js';
import {isLanguageTag} from '../model/formats.js';
import {CliError, closestName} from './errors.js';

/** How a cell becomes a value: text as is, a `;` list, a list of numbers, author names, JSON. */
type CellKind = 'text' | 'list' | 'numbers' | 'authors' | 'json';

const ITEM_COLUMNS: Readonly<Record<string, CellKind>> = {
  id: 'text',
  title: 'text',
  summary: 'text',
  content_text: 'text',
  content_html: 'text',
  url: 'text',
  external_url: 'text',
  image: 'text',
  date_published: 'text',
  date_modified: 'text',
  language: 'text',
  authors: 'authors',
  tags: 'list',
};

const PLEDGE_COLUMNS: Readonly<Record<string, CellKind>> = {
  'actor.name': 'text',
  'actor.country': 'text',
  'actor.city': 'text',
  stakeholder: 'text',
  scope: 'text',
  countries: 'list',
  objectives: 'numbers',
  gcr_objectives: 'numbers',
  sdgs: 'numbers',
  principles: 'list',
  type: 'text',
  partners: 'list',
  matches: 'text',
  forms: 'list',
  'period.start': 'text',
  'period.end': 'text',
  status: 'text',
  'source.name': 'text',
  'source.url': 'text',
  updates: 'json',
};

const TRANSLATION = /^translations\.([^.]+)\.(title|summary|content_text)$/;

/** Every column name a CSV may use (translations shown for French). */
export const CSV_COLUMNS: readonly string[] = [
  ...Object.keys(ITEM_COLUMNS),
  ...Object.keys(PLEDGE_COLUMNS),
  'translations.fr.title',
  'translations.fr.summary',
  'translations.fr.content_text',
];

/** One column of the header: where its cells go in the item. */
export interface CsvColumn {
  /** The name as written in the header. */
  header: string;
  /** The path of the field in a feed item, such as `['_pledge', 'actor', 'name']`; empty for an unnamed column. */
  path: readonly string[];
  kind: CellKind;
}

/** A data row read from the CSV: its row number (the header is row 1), the raw item, and why it was refused if it was. */
export interface CsvRow {
  row: number;
  item: Json;
  rejection?: Rejection;
}

// Own keys only, so a column named "constructor" is unknown rather than inherited.
const kindOf = (columns: Readonly<Record<string, CellKind>>, name: string) =>
  Object.hasOwn(columns, name) ? columns[name] : undefined;

function columnFor(name: string): CsvColumn | undefined {
  const itemKind = kindOf(ITEM_COLUMNS, name);
  if (itemKind) return {header: name, path: [name], kind: itemKind};
  const field = name.startsWith('_pledge.') ? name.slice('_pledge.'.length) : name;
  const pledgeKind = kindOf(PLEDGE_COLUMNS, field);
  if (pledgeKind) return {header: name, path: ['_pledge', ...field.split('.')], kind: pledgeKind};
  const translation = TRANSLATION.exec(field);
  if (translation && isLanguageTag(translation[1]!))
    return {header: name, path: ['_pledge', ...field.split('.')], kind: 'text'};
  return undefined;
}

function unknownColumn(name: string, position: number, cells: readonly string[]): CliError {
  if (cells.length === 1 && /[;\t]/.test(name)) {
    const separator = name.includes('\t') ? 'tabs' : 'semicolons';
    return new CliError(
      `The header is a single column, "${name.slice(0, 40)}…": the file seems to use ${separator} between columns. ` +
        'Save it as comma-separated CSV (UTF-8).',
    );
  }
  if (/[\u0000\uFFFD]/.test(name)) {
    return new CliError('The header is unreadable: the file does not look like UTF-8 text. Save it as "CSV UTF-8".');
  }
  const suggestion = closestName(name, CSV_COLUMNS);
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : ' Run "pledgekit build --help" for the column names.';
  return new CliError(`Unknown column "${name}" (column ${position}).${hint}`);
}

const REQUIRED: readonly (readonly string[])[] = [
  ['id'],
  ['title'],
  ['actor.name'],
  ['stakeholder'],
  ['content_text', 'content_html'],
];

function checkRequired(columns: readonly CsvColumn[]): void {
  const present = new Set(columns.map((c) => c.path.filter((p) => p !== '_pledge').join('.')));
  for (const names of REQUIRED) {
    if (names.some((name) => present.has(name))) continue;
    throw new CliError(
      `The CSV has no "${names.join('" or "')}" column, which every pledge needs. Add it to the header (row 1).`,
    );
  }
}

/**
 * Reads the header row into columns.
 * @throws {CliError} for an unknown or repeated column, or when a required one is missing.
 */
export function readHeader(cells: readonly string[]): CsvColumn[] {
  const columns: CsvColumn[] = [];
  const seen = new Map<string, number>();
  cells.forEach((cell, i) => {
    const name = cell.trim();
    if (name === '') {
      columns.push({header: '', path: [], kind: 'text'});
      return;
    }
    const column = columnFor(name);
    if (!column) throw unknownColumn(name, i + 1, cells);
    const key = column.path.join('.');
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw new CliError(`Columns ${earlier} and ${i + 1} are both "${key}"; keep one of them.`);
    seen.set(key, i + 1);
    columns.push(column);
  });
  checkRequired(columns);
  return columns;
}

function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function cellValue(cell: string, kind: CellKind): unknown {
  switch (kind) {
    case 'text':
      return cell.replace(/\r\n?/g, '\n');
    case 'list':
      return splitList(cell);
    // A part that is not a whole number is kept as written, so the check says what it was.
    case 'numbers':
      return splitList(cell).map((part) => (/^[+-]?\d+$/.test(part) ? Number(part) : part));
    case 'authors':
      return splitList(cell).map((name) => ({name}));
    case 'json':
      try {
        return JSON.parse(cell);
      } catch {
        return cell;
      }
  }
}

function setPath(target: Json, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Json;
  }
  node[path[path.length - 1]!] = value;
}

const rejection = (reason: string): Rejection => ({field: '', reason});

/** Why the cells of a row cannot be trusted: more cells than columns, or a value under a column with no name. */
function shapeProblem(columns: readonly CsvColumn[], cells: readonly string[]): Rejection | undefined {
  if (cells.length > columns.length) {
    return rejection(
      `has ${cells.length} cells but the header has ${columns.length} columns; a cell holding a comma may be missing its quotes`,
    );
  }
  const unnamed = columns.findIndex((column, i) => column.path.length === 0 && (cells[i] ?? '').trim() !== '');
  if (unnamed !== -1) return rejection(`has a value in column ${unnamed + 1}, which has no name in the header`);
  return undefined;
}

/**
 * Turns one data row into a raw feed item. A row whose cells do not fit the header comes
 * with a rejection too: its cells may have shifted, so no field can be trusted.
 */
export function rowToItem(
  columns: readonly CsvColumn[],
  cells: readonly string[],
): {item: Json; rejection?: Rejection} {
  // Empty objects, so a missing required field is named precisely ("_pledge.actor.name").
  const item: Json = {_pledge: {actor: {}}};
  columns.forEach((column, i) => {
    const cell = cells[i]?.trim() ?? '';
    if (cell === '' || column.path.length === 0) return;
    setPath(item, column.path, cellValue(cell, column.kind));
  });
  const problem = shapeProblem(columns, cells);
  return problem ? {item, rejection: problem} : {item};
}

function unreadable(error: CsvError): CliError {
  const where = typeof error.lines === 'number' ? ` (line ${error.lines})` : '';
  const reason =
    error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted cell never ends: a closing " is missing' : error.message;
  return new CliError(`The CSV cannot be read${where}: ${reason}.`, 2, {cause: error});
}

/**
 * Streams the rows of a CSV (UTF-8, with or without a byte order mark) as raw feed items.
 * Blank rows are skipped; row numbers count the header as row 1, as a spreadsheet shows them.
 * @throws {CliError} when the header is unusable or the CSV is malformed.
 */
export async function* readCsvRows(input: Readable): AsyncGenerator<CsvRow> {
  const parser = input.pipe(parse({bom: true, relax_column_count: true, relax_quotes: true, info: true}));
  input.on('error', (error) => parser.destroy(error));
  let columns: CsvColumn[] | undefined;
  try {
    for await (const {record, info} of parser as AsyncIterable<{record: string[]; info: {records: number}}>) {
      if (columns === undefined) {
        columns = readHeader(record);
        continue;
      }
      if (record.every((cell) => cell.trim() === '')) continue;
      yield {row: info.records, ...rowToItem(columns, record)};
    }
  } catch (error) {
    throw error instanceof CsvError ? unreadable(error) : error;
  }
  if (columns === undefined)
    throw new CliError('The CSV is empty: it needs a header row naming the columns, then one row per pledge.');
}
