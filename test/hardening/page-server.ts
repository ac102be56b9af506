// A page server for the hardening tests in Chromium (puppeteer-core): the elements bundled
// from src with esbuild, the sample feed and its faults, and pages given as HTML text.
import {createServer} from 'node:http';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {readFileSync} from 'node:fs';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import type {Browser} from 'puppeteer-core';
import {CHROME_FLAGS, findChrome} from '../../scripts/find-chrome.js';

export const SAMPLE_FEED = readFileSync('examples/feeds/local-actions.json', 'utf8');
const EMPTY_FEED = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Nothing yet', items: []});

/** A page: its HTML and the headers it is served with. */
export interface TestPage {
  html: string;
  headers?: Record<string, string>;
}

export interface PageServer {
  url(path: string): string;
  /** Requests seen per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Every element, bundled from src in production mode (as a site would embed it). */
async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: ['src/define.ts'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: true,
    conditions: ['production'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Serves /pledgekit.js, /feed.json (the sample), /empty.json, /slow/<ms>.json (the sample
 * after a delay), /status/<code>, /html, and the given pages by path.
 */
export async function startPageServer(pages: Record<string, TestPage>): Promise<PageServer> {
  const script = await bundle();
  const hits = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      response.writeHead(status, {'content-type': type, 'cache-control': 'no-store', ...headers});
      response.end(body);
    };
    const page = pages[path];
    const slow = /^\/slow\/(\d+)\.json$/.exec(path);
    const status = /^\/status\/(\d+)$/.exec(path);
    if (page) send(200, 'text/html; charset=utf-8', page.html, page.headers);
    else if (path === '/pledgekit.js') send(200, 'text/javascript', script);
    else if (path === '/feed.json') send(200, 'application/feed+json', SAMPLE_FEED);
    else if (path === '/empty.json') send(200, 'application/feed+json', EMPTY_FEED);
    else if (path === '/html') send(200, 'text/html', '<!doctype html><title>Oops</title><p>A web page.');
    else if (slow) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send(200, 'application/feed+json', SAMPLE_FEED);
      }, Number(slow[1]));
      timers.add(timer);
    } else if (status) send(Number(status[1]), 'text/plain', 'failure on purpose');
    else send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const {port} = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () =>
      new Promise<void>((done) => {
        for (const timer of timers) clearTimeout(timer);
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** Headless Chromium, as the other browser tests run it. */
export function launchChrome(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: CHROME_FLAGS,
  });
}
