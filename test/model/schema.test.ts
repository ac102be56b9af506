import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {Ajv2020} from 'ajv/dist/2020.js';
import {feedJsonSchema, SCHEMA_FILE} from '../../scripts/schema.js';
import {
  OBJECTIVES,
  PRINCIPLES,
  PRINCIPLE_LABELS,
  STAKEHOLDER_LABELS,
  STAKEHOLDER_TYPES,
} from '../../src/model/catalogue.js';
import {Pledge} from '../../src/model/schema.js';

describe('the published JSON Schema', () => {
  it('is up to date with the zod schemas (run `npm run schema` if this fails)', () => {
    assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), feedJsonSchema());
  });

  it('accepts a minimal pledge feed and refuses a feed without items', () => {
    const validate = new Ajv2020({strict: false}).compile(JSON.parse(feedJsonSchema()));
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Pledges',
      items: [{id: 1, title: 't', content_text: 'c', _pledge: {actor: {name: 'n'}, stakeholder: 'academia'}}],
    };
    assert.equal(validate(feed), true, JSON.stringify(validate.errors));
    assert.equal(validate({version: feed.version, title: 't'}), false);
  });
});

describe('the GCM catalogue', () => {
  it('has the 23 objectives in order, each with a title and a short label', () => {
    assert.deepEqual(
      OBJECTIVES.map((o) => o.number),
      Array.from({length: 23}, (_, i) => i + 1),
    );
    for (const o of OBJECTIVES) assert.ok(o.title.length > o.short.length && o.short.length > 0);
    assert.match(OBJECTIVES[16]!.title, /^Eliminate all forms of discrimination/);
  });

  it('labels every stakeholder type and principle', () => {
    assert.deepEqual(Object.keys(STAKEHOLDER_LABELS), [...STAKEHOLDER_TYPES]);
    assert.deepEqual(Object.keys(PRINCIPLE_LABELS), [...PRINCIPLES]);
    assert.equal(PRINCIPLES.length, 10);
  });
});

describe('the Pledge schema', () => {
  const valid = {id: 'a', title: 't', content_text: 'c', _pledge: {actor: {name: 'n'}, stakeholder: 'network'}};

  it('reads a numeric id as text', () => {
    assert.equal(Pledge.parse({...valid, id: 42}).id, '42');
  });

  it('refuses a pledge without content, a javascript: URL and objective 24', () => {
    assert.equal(Pledge.safeParse({...valid, content_text: undefined}).success, false);
    assert.equal(Pledge.safeParse({...valid, url: 'javascript:alert(1)'}).success, false);
    assert.equal(Pledge.safeParse({...valid, _pledge: {...valid._pledge, objectives: [24]}}).success, false);
    assert.equal(Pledge.safeParse({...valid, date_published: '2024-02-30'}).success, false);
  });
});
