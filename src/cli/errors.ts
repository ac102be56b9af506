/**
 * A problem that stops a command before it can do its job (a missing file, an unknown
 * column, a bad option), with a sentence the person at the terminal can act on.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  /** The exit code: 2 for input that cannot be read or used, 1 for a build that failed its checks. */
  readonly exitCode: number;

  constructor(message: string, exitCode = 2, options: {cause?: unknown} = {}) {
    super(message, {cause: options.cause});
    this.exitCode = exitCode;
  }
}

/** A plain-words reason for a file-system error, such as a missing file. */
export function fileProblem(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT'
      ? `There is no file ${path}. Check the path and the current folder.`
      : code === 'EISDIR'
        ? `${path} is a folder, not a file.`
        : code === 'EACCES' || code === 'EPERM'
          ? `${path} cannot be opened: permission denied.`
          : `${path} cannot be read: ${(error as Error).message}`;
  return new CliError(reason, 2, {cause: error});
}

/** The edit distance between two short strings, to suggest the name that was meant. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known name closest to `name`, when it is close enough to be a likely typo. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
