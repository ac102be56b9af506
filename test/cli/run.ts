// Helpers for the command line tests: run `main` in-process, and read what a build wrote.
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {main} from '../../src/cli/main.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const BASE = 'https://example.org/pledges/';

/** What one run of the command printed and returned. */
export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs `pledgekit …` in-process and collects its output. */
export async function run(argv: string[], fetcher?: typeof fetch): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    ...(fetcher ? {fetch: fetcher} : {}),
  });
  return {code, out, err};
}

/** A fresh temporary folder, removed by the returned function. */
export async function tempDir(): Promise<{dir: string; remove: () => Promise<void>}> {
  const dir = await mkdtemp(join(tmpdir(), 'pledgekit-cli-test-'));
  return {dir, remove: () => rm(dir, {recursive: true, force: true})};
}

/** Every file under a folder, by relative path, with its bytes. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, {recursive: true})).map(String).sort();
  const tree = new Map<string, Buffer>();
  for (const name of names) {
    const bytes = await readFile(join(dir, name)).catch(() => undefined);
    if (bytes) tree.set(name.split('\\').join('/'), bytes);
  }
  return tree;
}

/** The file a published address points to, inside the output folder. */
export function fileOf(url: string, out: string): string {
  if (!url.startsWith(BASE)) throw new Error(`${url} is not under ${BASE}`);
  return join(out, url.slice(BASE.length));
}

/** Reads a JSON file, of the type the caller expects. */
export async function readJson<T = unknown>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}
