#!/usr/bin/env node
// Serves the demo on localhost the way a real host serves a feed: feeds as
// application/feed+json with an ETag and CORS, pages with their own headers (demo/headers.json).
// At start it publishes the sample data with the pledgekit command into build/feeds-PORT/,
// served at /feeds/, so the subscribe buttons offer working JSON Feed, RSS and Atom links.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, rmSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

const ROOT = resolve('.');
const PUBLIC = ['demo', 'dist', 'examples', 'feeds'];
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

function contentType(path) {
  if (/\/feeds?\/.*\.json$/.test(path)) return 'application/feed+json; charset=utf-8';
  if (path.endsWith('atom.xml')) return 'application/atom+xml; charset=utf-8';
  if (/feed\.xml$|\.rss$/.test(path)) return 'application/rss+xml; charset=utf-8';
  return TYPES[extname(path)] ?? 'application/octet-stream';
}

function pageHeaders(path) {
  const file = join(ROOT, 'demo', 'headers.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8'))[path] ?? {};
}

/** The file path a request names: the board for the root, a folder's index.html for a folder. */
function requestPath(urlPath) {
  const path = decodeURIComponent(urlPath);
  if (path === '/') return '/demo/index.html';
  return path.endsWith('/') ? `${path}index.html` : path;
}

/** Maps a request path to a file under one of the public folders, or undefined. */
function fileFor(path, feeds) {
  const top = path.split('/')[1];
  const file = normalize(join(ROOT, top === 'feeds' ? path.replace('/feeds', feeds) : path));
  if (!PUBLIC.includes(top) || !file.startsWith(ROOT)) return undefined;
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  return file;
}

function handle(request, response, feeds) {
  let path;
  try {
    path = requestPath(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    response.writeHead(400, {'content-type': 'text/plain; charset=utf-8'}).end('Bad request');
    return;
  }
  const file = fileFor(path, feeds);
  if (!file) {
    response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found');
    return;
  }
  const body = readFileSync(file);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers = {
    'content-type': contentType(path),
    etag,
    'cache-control': 'no-cache',
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'ETag',
    ...pageHeaders(path),
  };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers).end();
    return;
  }
  response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
}

/** Publishes the sample feed for a server at `url` with the built command line tool. */
function publishSampleFeeds(url, feeds) {
  const args = ['build', SAMPLE, '--out', feeds, '--base-url', `${url}feeds/`, '--home-page-url', url];
  execFileSync(process.execPath, ['dist/cli/main.js', ...args], {stdio: ['ignore', 'ignore', 'inherit']});
}

/** Starts the server on `port` (0 for any free port), publishes the feeds, resolves with its address. */
export async function serve(port = 0) {
  // Each server publishes its own copy (the feeds name their absolute addresses) and removes it on close.
  let feeds = '';
  const server = createServer((request, response) => handle(request, response, feeds));
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const url = `http://localhost:${server.address().port}/`;
  feeds = `build/feeds-${server.address().port}`;
  publishSampleFeeds(url, feeds);
  server.on('close', () => rmSync(feeds, {recursive: true, force: true}));
  return {server, url};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const wanted = Number(process.env.PORT ?? 8080);
  const {url} = await serve(wanted).catch(() => serve(0));
  console.log(`pledgekit demo: ${url}  (Ctrl+C to stop)`);
}
