// A tiny static server for the browser benchmarks: the pages under bench/pages with a
// strict Content-Security-Policy (no unsafe-eval, Trusted Types required), dist/, and the
// generated feeds from bench/.cache at /feeds/.
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, resolve} from 'node:path';

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const ROOT = resolve('.');
const MOUNTS = {'/pages/': 'bench/pages/', '/dist/': 'dist/', '/feeds/': 'bench/.cache/'};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.map': 'application/json',
};

function fileFor(pathname) {
  const mount = Object.keys(MOUNTS).find((prefix) => pathname.startsWith(prefix));
  if (!mount) return undefined;
  const file = normalize(join(ROOT, MOUNTS[mount], pathname.slice(mount.length)));
  return file.startsWith(ROOT) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Starts the server on a free port; resolves with it and its origin. */
export async function startServer() {
  const server = createServer((request, response) => {
    const file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {server, origin: `http://127.0.0.1:${server.address().port}`};
}
