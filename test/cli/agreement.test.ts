// Issue 18, item 10: one source of truth. The published JSON Schema (schema.json, from the
// zod schemas), parseFeed, validate and the writer agree: whatever parseFeed keeps, the
// writer publishes in a form both schema.json and the JSON Feed 1.1 schema accept; and
// schema.json is never looser than parseFeed, so a feed it accepts (with unique ids, which
// JSON Schema cannot ask for) is read with no rejection and no dropped field.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {publishedPledge} from '../../src/cli/published.js';
import {parseFeed} from '../../src/feed/read/parse.js';
import {STAKEHOLDER_TYPES} from '../../src/model/catalogue.js';
import {jsonFeedSchema, ownSchema, schemaErrors} from './readers.js';

const feed = (items: unknown[]) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Pledges',
  home_page_url: 'https://example.org/',
  items,
});

// Values at the edges of what the reader takes, and past them (the schema-valid ones more often).
const date = fc.oneof(
  {
    arbitrary: fc.constantFrom('2024-03-01T09:00:00Z', '2024-03-01T09:00:00.123456789+05:30', '2016-12-31T23:59:60Z'),
    weight: 4,
  },
  {
    arbitrary: fc.constantFrom(
      '2024-02-29',
      '2023-08-15',
      '2024-03-01t09:00:00z',
      '2024-06-30T12:00:60-00:00',
      '2024-02-30',
      '2024-03-01 09:00:00Z',
      '2024-03-01T09:00Z',
      '2024-13-01T00:00:00Z',
      '20240301',
      '',
    ),
    weight: 1,
  },
);
const url = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'https://example.org/a',
      'https://[::1]:8080/x',
      'http://1.2.3.4/',
      'https://u:p@example.org/%41',
    ),
    weight: 4,
  },
  {
    arbitrary: fc.constantFrom(
      'HTTPS://EXAMPLE.ORG/A',
      'https://example.org/p/café?q=日本&x=<2>',
      'https://例え.jp/移民',
      'https://example.org/a b/c|d?e={f}#g h#i',
      'https://example.org/50%',
      'https://user:pa ss@example.org/',
      'https://example.org/%zz',
      'javascript:alert(1)',
      'https://',
      'example.org',
      ' https://example.org',
    ),
    weight: 1,
  },
);
const text = fc.oneof(
  fc.string({minLength: 1}).filter((s) => /\S/.test(s)),
  fc.constantFrom('مدينة', 'Tom & <Jerry>'),
);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, {nil: undefined});

const item = fc
  .record({
    id: fc.oneof(text, fc.integer()),
    title: text,
    content_text: text,
    url: optional(url),
    image: optional(url),
    date_published: optional(date),
    date_modified: optional(date),
    authors: optional(fc.array(fc.record({name: text, url: optional(url)}, {requiredKeys: ['name']}), {maxLength: 2})),
    language: optional(fc.constantFrom('en', 'ar', 'zh-Hans', 'english')),
    stakeholder: fc.constantFrom(...STAKEHOLDER_TYPES),
    source: optional(fc.record({name: text, url: optional(url)}, {requiredKeys: ['name']})),
    updates: optional(fc.array(fc.record({date, text}), {maxLength: 2})),
  })
  .map(({stakeholder, source, updates, ...fields}) => {
    const defined = (o: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
    return {
      ...defined(fields),
      _pledge: defined({actor: {name: 'A'}, stakeholder, source: source && defined(source), updates}),
    };
  });

describe('schema.json, parseFeed and the writer agree (issue 18, item 10)', () => {
  it('publishes whatever parseFeed keeps in a form schema.json and the JSON Feed 1.1 schema accept', () => {
    fc.assert(
      fc.property(fc.array(item, {minLength: 1, maxLength: 4}), (items) => {
        const {pledges} = parseFeed(feed(items));
        const published = feed(pledges.map(publishedPledge));
        assert.deepEqual(schemaErrors(ownSchema, published), []);
        assert.deepEqual(schemaErrors(jsonFeedSchema, published), []);
        // And parseFeed reads the published form back as it is.
        const again = parseFeed(published);
        assert.deepEqual([...again.rejected, ...again.warnings], []);
      }),
      {numRuns: 500},
    );
  });

  it('accepts nothing in schema.json that parseFeed rejects or drops', () => {
    let accepted = 0;
    fc.assert(
      // Unique ids: the one rule of parseFeed that JSON Schema cannot state (unique by a key).
      fc.property(
        fc.uniqueArray(item, {minLength: 1, maxLength: 2, selector: (i) => String((i as {id?: unknown}).id)}),
        (items) => {
          const document = feed(items);
          if (schemaErrors(ownSchema, document).length > 0) return;
          accepted++;
          const {rejected, warnings} = parseFeed(document);
          assert.deepEqual([...rejected, ...warnings], []);
        },
      ),
      {numRuns: 3000},
    );
    assert.ok(accepted > 100, `only ${accepted} documents passed the schema: the property says little`);
  });
});
