// Property tests: hostile JSON into parseFeed never escapes as anything but a FeedError,
// never yields an item the schema refuses, keeps every valid item, and is deterministic.
import {describe, it, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {parseFeed} from '../../src/feed/read/parse.js';
import {FeedError} from '../../src/feed/errors.js';
import {FeedInfo, Pledge} from '../../src/model/schema.js';
import {report} from './report.js';

const SAMPLE = JSON.parse(readFileSync('examples/feeds/local-actions.json', 'utf8')) as {
  items: Record<string, unknown>[];
};
const RUNS = 3000;
let properties = 0;
let cases = 0;

/** Runs a property, counting it and its cases for the summary. */
function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns = RUNS): void {
  fc.assert(fc.property(arbitrary, predicate), {numRuns});
  properties += 1;
  cases += numRuns;
}

/** parseFeed, where only a FeedError may come out as an exception. */
function safeParse(input: unknown): ReturnType<typeof parseFeed> | FeedError {
  try {
    return parseFeed(input);
  } catch (error) {
    assert.ok(error instanceof FeedError, `threw ${String(error)}`);
    return error;
  }
}

function assertValidResult(result: ReturnType<typeof parseFeed> | FeedError): void {
  if (result instanceof FeedError) return;
  for (const pledge of result.pledges) {
    const parsed = Pledge.safeParse(pledge);
    assert.ok(parsed.success, `kept an invalid pledge: ${JSON.stringify(pledge)}\n${parsed.error?.message}`);
  }
  assert.ok(FeedInfo.safeParse(result.feed).success, `invalid feed info ${JSON.stringify(result.feed)}`);
  assert.equal(new Set(result.pledges.map((p) => p.id)).size, result.pledges.length, 'duplicate ids kept');
}

/** Every path to a value inside a JSON value (as key lists). */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths.push(...pathsOf(v, [...prefix, k]));
  }
  return paths;
}

const SAMPLE_PATHS = pathsOf(SAMPLE);

/** A value of another JSON type than the one given. */
function swapType(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [i, v]));
  if (value === null) return {};
  return Object.values(value as object);
}

type Mutation = {
  path: (string | number)[];
  kind: 'delete' | 'replace' | 'swap' | 'string';
  json: unknown;
  text: string;
};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...SAMPLE_PATHS),
  kind: fc.constantFrom('delete', 'replace', 'swap', 'string'),
  json: fc.jsonValue({maxDepth: 3}),
  text: fc.oneof(
    fc.string(),
    fc.constantFrom('', ' ', '\u0000', 'javascript:alert(1)', 'http://', 'https://x', '2024-13-45', 'NaN'),
  ),
});

function mutate(doc: unknown, m: Mutation): void {
  let parent = doc as Record<string | number, unknown>;
  for (const key of m.path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = m.path.at(-1)!;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (m.kind === 'replace') parent[key] = m.json;
  else if (m.kind === 'swap') parent[key] = swapType(parent[key]);
  else parent[key] = m.text;
}

/** The sample feed with up to eight mutations applied, in order (later paths may have gone). */
const mutatedFeed = fc.array(mutation, {minLength: 1, maxLength: 8}).map((mutations) => {
  const doc = structuredClone(SAMPLE);
  for (const m of mutations) {
    try {
      mutate(doc, m);
    } catch {
      // The path went away with an earlier mutation: skip this one.
    }
  }
  return doc;
});

describe('parseFeed under hostile input (properties)', () => {
  after(() => report({name: 'parse properties', properties, cases}));

  it('arbitrary JSON values: only FeedError escapes, and what is kept is valid', () => {
    check(fc.jsonValue(), (value) => assertValidResult(safeParse(value)));
  });

  it('arbitrary JSON text and arbitrary strings: only FeedError escapes', () => {
    check(fc.oneof(fc.json(), fc.string(), fc.string({unit: 'binary'})), (text) => assertValidResult(safeParse(text)));
  });

  it('a feed-shaped document with arbitrary items: only FeedError escapes, kept items are valid', () => {
    const doc = fc.record({
      version: fc.constantFrom('https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'),
      title: fc.jsonValue({maxDepth: 1}),
      _pledgekit: fc.jsonValue({maxDepth: 3}),
      items: fc.array(fc.oneof(fc.jsonValue({maxDepth: 3}), fc.constantFrom(...SAMPLE.items)), {maxLength: 10}),
    });
    check(doc, (value) => assertValidResult(safeParse(value)));
  });

  it('mutated sample feeds (fields deleted, replaced with arbitrary JSON, types swapped): valid output', () => {
    check(mutatedFeed, (doc) => assertValidResult(safeParse(doc)));
  });

  it('is deterministic: the same input, as a value or as JSON text, gives the same result', () => {
    check(mutatedFeed, (doc) => {
      assert.deepEqual(safeParse(structuredClone(doc)), safeParse(doc));
      // The text stands for the document JSON makes of the value (holes and undefined become null or vanish).
      const text = JSON.stringify(doc);
      assert.deepEqual(safeParse(text), safeParse(JSON.parse(text)));
    });
  });

  it('does not change the document it reads', () => {
    check(
      mutatedFeed,
      (doc) => {
        const before = structuredClone(doc);
        safeParse(doc);
        assert.deepEqual(doc, before);
      },
      1000,
    );
  });

  it('keeps every valid item of a mixed feed, in order, whatever junk surrounds it', () => {
    const junk = fc.oneof(
      fc.jsonValue({maxDepth: 3}),
      fc.record({
        id: fc.jsonValue({maxDepth: 1}),
        title: fc.jsonValue({maxDepth: 1}),
        _pledge: fc.jsonValue({maxDepth: 2}),
      }),
    );
    const mixed = fc.array(fc.oneof(fc.constant(undefined), junk), {minLength: 14, maxLength: 40}).chain((slots) =>
      fc.shuffledSubarray(SAMPLE.items, {minLength: 1}).map((valid) => {
        const items: unknown[] = [];
        valid.forEach((item, i) => items.push(...slots.slice(i * 2, i * 2 + 2).filter((s) => s !== undefined), item));
        items.push(...slots.slice(valid.length * 2).filter((s) => s !== undefined));
        return {valid, items};
      }),
    );
    check(
      mixed,
      ({valid, items}) => {
        const result = safeParse({version: 'https://jsonfeed.org/version/1.1', title: 'Mixed', items});
        assert.ok(!(result instanceof FeedError), 'a mixed feed was refused as a whole');
        assertValidResult(result);
        const kept = result.pledges.map((p) => p.id);
        const expected = valid.map((item) => String(item.id));
        // The valid items appear in feed order; junk can add pledges but never remove one.
        assert.deepEqual(
          kept.filter((id) => expected.includes(id)),
          expected,
        );
        for (const item of valid) {
          const pledge: Pledge | undefined = result.pledges.find((p) => p.id === String(item.id));
          assert.deepEqual(pledge, Pledge.parse(item), `item ${String(item.id)} was altered`);
        }
      },
      2000,
    );
  });
});
