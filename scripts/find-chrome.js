#!/usr/bin/env node
// Finds Chrome or Chromium for the browser tests, installing Debian's chromium when it can.
// CHROME_PATH overrides the search. Used by `npm test` and by web-test-runner.config.js.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** How every test and benchmark starts Chromium: headless, and quiet on this closed network. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The path of a Chrome or Chromium executable, or undefined. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

function canInstallWithApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function main() {
  if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
    console.error(
      `CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there: point it at a Chrome or Chromium executable.`,
    );
    process.exit(1);
  }
  if (findChrome()) return;
  if (!canInstallWithApt()) {
    console.error(
      'No Chrome or Chromium found for the browser tests: install one (on Debian or Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
  console.log("No Chrome or Chromium found: installing Debian's chromium with apt-get (running as root)…");
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {stdio: 'inherit', env});
  if (!findChrome()) {
    console.error(
      'apt-get finished but no chromium executable appeared: set CHROME_PATH to a Chrome or Chromium executable.',
    );
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
