/**
 * CSV rows → raw feed items. The header names are the feed's field paths (`title`,
 * `actor.name`, `objectives`, `translations.fr.title`; `_pledge.` may be written or left
 * out); list cells are separated by `;`; an empty cell is an absent field. Rows are
 * streamed, so a file of any length is read in bounded memory. Whether an item is a
 * valid pledge is decided afterwards by `readPledge`, exactly as in the browser.
 */
import {CsvError, parse} from 'csv-parse';
import type * as z from 'zod';
import type {Rejection} from '../feed/read/copy.js';
import {isLanguageTag} from '../model/formats.js';
import type {Json} from '../model/json-feed.js';
import {Pledge, PledgeData, Translation} from '../model/schema.js';
import {CliError, closestName} from './errors.js';

/** How a cell becomes a value: text as is, a `;` list, a list of numbers, author names, JSON. */
export type CellKind = 'text' | 'list' | 'numbers' | 'authors' | 'json';

// The columns are the fields of the zod schemas, read from their definitions, so a field
// added to the model is a column at once. What a schema cannot say is kept here, and a test
// (test/cli/csv.test.ts) checks it against the schema: `translations` is one column per
// language and text, and a pledge needs `content_text` or `content_html` (a refinement).
type Schema = z.core.$ZodType;
const definition = (schema: Schema) =>
  schema._zod.def as {type: string; innerType?: Schema; in?: Schema; element?: Schema; shape?: Record<string, Schema>};

/** The schema inside optional and transforming wrappers: `id`'s union of text and number, not its pipe. */
function unwrapped(schema: Schema): Schema {
  const def = definition(schema);
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return unwrapped(def.innerType!);
  if (def.type === 'pipe') return unwrapped(def.in!);
  return schema;
}

/** A list cell: text parts, numbers, author names (a list of objects with a name), or JSON (other objects). */
function listKind(element: Schema): CellKind {
  const def = definition(unwrapped(element));
  if (def.type === 'number' || def.type === 'int') return 'numbers';
  if (def.type === 'object') return def.shape && 'name' in def.shape ? 'authors' : 'json';
  return 'list';
}

/** The columns of an object schema's fields, nested objects as `parent.field`; records are left out. */
function columnsOf(shape: Record<string, Schema>, prefix = ''): [string, CellKind][] {
  return Object.entries(shape).flatMap(([key, field]): [string, CellKind][] => {
    const def = definition(unwrapped(field));
    if (def.type === 'object') return columnsOf(def.shape!, `${prefix}${key}.`);
    if (def.type === 'record' || def.type === 'pipe') return [];
    if (def.type === 'array') return [[`${prefix}${key}`, listKind(def.element!)]];
    return [[`${prefix}${key}`, 'text']];
  });
}

/** Fields that are no column: `_pledge` is spread into its own columns, `translations` read by the pattern below. */
const NOT_COLUMNS = new Set(['_pledge', 'translations']);

const ITEM_COLUMNS: ReadonlyMap<string, CellKind> = new Map(
  columnsOf(Object.fromEntries(Object.entries(Pledge.shape).filter(([key]) => !NOT_COLUMNS.has(key)))),
);

const PLEDGE_COLUMNS: ReadonlyMap<string, CellKind> = new Map(
  columnsOf(Object.fromEntries(Object.entries(PledgeData.shape).filter(([key]) => !NOT_COLUMNS.has(key)))),
);

/** `translations.<language tag>.<field>`, for the fields of a translation. */
export const TRANSLATION = new RegExp(`^translations\\.([^.]+)\\.(${Object.keys(Translation.shape).join('|')})$`);

/** Every column name a CSV may use (translations shown for French). */
export const CSV_COLUMNS: readonly string[] = [
  ...ITEM_COLUMNS.keys(),
  ...PLEDGE_COLUMNS.keys(),
  ...Object.keys(Translation.shape).map((field) => `translations.fr.${field}`),
];

/** The kind of every column but the translations, for the help and the tests. */
export const COLUMN_KINDS: ReadonlyMap<string, CellKind> = new Map([...ITEM_COLUMNS, ...PLEDGE_COLUMNS]);

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

function columnFor(name: string): CsvColumn | undefined {
  const itemKind = ITEM_COLUMNS.get(name);
  if (itemKind) return {header: name, path: [name], kind: itemKind};
  const field = name.startsWith('_pledge.') ? name.slice('_pledge.'.length) : name;
  const pledgeKind = PLEDGE_COLUMNS.get(field);
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
  // eslint-disable-next-line no-control-regex -- a NUL in the header: the file is not UTF-8 text
  if (/[\u0000\uFFFD]/.test(name)) {
    return new CliError('The header is unreadable: the file does not look like UTF-8 text. Save it as "CSV UTF-8".');
  }
  const suggestion = closestName(name, CSV_COLUMNS);
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : ' Run "pledgekit build --help" for the column names.';
  return new CliError(`Unknown column "${name}" (column ${position}).${hint}`);
}

/** The columns every pledge needs: the schema's required fields, and one of the two contents. */
export const REQUIRED_COLUMNS: readonly (readonly string[])[] = [
  ...[...COLUMN_KINDS.keys()]
    .filter((name) => {
      const path = name.split('.');
      const inPledge = !ITEM_COLUMNS.has(name);
      let shape: Record<string, Schema> = inPledge ? PledgeData.shape : Pledge.shape;
      return path.every((key) => {
        const field = shape[key]!;
        const def = definition(unwrapped(field));
        if (def.shape) shape = def.shape;
        return definition(field).type !== 'optional';
      });
    })
    .map((name) => [name]),
  ['content_text', 'content_html'],
];

function checkRequired(columns: readonly CsvColumn[]): void {
  const present = new Set(columns.map((c) => c.path.filter((p) => p !== '_pledge').join('.')));
  for (const names of REQUIRED_COLUMNS) {
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
export async function* readCsvRows(input: NodeJS.ReadableStream): AsyncGenerator<CsvRow> {
  const parser = input.pipe(parse({bom: true, relax_column_count: true, relax_quotes: true, info: true}));
  input.on('error', (error: Error) => parser.destroy(error));
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
