/**
 * The pledges of a build, kept in a temporary file while they are sorted. Memory holds
 * a few numbers per pledge in flat arrays (its date, where it is in the file, its slices)
 * and its id until the pledges are sorted, so a CSV of any length is built in bounded
 * memory: 100,000 pledges take about 8 MB, where an object per pledge took 30.
 */
import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {STAKEHOLDER_TYPES} from '../model/catalogue.js';
import type {StakeholderType} from '../model/catalogue.js';
import type {Pledge} from '../model/schema.js';
import {objectiveBits, objectiveNumbers} from '../query/objectives.js';
import {dateTime} from './published.js';

/** A pledge read back from the store, with the slices it belongs to. */
export interface StoredPledge {
  pledge: Pledge;
  /** Its objective numbers, each once, in increasing order. */
  objectives: number[];
  stakeholder: StakeholderType;
}

const FLUSH_BYTES = 1 << 20;

/** Pledges written to a temporary file as they are read, then read back one at a time in order. */
export class PledgeStore {
  readonly #dir: string;
  readonly #fd: number;
  // One slot per pledge in each array, in the order they were added.
  #ids: string[] = [];
  readonly #times: number[] = [];
  readonly #offsets: number[] = [];
  readonly #lengths: number[] = [];
  readonly #objectives: number[] = [];
  readonly #stakeholders: number[] = [];
  #offset = 0;
  // Pledges are encoded straight into one reused buffer, so no string or buffer per pledge outlives its `add`.
  #pending = Buffer.allocUnsafeSlow(FLUSH_BYTES);
  #pendingBytes = 0;
  #newest: string | undefined;
  #newestTime = -Infinity;
  /** The number of pledges kept that have no `url`. */
  withoutUrl = 0;

  constructor() {
    this.#dir = mkdtempSync(join(tmpdir(), 'pledgekit-build-'));
    this.#fd = openSync(join(this.#dir, 'pledges.jsonl'), 'w+');
  }

  /** The number of pledges kept. */
  get size(): number {
    return this.#times.length;
  }

  /** The newest date seen (published, modified or a progress update), as written in the data. */
  get newest(): string | undefined {
    return this.#newest;
  }

  #consider(date: string | undefined): void {
    const time = dateTime(date);
    if (time > this.#newestTime) [this.#newest, this.#newestTime] = [date, time];
  }

  /** Keeps a pledge. */
  add(pledge: Pledge): void {
    const text = JSON.stringify(pledge);
    const length = Buffer.byteLength(text);
    if (this.#pendingBytes + length > this.#pending.length) this.#flush();
    if (length > this.#pending.length) this.#pending = Buffer.allocUnsafeSlow(length);
    this.#ids.push(pledge.id);
    this.#times.push(dateTime(pledge.date_published));
    this.#offsets.push(this.#offset + this.#pendingBytes);
    this.#lengths.push(length);
    this.#objectives.push(objectiveBits(pledge._pledge.objectives));
    this.#stakeholders.push(STAKEHOLDER_TYPES.indexOf(pledge._pledge.stakeholder));
    this.#pendingBytes += this.#pending.write(text, this.#pendingBytes);
    if (pledge.url === undefined) this.withoutUrl++;
    this.#consider(pledge.date_published);
    this.#consider(pledge.date_modified);
    for (const update of pledge._pledge.updates ?? []) this.#consider(update.date);
  }

  #flush(): void {
    writeSync(this.#fd, this.#pending, 0, this.#pendingBytes, this.#offset);
    this.#offset += this.#pendingBytes;
    this.#pendingBytes = 0;
  }

  /** How many pledges each objective has; objectives without pledges are absent. */
  objectiveCounts(): Map<number, number> {
    const counts = new Map<number, number>();
    for (const bits of this.#objectives) {
      for (const n of objectiveNumbers(bits)) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    return counts;
  }

  /** How many pledges each stakeholder type has; types without pledges are absent. */
  stakeholderCounts(): Map<StakeholderType, number> {
    const counts = new Map<StakeholderType, number>();
    for (const index of this.#stakeholders) {
      const type = STAKEHOLDER_TYPES[index]!;
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
    return counts;
  }

  /** Positions newest first by `date_published` (undated last), then by id in code-unit order: the same on every machine. */
  #order(): Uint32Array {
    const [ids, times] = [this.#ids, this.#times];
    const order = Uint32Array.from(times.keys());
    return order.sort((a, b) => times[b]! - times[a]! || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  }

  /**
   * Reads every pledge back, newest first by `date_published` (undated last), then by id.
   * The ids are let go once sorted, so the pledges can be read in order once, after the last `add`.
   */
  *sorted(): Generator<StoredPledge> {
    this.#flush();
    const order = this.#order();
    this.#ids = [];
    let buffer = Buffer.allocUnsafeSlow(64 * 1024);
    for (const i of order) {
      const length = this.#lengths[i]!;
      if (length > buffer.length) buffer = Buffer.allocUnsafeSlow(length);
      readSync(this.#fd, buffer, 0, length, this.#offsets[i]!);
      yield {
        pledge: JSON.parse(buffer.toString('utf8', 0, length)) as Pledge,
        objectives: objectiveNumbers(this.#objectives[i]!),
        stakeholder: STAKEHOLDER_TYPES[this.#stakeholders[i]!]!,
      };
    }
  }

  /** Deletes the temporary file. */
  close(): void {
    closeSync(this.#fd);
    rmSync(this.#dir, {recursive: true, force: true});
  }
}
