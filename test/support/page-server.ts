// A page server for the tests that drive Chromium with puppeteer-core: the elements
// bundled from src with esbuild, the sample feed, the shared faults, and pages given as
// HTML text. Built on the fault server, so a test can add routes of its own.
import {readFileSync} from 'node:fs';
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import type {Browser} from 'puppeteer-core';
import {CHROME_FLAGS, findChrome} from '../../scripts/find-browsers.js';
import {send, startFaultServer} from './fault-server.js';
import type {FaultServer} from './fault-server.js';
import {FEEDS} from './faults.js';

export const SAMPLE_FEED = readFileSync(FEEDS.sample, 'utf8');
const EMPTY_FEED = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Nothing yet', items: []});

/** A page: its HTML and the headers it is served with. */
export interface TestPage {
  html: string;
  headers?: Record<string, string>;
}

export type PageServer = FaultServer;

/** The script-tag entry (every element, and the feed functions), bundled from src in production mode. */
async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: ['src/embed.ts'],
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
 * Serves /pledgekit.js, /feed.json (the sample), /empty.json, the faults of faults.js
 * (/__fault/...), and the given pages by path.
 */
export async function startPageServer(pages: Record<string, TestPage>): Promise<PageServer> {
  const script = await bundle();
  const server = await startFaultServer();
  const noStore = {'cache-control': 'no-store'};
  for (const [path, page] of Object.entries(pages)) {
    server.route(path, (_, res) =>
      send(res, page.html, 200, {'content-type': 'text/html; charset=utf-8', ...noStore, ...page.headers}),
    );
  }
  server.route('/pledgekit.js', (_, res) => send(res, script, 200, {'content-type': 'text/javascript', ...noStore}));
  server.route('/feed.json', (_, res) => send(res, SAMPLE_FEED, 200, noStore));
  server.route('/empty.json', (_, res) => send(res, EMPTY_FEED, 200, noStore));
  return server;
}

/** Headless Chromium, as the other browser tests run it. */
export function launchChrome(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: CHROME_FLAGS,
  });
}
