export type Engine = 'chromium' | 'firefox' | 'webkit';
/** The three engines the browser tests run in. */
export const ENGINES: Engine[];
/** How every test and benchmark starts Chromium: headless, and quiet on this closed network. */
export const CHROME_FLAGS: string[];
/** The path of a Chrome or Chromium executable (CHROME_PATH first), or undefined. */
export function findChrome(): string | undefined;
/** The path of a Firefox executable (FIREFOX_PATH first), or undefined. */
export function findFirefox(): string | undefined;
/** WebKitGTK's WebDriver, MiniBrowser and Xvfb, or undefined. */
export function findWebKit(): {driver: string; browser: string; xvfb: string} | undefined;
export function hasEngine(engine: Engine): boolean;
export function enginesFromArgs(args: string[]): {engines: Engine[]; rest: string[]};
export function missingMessage(engine: Engine): string;
export function ensureEngines(engines: Engine[]): void;
