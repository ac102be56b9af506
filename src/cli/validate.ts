/**
 * `pledgekit validate`: reads a feed from a file or an http(s) address with `parseFeed`,
 * the same reader the elements use, and reports what a person must fix: the counts, then
 * each rejected item and each dropped field with its location and reason, then what the
 * published JSON Schema (`schema.json`) finds that the lenient reader let through (a date
 * without a time, a URL that is not a URI), so `validate`, `parseFeed`, the schema and
 * the writer tell the same story. A feed that is no pledge feed is named for what it is.
 */
import {extname} from 'node:path';
import {FeedError} from '../feed/errors.js';
import {describeIssue, parseFeed} from '../feed/read/parse.js';
import type {FeedIssue} from '../feed/read/parse.js';
import {isDateTime, isHttpUrl} from '../model/formats.js';
import {isObject} from '../model/json-feed.js';
import type {Json} from '../model/json-feed.js';
import {CliError} from './errors.js';
import {FEED_FORMAT_URL, toDateTime, toUri} from './published.js';
import {readSource} from './source.js';
import type {SourceOptions} from './source.js';
import {jsonFeedProblems, schemaProblems} from './schemas.js';
import type {SchemaProblem} from './schemas.js';
import {printable} from './text.js';

/** A located issue with its one-line description. */
export interface ReportedIssue extends FeedIssue {
  /** The issue in one line, as the text report prints it (control characters escaped). */
  message: string;
}

/** What `validateFeed` found in a feed that could be read. */
export interface ValidationReport {
  /** The file or address that was read. */
  source: string;
  /** True when no item was rejected (dropped optional fields and notes do not make a feed invalid). */
  valid: boolean;
  /** False when the document is a JSON Feed none of whose items is a pledge. */
  pledgeFeed: boolean;
  title?: string;
  counts: {items: number; pledges: number; rejected: number; warnings: number; notes: number};
  /** The next page, which this check does not read. */
  nextUrl?: string;
  rejected: ReportedIssue[];
  warnings: ReportedIssue[];
  /** What the published JSON Schema rejects although `parseFeed` reads it, with how pledgekit would write it. */
  notes: ReportedIssue[];
  /** For a JSON Feed that holds no pledge: what the JSON Feed 1.1 schema finds wrong with it, if anything. */
  jsonFeedProblems?: string[];
}

/** The options of `validateFeed`. */
export type ValidateOptions = SourceOptions;

const reported = (issue: FeedIssue): ReportedIssue => ({...issue, message: printable(describeIssue(issue))});

/** What a document that is not JSON is, when it is a feed of another kind. */
function otherFormat(text: string): string | undefined {
  const start = text.slice(0, 4096);
  if (!/^\s*</.test(start)) return undefined;
  if (/<rss[\s>]/.test(start)) return 'an RSS feed';
  if (/<rdf:RDF[\s>]/.test(start)) return 'an RSS 1.0 (RDF) feed';
  if (/<feed[\s>]/.test(start) && /http:\/\/www\.w3\.org\/2005\/Atom/.test(start)) return 'an Atom feed';
  return undefined;
}

const PLEDGE_NEEDS =
  'A pledge item needs an id, a title, content_text or content_html, and a _pledge object ' +
  `with actor.name and stakeholder (${FEED_FORMAT_URL}).`;

/** Rejections of items that are no pledge at all (no `_pledge`) say so, instead of naming their first missing field. */
function notPledges(items: readonly unknown[], rejected: FeedIssue[]): FeedIssue[] {
  return rejected.map((issue) => {
    const item = issue.index === undefined ? undefined : items[issue.index];
    if (!isObject(item) || isObject(item._pledge) || issue.field === 'id') return issue;
    return {...issue, field: '_pledge', reason: 'is not a pledge: the item has no _pledge object'};
  });
}

/** A schema problem in plain words, with how `pledgekit build` writes the value. */
function describeProblem(problem: SchemaProblem): string {
  const {value} = problem;
  if (problem.kind === 'date-time' && typeof value === 'string') {
    const fix = isDateTime(value) ? `; pledgekit build writes it as ${toDateTime(value)}` : '';
    return `is not an RFC 3339 date-time, as JSON Feed requires; it was ${JSON.stringify(value)}${fix}`;
  }
  if (problem.kind === 'uri' && typeof value === 'string') {
    const fix = isHttpUrl(value) ? `; pledgekit build writes it as ${toUri(value)}` : '';
    return `is not a URI (spaces, accents, < and > must be percent-encoded); it was ${JSON.stringify(value)}${fix}`;
  }
  return problem.message;
}

/** Schema problems that the reader did not already report, as notes. */
function schemaNotes(document: Json, rejected: readonly FeedIssue[], warnings: readonly FeedIssue[]): FeedIssue[] {
  const rejectedItems = new Set(rejected.map((issue) => issue.index));
  const dropped = new Set(warnings.map((issue) => `${issue.index ?? ''}|${issue.field}`));
  const items: unknown[] = Array.isArray(document.items) ? document.items : [];
  const notes: FeedIssue[] = [];
  const seen = new Set<string>();
  for (const problem of schemaProblems(document)) {
    const key = `${problem.index ?? ''}|${problem.field}`;
    if (rejectedItems.has(problem.index) || dropped.has(key) || seen.has(key)) continue;
    // A field dropped with its parent (an update, an author) is reported with the parent.
    if ([...dropped].some((field) => key.startsWith(`${field}.`) || key.startsWith(`${field}[`))) continue;
    seen.add(key);
    const item = problem.index === undefined ? undefined : items[problem.index];
    const id =
      isObject(item) && (typeof item.id === 'string' || typeof item.id === 'number') ? String(item.id) : undefined;
    notes.push({
      ...(problem.index === undefined ? {} : {index: problem.index}),
      ...(id === undefined ? {} : {id}),
      field: problem.field,
      reason: describeProblem(problem),
    });
  }
  return notes;
}

