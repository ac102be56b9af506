/** The path of a Chrome or Chromium executable (CHROME_PATH first), or undefined. */
export function findChrome(): string | undefined;
