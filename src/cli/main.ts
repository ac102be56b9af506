#!/usr/bin/env node
/**
 * The `pledgekit` command: argument parsing, help, reports and exit codes.
 * `main` runs in-process too, so tests call it without spawning Node.
 */
import {readFileSync, realpathSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import type {ParseArgsConfig} from 'node:util';
import {buildFeed, describeBuildIssue} from './build.js';
import type {BuildIssue, BuildOptions, BuildResult} from './build.js';
import {CliError, closestName} from './errors.js';
import {BUILD_HELP, MAIN_HELP, VALIDATE_HELP} from './help.js';
import {parseSize} from './source.js';
import {printable, printableLines} from './text.js';

/** Where the command writes: standard output and standard error by default. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The `fetch` used by `validate`. */
  fetch?: typeof fetch;
}

const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

type Options = NonNullable<ParseArgsConfig['options']>;

const VALIDATE_OPTIONS = {
  json: {type: 'boolean'},
  'max-size': {type: 'string'},
  help: {type: 'boolean', short: 'h'},
} as const satisfies Options;

const BUILD_OPTIONS = {
  out: {type: 'string'},
  'base-url': {type: 'string'},
  title: {type: 'string'},
  description: {type: 'string'},
  'home-page-url': {type: 'string'},
  lang: {type: 'string'},
  'page-size': {type: 'string'},
  strict: {type: 'boolean'},
  encoding: {type: 'string'},
  'date-format': {type: 'string'},
  force: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
} as const satisfies Options;

function parse<T extends Options>(command: string, args: readonly string[], options: T) {
  try {
    return parseArgs({args: [...args], options, allowPositionals: true, strict: true});
  } catch (error) {
    const option = /'(-{1,2}[^']+)'/.exec((error as Error).message)?.[1];
    const code = (error as {code?: string}).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
      const names = Object.keys(options).map((name) => `--${name}`);
      const suggestion = closestName(option, names);
      throw new CliError(
        `Unknown option ${option}.${suggestion ? ` Did you mean ${suggestion}?` : ''} See "pledgekit ${command} --help".`,
      );
    }
    throw new CliError(`${(error as Error).message.split('. ')[0]}. See "pledgekit ${command} --help".`);
  }
}

async function runValidate(args: readonly string[], io: Io): Promise<number> {
  const {values, positionals} = parse('validate', args, VALIDATE_OPTIONS);
  if (values.help) return help(io, VALIDATE_HELP);
  if (positionals.length !== 1) {
    throw new CliError(
      'pledgekit validate needs one feed: a file or an http(s) address. See "pledgekit validate --help".',
    );
  }
  const source = positionals[0]!;
  try {
    const maxSize = values['max-size'];
    // Loaded on demand: its JSON Schema checker is no part of a build.
    const {formatValidationReport, validateFeed} = await import('./validate.js');
    const report = await validateFeed(source, {
      ...(io.fetch ? {fetch: io.fetch} : {}),
      ...(maxSize === undefined ? {} : {maxBytes: parseSize(maxSize)}),
    });
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatValidationReport(report));
    return report.valid ? 0 : 1;
  } catch (error) {
    if (!(error instanceof CliError) || !values.json) throw error;
    io.out(`${JSON.stringify({source, valid: false, error: error.message}, null, 2)}\n`);
    return error.exitCode;
  }
}

