import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {FeedError} from '../../../src/feed/errors.js';
import {describeIssue, parseFeed} from '../../../src/feed/read/parse.js';
import {Feed, Pledge} from '../../../src/model/schema.js';

const VERSION = 'https://jsonfeed.org/version/1.1';

function item(id: unknown, overrides: Record<string, unknown> = {}, pledge: Record<string, unknown> = {}) {
  return {
    id,
    title: `Pledge ${String(id)}`,
    content_text: 'The city commits to open a welcome desk.',
    ...overrides,
    _pledge: {actor: {name: 'City of Example', country: 'FR'}, stakeholder: 'local-government', ...pledge},
  };
}

const feed = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  version: VERSION,
  title: 'Pledges',
  items,
  ...extra,
});

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof FeedError, `expected a FeedError, got ${String(error)}`);
    assert.match(error.message, /\w+ \w+/);
    return error.code;
  }
  assert.fail('expected a FeedError');
}

describe('parseFeed: documents that are not a JSON Feed', () => {
  it('says the text is not JSON, and recognises an HTML page', () => {
    assert.equal(
      codeOf(() => parseFeed('{"version": ')),
      'not-json',
    );
    assert.throws(() => parseFeed('<!doctype html><p>Not found</p>'), /web page/);
  });

  it('names the missing or wrong version', () => {
    assert.throws(
      () => parseFeed({items: []}),
      (e: FeedError) => e.code === 'not-a-feed' && /no "version"/.test(e.message),
    );
    assert.throws(() => parseFeed({version: 'https://jsonfeed.org/version/2', items: []}), /version\/2/);
  });

  it('needs an items list', () => {
    assert.throws(
      () => parseFeed({version: VERSION, title: 'x'}),
      (e: FeedError) => e.code === 'not-a-feed' && /items/.test(e.message),
    );
    assert.equal(
      codeOf(() => parseFeed([1, 2])),
      'not-a-feed',
    );
    assert.equal(
      codeOf(() => parseFeed(null)),
      'not-a-feed',
    );
  });

  it('reads a JSON text as well as a value, and an empty feed is no error', () => {
    const result = parseFeed(JSON.stringify(feed([item('a')])));
    assert.deepEqual(
      result.pledges.map((p) => p.id),
      ['a'],
    );
    assert.deepEqual(parseFeed(feed([])).pledges, []);
  });
});

describe('parseFeed: one bad item never hides the good ones', () => {
  const mixed = feed([
    item('good-1'),
    item('no-title', {title: undefined}),
    'not an object',
    item('bad-stakeholder', {}, {stakeholder: 'city'}),
    item('good-2'),
    item('no-actor-name', {}, {actor: {country: 'FR'}}),
    {...item('no-pledge'), _pledge: undefined},
    item('no-content', {content_text: undefined}),
    item(undefined),
    item('good-3', {content_text: undefined, content_html: '<p>Only HTML</p>'}),
  ]);
  const result = parseFeed(mixed);

  it('keeps every valid item, in order', () => {
    assert.deepEqual(
      result.pledges.map((p) => p.id),
      ['good-1', 'good-2', 'good-3'],
    );
  });

  it('reports each rejected item with its index, id, field and reason', () => {
    const byIndex = new Map(result.rejected.map((r) => [r.index, r]));
    assert.equal(result.rejected.length, 7);
    assert.deepEqual(
      [1, 2, 3, 5, 6, 7, 8].map((i) => byIndex.get(i)?.field),
      ['title', '', '_pledge.stakeholder', '_pledge.actor.name', '_pledge', 'content_text', 'id'],
    );
    assert.equal(byIndex.get(3)?.id, 'bad-stakeholder');
    assert.match(byIndex.get(3)!.reason, /must be one of local-government.*it was "city"/);
    assert.equal(byIndex.get(8)?.id, undefined);
    assert.equal(
      describeIssue(byIndex.get(3)!),
      'Item 4 (id "bad-stakeholder"), _pledge.stakeholder: must be one of local-government, national-government, un-system, international-organisation, civil-society, migrant-organisation, private-sector, trade-union, academia, network, other; it was "city"',
    );
  });
});

