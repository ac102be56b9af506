// The three engines the browser tests run in, as web-test-runner launchers, and the
// `engine-*` commands that work the same in each (test/support/commands.ts calls them).
//   Chromium: puppeteer-core over CDP, as @web/test-runner-chrome does by default.
//   Firefox: the same launcher, puppeteer-core over WebDriver BiDi (`browser: 'firefox'`).
//   WebKit: WebKitGTK's WebKitWebDriver driving MiniBrowser, which has no headless mode: the
//     launcher starts an X server (Xvfb, on a display it picks itself) and the driver (on a
//     free port) when the run starts, and stops both when it ends or the process exits.
// PLEDGEKIT_BROWSERS (a comma-separated list; scripts/test-browsers.js sets it from
// --browsers) picks engines; all three by default.
import {chromeLauncher} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import {spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  CHROME_FLAGS,
  ENGINES,
  findChrome,
  findFirefox,
  findWebKit,
  missingMessage,
} from '../../scripts/find-browsers.js';

/** The engines this run is for. */
export function selectedEngines() {
  const names = (process.env.PLEDGEKIT_BROWSERS ?? '').split(',').filter(Boolean);
  return names.length > 0 ? names : ENGINES;
}

function chromium() {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath: findChrome(),
      headless: true,
      args: [
        ...CHROME_FLAGS,
        // Test pages share one browser; keep the ones in the background running at full speed.
        '--disable-renderer-backgrounding',
        '--disable-background-timer-throttling',
        '--disable-backgrounding-occluded-windows',
      ],
    },
  });
  launcher.name = 'Chromium';
  return launcher;
}

function firefox() {
  const launcher = chromeLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      extraPrefsFirefox: {
        // As the Chromium flags above: no update checks, telemetry or remote settings on this closed network.
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    },
  });
  launcher.name = 'Firefox';
  return launcher;
}

// WebDriver key values (WebDriver spec, "keyboard actions") for the names puppeteer uses.
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/** The WebDriver value of a key named as puppeteer names it ("Tab", "a", "Shift"). */
function keyValue(name) {
  if (KEYS[name]) return KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`Unknown key "${name}" (known: ${Object.keys(KEYS).join(', ')}, or one character).`);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

/** Children to end and folders to remove when this process exits, however it exits. */
const children = new Set();
const folders = new Set();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
  for (const folder of folders) rmSync(folder, {recursive: true, force: true});
});

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

// MiniBrowser's toolbar would keep its window at least 447 px wide; without padding and
// minimum widths it lets a page be as narrow as a phone's (320 px and up).
const MINI_BROWSER_CSS = '* { min-width: 0; padding: 0; margin: 0; }\n';

/** The X screen: room for a 1920 × 1200 page with the window's frame. */
const SCREEN = {width: 2048, height: 1400};

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves with that display. */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(xvfb, ['-displayfd', '3', '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`, '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      }),
    );
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve({child, display: `:${output.trim()}`});
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb stopped (${code}) before it was ready: ${errors.trim()}`)));
  });
}

async function waitForDriver(url, child) {
  for (let tries = 0; tries < 300; tries++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver stopped (${child.exitCode}) before it was ready.`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on ${url} within 30 s.`);
}

/**
 * WebKitGTK through WebKitWebDriver: the stock WebDriver launcher, plus the X server and the
 * driver it needs, keys named as puppeteer names them, and a viewport of a given size.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor(paths) {
    super({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: 0, // set once the driver has a port
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // Without it webdriverio 9 asks for BiDi (webSocketUrl), which WebKitWebDriver refuses.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary: paths.browser, args: ['--automation']},
      },
    });
    this.paths = paths;
    /** What the window adds around the page (frame, toolbar), learnt on the first resize. */
    this.frame = {width: 0, height: 0};
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    const {child: xvfb, display} = await startXvfb(this.paths.xvfb);
    this.xvfb = xvfb;
    const port = await freePort();
    // NO_AT_BRIDGE: no accessibility bus on this display, and GTK should not look for one.
    this.gtkConfig = mkdtempSync(join(tmpdir(), 'pledgekit-webkit-'));
    folders.add(this.gtkConfig);
    for (const gtk of ['gtk-3.0', 'gtk-4.0']) {
      mkdirSync(join(this.gtkConfig, gtk));
      writeFileSync(join(this.gtkConfig, gtk, 'gtk.css'), MINI_BROWSER_CSS);
    }
    const env = {...process.env, DISPLAY: display, NO_AT_BRIDGE: '1', XDG_CONFIG_HOME: this.gtkConfig};
    this.webDriver = track(spawn(this.paths.driver, [`--port=${port}`], {env, stdio: 'ignore'}));
    await waitForDriver(`http://127.0.0.1:${port}`, this.webDriver);
    this.options.port = port;
  }

  async createDriverManager() {
    const manager = await super.createDriverManager();
    // The same page size as the puppeteer engines' default viewport.
    await this.setViewport(800, 600);
    return manager;
  }

  async stop() {
    await super.stop();
    for (const child of [this.webDriver, this.xvfb]) child?.kill('SIGTERM');
    if (this.gtkConfig) rmSync(this.gtkConfig, {recursive: true, force: true});
  }

  /**
   * Sizes the window so that the page gets exactly width × height CSS pixels, centred on
   * the X pointer. With no window manager, X gives the keyboard focus to the window under
   * the pointer (which Xvfb puts in the middle of the screen); a window without it is not
   * active, and WebKit then matches no :focus or :focus-visible and document.hasFocus() is false.
   */
  async setViewport(width, height) {
    for (let tries = 0; tries < 4; tries++) {
      const outer = {width: width + this.frame.width, height: height + this.frame.height};
      const x = Math.max(0, Math.round(SCREEN.width / 2 - outer.width / 2));
      const y = Math.max(0, Math.round(SCREEN.height / 2 - outer.height / 2));
      await this.driver.setWindowRect(x, y, outer.width, outer.height);
      const [innerWidth, innerHeight] = await this.innerSize(width, height);
      if (innerWidth === width && innerHeight === height) return;
      // The window frame and MiniBrowser's toolbar take part of the window: learn how much.
      this.frame = {width: outer.width - innerWidth, height: outer.height - innerHeight};
    }
    const got = await this.innerSize(width, height);
    throw new Error(`WebKit's page is ${got.join(' × ')} CSS pixels instead of ${width} × ${height}.`);
  }

  /**
   * The page's size once the window has taken its new size: GTK resizes the window after the
   * WebDriver command returns, so the page is read until it has the size wanted, or has kept
   * another one for a while (the frame was not what was assumed).
   */
  async innerSize(width, height) {
    const read = () => this.driver.execute('return [window.innerWidth, window.innerHeight]');
    let size = await read();
    for (let same = 0, reads = 0; reads < 100 && same < 10; reads++) {
      if (size[0] === width && size[1] === height) return size;
      await new Promise((done) => setTimeout(done, 20));
      const next = await read();
      same = next[0] === size[0] && next[1] === size[1] ? same + 1 : 0;
      size = next;
    }
    return size;
  }

  /** The stock sendKeys command, fixed: keys pressed one after another, "Shift+Tab" held. */
  sendKeys(_sessionId, keys) {
    if (keys.length === 1 && [...keys[0]].length > 1) return this.press(keys[0]);
    return this.keyActions(
      keys.flatMap((key) => [
        {type: 'keyDown', value: key},
        {type: 'keyUp', value: key},
      ]),
    );
  }

  /** Presses a key or a chord written as "Shift+Tab". */
  press(chord) {
    const keys = chord.split('+').map(keyValue);
    return this.keyActions([
      ...keys.map((value) => ({type: 'keyDown', value})),
      ...keys.reverse().map((value) => ({type: 'keyUp', value})),
    ]);
  }

  /** Holds or releases a key; WebDriver keeps it held between calls until released. */
  keyDown(name) {
    return this.keyActions([{type: 'keyDown', value: keyValue(name)}]);
  }

  keyUp(name) {
    return this.keyActions([{type: 'keyUp', value: keyValue(name)}]);
  }

  keyActions(actions) {
    return this.driver.performActions([{type: 'key', id: 'keyboard', actions}]);
  }
}

