import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {FIXTURES, run, tempDir} from './run.js';

const SAMPLE = fileURLToPath(new URL('../../examples/feeds/local-actions.json', import.meta.url));
const MISTAKES = join(FIXTURES, 'feed-with-mistakes.json');

describe('pledgekit validate on a file', () => {
  it('reports a valid feed with its counts and exits 0', async () => {
    const result = await run(['validate', SAMPLE]);
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, /JSON Feed "Local actions for migrants and refugees"/);
    assert.match(result.out, /14 items: 14 valid pledges, 0 rejected, 0 fields dropped\./);
    assert.match(result.out, /\nValid\.\n$/);
  });

  it('lists each rejected item and each dropped field with its place and reason, and exits 1', async () => {
    const result = await run(['validate', MISTAKES]);
    assert.equal(result.code, 1);
    assert.match(result.out, /4 items: 3 valid pledges, 1 rejected, 1 field dropped\./);
    assert.match(
      result.out,
      /Rejected items .*:\n {2}Item 2 \(id "sans-type"\), _pledge\.stakeholder: must be one of local-government, .*; it was missing\n/,
    );
    assert.match(
      result.out,
      /Dropped fields .*:\n {2}Item 3 \(id "objectif-24"\), _pledge\.objectives\[0\]: must be a whole number from 1 to 23; it was 24\n/,
    );
    assert.match(result.out, /Not valid: some items are rejected\./);
  });

  it('prints the same report as JSON with --json', async () => {
    const result = await run(['validate', '--json', MISTAKES]);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.out);
    assert.equal(report.valid, false);
    assert.equal(report.title, 'Engagements locaux');
    assert.deepEqual(report.counts, {items: 4, pledges: 3, rejected: 1, warnings: 1});
    assert.deepEqual(report.rejected[0], {
      index: 1,
      id: 'sans-type',
      field: '_pledge.stakeholder',
      reason: report.rejected[0].reason,
      message: report.rejected[0].message,
    });
    assert.match(report.rejected[0].message, /^Item 2 \(id "sans-type"\), _pledge\.stakeholder: must be one of/);
    assert.equal(report.warnings[0].field, '_pledge.objectives[0]');
  });

  it('exits 2 with a plain sentence when the file is missing or is not a feed', async () => {
    const {dir, remove} = await tempDir();
    try {
      const cases: [string, string, RegExp][] = [
        ['page.html', '<!doctype html><title>Pledges</title>', /This is a web page, not a feed/],
        ['cut.json', '{"version": "https://jsonfeed.org/version/1.1", "items": [', /not valid JSON/],
        [
          'rss.json',
          '{"version": "2.0", "items": []}',
          /its version is "2\.0", expected "https:\/\/jsonfeed\.org\/version\/1\.1"/,
        ],
        ['list.json', '[]', /should be an object with "version" and "items"/],
        ['pledges.csv', 'id,title\n1,t\n', /To check a CSV, run "pledgekit build" with --strict/],
      ];
      for (const [name, text, message] of cases) {
        await writeFile(join(dir, name), text);
        const result = await run(['validate', join(dir, name)]);
        assert.equal(result.code, 2, name);
        assert.match(result.err, message);
        assert.equal(result.out, '');
      }
      const missing = await run(['validate', join(dir, 'absent.json')]);
      assert.equal(missing.code, 2);
      assert.match(missing.err, /There is no file .*absent\.json/);
      const json = await run(['validate', '--json', join(dir, 'absent.json')]);
      assert.equal(json.code, 2);
      assert.match(JSON.parse(json.out).error, /There is no file/);
    } finally {
      await remove();
    }
  });

  it('names the next page of a paged feed without reading it', async () => {
    const {dir, remove} = await tempDir();
    try {
      const feed = JSON.parse(readFileSync(SAMPLE, 'utf8'));
      feed.next_url = 'https://pledges.example.org/feeds/local-actions-2.json';
      await writeFile(join(dir, 'page.json'), JSON.stringify(feed));
      const result = await run(['validate', join(dir, 'page.json')]);
      assert.equal(result.code, 0);
      assert.match(
        result.out,
        /continues at https:\/\/pledges\.example\.org\/feeds\/local-actions-2\.json, which was not checked/,
      );
    } finally {
      await remove();
    }
  });
});

describe('pledgekit validate on an address', () => {
  let server: Server;
  let origin: string;

  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/feed.json') {
        response.writeHead(200, {'content-type': 'application/feed+json'});
        response.end(readFileSync(MISTAKES));
      } else {
        response.writeHead(404, {'content-type': 'text/plain'});
        response.end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches the feed and reports on it', async () => {
    const result = await run(['validate', `${origin}/feed.json`]);
    assert.equal(result.code, 1);
    assert.match(result.out, /Item 2 \(id "sans-type"\)/);
  });

  it('exits 2 when the server answers with an error or cannot be reached', async () => {
    const notFound = await run(['validate', `${origin}/gone.json`]);
    assert.equal(notFound.code, 2);
    assert.match(notFound.err, /cannot be read: the server answered 404 Not Found/);
    const refused = await run(['validate', 'http://127.0.0.1:9/feed.json']);
    assert.equal(refused.code, 2);
    assert.match(refused.err, /http:\/\/127\.0\.0\.1:9\/feed\.json cannot be reached/);
  });

  it('refuses other kinds of address', async () => {
    const result = await run(['validate', 'ftp://example.org/feed.json']);
    assert.equal(result.code, 2);
    assert.match(result.err, /only http: and https: addresses and local files/);
  });
});
