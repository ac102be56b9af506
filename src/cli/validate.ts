/**
 * `pledgekit validate`: reads a feed from a file or an http(s) address with `parseFeed`,
 * the same reader the elements use, and reports what a person must fix: the counts, then
 * each rejected item and each dropped field with its location and reason.
 */
import {readFile} from 'node:fs/promises';
import {extname} from 'node:path';
import {FeedError} from '../feed/errors.js';
import {describeIssue, parseFeed} from '../feed/parse.js';
import type {FeedIssue} from '../feed/parse.js';
import {CliError, fileProblem} from './errors.js';

/** A located issue with its one-line description. */
export interface ReportedIssue extends FeedIssue {
  /** The issue in one line, as the text report prints it. */
  message: string;
}

/** What `validateFeed` found in a feed that could be read. */
export interface ValidationReport {
  /** The file or address that was read. */
  source: string;
  /** True when no item was rejected (dropped optional fields do not make a feed invalid). */
  valid: boolean;
  title?: string;
  counts: {items: number; pledges: number; rejected: number; warnings: number};
  /** The next page, which this check does not read. */
  nextUrl?: string;
  rejected: ReportedIssue[];
  warnings: ReportedIssue[];
}

const TIMEOUT_MS = 30_000;

async function fetchText(url: string, fetcher: typeof fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetcher(url, {
      headers: {accept: 'application/feed+json, application/json;q=0.9'},
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${TIMEOUT_MS / 1000} seconds`
        : String((error as Error).cause ?? (error as Error).message);
    throw new CliError(`${url} cannot be reached: ${reason}.`, 2, {cause: error});
  }
  if (!response.ok) {
    throw new CliError(
      `${url} cannot be read: the server answered ${response.status} ${response.statusText}.`.replace(' .', '.'),
    );
  }
  return response.text();
}

async function readText(source: string, fetcher: typeof fetch): Promise<string> {
  if (/^https?:\/\//i.test(source)) return fetchText(source, fetcher);
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(source))
    throw new CliError(`${source}: only http: and https: addresses and local files can be read.`);
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    throw fileProblem(source, error);
  }
}

const reported = (issue: FeedIssue): ReportedIssue => ({...issue, message: describeIssue(issue)});

/**
 * Reads and checks one feed document (a next page is named, not read).
 * @param source A file path or an http(s) address.
 * @throws {CliError} when the source cannot be read or is not a JSON Feed at all.
 */
export async function validateFeed(source: string, options: {fetch?: typeof fetch} = {}): Promise<ValidationReport> {
  const text = (await readText(source, options.fetch ?? fetch)).replace(/^\uFEFF/, '');
  let result;
  try {
    result = parseFeed(text);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    const csvHint =
      extname(source).toLowerCase() === '.csv' ? ' To check a CSV, run "pledgekit build" with --strict.' : '';
    throw new CliError(`${source}: ${error.message}${csvHint}`, 2, {cause: error});
  }
  const items = result.pledges.length + result.rejected.length;
  return {
    source,
    valid: result.rejected.length === 0,
    ...(result.feed.title === undefined ? {} : {title: result.feed.title}),
    counts: {items, pledges: result.pledges.length, rejected: result.rejected.length, warnings: result.warnings.length},
    ...(result.feed.next_url === undefined ? {} : {nextUrl: result.feed.next_url}),
    rejected: result.rejected.map(reported),
    warnings: result.warnings.map(reported),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The report as text for a person: a verdict, the counts, then every issue on its own line. */
export function formatValidationReport(report: ValidationReport): string {
  const {counts} = report;
  const name = report.title === undefined ? '' : ` "${report.title}"`;
  const lines = [
    `${report.source}: JSON Feed${name}`,
    `${plural(counts.items, 'item')}: ${plural(counts.pledges, 'valid pledge')}, ${counts.rejected} rejected, ${plural(counts.warnings, 'field')} dropped.`,
  ];
  if (report.rejected.length > 0) {
    lines.push('', 'Rejected items (left out of the feed; fix them to publish them):');
    for (const issue of report.rejected) lines.push(`  ${issue.message}`);
  }
  if (report.warnings.length > 0) {
    lines.push('', 'Dropped fields (the pledge is kept without them):');
    for (const issue of report.warnings) lines.push(`  ${issue.message}`);
  }
  if (report.nextUrl) lines.push('', `This page continues at ${report.nextUrl}, which was not checked.`);
  lines.push(
    '',
    report.valid ? (counts.warnings ? 'Valid, with warnings.' : 'Valid.') : 'Not valid: some items are rejected.',
  );
  return `${lines.join('\n')}\n`;
}