describe('parseFeed: invalid optional fields are dropped with a warning', () => {
  const result = parseFeed(
    feed([
      item(
        'p',
        {
          url: 'javascript:alert(1)',
          external_url: 'data:text/html,<script>alert(1)</script>',
          image: 'vbscript:msgbox',
          date_published: 'last Tuesday',
          date_modified: '2024-02-30',
          authors: [{name: 'Ms. Anqi ZHANG', url: 'javascript:void(0)'}, 'Bob'],
          language: 'english please',
          summary: '',
        },
        {
          objectives: [17, 24, '3', 16],
          countries: ['ES', 'spain'],
          scope: 'planetary',
          period: {start: '2023-06', end: '2024-13'},
          source: {name: 'Call to Local Action', url: 'ftp://example.org'},
          updates: [
            {date: '2024-05-01', text: 'Desk opened', status: 'done'},
            {date: 'soon', text: 'x'},
          ],
          translations: {fr: {title: 'Engagement', summary: 42}, 'not a tag': {title: 'x'}},
          status: 'finished',
        },
      ),
    ]),
  );
  const [pledge] = result.pledges;
  const fields = result.warnings.map((w) => w.field);

  it('keeps the pledge', () => {
    assert.equal(result.rejected.length, 0);
    assert.equal(pledge?.id, 'p');
  });

  it('lets no non-http URL through', () => {
    assert.equal(pledge?.url, undefined);
    assert.equal(pledge?.external_url, undefined);
    assert.equal(pledge?.image, undefined);
    assert.deepEqual(pledge?.authors, [{name: 'Ms. Anqi ZHANG'}]);
    assert.deepEqual(pledge?._pledge.source, {name: 'Call to Local Action'});
  });

  it('drops only the bad elements of lists and the bad parts of objects', () => {
    assert.deepEqual(pledge?._pledge.objectives, [17, 16]);
    assert.deepEqual(pledge?._pledge.countries, ['ES']);
    assert.deepEqual(pledge?._pledge.period, {start: '2023-06'});
    assert.deepEqual(pledge?._pledge.updates, [{date: '2024-05-01', text: 'Desk opened'}]);
    assert.deepEqual(pledge?._pledge.translations, {fr: {title: 'Engagement'}});
    assert.equal(pledge?.date_published, undefined);
    assert.equal(pledge?.summary, undefined);
  });

  it('says which field was dropped and why', () => {
    for (const field of [
      'url',
      'external_url',
      'image',
      'date_published',
      'date_modified',
      'authors[0].url',
      'authors[1]',
      'language',
      'summary',
      '_pledge.objectives[1]',
      '_pledge.objectives[2]',
      '_pledge.countries[1]',
      '_pledge.scope',
      '_pledge.period.end',
      '_pledge.source.url',
      '_pledge.updates[0].status',
      '_pledge.updates[1].date',
      '_pledge.translations.fr.summary',
      '_pledge.translations.not a tag',
      '_pledge.status',
    ]) {
      assert.ok(fields.includes(field), `no warning for ${field}: ${fields.join(', ')}`);
    }
    const objective = result.warnings.find((w) => w.field === '_pledge.objectives[1]');
    assert.equal(objective?.index, 0);
    assert.equal(objective?.id, 'p');
    assert.match(objective.reason, /from 1 to 23; it was 24/);
  });

  it('gives a pledge that the zod schema accepts as it is', () => {
    assert.deepEqual(Pledge.parse(pledge), pledge);
  });
});

