/**
 * The JSON Schemas `validate` checks a feed against: pledgekit's own (`schema.json`,
 * generated from the zod schemas, what `build` publishes) and, for a JSON Feed that holds
 * no pledge, the JSON Feed 1.1 schema of the jsonfeed-schema package, which pledgekit did
 * not write. Both run with ajv and its formats.
 */
import {createRequire} from 'node:module';
import {Ajv2020} from 'ajv/dist/2020.js';
import AjvModule from 'ajv';
import type {ErrorObject, ValidateFunction} from 'ajv';
import addFormats from 'ajv-formats';
import {feedJsonSchema} from '../model/json-schema.js';

/** One place where a document breaks a schema. */
export interface SchemaProblem {
  /** The item's position in `items`, for a problem inside an item. */
  index?: number;
  /** The field's path inside the item (or the feed), as `parseFeed` names fields: `_pledge.updates[0].date`. */
  field: string;
  /** What is wrong: a date that is no date-time, a URL that is no URI, or anything else. */
  kind: 'date-time' | 'uri' | 'other';
  value: unknown;
  /** ajv's own words. */
  message: string;
}

let pledgeSchema: ValidateFunction | undefined;
let jsonFeedSchema: ValidateFunction | undefined;

function compilePledgeSchema(): ValidateFunction {
  const ajv = new Ajv2020({strict: false, allErrors: true});
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(feedJsonSchema()) as object);
}

function compileJsonFeedSchema(): ValidateFunction {
  const ajv = new AjvModule.default({strict: false, allErrors: true});
  addFormats.default(ajv);
  return ajv.compile(createRequire(import.meta.url)('jsonfeed-schema/schema-v1.1.json') as object);
}

/** `/items/3/_pledge/updates/0/date` → item 3, `_pledge.updates[0].date`. */
function locate(pointer: string): {index?: number; field: string} {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const index = parts[0] === 'items' && /^\d+$/.test(parts[1] ?? '') ? Number(parts[1]) : undefined;
  const rest = index === undefined ? parts : parts.slice(2);
  const field = rest.reduce(
    (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part),
    '',
  );
  return index === undefined ? {field} : {index, field};
}

function valueAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const part of pointer.split('/').slice(1))
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return node;
}

function kindOf(error: ErrorObject): SchemaProblem['kind'] {
  const format = (error.params as {format?: string}).format;
  const pattern = String((error.params as {pattern?: string}).pattern ?? '');
  if (format === 'date-time' || (error.keyword === 'pattern' && pattern.includes('[Tt]'))) return 'date-time';
  if (format === 'uri' || (error.keyword === 'pattern' && pattern.startsWith('^https?://'))) return 'uri';
  return 'other';
}

function problems(validate: ValidateFunction, document: unknown): SchemaProblem[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => ({
    ...locate(error.instancePath),
    kind: kindOf(error),
    value: valueAt(document, error.instancePath),
    message: `${error.message ?? 'is not valid'}`,
  }));
}

/** Where a document breaks pledgekit's published JSON Schema. */
export function schemaProblems(document: unknown): SchemaProblem[] {
  pledgeSchema ??= compilePledgeSchema();
  return problems(pledgeSchema, document);
}

/** Where a document breaks the JSON Feed 1.1 schema, each in one line. */
export function jsonFeedProblems(document: unknown): string[] {
  jsonFeedSchema ??= compileJsonFeedSchema();
  return problems(jsonFeedSchema, document).map(({index, field, message}) => {
    const where =
      index === undefined ? (field ? `Feed, ${field}` : 'Feed') : `Item ${index + 1}${field ? `, ${field}` : ''}`;
    return `${where}: ${message}`;
  });
}
