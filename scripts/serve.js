#!/usr/bin/env node
// Serves the demo on localhost the way a real host serves a feed: feeds as
// application/feed+json, RSS and Atom with their own types, an ETag and CORS; pages with
// their own headers (demo/headers.json); everything compressed when the browser takes it.
// At start it publishes the sample data with the pledgekit command into build/feeds-PORT/,
// served at /feeds/, so the subscribe buttons offer working JSON Feed, RSS and Atom links.
//
// Files are served by sirv, one instance per public folder (demo/, dist/, examples/ and
// the published feeds), each of which knows only the files under its own folder: no
// address reaches anything else, however it is encoded. Compression is the compression
// middleware's, on the fly: precompressed .br/.gz files would have to be rebuilt with
// every build and would end up in the npm package beside dist/.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {createServer} from 'node:http';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import compression from 'compression';
import sirv from 'sirv';

const PACKAGE = resolve('.');
const SAMPLE = 'examples/feeds/local-actions.json';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The type of a published file: every page of a feed, in each format, and the schema. */
function feedType(path) {
  if (/\/schema\.json$/.test(path)) return 'application/schema+json; charset=utf-8';
  if (/\/feed(-\d+)?\.json$/.test(path)) return 'application/feed+json; charset=utf-8';
  if (/\/feed(-\d+)?\.xml$/.test(path)) return 'application/rss+xml; charset=utf-8';
  if (/\/atom(-\d+)?\.xml$/.test(path)) return 'application/atom+xml; charset=utf-8';
  return undefined;
}

function typeOf(path) {
  const extension = /\.[a-z]+$/.exec(path)?.[0];
  // An address with no extension is a folder's index.html, or a page named without .html.
  if (extension === undefined) return TYPES['.html'];
  return TYPES[extension] ?? 'application/octet-stream';
}

function pageHeaders(root) {
  const file = join(root, 'demo', 'headers.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** A sirv instance for one folder; `headers` adds the headers of a file by its address. */
function folder(path, headers = () => ({})) {
  return sirv(path, {
    dev: false,
    etag: true,
    setHeaders: (response, pathname) => {
      response.setHeader('content-type', typeOf(pathname));
      response.setHeader('cache-control', 'no-cache');
      for (const [name, value] of Object.entries(headers(pathname))) response.setHeader(name, value);
    },
  });
}

function notFound(response) {
  response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found');
}

/** Publishes the sample feed for a server at `url` with the built command line tool. */
function publishSampleFeeds(url, feeds, pageSize) {
  const args = ['build', SAMPLE, '--out', feeds, '--base-url', `${url}feeds/`, '--home-page-url', url];
  if (pageSize) args.push('--page-size', String(pageSize));
  execFileSync(process.execPath, [join(PACKAGE, 'dist/cli/main.js'), ...args], {
    cwd: PACKAGE,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * Starts the server on `port` (0 for any free port), publishes the feeds, resolves with its address.
 * @param {number} [port]
 * @param {{root?: string, pageSize?: number}} [options] `root`: the folder holding demo/, dist/ and examples/;
 *   `pageSize`: pledges per page of the published feeds.
 */
export async function serve(port = 0, options = {}) {
  const root = resolve(options.root ?? PACKAGE);
  const headers = pageHeaders(root);
  const routes = {
    demo: folder(join(root, 'demo'), (pathname) => headers[`/demo${pathname}`] ?? {}),
    dist: folder(join(root, 'dist')),
    examples: folder(join(root, 'examples')),
  };
  const compress = compression();
  const server = createServer((request, response) => {
    let url;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
      decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400, {'content-type': 'text/plain; charset=utf-8'}).end('Bad request');
      return;
    }
    // The first segment names the folder exactly: /demo/… and /feeds/…, never /demo-old/….
    const [, top = '', ...rest] = url.pathname === '/' ? ['', 'demo', ''] : url.pathname.split('/');
    const serveFolder = routes[top];
    if (!Object.hasOwn(routes, top) || rest.length === 0) return notFound(response);
    request.url = `/${rest.join('/')}${url.search}`;
    if (top === 'feeds') {
      // On the feeds only: other sites' pages read them (the elements fetch across origins).
      response.setHeader('access-control-allow-origin', '*');
      response.setHeader('access-control-expose-headers', 'ETag');
    }
    compress(request, response, () => serveFolder(request, response, () => notFound(response)));
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const url = `http://localhost:${server.address().port}/`;
  // Each server publishes its own copy (the feeds name their absolute addresses) and removes it on close.
  const feeds = join(PACKAGE, `build/feeds-${server.address().port}`);
  publishSampleFeeds(url, feeds, options.pageSize);
  routes.feeds = folder(feeds, (pathname) => ({'content-type': feedType(pathname) ?? typeOf(pathname)}));
  server.on('close', () => rmSync(feeds, {recursive: true, force: true}));
  return {server, url};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const wanted = Number(process.env.PORT ?? 8080);
  const {url} = await serve(wanted).catch(() => serve(0));
  console.log(`pledgekit demo: ${url}  (Ctrl+C to stop)`);
}
