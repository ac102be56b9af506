/** How every test and benchmark starts Chromium: headless, and quiet on this closed network. */
export const CHROME_FLAGS: string[];
/** The path of a Chrome or Chromium executable (CHROME_PATH first), or undefined. */
export function findChrome(): string | undefined;
