/**
 * The good copy of a feed kept in the page's `localStorage` (only with `persist`), so a
 * returning visitor sees the pledges while offline. It is the host page's storage, so the
 * copy is bounded: one entry per feed, at most `STORED_FEED_LIMIT` characters each and
 * `STORED_TOTAL_LIMIT` in all (the oldest go first), forgotten `STORED_LIFETIME` after the
 * server last confirmed it, and given up at once when the storage is full. What is kept is
 * the pages as the server sent them; read back, they go through the same checks as a
 * fresh feed, and an entry that fails them is removed.
 */
import {isHttpUrl} from '../../model/formats.js';
import {isObject} from '../../model/json-feed.js';
import {feedDocument} from '../read/parse.js';
import type {PageCopy} from './pages.js';

/** Most characters one feed's entry may take: about 270 pledges of the usual size. */
export const STORED_FEED_LIMIT = 512 * 1024;
/** Most characters all of pledgekit's entries may take (browsers allow about 5 million per site). */
export const STORED_TOTAL_LIMIT = 1024 * 1024;
/** How long a copy is kept after the server last confirmed it: 30 days, in milliseconds. */
export const STORED_LIFETIME = 30 * 24 * 60 * 60 * 1000;

const PREFIX = 'pledgekit:feed:';
const FORMAT = 2;

/** A good copy as stored: its pages, and when the server last confirmed them. */
export interface StoredCopy {
  pages: PageCopy[];
  loadedAt: number;
}

/** `localStorage`, when this page has one and may use it (sandboxed frames throw on access). */
function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The stored copy of a feed, checked; a copy that is not one (damaged, old, expired) is removed. */
export function readStored(url: string): StoredCopy | undefined {
  const store = storage();
  let text: string | null | undefined;
  try {
    text = store?.getItem(PREFIX + url);
  } catch {
    return undefined;
  }
  if (!text) return undefined;
  const copy = checked(text, url);
  if (!copy) removeStored(url);
  return copy;
}

function checked(text: string, url: string): StoredCopy | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value) || value.format !== FORMAT || value.url !== url) return undefined;
  const {loadedAt, pages} = value;
  if (typeof loadedAt !== 'number' || !fresh(loadedAt) || !Array.isArray(pages) || pages.length === 0) {
    return undefined;
  }
  try {
    return {loadedAt, pages: pages.map(page)};
  } catch {
    return undefined;
  }
}

/** Confirmed by the server within the lifetime (and not in the future, give or take a day of clock drift). */
function fresh(loadedAt: number): boolean {
  const age = Date.now() - loadedAt;
  return Number.isFinite(age) && age < STORED_LIFETIME && age > -STORED_LIFETIME / 30;
}

/** A stored page, checked as the network's would be; throws when it is not one. */
function page(value: unknown): PageCopy {
  if (!isObject(value) || typeof value.url !== 'string' || !isHttpUrl(value.url)) throw new TypeError('not a page');
  if (value.etag !== undefined && typeof value.etag !== 'string') throw new TypeError('not an ETag');
  return {url: value.url, etag: value.etag, document: feedDocument(value.document)};
}

/**
 * Keeps a good copy, within the bounds: a copy too large for them is not kept, and any
 * older copy of that feed is removed, so an outdated one is never shown instead.
 */
export function writeStored(url: string, copy: StoredCopy): void {
  const store = storage();
  if (!store) return;
  const key = PREFIX + url;
  const text = JSON.stringify({format: FORMAT, url, loadedAt: copy.loadedAt, savedAt: Date.now(), pages: copy.pages});
  const needed = key.length + text.length;
  try {
    store.removeItem(key);
    if (needed > STORED_FEED_LIMIT) return;
    makeRoom(store, STORED_TOTAL_LIMIT - needed);
    store.setItem(key, text);
  } catch {
    // A full or forbidden storage only costs the offline copy; the host's entries are never touched.
    try {
      store.removeItem(key);
    } catch {
      // Nothing of ours is left to remove.
    }
  }
}

/** Removes expired and unreadable entries of ours, then the oldest, until ours take at most `room`. */
function makeRoom(store: Storage, room: number): void {
  const entries: {key: string; size: number; savedAt: number}[] = [];
  for (const key of ownKeys(store)) {
    const text = store.getItem(key) ?? '';
    let savedAt = NaN;
    let loadedAt = NaN;
    try {
      ({savedAt, loadedAt} = JSON.parse(text) as {savedAt: number; loadedAt: number});
    } catch {
      // Unreadable: removed below.
    }
    if (typeof savedAt !== 'number' || typeof loadedAt !== 'number' || !fresh(loadedAt)) store.removeItem(key);
    else entries.push({key, size: key.length + text.length, savedAt});
  }
  entries.sort((a, b) => a.savedAt - b.savedAt);
  let used = entries.reduce((total, entry) => total + entry.size, 0);
  for (const entry of entries) {
    if (used <= room) break;
    store.removeItem(entry.key);
    used -= entry.size;
  }
}

function ownKeys(store: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

/** Removes the stored copy of one feed. */
export function removeStored(url: string): void {
  try {
    storage()?.removeItem(PREFIX + url);
  } catch {
    // A storage the page may not use holds nothing of ours.
  }
}

/** Removes every copy pledgekit stored, and nothing else. */
export function clearStored(): void {
  const store = storage();
  if (!store) return;
  try {
    for (const key of ownKeys(store)) store.removeItem(key);
  } catch {
    // A storage the page may not use holds nothing of ours.
  }
}