describe('parseFeed: ids, unknown fields and hostile keys', () => {
  it('turns numeric ids into strings and keeps the first of duplicate ids', () => {
    const result = parseFeed(feed([item(7), item('7', {title: 'Second'}), item('x'), item('x')]));
    assert.deepEqual(
      result.pledges.map((p) => [p.id, p.title]),
      [
        ['7', 'Pledge 7'],
        ['x', 'Pledge x'],
      ],
    );
    assert.deepEqual(
      result.rejected.map((r) => [r.index, r.id, r.field]),
      [
        [1, '7', 'id'],
        [3, 'x', 'id'],
      ],
    );
    assert.match(result.rejected[0]!.reason, /first one is kept/);
  });

  it('ignores unknown fields and extensions without a warning', () => {
    const result = parseFeed(
      feed([item('a', {_other_extension: {x: 1}, banner_image: 'https://example.org/b.png'}, {flavour: 'vanilla'})], {
        _other: true,
        hubs: [],
      }),
    );
    assert.equal(result.pledges.length, 1);
    assert.deepEqual(result.warnings, []);
    assert.equal('flavour' in result.pledges[0]!._pledge, false);
  });

  it('lets keys such as __proto__ and constructor pollute nothing', () => {
    const text = `{"version":"${VERSION}","title":"t","__proto__":{"polluted":1},"items":[{"id":"a","title":"t","content_text":"c","__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}},"_pledge":{"actor":{"name":"n","__proto__":{"polluted":4}},"stakeholder":"other","translations":{"__proto__":{"title":"x"},"constructor":{"title":"y"},"fr":{"title":"z"}}}}]}`;
    const result = parseFeed(text);
    const pledge = result.pledges[0]!;
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((pledge as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(pledge), Object.prototype);
    assert.equal(Object.getPrototypeOf(pledge._pledge.actor), Object.prototype);
    assert.deepEqual(Object.keys(pledge._pledge.translations!), ['fr']);
    assert.equal(Object.getPrototypeOf(pledge._pledge.translations), Object.prototype);
  });
});

describe('parseFeed: the feed itself', () => {
  it('reads the _pledgekit extension and drops what is invalid in it', () => {
    const result = parseFeed(
      feed([], {
        home_page_url: 'https://pledges.example.org/',
        feed_url: 'javascript:alert(1)',
        _pledgekit: {
          version: 1,
          generated: '2026-11-01T10:00:00Z',
          subscribe: {
            json: 'https://pledges.example.org/feed.json',
            rss: 'https://pledges.example.org/feed.xml',
            email: {action: 'https://pledges.example.org/subscribe', method: 'put'},
          },
          slices: {
            objective: {'17': 'https://pledges.example.org/o/17.json', '24': 'https://x.example/'},
            stakeholder: {city: 'https://x.example/'},
          },
        },
      }),
    );
    assert.deepEqual(result.feed, {
      version: VERSION,
      title: 'Pledges',
      home_page_url: 'https://pledges.example.org/',
      _pledgekit: {
        version: 1,
        generated: '2026-11-01T10:00:00Z',
        subscribe: {
          json: 'https://pledges.example.org/feed.json',
          rss: 'https://pledges.example.org/feed.xml',
          email: {action: 'https://pledges.example.org/subscribe'},
        },
        slices: {objective: {'17': 'https://pledges.example.org/o/17.json'}, stakeholder: {}},
      },
    });
    assert.deepEqual(
      result.warnings.map((w) => [w.index, w.field]),
      [
        [undefined, 'feed_url'],
        [undefined, '_pledgekit.subscribe.email.method'],
        [undefined, '_pledgekit.slices.objective.24'],
        [undefined, '_pledgekit.slices.stakeholder.city'],
      ],
    );
    assert.deepEqual(Feed.parse({...result.feed, items: []}), {...result.feed, items: []});
  });

  it('drops a _pledgekit extension of an unknown version with a warning', () => {
    const result = parseFeed(feed([], {_pledgekit: {version: 2}}));
    assert.equal(result.feed._pledgekit, undefined);
    assert.equal(result.warnings[0]?.field, '_pledgekit.version');
  });
});
