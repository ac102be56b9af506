#!/usr/bin/env node
// Runs the browser tests with web-test-runner in Chromium, Firefox and WebKit, or in the
// engines named by --browsers; never quietly in fewer: a missing engine stops the run with
// a sentence saying what to install (scripts/find-browsers.js installs them in `npm test`).
//   node scripts/test-browsers.js [--hardening] [--browsers chromium,firefox,webkit] [wtr options…]
// --hardening runs the hardening suite's browser tests (web-test-runner.hardening.config.js).
// Without --browsers, PLEDGEKIT_BROWSERS (comma-separated) picks them, else all three.
// Other options go to wtr as they are (--files, --watch, …).
import {spawn} from 'node:child_process';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {enginesFromArgs, hasEngine, missingMessage} from './find-browsers.js';

const args = process.argv.slice(2);
const hardening = args.includes('--hardening');
let selection;
try {
  selection = enginesFromArgs(args.filter((arg) => arg !== '--hardening'));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const {engines, rest} = selection;
const missing = engines.filter((engine) => !hasEngine(engine));
for (const engine of missing) console.error(missingMessage(engine));
if (missing.length > 0) process.exit(1);
const NAMES = {chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit'};
console.log(`Browser tests${hardening ? ' (hardening)' : ''} in ${engines.map((e) => NAMES[e]).join(', ')}`);

// The package exports neither its bin nor its package.json: the bin sits beside its main file.
const wtr = join(dirname(createRequire(import.meta.url).resolve('@web/test-runner')), 'bin.js');
const config = hardening ? 'web-test-runner.hardening.config.js' : 'web-test-runner.config.js';
const child = spawn(process.execPath, [wtr, '--config', config, ...rest], {
  stdio: 'inherit',
  env: {...process.env, PLEDGEKIT_BROWSERS: engines.join(',')},
});
// wtr stops its browsers (and WebKit's X server and driver) when told to stop.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