/**
 * Reads and checks one feed document (a next page is named, not read).
 * @param source A file path or an http(s) address.
 * @throws {CliError} when the source cannot be read, or is not a JSON Feed at all.
 */
export async function validateFeed(source: string, options: ValidateOptions = {}): Promise<ValidationReport> {
  const text = (await readSource(source, options)).replace(/^\uFEFF/, '');
  const format = otherFormat(text);
  if (format) {
    throw new CliError(
      `${source} is ${format}, not a JSON Feed. pledgekit reads JSON Feed 1.1 with the _pledge extension; ` +
        '"pledgekit build" writes one (feed.json) next to its RSS and Atom feeds.',
    );
  }
  let result;
  try {
    result = parseFeed(text);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    const csvHint =
      extname(source).toLowerCase() === '.csv' ? ' To check a CSV, run "pledgekit build" with --strict.' : '';
    throw new CliError(`${source}: ${error.message}${csvHint}`, 2, {cause: error});
  }
  const document = JSON.parse(text) as Json;
  const items = document.items as unknown[];
  const pledgeFeed = items.length === 0 || items.some((item) => isObject(item) && isObject(item._pledge));
  const rejected = pledgeFeed ? notPledges(items, result.rejected) : [];
  const notes = pledgeFeed ? schemaNotes(document, rejected, result.warnings) : [];
  const report: ValidationReport = {
    source,
    valid: pledgeFeed && rejected.length === 0,
    pledgeFeed,
    ...(result.feed.title === undefined ? {} : {title: result.feed.title}),
    counts: {
      items: items.length,
      pledges: result.pledges.length,
      rejected: rejected.length,
      warnings: pledgeFeed ? result.warnings.length : 0,
      notes: notes.length,
    },
    ...(result.feed.next_url === undefined ? {} : {nextUrl: result.feed.next_url}),
    rejected: rejected.map(reported),
    warnings: pledgeFeed ? result.warnings.map(reported) : [],
    notes: notes.map(reported),
  };
  if (!pledgeFeed) report.jsonFeedProblems = jsonFeedProblems(document).map(printable);
  return report;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function notPledgeFeed(report: ValidationReport, lines: string[]): string {
  const problems = report.jsonFeedProblems ?? [];
  lines.push(
    `${plural(report.counts.items, 'item')}, none of them a pledge: this is ${
      problems.length === 0 ? 'a valid JSON Feed' : 'a JSON Feed'
    }, but its items have no _pledge extension, so pledgekit shows none of them.`,
  );
  if (problems.length > 0) {
    lines.push('', 'What the JSON Feed 1.1 schema finds wrong with it:');
    for (const problem of problems) lines.push(`  ${problem}`);
  }
  lines.push('', PLEDGE_NEEDS, '', 'Not a pledge feed.');
  return `${lines.join('\n')}\n`;
}

/** The report as text for a person: a verdict, the counts, then every issue on its own line. */
export function formatValidationReport(report: ValidationReport): string {
  const {counts} = report;
  const name = report.title === undefined ? '' : ` "${printable(report.title)}"`;
  const lines = [`${printable(report.source)}: JSON Feed${name}`];
  if (!report.pledgeFeed) return notPledgeFeed(report, lines);
  const notes = counts.notes > 0 ? `, ${plural(counts.notes, 'note')}` : '';
  lines.push(
    `${plural(counts.items, 'item')}: ${plural(counts.pledges, 'valid pledge')}, ${counts.rejected} rejected, ` +
      `${plural(counts.warnings, 'field')} dropped${notes}.`,
  );
  if (report.rejected.length > 0) {
    lines.push('', 'Rejected items (left out of the feed; fix them to publish them):');
    for (const issue of report.rejected) lines.push(`  ${issue.message}`);
    if (report.rejected.some((issue) => issue.field === '_pledge')) lines.push(`  ${PLEDGE_NEEDS}`);
  }
  if (report.warnings.length > 0) {
    lines.push('', 'Dropped fields (the pledge is kept without them):');
    for (const issue of report.warnings) lines.push(`  ${issue.message}`);
  }
  if (report.notes.length > 0) {
    lines.push('', 'Notes (pledgekit reads these, but JSON Feed and schema.json want them otherwise):');
    for (const issue of report.notes) lines.push(`  ${issue.message}`);
  }
  if (report.nextUrl) lines.push('', `This page continues at ${printable(report.nextUrl)}, which was not checked.`);
  const verdict = !report.valid
    ? 'Not valid: some items are rejected.'
    : counts.warnings
      ? 'Valid, with warnings.'
      : counts.notes
        ? 'Valid for pledgekit, with notes: other feed readers may stumble on the fields above.'
        : 'Valid.';
  lines.push('', verdict);
  return `${lines.join('\n')}\n`;
}
