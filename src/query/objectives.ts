/**
 * A pledge's GCM objectives as the bits of one small integer: each objective once, numbers
 * that are not objectives left out, and no array per pledge. The query columns, the
 * objective list's counts and the command line's slices all count objectives this way.
 */
import {isObjectiveNumber} from '../model/catalogue.js';
import type {Pledge} from '../model/schema.js';

/** Bit n set for each objective n (1–23) of the list; anything else is left out. */
export function objectiveBits(objectives: readonly unknown[] | undefined): number {
  let bits = 0;
  if (Array.isArray(objectives)) for (const n of objectives) if (isObjectiveNumber(n)) bits |= 1 << n;
  return bits;
}

/** The objective numbers of `objectiveBits`, ascending. */
export function objectiveNumbers(bits: number): number[] {
  const numbers: number[] = [];
  for (let n = 1; bits >> n; n++) if ((bits >> n) & 1) numbers.push(n);
  return numbers;
}

/**
 * How many pledges name each objective; a pledge that names one twice counts once.
 * Objectives no pledge names are absent. Tolerates items that are not pledges (a list
 * set in code), which count for nothing.
 */
export function objectiveCounts(pledges: readonly Pledge[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const pledge of pledges) {
    const bits = objectiveBits((pledge as Partial<Pledge> | null)?._pledge?.objectives);
    for (const n of objectiveNumbers(bits)) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return counts;
}
