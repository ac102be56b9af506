#!/usr/bin/env node
// Finds the three browser engines the browser tests run in (Chromium, Firefox, WebKit),
// installing Debian's packages for the missing ones when it runs as root on Debian or
// Ubuntu. Used by `npm test`, scripts/test-browsers.js, the test configs and the bench.
//   node scripts/find-browsers.js [--browsers chromium,firefox,webkit]
// (or PLEDGEKIT_BROWSERS=chromium,firefox; all three by default).
// CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH and MINIBROWSER_PATH override the search.
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** How every test and benchmark starts Chromium: headless, and quiet on this closed network. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

// MiniBrowser sits in WebKitGTK's library folder, which is named after the architecture
// (x86_64-linux-gnu, aarch64-linux-gnu) and the API version (webkit2gtk-4.1, webkitgtk-6.0).
function miniBrowserCandidates() {
  const found = [];
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    if (!existsSync(lib)) continue;
    for (const dir of [lib, ...readdirSync(lib).map((name) => `${lib}/${name}`)]) {
      for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
        const path = `${dir}/${api}/MiniBrowser`;
        if (existsSync(path)) found.push(path);
      }
    }
  }
  return found;
}

function fromEnv(name, candidates) {
  const path = process.env[name];
  if (path) return existsSync(path) ? path : undefined;
  return candidates().find((candidate) => existsSync(candidate));
}

/** The path of a Chrome or Chromium executable, or undefined. */
export function findChrome() {
  return fromEnv('CHROME_PATH', () => CHROME_CANDIDATES);
}

/** The path of a Firefox executable (driven over WebDriver BiDi), or undefined. */
export function findFirefox() {
  return fromEnv('FIREFOX_PATH', () => FIREFOX_CANDIDATES);
}

/** WebKitGTK's WebDriver, its MiniBrowser and the X server it needs, or undefined. */
export function findWebKit() {
  const driver = fromEnv('WEBKIT_WEBDRIVER_PATH', () => ['/usr/bin/WebKitWebDriver']);
  const browser = fromEnv('MINIBROWSER_PATH', miniBrowserCandidates);
  const xvfb = ['/usr/bin/Xvfb'].find((path) => existsSync(path));
  return driver && browser && xvfb ? {driver, browser, xvfb} : undefined;
}

const FINDERS = {chromium: findChrome, firefox: findFirefox, webkit: findWebKit};

/** What each engine needs, for the apt-get line and for the sentence when it is missing. */
const NEEDS = {
  chromium: {packages: ['chromium'], what: 'Chrome or Chromium', env: 'CHROME_PATH'},
  firefox: {packages: ['firefox-esr'], what: 'Firefox', env: 'FIREFOX_PATH'},
  webkit: {
    packages: ['webkit2gtk-driver', 'xvfb'],
    what: "WebKitGTK's WebKitWebDriver and MiniBrowser with Xvfb",
    env: 'WEBKIT_WEBDRIVER_PATH and MINIBROWSER_PATH',
  },
};

/** Whether an engine is on this machine. */
export function hasEngine(engine) {
  return FINDERS[engine]() !== undefined;
}

/**
 * The engines named by `--browsers a,b` (or `--browsers a b`) in args, and the other args;
 * without it, those of PLEDGEKIT_BROWSERS (comma-separated), else all three.
 */
export function enginesFromArgs(args) {
  const at = args.indexOf('--browsers');
  if (at === -1 && process.env.PLEDGEKIT_BROWSERS) {
    return {engines: enginesFromArgs(['--browsers', process.env.PLEDGEKIT_BROWSERS]).engines, rest: args};
  }
  if (at === -1) return {engines: ENGINES, rest: args};
  let end = at + 1;
  while (end < args.length && !args[end].startsWith('--')) end++;
  const engines = args
    .slice(at + 1, end)
    .flatMap((arg) => arg.split(','))
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = engines.filter((name) => !ENGINES.includes(name));
  if (engines.length === 0 || unknown.length > 0) {
    throw new Error(`--browsers takes a list of ${ENGINES.join(', ')}; got "${args.slice(at + 1, end).join(' ')}".`);
  }
  return {engines: [...new Set(engines)], rest: [...args.slice(0, at), ...args.slice(end)]};
}

/** One sentence per missing engine: what to install, or which variable to set. */
export function missingMessage(engine) {
  const need = NEEDS[engine];
  const unset = need.env
    .split(' and ')
    .filter((name) => process.env[name] && !existsSync(process.env[name]))
    .map((name) => `${name} is set to ${process.env[name]}, where there is no file; `)
    .join('');
  return (
    `${unset}No ${need.what} found for the browser tests: install ${need.packages.length > 1 ? 'them' : 'it'} ` +
    `(on Debian or Ubuntu: sudo apt-get install ${need.packages.join(' ')}) or set ${need.env}, ` +
    `or run the other engines only (npm run test:browser -- --browsers ${ENGINES.filter((e) => e !== engine).join(',')}).`
  );
}

function canInstallWithApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Installs the Debian packages of the missing engines when it can; exits with a sentence when not. */
export function ensureEngines(engines) {
  let missing = engines.filter((engine) => !hasEngine(engine));
  // A path given in a variable is taken at its word: installing a package would not fix it.
  const misdirected = missing.filter((engine) =>
    NEEDS[engine].env.split(' and ').some((name) => process.env[name] && !existsSync(process.env[name])),
  );
  if (missing.length > 0 && misdirected.length === 0 && canInstallWithApt()) {
    const packages = missing.flatMap((engine) => NEEDS[engine].packages);
    console.log(`Installing Debian's ${packages.join(', ')} for the browser tests with apt-get (running as root)…`);
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {stdio: 'inherit', env});
    missing = engines.filter((engine) => !hasEngine(engine));
  }
  for (const engine of missing) console.error(missingMessage(engine));
  if (missing.length > 0) process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureEngines(enginesFromArgs(process.argv.slice(2)).engines);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
