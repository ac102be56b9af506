/**
 * Proof that the hand-written fast path of `parseFeed` keeps exactly what the zod schema
 * accepts: for arbitrary items mixing valid values with every kind of invalid one, an item
 * is kept without a warning exactly when `Pledge.safeParse` succeeds, and then both agree
 * on the result; anything kept (even after dropping fields) is a valid `Pledge` as it is.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {isDeepStrictEqual} from 'node:util';
import {isPledgeAsIs} from '../../../src/feed/read/as-is.js';
import {parseFeed} from '../../../src/feed/read/parse.js';
import {
  GCR_OBJECTIVE_NUMBERS,
  OBJECTIVE_NUMBERS,
  PLEDGE_FORMS,
  PLEDGE_STATUSES,
  PLEDGE_TYPES,
  PRINCIPLES,
  SCOPES,
  SDG_NUMBERS,
  STAKEHOLDER_TYPES,
} from '../../../src/model/catalogue.js';
import {Pledge} from '../../../src/model/schema.js';

type Arb = fc.Arbitrary<unknown>;

const JUNK: unknown[] = [null, true, false, 0, -1, 3.5, '', ' ', [], {}, ['x'], {x: 1}];
const junk = fc.constantFrom(...JUNK);

/**
 * Feed items whose fields are valid `validWeight` times as often as they are invalid for
 * their kind or junk of another type; 0 for only valid fields (the accepting side), a
 * large weight for items with a single bad field somewhere (the closest calls).
 */
