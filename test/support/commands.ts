// Test-runner commands that work the same in Chromium, Firefox and WebKit (the stock
// `setViewport` has no WebDriver version, and the stock `sendKeys` cannot hold a key there).
// Served by engineCommandsPlugin in test/support/browsers.js.
import {executeServerCommand} from '@web/test-runner-commands';

/**
 * Resizes the page's viewport to width × height CSS pixels. The next test files get the
 * same page: set it back to the default, 800 × 600, in an `after` hook.
 */
export async function setViewport(size: {width: number; height: number}): Promise<void> {
  await executeServerCommand('engine-set-viewport', size);
}

/**
 * Sets the system's colour scheme for the page where the engine lets a test do it (Chromium);
 * resolves with whether it did. Set it back to `light` in an `after` hook.
 */
export async function setColorScheme(colorScheme: 'light' | 'dark'): Promise<boolean> {
  return (await executeServerCommand<boolean, {colorScheme: string}>('engine-color-scheme', {colorScheme})) === true;
}

/**
 * Types text, presses a key (puppeteer's names: "Tab", "Enter", "ArrowDown", "Space") or a
 * chord ("Shift+Tab"), or holds and releases a key, in whichever engine runs the test.
 */
export async function sendKeys(
  payload: {type: string} | {press: string} | {down: string} | {up: string},
): Promise<void> {
  await executeServerCommand('engine-send-keys', payload);
}