function buildOptions(values: ReturnType<typeof parse<typeof BUILD_OPTIONS>>['values'], input: string): BuildOptions {
  for (const name of ['out', 'base-url'] as const) {
    if (values[name] === undefined)
      throw new CliError(`pledgekit build needs --${name}. See "pledgekit build --help".`);
  }
  const pageSize = values['page-size'];
  if (pageSize !== undefined && !/^\d+$/.test(pageSize)) {
    throw new CliError(`--page-size must be a whole number of 1 or more; it was "${pageSize}".`);
  }
  return {
    input,
    out: values.out!,
    baseUrl: values['base-url']!,
    ...(values.title === undefined ? {} : {title: values.title}),
    ...(values.description === undefined ? {} : {description: values.description}),
    ...(values['home-page-url'] === undefined ? {} : {homePageUrl: values['home-page-url']}),
    ...(values.lang === undefined ? {} : {language: values.lang}),
    ...(pageSize === undefined ? {} : {pageSize: Number(pageSize)}),
    ...(values.encoding === undefined ? {} : {encoding: values.encoding}),
    ...(values['date-format'] === undefined ? {} : {dateFormat: values['date-format']}),
    strict: values.strict ?? false,
    force: values.force ?? false,
  };
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function issues(io: Io, heading: string, list: readonly BuildIssue[]): void {
  if (list.length === 0) return;
  io.err(`\n${heading}\n`);
  for (const issue of list) io.err(`  ${describeBuildIssue(issue)}\n`);
}

function readFrom(result: BuildResult, options: BuildOptions): string {
  const {encoding, pages} = result;
  const source = printable(options.input);
  if (pages.length > 0) return `${source} and its ${count(pages.length, 'next page')}`;
  if (encoding === undefined || /^utf-?8$/i.test(encoding.name)) return source;
  const how = encoding.how === 'detected' ? ', detected; pass --encoding to read it otherwise' : '';
  return `${source} (${encoding.name}${how})`;
}

function reportBuild(result: BuildResult, options: BuildOptions, io: Io): void {
  const unit = options.input.toLowerCase().endsWith('.csv') ? 'row' : 'item';
  const changed = result.changes.length > 0 ? `, ${count(result.changes.length, 'field')} changed` : '';
  io.out(
    `Read ${count(result.read, unit)} from ${readFrom(result, options)}: ${count(result.published, 'pledge')} to publish, ` +
      `${result.rejected.length} rejected, ${count(result.warnings.length, 'field')} dropped${changed}.\n`,
  );
  issues(io, `Rejected ${unit}s (left out of the feeds; fix them to publish them):`, result.rejected);
  issues(io, 'Dropped fields (the pledge is published without them):', result.warnings);
  issues(io, 'Changed fields (the pledge is published with the change):', result.changes);
  if (result.notes.length > 0) {
    io.err('\nNotes:\n');
    for (const note of result.notes) io.err(`  ${printable(note)}\n`);
  }
  if (!result.written) return;
  const {objective, stakeholder} = result.slices;
  io.out(
    `\nWrote ${count(result.files.length, 'file')} to ${printable(options.out)} ` +
      `(${count(objective.length, 'objective slice')}, ${count(stakeholder.length, 'stakeholder slice')}).\n` +
      `Subscribe: ${result.feedUrl}\n`,
  );
}

async function runBuild(args: readonly string[], io: Io): Promise<number> {
  const {values, positionals} = parse('build', args, BUILD_OPTIONS);
  if (values.help) return help(io, BUILD_HELP);
  if (positionals.length !== 1) {
    throw new CliError('pledgekit build needs one input file, a .csv or a .json. See "pledgekit build --help".');
  }
  const options = buildOptions(values, positionals[0]!);
  const result = await buildFeed(options);
  reportBuild(result, options, io);
  if (result.written) return 0;
  io.err(`\n--strict: nothing was written, because of the problems above.\n`);
  return 1;
}

function help(io: Io, text: string): number {
  io.out(text);
  return 0;
}

function version(): string {
  const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return `${packageJson.version}\n`;
}

const COMMANDS: Readonly<Record<string, (args: readonly string[], io: Io) => Promise<number>>> = {
  validate: runValidate,
  build: runBuild,
};

/**
 * Runs the command line tool.
 * @param argv The arguments after the program name, such as `['validate', 'feed.json']`.
 * @param io Where to write; standard output and error by default.
 * @returns The exit status: 0 success, 1 the feed or the build has problems, 2 unusable input or usage.
 */
export async function main(argv: readonly string[], given: Io = processIo): Promise<number> {
  // Whatever reaches the terminal has its control characters escaped, whoever wrote the text.
  const io: Io = {
    out: (text) => given.out(printableLines(text)),
    err: (text) => given.err(printableLines(text)),
    ...(given.fetch ? {fetch: given.fetch} : {}),
  };
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h') return help(io, MAIN_HELP);
  if (command === 'help') return help(io, {validate: VALIDATE_HELP, build: BUILD_HELP}[args[0] ?? ''] ?? MAIN_HELP);
  if (command === '--version' || command === '-v') return help(io, version());
  const run = COMMANDS[command];
  try {
    if (!run) {
      const suggestion = closestName(command, Object.keys(COMMANDS));
      throw new CliError(
        `Unknown command "${command}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} See "pledgekit --help".`,
      );
    }
    return await run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`pledgekit: ${printable(error.message)}\n`);
      return error.exitCode;
    }
    // A file-system failure while writing (a full disk, a read-only folder) is not a bug: no stack trace.
    if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
    io.err(`pledgekit: ${printable((error as Error).message)}\n`);
    return 2;
  }
}

function invokedDirectly(): boolean {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
}

/**
 * When the reader of the output is gone (`pledgekit validate feed.json | head -1`), writing
 * fails with EPIPE: a command line tool then stops quietly, as `cat` and `grep` do.
 */
function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

if (invokedDirectly()) {
  exitQuietlyOnClosedPipe(process.stdout);
  exitQuietlyOnClosedPipe(process.stderr);
  process.exitCode = await main(process.argv.slice(2));
}