function items(validWeight: number): Arb {
  const mixed = validWeight > 0;
  /** A field: valid values most of the time, else a value of the wrong kind or a bad one. */
  const field = (valid: Arb, invalid: Arb): Arb =>
    mixed
      ? fc.oneof({arbitrary: valid, weight: validWeight}, {arbitrary: invalid, weight: 1}, {arbitrary: junk, weight: 1})
      : valid;

  const text = field(
    fc.oneof(
      fc.constantFrom('Welcome desk', ' padded ', 'é', 'Ville de Montréal', 'مدينة', 'x\ny'),
      fc.string({minLength: 1}).filter((s) => /\S/.test(s)),
    ),
    fc.constantFrom('', '   ', '\n\t', '\u00a0', '\u2003', 42, ['text']),
  );
  const url = field(
    fc.constantFrom(
      'https://example.org/a',
      'http://x.y',
      'https://example.org/p?q=1#f',
      'HTTPS://EXAMPLE.ORG',
      'https://例え.jp/',
    ),
    fc.constantFrom(
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
    ),
  );
  const dateTime = field(
    fc.constantFrom(
      '2024-02-29',
      '2024-03-01',
      '2024-03-01T09:00:00Z',
      '2024-03-01t09:00:00z',
      '2024-03-01T09:00:00.123+02:00',
      '2016-12-31T23:59:60Z',
    ),
    fc.constantFrom(
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
    ),
  );
  const partialDate = field(
    fc.constantFrom('2024', '2024-06', '2024-06-30', '2024-02-29', '0001'),
    fc.constantFrom(
      '2024-02-30',
      '2023-02-29',
      '2024-13',
      '2024-00',
      '24',
      '2024-6',
      '2024-06-31',
      '2024-06-30T00:00:00Z',
      2024,
    ),
  );
  const country = field(fc.constantFrom('FR', 'KE', 'BR', 'ZZ'), fc.constantFrom('fr', 'FRA', 'F1', 'F', 'Fr', 33));
  const language = field(
    fc.constantFrom('en', 'fr-CA', 'zh-Hans', 'ast', 'es-419', 'EN'),
    fc.constantFrom('e', 'english', 'fr_CA', 'en-', '-en', 'en-toolongsubtag', '12', 'en CA'),
  );
  const oneOf = (set: readonly (string | number)[], invalid: Arb) => field(fc.constantFrom(...set), invalid);
  const badNumbers = (max: number) => fc.constantFrom(0, max + 1, 1.5, '3', -1, 100, Number.MAX_SAFE_INTEGER);
  const badWords = fc.constantFrom('Local-Government', 'LOCAL', 'unknown', 'in progress', '', 1);
  const list = (element: Arb): Arb => field(fc.array(element, {maxLength: 4}), fc.constantFrom('a', 7, {0: 'x'}));
  const object = (shape: Record<string, Arb>, required: string[] = []): Arb =>
    field(fc.record(shape, {requiredKeys: required}), fc.constantFrom('object', 1, [{}]));

  const actor = object({name: text, country, city: text}, ['name']);
  const translation = object({title: text, summary: text, content_text: text});
  const translations = field(
    fc.dictionary(
      mixed
        ? fc.constantFrom('fr', 'es', 'pt-BR', 'ar', 'french', 'f', 'fr_FR', '__proto__', 'constructor', '')
        : fc.constantFrom('fr', 'es', 'pt-BR', 'ar'),
      translation,
      {
        maxKeys: 3,
      },
    ),
    fc.constantFrom('fr', ['fr']),
  );
  const pledgeData = object(
    {
      actor,
      stakeholder: oneOf(STAKEHOLDER_TYPES, badWords),
      scope: oneOf(SCOPES, badWords),
      countries: list(country),
      objectives: list(oneOf(OBJECTIVE_NUMBERS, badNumbers(23))),
      gcr_objectives: list(oneOf(GCR_OBJECTIVE_NUMBERS, badNumbers(4))),
      sdgs: list(oneOf(SDG_NUMBERS, badNumbers(17))),
      principles: list(oneOf(PRINCIPLES, badWords)),
      type: oneOf(PLEDGE_TYPES, badWords),
      partners: list(text),
      matches: text,
      forms: list(oneOf(PLEDGE_FORMS, badWords)),
      period: object({start: partialDate, end: partialDate}),
      status: oneOf(PLEDGE_STATUSES, badWords),
      source: object({name: text, url}, ['name']),
      updates: list(object({date: dateTime, text, status: oneOf(PLEDGE_STATUSES, badWords)}, ['date', 'text'])),
      translations,
      unknown_extension: fc.constant({kept: false}),
    },
    ['actor', 'stakeholder'],
  );
  const id = field(
    fc.oneof(fc.constantFrom('p-1', '42', 'x'), fc.integer(), fc.double({noNaN: true, noDefaultInfinity: true})),
    fc.constantFrom('', ' ', true),
  );
  return fc.oneof(
    {
      weight: 20,
      arbitrary: fc.record(
        {
          id,
          title: text,
          content_text: text,
          content_html: text,
          summary: text,
          url,
          external_url: url,
          image: url,
          date_published: dateTime,
          date_modified: dateTime,
          authors: list(object({name: text, url, avatar: url})),
          language,
          tags: list(text),
          _pledge: pledgeData,
          attachments: fc.constant([{url: 'https://example.org/a.pdf'}]),
        },
        {requiredKeys: ['id', 'title', '_pledge']},
      ),
    },
    {weight: mixed ? 1 : 0, arbitrary: junk},
  );
}
const item = fc.oneof(items(0), items(3), items(40));

/** Valid items with nothing for zod to strip or convert (no unknown key, a text id). */
const plainItem = items(0).map((value) => {
  const {attachments, _pledge, id, ...rest} = value as Record<string, unknown>;
  const {unknown_extension, ...data} = _pledge as Record<string, unknown>;
  return {...rest, id: String(id), _pledge: data};
});

/** What a feed item is once it has gone through JSON, as it does on the wire. */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

function readOne(value: unknown) {
  const result = parseFeed({version: 'https://jsonfeed.org/version/1.1', items: [value]});
  return {kept: result.pledges[0], warnings: result.warnings, rejected: result.rejected};
}

describe('the fast path of parseFeed against the zod schema', () => {
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
          `fast path ${keptClean ? 'accepts' : 'refuses'}, zod ${zod.success ? 'accepts' : 'refuses'}: ${JSON.stringify(value)}\n${JSON.stringify(zod.error?.issues ?? warnings)}`,
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
