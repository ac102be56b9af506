/**
 * The output folder of `build`, which is often a site's own folder. A build keeps a
 * manifest of the files it wrote (`.pledgekit-manifest.json`), and with it:
 * - it removes only files that an earlier build wrote and this one does not;
 * - it refuses to overwrite a file it did not write, unless `--force`;
 * - it never writes or removes through a symbolic link inside the folder, so nothing
 *   outside the folder is ever touched.
 */
import {lstat, mkdir, open, readFile, rmdir, unlink} from 'node:fs/promises';
import type {FileHandle} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import {CliError} from './errors.js';

/** The manifest's name inside the output folder. */
export const MANIFEST = '.pledgekit-manifest.json';

interface Manifest {
  generator: 'pledgekit';
  /** Paths relative to the output folder, with `/` between folders. */
  files: string[];
}

const kindOf = async (path: string) => {
  try {
    const stats = await lstat(path);
    return stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw error;
  }
};

/** The folders of a relative path, outermost first: `objective/9/feed.json` → `objective`, `objective/9`. */
function foldersOf(file: string): string[] {
  const parts = file.split('/').slice(0, -1);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

async function readManifest(out: string): Promise<Set<string>> {
  const path = join(out, MANIFEST);
  const kind = await kindOf(path);
  if (kind === 'none') return new Set();
  if (kind !== 'file') throw new CliError(`${path} is not a file pledgekit wrote; remove it, or choose another --out.`);
  try {
    const manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest;
    if (manifest.generator !== 'pledgekit' || !Array.isArray(manifest.files)) throw new Error('not a manifest');
    // A path that climbs out of the folder was not written by pledgekit: it is never trusted.
    return new Set(
      manifest.files.filter((f) => typeof f === 'string' && !f.split('/').some((p) => p === '..' || p === '')),
    );
  } catch (error) {
    throw new CliError(`${path} cannot be read (${(error as Error).message}); remove it, or choose another --out.`, 2, {
      cause: error,
    });
  }
}

/** A folder a build writes into. Open it, `claim` the files to write, `create` each, then `finish`. */
export class OutputFolder {
  readonly root: string;
  readonly #force: boolean;
  readonly #previous: Set<string>;
  #claimed = new Set<string>();
  /** Folders known to exist, so a build of thousands of pages checks each folder once. */
  readonly #folders = new Set<string>(['']);

  private constructor(root: string, previous: Set<string>, force: boolean) {
    this.root = root;
    this.#previous = previous;
    this.#force = force;
  }

  /**
   * Opens (and creates) an output folder and reads what an earlier build wrote there.
   * @throws {CliError} when the path is a file or cannot be created.
   */
  static async open(root: string, options: {force?: boolean} = {}): Promise<OutputFolder> {
    try {
      await mkdir(root, {recursive: true});
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || code === 'ENOTDIR')
        throw new CliError(`--out ${root} is a file; give a folder to write the feeds into.`);
      throw new CliError(`The folder ${root} cannot be created: ${(error as Error).message}`, 2, {cause: error});
    }
    return new OutputFolder(root, await readManifest(root), options.force ?? false);
  }

  /**
   * Checks, before anything is written, that every file can be written: no folder on its
   * way is a symbolic link, and no file already there was written by someone else (unless
   * `force`). Then records them in the manifest with the earlier build's files, so a build
   * that stops half way still knows what it may have written.
   * @throws {CliError} naming the files in the way.
   */
  async claim(files: readonly string[]): Promise<void> {
    const foreign: string[] = [];
    const folders = new Set(files.flatMap(foldersOf));
    for (const folder of folders) {
      const kind = await kindOf(join(this.root, folder));
      if (kind === 'link') {
        throw new CliError(
          `${join(this.root, folder)} is a symbolic link; pledgekit writes only inside --out and never through a link. ` +
            'Remove the link, or choose another --out.',
        );
      }
      if (kind !== 'none' && kind !== 'folder') {
        throw new CliError(`${join(this.root, folder)} is in the way: pledgekit needs a folder there.`);
      }
    }
    for (const file of files) {
      const kind = await kindOf(join(this.root, file));
      if (kind === 'none') continue;
      if (kind === 'link' || kind === 'folder' || kind === 'other' || !this.#previous.has(file)) {
        if (!(this.#force && kind !== 'folder')) foreign.push(file);
      }
    }
    if (foreign.length > 0) {
      foreign.sort();
      const shown = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? ` and ${foreign.length - 5} more` : '');
      throw new CliError(
        `${this.root} already holds ${shown}, which pledgekit did not write (its manifest, ${MANIFEST}, ` +
          `does not list ${foreign.length === 1 ? 'it' : 'them'}). Nothing was written. Choose another --out, ` +
          'or pass --force to replace them (an earlier version of pledgekit wrote no manifest).',
      );
    }
    this.#claimed = new Set(files);
    await this.#writeManifest([...new Set([...this.#previous, ...files])]);
  }

  /** Creates a folder inside the output (its parents first); `claim` has checked that none is a link. */
  async folder(relative: string): Promise<void> {
    if (this.#folders.has(relative)) return;
    for (const folder of foldersOf(`${relative}/x`)) {
      if (this.#folders.has(folder)) continue;
      const path = join(this.root, folder);
      if ((await kindOf(path)) === 'none') await mkdir(path);
      this.#folders.add(folder);
    }
  }

  /**
   * Opens a claimed file for writing as a new file: what was there (a file of an earlier
   * build) is removed first, and the new one is created exclusively, so a link put in its
   * place is never followed.
   */
  async create(relative: string): Promise<FileHandle> {
    if (!this.#claimed.has(relative)) throw new Error(`${relative} was not claimed`);
    await this.folder(dirname(relative) === '.' ? '' : dirname(relative));
    const path = join(this.root, relative);
    try {
      return await open(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    await unlink(path);
    return open(path, 'wx');
  }

  /** Writes the manifest of this build, then removes the files of the earlier one that this one did not write. */
  async finish(): Promise<void> {
    await this.#writeManifest([...this.#claimed]);
    const stale = [...this.#previous].filter((file) => !this.#claimed.has(file)).sort();
    const emptied = new Set<string>();
    for (const file of stale) {
      if (!(await this.#isInside(file)) || (await kindOf(join(this.root, file))) !== 'file') continue;
      await unlink(join(this.root, file));
      for (const folder of foldersOf(file)) emptied.add(folder);
    }
    // Deepest first; rmdir refuses a folder that holds anything else, which is then kept.
    for (const folder of [...emptied].sort((a, b) => b.length - a.length)) {
      await rmdir(join(this.root, folder)).catch(() => undefined);
    }
  }

  /** Whether a path reaches its file through real folders only, no symbolic link. */
  async #isInside(file: string): Promise<boolean> {
    for (const folder of foldersOf(file)) {
      if ((await kindOf(join(this.root, folder))) !== 'folder') return false;
    }
    return true;
  }

  async #writeManifest(files: string[]): Promise<void> {
    const manifest: Manifest = {generator: 'pledgekit', files: files.sort()};
    const path = join(this.root, MANIFEST);
    if ((await kindOf(path)) === 'link') throw new CliError(`${path} is a symbolic link; remove it.`);
    await unlink(path).catch(() => undefined);
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(`${JSON.stringify(manifest, null, 2)}\n`);
    } finally {
      await handle.close();
    }
  }
}
