// Hardening figures: each test file appends JSON lines here; scripts/hardening-summary.js adds them up.
import {appendFileSync, mkdirSync} from 'node:fs';
import {dirname} from 'node:path';

/** Where the figures go (tmp/ is git-ignored). */
export const RESULTS_FILE = 'tmp/hardening/results.jsonl';

/** One line of figures from one test. */
export interface Figures {
  /** The suite and check that produced them. */
  name: string;
  properties?: number;
  cases?: number;
  payloads?: number;
  faults?: number;
  violations?: number;
  /** Leak deltas by what was measured (listeners, timers, fetches, heap bytes). */
  leaks?: Record<string, number>;
}

/** Appends one test's figures to the results file. */
export function report(figures: Figures): void {
  mkdirSync(dirname(RESULTS_FILE), {recursive: true});
  appendFileSync(RESULTS_FILE, JSON.stringify(figures) + '\n');
}