function webkit() {
  return new WebKitLauncher(findWebKit());
}

const LAUNCHERS = {chromium, firefox, webkit};
const FINDERS = {chromium: findChrome, firefox: findFirefox, webkit: findWebKit};

/** The launchers of the selected engines; a missing engine is an error, never skipped. */
export function browserLaunchers(engines = selectedEngines()) {
  for (const engine of engines) {
    if (!LAUNCHERS[engine]) throw new Error(`Unknown engine "${engine}": one of ${ENGINES.join(', ')}.`);
    if (!FINDERS[engine]()) throw new Error(missingMessage(engine));
  }
  return engines.map((engine) => LAUNCHERS[engine]());
}

// puppeteer names the space bar "Space" over CDP (Chromium) but only " " over BiDi (Firefox).
const puppeteerKey = (name) => (name === 'Space' ? ' ' : name);

/** The keyboard of a puppeteer page (Chromium, Firefox), with chords such as "Shift+Tab". */
async function puppeteerKeys(page, payload) {
  if ('type' in payload) return page.keyboard.type(payload.type);
  if ('down' in payload) return page.keyboard.down(puppeteerKey(payload.down));
  if ('up' in payload) return page.keyboard.up(puppeteerKey(payload.up));
  const keys = payload.press.split('+').map(puppeteerKey);
  if (keys.length === 1) return page.keyboard.press(keys[0]);
  for (const key of keys) await page.keyboard.down(key);
  for (const key of keys.reverse()) await page.keyboard.up(key);
}

async function webkitKeys(launcher, payload) {
  if ('type' in payload) return launcher.sendKeys(undefined, [...payload.type]);
  if ('down' in payload) return launcher.keyDown(payload.down);
  if ('up' in payload) return launcher.keyUp(payload.up);
  return launcher.press(payload.press);
}

/**
 * `engine-set-viewport` ({width, height}) and `engine-send-keys` ({type} | {press} | {down} |
 * {up}, press taking chords such as "Shift+Tab"), the same in every engine: the stock
 * setViewport has no WebDriver version, and the stock sendKeys has no down/up there.
 * `engine-color-scheme` ({colorScheme}) sets the system's colour scheme in Chromium (the other
 * engines' drivers cannot) and answers whether it did.
 */
export function engineCommandsPlugin() {
  return {
    name: 'engine-commands',
    async executeCommand({command, payload, session}) {
      if (!['engine-set-viewport', 'engine-send-keys', 'engine-color-scheme'].includes(command)) return undefined;
      const browser = session.browser;
      const page = browser instanceof WebKitLauncher ? undefined : browser.getPage(session.id);
      if (command === 'engine-color-scheme') {
        // Through the DevTools protocol, which only Chromium speaks here.
        if (browser.name !== 'Chromium') return false;
        await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: payload.colorScheme}]);
        return true;
      }
      if (command === 'engine-set-viewport') {
        const {width, height} = payload;
        if (page) await page.setViewport({width, height});
        else await browser.setViewport(width, height);
      } else if (page) {
        await puppeteerKeys(page, payload);
      } else {
        await webkitKeys(browser, payload);
      }
      return true;
    },
  };
}
