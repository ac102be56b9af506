// The hardening suite's browser tests: the main config, on test/hardening only, plus a
// server command through which each test file appends its figures for the summary.
import {appendFileSync, mkdirSync} from 'node:fs';
import base from './web-test-runner.config.js';
import {cspPage} from './test/support/csp-page.js';

const RESULTS_FILE = 'tmp/hardening/results.jsonl';

/** `executeServerCommand('hardening-report', figures)` appends one line of figures, named with the engine. */
const reportPlugin = {
  name: 'hardening-report',
  executeCommand({command, payload, session}) {
    if (command !== 'hardening-report') return undefined;
    mkdirSync('tmp/hardening', {recursive: true});
    const figures = {...payload, name: `${payload.name} (${session.browser.name})`};
    appendFileSync(RESULTS_FILE, JSON.stringify(figures) + '\n');
    return true;
  },
};

export default {
  ...base,
  files: ['test/hardening/**/*.browser.test.ts'],
  // A page served with a strict CSP, under /__csp/ (see test/support/csp-page.js).
  middleware: [...base.middleware, cspPage],
  plugins: [...base.plugins, reportPlugin],
  testFramework: {config: {timeout: 60000}},
};
