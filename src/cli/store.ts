/**
 * The pledges of a build, kept in a temporary file while they are sorted: memory holds
 * only a small entry per pledge (its sort key, where it is in the file, and which slices
 * it belongs to), so a CSV of any length is built in bounded memory.
 */
import {closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Pledge} from '../model/schema.js';

/** What the build needs to know about a pledge without reading it. */
export interface StoredPledge {
  id: string;
  /** `date_published` in milliseconds; -Infinity when the pledge has none. */
  time: number;
  objectives: readonly number[];
  stakeholder: string;
  offset: number;
  length: number;
}

const FLUSH_BYTES = 1 << 20;

/** Milliseconds of an RFC 3339 date or date-time; a bare date is midnight UTC. */
export function dateTime(date: string | undefined): number {
  return date === undefined ? -Infinity : Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
}

/** Pledges written to a temporary file as they are read, and read back one at a time. */
export class PledgeStore {
  readonly entries: StoredPledge[] = [];
  readonly #dir: string;
  readonly #fd: number;
  #offset = 0;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #newest: string | undefined;
  #newestTime = -Infinity;

  constructor() {
    this.#dir = mkdtempSync(join(tmpdir(), 'pledgekit-build-'));
    this.#fd = openSync(join(this.#dir, 'pledges.jsonl'), 'w+');
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
    const bytes = Buffer.from(JSON.stringify(pledge));
    this.entries.push({
      id: pledge.id,
      time: dateTime(pledge.date_published),
      objectives: [...new Set(pledge._pledge.objectives ?? [])],
      stakeholder: pledge._pledge.stakeholder,
      offset: this.#offset + this.#pendingBytes,
      length: bytes.length,
    });
    this.#consider(pledge.date_published);
    this.#consider(pledge.date_modified);
    for (const update of pledge._pledge.updates ?? []) this.#consider(update.date);
    this.#pending.push(bytes);
    this.#pendingBytes += bytes.length;
    if (this.#pendingBytes >= FLUSH_BYTES) this.#flush();
  }

  #flush(): void {
    const chunk = Buffer.concat(this.#pending);
    writeSync(this.#fd, chunk, 0, chunk.length, this.#offset);
    this.#offset += chunk.length;
    this.#pending = [];
    this.#pendingBytes = 0;
  }

  /** Newest first by `date_published` (undated last), then by id in code-unit order: the same on every machine. */
  sorted(): StoredPledge[] {
    this.#flush();
    return [...this.entries].sort((a, b) => b.time - a.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Reads one pledge back. */
  read(entry: StoredPledge): Pledge {
    const buffer = Buffer.alloc(entry.length);
    readSync(this.#fd, buffer, 0, entry.length, entry.offset);
    return JSON.parse(buffer.toString('utf8')) as Pledge;
  }

  /** Deletes the temporary file. */
  close(): void {
    closeSync(this.#fd);
    rmSync(this.#dir, {recursive: true, force: true});
  }
}
