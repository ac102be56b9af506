/**
 * Proof that the two hand-written readers of `parseFeed` (the as-is check and the copying
 * reader) keep exactly what the zod schema accepts. The items are made from the schema
 * itself (test/support/pledge-arbitrary.ts), so a field added to the schema is tested at
 * once: for every field, a valid value is kept and an invalid one refused by all three;
 * for arbitrary items mixing valid values with every kind of invalid one, an item is kept
 * without a warning exactly when `Pledge.safeParse` succeeds, and then both agree on the
 * result; anything kept (even after dropping fields) is a valid `Pledge` as it is.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {isDeepStrictEqual} from 'node:util';
import {isPledgeAsIs} from '../../../src/feed/read/as-is.js';
import {parseFeed} from '../../../src/feed/read/parse.js';
import {Pledge} from '../../../src/model/schema.js';
import {PLEDGE_SCHEMA, pledgeItems, schemaFields} from '../../support/pledge-arbitrary.js';
import type {SchemaNode} from '../../support/pledge-arbitrary.js';

const item = fc.oneof(pledgeItems(0), pledgeItems(3), pledgeItems(40));

/** Valid items with nothing for zod to strip or convert (no unknown key, a text id). */
const plainItem = pledgeItems(0, {unknownKeys: false}).map((value) => ({
  ...(value as Record<string, unknown>),
  id: String((value as Record<string, unknown>).id),
}));

/** What a feed item is once it has gone through JSON, as it does on the wire. */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

function readOne(value: unknown) {
  const result = parseFeed({version: 'https://jsonfeed.org/version/1.1', items: [value]});
  return {kept: result.pledges[0], warnings: result.warnings, rejected: result.rejected};
}

describe('the readers of parseFeed against the zod schema', () => {
  it('keeps an item without a warning exactly when zod accepts it, with the same result', () => {
    let clean = 0;
    fc.assert(
      fc.property(item, (raw) => {
        const value = overTheWire(raw);
        const {kept, warnings} = readOne(value);
        const zod = Pledge.safeParse(value);
        const keptClean = kept !== undefined && warnings.length === 0;
        assert.equal(
          keptClean,
          zod.success,
          `the readers ${keptClean ? 'accepts' : 'refuses'}, zod ${zod.success ? 'accepts' : 'refuses'}: ${JSON.stringify(value)}\n${JSON.stringify(zod.error?.issues ?? warnings)}`,
        );
        if (zod.success) {
          clean++;
          assert.deepEqual(kept, zod.data);
        }
      }),
      {numRuns: 8000, seed: 20240501},
    );
    // The generator must reach the valid side often enough for the proof to mean something.
    assert.ok(clean > 200, `only ${clean} items were valid`);
  });

  it('keeps only pledges that zod accepts unchanged, even after dropping fields', () => {
    fc.assert(
      fc.property(item, (raw) => {
        const {kept, rejected} = readOne(overTheWire(raw));
        if (kept === undefined) {
          assert.equal(rejected.length, 1);
          return;
        }
        assert.deepEqual(Pledge.parse(kept), kept);
      }),
      {numRuns: 4000, seed: 7},
    );
  });

  it('keeps an item itself, with no copy, exactly when zod would return it unchanged', () => {
    let asIs = 0;
    fc.assert(
      fc.property(fc.oneof(item, plainItem), (raw) => {
        const value = overTheWire(raw);
        const zod = Pledge.safeParse(value);
        const unchanged = zod.success && isDeepStrictEqual(zod.data, value);
        assert.equal(
          isPledgeAsIs(value),
          unchanged,
          `as-is check ${unchanged ? 'misses' : 'wrongly passes'}: ${JSON.stringify(value)}`,
        );
        if (unchanged) {
          asIs++;
          const {kept, warnings} = readOne(value);
          assert.equal(kept, value);
          assert.equal(warnings.length, 0);
        }
      }),
      {numRuns: 8000, seed: 11},
    );
    assert.ok(asIs > 200, `only ${asIs} items could be kept as they are`);
  });
});

/** The smallest value a schema node accepts: its required fields, empty lists and dictionaries. */
function minimal(node: SchemaNode): unknown {
  const field = schemaFields(node, 'x', true);
  if (field.length === 1 && field[0]!.path === 'x') return field[0]!.leaf.valid[0];
  if (node.type === 'array') return [];
  const out: Record<string, unknown> = {};
  for (const key of node.required ?? []) out[key] = minimal(node.properties![key]!);
  return out;
}

/** A minimal valid item (zod also needs one of the descriptions, a rule JSON Schema cannot say). */
const base = (): Record<string, unknown> => ({...(minimal(PLEDGE_SCHEMA) as object), content_text: 'c'});

/** The schema node at a path such as `_pledge.updates[0].date` or `_pledge.translations.fr.title`. */
function nodeAt(path: string): SchemaNode {
  let node = PLEDGE_SCHEMA;
  for (const part of path.split('.')) {
    const [key, index] = part.split('[');
    node = node.properties?.[key!] ?? (node.additionalProperties as SchemaNode);
    if (index !== undefined) node = node.items!;
  }
  return node;
}

/** A minimal item with `value` at `path`, every object on the way holding its required fields. */
function itemWith(path: string, value: unknown): Record<string, unknown> {
  const item = base();
  let target: Record<string, unknown> = item;
  const parts = path.split('.');
  parts.forEach((part, i) => {
    const [key, index] = part.split('[') as [string, string | undefined];
    const last = i === parts.length - 1;
    const prefix = parts.slice(0, i + 1).join('.');
    if (index !== undefined) {
      const element = last ? value : minimal(nodeAt(prefix));
      target[key] = [element];
      target = element as Record<string, unknown>;
    } else if (last) {
      target[key] = value;
    } else {
      target[key] ??= minimal(nodeAt(prefix));
      target = target[key] as Record<string, unknown>;
    }
  });
  return item;
}

describe('every field of the zod schema, in both readers', () => {
  for (const field of schemaFields()) {
    it(`${field.path} (${field.leaf.name}): a valid value is kept as it is, an invalid one refused`, () => {
      const valid = itemWith(field.path, field.leaf.valid[0]);
      const zod = Pledge.safeParse(valid);
      assert.ok(zod.success, `zod refuses the valid example: ${JSON.stringify(zod.error?.issues)}`);
      const textId = typeof valid.id === 'string';
      assert.equal(isPledgeAsIs(valid), textId && isDeepStrictEqual(zod.data, valid), 'the as-is check');
      const {kept, warnings} = readOne(valid);
      assert.deepEqual(warnings, [], 'the copying reader warns');
      assert.deepEqual(kept, zod.data, 'the copying reader');

      for (const bad of field.leaf.invalid) {
        const item = itemWith(field.path, bad);
        if (Pledge.safeParse(item).success) continue; // e.g. 1.5 as an id: valid there
        assert.equal(isPledgeAsIs(item), false, `the as-is check keeps ${JSON.stringify(bad)}`);
        const read = readOne(item);
        // Refused: the item is rejected, or kept without the field and a warning that names it.
        const named = [...read.rejected, ...read.warnings].some(
          (issue) => issue.field === field.path || field.path.startsWith(`${issue.field}.`) || issue.field === '',
        );
        assert.ok(named, `${JSON.stringify(bad)}: no issue names ${field.path}: ${JSON.stringify(read)}`);
        if (read.kept) assert.ok(Pledge.safeParse(read.kept).success, 'what is kept is a valid pledge');
      }
    });
  }
});
