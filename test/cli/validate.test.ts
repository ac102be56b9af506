import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {CliError} from '../../src/cli/errors.js';
import {validateFeed} from '../../src/cli/validate.js';
import type {ValidationReport} from '../../src/cli/validate.js';
import {FIXTURES, run, tempDir} from './run.js';

const SAMPLE = fileURLToPath(new URL('../../examples/feeds/local-actions.json', import.meta.url));
const MISTAKES = join(FIXTURES, 'feed-with-mistakes.json');

/** A feed as a file holds it, for a test to break: any field may hold anything. */
type RawFeed = Record<string, unknown> & {items: (Record<string, unknown> & {_pledge?: Record<string, unknown>})[]};
const sample = () => JSON.parse(readFileSync(SAMPLE, 'utf8')) as RawFeed;

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
    assert.match(result.out, /4 items: 3 valid pledges, 1 rejected, 1 field dropped, 3 notes\./);
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
    const report = JSON.parse(result.out) as ValidationReport;
    assert.equal(report.valid, false);
    assert.equal(report.title, 'Engagements locaux');
    assert.deepEqual(report.counts, {items: 4, pledges: 3, rejected: 1, warnings: 1, notes: 3});
    assert.deepEqual(report.rejected[0], {
      index: 1,
      id: 'sans-type',
      field: '_pledge.stakeholder',
      reason: report.rejected[0]!.reason,
      message: report.rejected[0]!.message,
    });
    assert.match(report.rejected[0].message, /^Item 2 \(id "sans-type"\), _pledge\.stakeholder: must be one of/);
    assert.equal(report.warnings[0]!.field, '_pledge.objectives[0]');
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
      assert.match((JSON.parse(json.out) as {error: string}).error, /There is no file/);
    } finally {
      await remove();
    }
  });

  it('names the next page of a paged feed without reading it', async () => {
    const {dir, remove} = await tempDir();
    try {
      const feed = sample();
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

describe('pledgekit validate, issue 18', () => {
  let dir: string;
  let remove: () => Promise<void>;
  before(async () => ({dir, remove} = await tempDir()));
  after(() => remove());

  const write = async (name: string, content: unknown) => {
    const path = join(dir, name);
    await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  it('10. notes what schema.json rejects although the reader takes it, with how build writes it', async () => {
    const feed = sample();
    feed.items[0]!.date_published = '2023-08-15';
    feed.items[1]!.url = 'https://example.org/p/café?x=<2>';
    const result = await run(['validate', await write('lenient.json', feed)]);
    assert.equal(result.code, 0);
    assert.match(result.out, /14 items: 14 valid pledges, 0 rejected, 0 fields dropped, 2 notes\./);
    assert.match(
      result.out,
      /date_published: is not an RFC 3339 date-time, as JSON Feed requires; it was "2023-08-15"; pledgekit build writes it as 2023-08-15T00:00:00Z/,
    );
    assert.match(
      result.out,
      /url: is not a URI .*; pledgekit build writes it as https:\/\/example\.org\/p\/caf%C3%A9\?x=%3C2%3E/,
    );
    assert.match(result.out, /Valid for pledgekit, with notes/);
  });

  it('13. says plainly that a blog JSON Feed is a valid JSON Feed whose items are not pledges', async () => {
    const blog = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'My blog',
      items: [
        {id: '1', content_html: '<p>Hello</p>', url: 'https://example.org/1'},
        {id: '2', title: 'Second', content_text: 'Hi', date_published: '2024-01-01T00:00:00Z'},
      ],
    };
    const result = await run(['validate', await write('blog.json', blog)]);
    assert.equal(result.code, 1);
    assert.match(
      result.out,
      /2 items, none of them a pledge: this is a valid JSON Feed, but its items have no _pledge extension/,
    );
    assert.match(result.out, /A pledge item needs an id, a title, content_text or content_html, and a _pledge object/);
    assert.doesNotMatch(result.out, /title: must be text/);
    const mixed = sample();
    mixed.items.push(blog.items[0]!);
    const some = await run(['validate', await write('mixed.json', mixed)]);
    assert.match(some.out, /Item 15 \(id "1"\), _pledge: is not a pledge: the item has no _pledge object/);
  });

  it('13. names an RSS or Atom file for what it is', async () => {
    const rss = await run([
      'validate',
      await write('feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'),
    ]);
    assert.equal(rss.code, 2);
    assert.match(rss.err, /is an RSS feed, not a JSON Feed/);
    const atom = await run([
      'validate',
      await write(
        'atom.xml',
        '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>',
      ),
    ]);
    assert.match(atom.err, /is an Atom feed, not a JSON Feed/);
  });

  it('19. shows control characters in feed text escaped, so a title cannot rewrite the screen', async () => {
    const feed = sample();
    feed.title = 'Pledges\u001b[2J\u001b[H';
    feed.items[0]!.id = 'x\u001b[1A\u001b[2KValid.\u009b\u202e';
    feed.items[0]!._pledge!.stakeholder = 'bad\nNot valid';
    for (const json of [false, true]) {
      const result = await run(['validate', ...(json ? ['--json'] : []), await write('escape.json', feed)]);
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(result.out + result.err, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
      if (!json) {
        assert.match(result.out, /JSON Feed "Pledges\\u001B\[2J\\u001B\[H"/);
        assert.match(result.out, /Item 1 \(id "x\\u001B\[1A\\u001B\[2KValid\.\\u009B\\u202E"\)/);
      } else {
        assert.equal(
          (JSON.parse(result.out) as ValidationReport).rejected[0]!.id,
          'x\u001b[1A\u001b[2KValid.\u009b\u202e',
        );
      }
    }
  });
});

describe('pledgekit validate on a server that stalls or sends too much (item 18)', () => {
  let server: Server;
  let origin: string;
  before(async () => {
    server = createServer((request, response) => {
      response.writeHead(200, {'content-type': 'application/feed+json'});
      if (request.url === '/stall') {
        // Headers, one byte, then nothing: the read must give up, not wait for ever.
        response.write('{');
        return;
      }
      if (request.url === '/endless') {
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (response.write(chunk)) if (response.destroyed) return;
          response.once('drain', pump);
        };
        response.write('{"items": [');
        pump();
        request.on('close', () => response.destroy());
        return;
      }
      response.end(readFileSync(SAMPLE));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('ends a stalled read with one line and exit 2', async () => {
    await assert.rejects(validateFeed(`${origin}/stall`, {timeout: 200}), (error: CliError) => {
      assert.equal(error.exitCode, 2);
      assert.match(error.message, /did not send the whole feed within 0\.2 seconds \(it sent 1 byte\)/);
      return true;
    });
  });

  it('stops reading past --max-size, with one line and exit 2', async () => {
    const result = await run(['validate', '--max-size', '1MB', `${origin}/endless`]);
    assert.equal(result.code, 2);
    assert.equal(
      result.err,
      `pledgekit: ${origin}/endless is larger than 1 MB, the most pledgekit validate reads (--max-size changes it). ` +
        'A feed page should stay under 250 KB: page a large feed with next_url.\n',
    );
    assert.match((await run(['validate', '--max-size', 'lots', `${origin}/endless`])).err, /--max-size must be a size/);
    assert.equal((await run(['validate', '--max-size', '1MB', `${origin}/feed.json`])).code, 0);
  });
});
