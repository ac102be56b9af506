/**
 * The text encoding of an input file. Spreadsheets save CSV in UTF-8 only when asked:
 * Excel's plain "CSV (Comma delimited)" is Windows-1252 on a Western European Windows,
 * Windows-1256 on an Arabic one, GBK on a Chinese one. The encoding comes from, in turn:
 * `--encoding`, a byte order mark, the whole file being valid UTF-8, else chardet's
 * detection. Decoding is iconv-lite's: Node 20's own TextDecoder reads Windows-1252 as
 * ISO-8859-1 outside streaming mode (0x80 gives U+0080, not €), the very encoding at stake.
 */
import {isUtf8} from 'node:buffer';
import {createReadStream} from 'node:fs';
import {open} from 'node:fs/promises';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import {CliError} from './errors.js';

/** How an input file is to be read. */
export interface InputEncoding {
  /** The encoding's name, as people know it: `UTF-8`, `windows-1252`. */
  name: string;
  /** How it was chosen. */
  how: 'given' | 'byte order mark' | 'valid UTF-8' | 'detected';
}

const SAMPLE_BYTES = 256 * 1024;

/** Whether the whole file is valid UTF-8, read a chunk at a time (a character may straddle two chunks). */
async function isUtf8File(path: string): Promise<boolean> {
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    // Keep back the bytes of a sequence the chunk ends inside of: up to 3, from its last lead byte.
    let end = bytes.length;
    for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
      const byte = bytes[i]!;
      if (byte < 0x80) break;
      if (byte >= 0xc0) {
        const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
        if (bytes.length - i < length) end = i;
        break;
      }
    }
    if (!isUtf8(bytes.subarray(0, end))) return false;
    carry = Buffer.from(bytes.subarray(end));
  }
  return carry.length === 0;
}

async function firstBytes(path: string, length: number): Promise<Buffer> {
  const handle = await open(path);
  try {
    const buffer = Buffer.alloc(length);
    const {bytesRead} = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

// iconv-lite's check is a type guard: past a failed check, TypeScript would take `name` for impossible (`never`).
const isEncoding = (name: string): boolean => iconv.encodingExists(name);

/**
 * Checks an encoding name given with `--encoding`.
 * @throws {CliError} when iconv-lite does not know it.
 */
export function checkEncoding(name: string): void {
  if (!isEncoding(name)) {
    throw new CliError(
      `--encoding "${name}" is not an encoding pledgekit knows; try utf-8, windows-1252, windows-1256, gbk or shift_jis.`,
    );
  }
}

/** Chooses the encoding of a file: given, marked, valid UTF-8, or detected. */
export async function chooseEncoding(path: string, given?: string): Promise<InputEncoding> {
  if (given !== undefined) {
    checkEncoding(given);
    return {name: given, how: 'given'};
  }
  const start = await firstBytes(path, SAMPLE_BYTES);
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return {name: 'UTF-8', how: 'byte order mark'};
  if (start[0] === 0xff && start[1] === 0xfe) return {name: 'UTF-16LE', how: 'byte order mark'};
  if (start[0] === 0xfe && start[1] === 0xff) return {name: 'UTF-16BE', how: 'byte order mark'};
  if (await isUtf8File(path)) return {name: 'UTF-8', how: 'valid UTF-8'};
  // The file is not UTF-8, so neither is the guess; ISO-8859-1 is read as its superset, as browsers do.
  const guess = chardet
    .analyse(start)
    .map((match) => (match.name === 'ISO-8859-1' ? 'windows-1252' : match.name))
    .find((name) => !/^UTF-8$|^ASCII$/i.test(name) && iconv.encodingExists(name));
  return {name: guess ?? 'windows-1252', how: 'detected'};
}

/** The file's text as a stream of UTF-8 bytes: as it is when it is UTF-8, else decoded and re-encoded. */
export function openUtf8(path: string, encoding: InputEncoding): NodeJS.ReadableStream {
  const input = createReadStream(path);
  if (/^utf-?8$/i.test(encoding.name)) return input;
  const decoded = input.pipe(iconv.decodeStream(encoding.name)).pipe(iconv.encodeStream('utf-8'));
  // An error of the file (it vanished, it is unreadable) reaches the CSV reader through the decoded stream.
  input.on('error', (error) => decoded.emit('error', error));
  return decoded;
}
