/**
 * Feed items made from the zod schema of a pledge, not from a list kept by hand: the
 * schema's JSON Schema (what `npm run schema` publishes) is walked, each object, list and
 * dictionary becomes the same in fast-check, and each leaf a generator of valid and invalid
 * values for its format. A field added to the schema is generated at once, so the tests
 * that compare the readers with zod fail until the readers know it; a leaf of a kind this
 * module does not know fails loudly, asking to be taught.
 */
import fc from 'fast-check';
import * as z from 'zod';
import {COUNTRY_PATTERN, DATE_TIME_PATTERN, LANGUAGE_PATTERN, PARTIAL_DATE_PATTERN} from '../../src/model/formats.js';
import {Pledge} from '../../src/model/schema.js';

type Arb = fc.Arbitrary<unknown>;

/** The part of JSON Schema that zod writes for the pledge. */
export interface SchemaNode {
  type?: string;
  pattern?: string;
  format?: string;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
  anyOf?: SchemaNode[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  propertyNames?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
}

/** The JSON Schema of one feed item, as zod describes the input it accepts. */
export const PLEDGE_SCHEMA = z.toJSONSchema(Pledge, {
  io: 'input',
  target: 'draft-2020-12',
  unrepresentable: 'any',
}) as SchemaNode;

/** Examples of a leaf kind: values it accepts and values of the right type it refuses. */
export interface Leaf {
  name: string;
  valid: readonly unknown[];
  invalid: readonly unknown[];
  /** More valid values than the list holds, when the format has them. */
  more?: Arb;
}

const TEXT: Leaf = {
  name: 'text',
  valid: ['Welcome desk', ' padded ', 'é', 'Ville de Montréal', 'مدينة', 'x\ny'],
  invalid: ['', '   ', '\n\t', '\u00a0', '\u2003', 42, ['text']],
  more: fc.string({minLength: 1}).filter((s) => /\S/.test(s)),
};

const LEAVES: Record<string, Leaf> = {
  url: {
    name: 'url',
    valid: [
      'https://example.org/a',
      'http://x.y',
      'https://example.org/p?q=1#f',
      'HTTPS://EXAMPLE.ORG',
      'https://例え.jp/',
    ],
    invalid: [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://example.org',
      'file:///etc/passwd',
      ' https://example.org',
      'https://example.org ',
      'https://',
      'http://',
      '/relative/path',
      'example.org',
      'mailto:a@b.org',
      '',
    ],
  },
  [DATE_TIME_PATTERN]: {
    name: 'date-time',
    valid: [
      '2024-02-29',
      '2024-03-01',
      '2024-03-01T09:00:00Z',
      '2024-03-01t09:00:00z',
      '2024-03-01T09:00:00.123+02:00',
      '2016-12-31T23:59:60Z',
    ],
    invalid: [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2024-03-01T24:00:00Z',
      '2024-03-01T09:60:00Z',
      '2024-03-01T09:00:00',
      '2024-03-01 09:00:00Z',
      '2024-03-01T09:00:00+25:00',
      '2024',
      '2024-03',
      '24-03-01',
      'yesterday',
      20240301,
    ],
  },
  [PARTIAL_DATE_PATTERN]: {
    name: 'partial date',
    valid: ['2024', '2024-06', '2024-06-30', '2024-02-29', '0001'],
    invalid: [
      '2024-02-30',
      '2023-02-29',
      '2024-13',
      '2024-00',
      '24',
      '2024-6',
      '2024-06-31',
      '2024-06-30T00:00:00Z',
      2024,
    ],
  },
  [COUNTRY_PATTERN]: {name: 'country', valid: ['FR', 'KE', 'BR', 'ZZ'], invalid: ['fr', 'FRA', 'F1', 'F', 'Fr', 33]},
  [LANGUAGE_PATTERN]: {
    name: 'language',
    valid: ['en', 'fr-CA', 'zh-Hans', 'ast', 'es-419', 'EN'],
    invalid: ['e', 'english', 'fr_CA', 'en-', '-en', 'en-toolongsubtag', '12', 'en CA'],
  },
};

const BAD_WORDS = ['Local-Government', 'LOCAL', 'unknown', 'in progress', '', 1];
const badNumbers = (max: number) => [0, max + 1, 1.5, '3', -1, 100, Number.MAX_SAFE_INTEGER];

/** Junk of every JSON type, for a field of any kind. */
export const JUNK: readonly unknown[] = [null, true, false, 0, -1, 3.5, '', ' ', [], {}, ['x'], {x: 1}];

/** The leaf kind of a schema node, or undefined when it is an object, a list or a dictionary. */
export function leafOf(node: SchemaNode, path: string): Leaf | undefined {
  if (node.anyOf && node.type === undefined) {
    // The id: text, or a number (read as text).
    const [first, second] = node.anyOf;
    if (node.anyOf.length === 2 && first?.pattern === '\\S' && second?.type === 'number') {
      return {
        name: 'id',
        valid: ['p-1', '42', 'x', 7, -3, 1.5],
        invalid: ['', ' ', true],
        more: fc.oneof(fc.integer(), fc.double({noNaN: true, noDefaultInfinity: true})),
      };
    }
  } else if (node.enum) {
    return {name: `one of ${node.enum.join(', ')}`, valid: node.enum, invalid: BAD_WORDS};
  } else if (node.type === 'integer' && node.minimum !== undefined && node.maximum !== undefined) {
    const range = Array.from({length: node.maximum - node.minimum + 1}, (_, i) => node.minimum! + i);
    return {name: `${node.minimum}–${node.maximum}`, valid: range, invalid: badNumbers(node.maximum)};
  } else if (node.type === 'string') {
    if (node.format === 'uri') return LEAVES.url;
    // The published schema asks for a date-time; the reader (and zod) also take a bare date.
    if (node.format === 'date-time') return LEAVES[DATE_TIME_PATTERN];
    if (node.pattern === '\\S') return TEXT;
    if (node.pattern !== undefined && LEAVES[node.pattern]) return LEAVES[node.pattern];
  } else if (node.type === 'object' || node.type === 'array') {
    return undefined;
  }
  throw new Error(
    `test/support/pledge-arbitrary.ts cannot make values for ${path || 'the item'} (${JSON.stringify(node)}): teach it this kind of field`,
  );
}

/**
 * Feed items from the schema whose fields are valid `validWeight` times as often as they
 * are invalid for their kind or junk of another type: 0 for only valid fields (the
 * accepting side), a large weight for items with a single bad field somewhere (the
 * closest calls). With `unknownKeys`, every object may also carry a key the schema does
 * not know (which zod strips and the readers drop without a word).
 */
export function pledgeItems(validWeight: number, {unknownKeys = true} = {}): Arb {
  const mixed = validWeight > 0;
  const junk = fc.constantFrom(...JUNK);
  const field = (valid: Arb, invalid: Arb): Arb =>
    mixed
      ? fc.oneof({arbitrary: valid, weight: validWeight}, {arbitrary: invalid, weight: 1}, {arbitrary: junk, weight: 1})
      : valid;

  const walk = (node: SchemaNode, path: string): Arb => {
    const leaf = leafOf(node, path);
    if (leaf) {
      const valid = fc.constantFrom(...leaf.valid);
      return field(leaf.more ? fc.oneof(valid, leaf.more) : valid, fc.constantFrom(...leaf.invalid));
    }
    if (node.type === 'array' && node.items) {
      return field(fc.array(walk(node.items, `${path}[]`), {maxLength: 4}), fc.constantFrom('a', 7, {0: 'x'}));
    }
    if (node.type === 'object' && node.properties) {
      const shape: Record<string, Arb> = {};
      for (const [key, child] of Object.entries(node.properties))
        shape[key] = walk(child, path ? `${path}.${key}` : key);
      if (unknownKeys) shape['unknown_field'] = fc.constant({kept: false});
      const object = fc.record(shape, {requiredKeys: node.required ?? []});
      return path === '' ? object : field(object, fc.constantFrom('object', 1, [{}]));
    }
    if (node.type === 'object' && node.propertyNames && typeof node.additionalProperties === 'object') {
      const keyLeaf = leafOf(node.propertyNames, `${path} keys`)!;
      const keys = mixed
        ? fc.constantFrom(...keyLeaf.valid, ...keyLeaf.invalid, '__proto__', 'constructor')
        : fc.constantFrom(...keyLeaf.valid);
      const dictionary = fc.dictionary(keys as fc.Arbitrary<string>, walk(node.additionalProperties, `${path}.*`), {
        maxKeys: 3,
      });
      return field(dictionary, fc.constantFrom('fr', ['fr']));
    }
    throw new Error(`test/support/pledge-arbitrary.ts cannot make values for ${path}: ${JSON.stringify(node)}`);
  };
  const item = walk(PLEDGE_SCHEMA, '');
  return mixed ? fc.oneof({weight: 20, arbitrary: item}, {weight: 1, arbitrary: junk}) : item;
}

/** One field of the schema, by its path in an item (`_pledge.actor.country`, `tags[0]`). */
export interface SchemaField {
  path: string;
  leaf: Leaf;
  /** Required where it stands (its object must have it). */
  required: boolean;
}

/** Every leaf field of the item schema, with lists and dictionaries entered once. */
export function schemaFields(node: SchemaNode = PLEDGE_SCHEMA, path = '', required = true): SchemaField[] {
  const leaf = leafOf(node, path);
  if (leaf) return [{path, leaf, required}];
  if (node.type === 'array' && node.items) return schemaFields(node.items, `${path}[0]`, false);
  if (node.properties) {
    return Object.entries(node.properties).flatMap(([key, child]) =>
      schemaFields(child, path ? `${path}.${key}` : key, (node.required ?? []).includes(key)),
    );
  }
  if (typeof node.additionalProperties === 'object')
    return schemaFields(node.additionalProperties, `${path}.fr`, false);
  throw new Error(`test/support/pledge-arbitrary.ts cannot list the fields of ${path}: ${JSON.stringify(node)}`);
}
