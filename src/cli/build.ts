/**
 * `pledgekit build`: CSV or JSON in; JSON Feed, RSS and Atom out, paged, with a slice per
 * objective and per stakeholder type, and the JSON Schema. The output depends on the
 * input alone: items are sorted newest first then by id, and `generated` is the newest
 * date in the data, so the same input gives the same bytes.
 */
import {OBJECTIVE_NUMBERS, STAKEHOLDER_LABELS, STAKEHOLDER_TYPES, objective} from '../model/catalogue.js';
import type {StakeholderType} from '../model/catalogue.js';
import {isHttpUrl, isLanguageTag} from '../model/formats.js';
import {feedJsonSchema} from '../model/json-schema.js';
import type {Pledge} from '../model/schema.js';
import {checkDatePattern} from './dates.js';
import {checkEncoding} from './encoding.js';
import type {InputEncoding} from './encoding.js';
import {CliError} from './errors.js';
import {readBuildInput} from './input.js';
import type {BuildInput, BuildIssue} from './input.js';
import {OutputFolder} from './output.js';
import {FeedWriter} from './pages.js';
import type {FeedSettings, PageSize, SerialisedItem} from './pages.js';
import {toUri} from './published.js';
import type {PledgeStore} from './store.js';
import {cleanText} from './text.js';
import {atomEntry, rssItem} from './xml.js';

export {describeBuildIssue} from './input.js';
export type {BuildIssue} from './input.js';

/** What `buildFeed` needs. */
export interface BuildOptions {
  /** A `.csv` file, or a `.json` file holding an array of items or a JSON Feed. */
  input: string;
  /** The folder to write into; created when missing. */
  out: string;
  /** The http(s) address the folder will be published at. */
  baseUrl: string;
  /** The feed's title; default: the input feed's, else "Pledges". */
  title?: string;
  description?: string;
  /** The site the feed belongs to; default: the input feed's, else the base URL. */
  homePageUrl?: string;
  /** The feed's language tag; default: the input feed's. */
  language?: string;
  /** Pledges per page before `next_url` starts another. Default `DEFAULT_PAGE_SIZE`. */
  pageSize?: number;
  /** Write nothing when any row is rejected, has a field dropped or changed, or a page of the input is missing. */
  strict?: boolean;
  /** The CSV's text encoding, such as `windows-1252`; detected when absent. */
  encoding?: string;
  /** The one date-fns pattern of the CSV's dates, such as `dd/MM/yyyy`; else the usual spellings are read. */
  dateFormat?: string;
  /** Replace files in `out` that pledgekit did not write. */
  force?: boolean;
}

/** What a build read and wrote. */
export interface BuildResult {
  /** Rows (CSV) or items (JSON) read. */
  read: number;
  /** Pledges published. */
  published: number;
  rejected: BuildIssue[];
  /** Optional fields dropped. */
  warnings: BuildIssue[];
  /** Fields published with a change (control characters removed) or with text already damaged (U+FFFD). */
  changes: BuildIssue[];
  /** Sentences on the input and output as a whole: dates read, pages not read, links, page sizes. */
  notes: string[];
  /** The CSV's encoding, and how it was chosen. */
  encoding?: InputEncoding;
  /** The pages of a paged JSON Feed read after the first. */
  pages: string[];
  /** False when `strict` stopped the build: nothing was written. */
  written: boolean;
  /** Paths of the files written, relative to the output folder, in writing order. */
  files: string[];
  /** The address of the main JSON feed. */
  feedUrl: string;
  /** The objective numbers and stakeholder types that have a slice. */
  slices: {objective: number[]; stakeholder: string[]};
}

/**
 * The default number of pledges per page: a typical pledge takes 1.5 to 2.5 KB in each
 * format, so a page of 50 stays near the 100 KB JSON Feed calls ideal, and one of long
 * pledges under the 250 KB it calls fine.
 */
export const DEFAULT_PAGE_SIZE = 50;

/** Pages above this size are reported: JSON Feed's "250 KB is fine". */
export const PAGE_SIZE_LIMIT = 250 * 1024;

/**
 * Checks and normalises the base URL: an absolute http(s) address, ending in `/`.
 * @throws {CliError} when it is not one.
 */
export function normaliseBaseUrl(value: string): string {
  const withSlash = value.endsWith('/') ? value : `${value}/`;
  if (!isHttpUrl(withSlash) || /[?#]/.test(value)) {
    throw new CliError(
      `--base-url must be the http: or https: address the output folder will be published at, ` +
        `such as https://example.org/pledges/ (no ? or #); "${value}" is not.`,
    );
  }
  return toUri(withSlash);
}

function checkText(name: string, value: string | undefined): void {
  const removed = value === undefined ? undefined : cleanText(value)?.removed;
  if (removed?.length) throw new CliError(`--${name} holds a control character (${removed.join(', ')}); remove it.`);
}

function checkOptions(options: BuildOptions): {baseUrl: string; pageSize: number} {
  const baseUrl = normaliseBaseUrl(options.baseUrl);
  checkText('title', options.title);
  checkText('description', options.description);
  if (options.encoding !== undefined) checkEncoding(options.encoding);
  if (options.dateFormat !== undefined) checkDatePattern(options.dateFormat);
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new CliError(`--page-size must be a whole number of 1 or more; it was ${pageSize}.`);
  if (options.language !== undefined && !isLanguageTag(options.language)) {
    throw new CliError(`--lang must be a language tag such as en, fr or pt-BR; it was "${options.language}".`);
  }
  if (options.homePageUrl !== undefined && !isHttpUrl(options.homePageUrl)) {
    throw new CliError(`--home-page-url must be an http: or https: address; it was "${options.homePageUrl}".`);
  }
  return {baseUrl, pageSize};
}

function settingsFor(
  options: BuildOptions,
  input: BuildInput,
  folder: OutputFolder,
  baseUrl: string,
  pageSize: number,
): FeedSettings {
  const description = options.description ?? input.feed?.description;
  const language = options.language ?? input.feed?.language;
  const updated = input.store.newest;
  const email = input.feed?._pledgekit?.subscribe?.email;
  return {
    folder,
    baseUrl,
    pageSize,
    info: {
      homePageUrl: toUri(options.homePageUrl ?? input.feed?.home_page_url ?? baseUrl),
      baseUrl,
      ...(description === undefined ? {} : {description}),
      ...(language === undefined ? {} : {language}),
      ...(updated === undefined ? {} : {updated}),
    },
    extension: {...(updated === undefined ? {} : {generated: updated}), slices: {}, ...(email ? {email} : {})},
  };
}

/** The feeds a build writes: the main one, then one per objective and per stakeholder type that has pledges. */
interface Plan {
  main: FeedWriter;
  objective: Map<number, FeedWriter>;
  stakeholder: Map<string, FeedWriter>;
}

function planFeeds(settings: FeedSettings, title: string, store: PledgeStore): Plan {
  const byObjective = store.objectiveCounts();
  const byStakeholder = store.stakeholderCounts();
  const objectiveFeed = (n: number) =>
    new FeedWriter(
      settings,
      `objective/${n}/`,
      `${title}: objective ${n}, ${objective(n)!.short}`,
      byObjective.get(n)!,
    );
  const stakeholderFeed = (t: StakeholderType) =>
    new FeedWriter(settings, `stakeholder/${t}/`, `${title}: ${STAKEHOLDER_LABELS[t]}`, byStakeholder.get(t)!);
  return {
    main: new FeedWriter(settings, '', title, store.size),
    objective: new Map(OBJECTIVE_NUMBERS.filter((n) => byObjective.has(n)).map((n) => [n, objectiveFeed(n)])),
    stakeholder: new Map(STAKEHOLDER_TYPES.filter((t) => byStakeholder.has(t)).map((t) => [t, stakeholderFeed(t)])),
  };
}

/** `_pledgekit.slices`: each slice's first JSON page by objective number and stakeholder type. */
function sliceLinks(plan: Plan): Record<string, Record<string, string>> {
  const links = (writers: Map<number | string, FeedWriter>) =>
    Object.fromEntries([...writers].map(([key, writer]) => [String(key), writer.url('json')]));
  return {
    ...(plan.objective.size ? {objective: links(plan.objective)} : {}),
    ...(plan.stakeholder.size ? {stakeholder: links(plan.stakeholder)} : {}),
  };
}

// Encoded once here and copied into every feed the pledge belongs to.
function serialise(pledge: Pledge, info: FeedSettings['info']): SerialisedItem {
  return {
    json: Buffer.from(`    ${JSON.stringify(pledge, null, 2).replace(/\n/g, '\n    ')}`),
    rss: Buffer.from(rssItem(pledge, info)),
    atom: Buffer.from(atomEntry(pledge, info)),
  };
}

/** Writes every feed in one pass over the sorted pledges, so each pledge is read and serialised once. */
async function writeFeeds(plan: Plan, store: PledgeStore, info: FeedSettings['info']): Promise<PageSize[]> {
  for (const {pledge, objectives, stakeholder} of store.sorted()) {
    const item = serialise(pledge, info);
    await plan.main.add(item);
    for (const n of objectives) await plan.objective.get(n)!.add(item);
    await plan.stakeholder.get(stakeholder)!.add(item);
  }
  const writers = [plan.main, ...plan.objective.values(), ...plan.stakeholder.values()];
  for (const writer of writers) await writer.finish();
  return writers.flatMap((writer) => writer.written);
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** Sentences on what readers of the output will meet: items that link to the home page, pages that are too big. */
function outputNotes(store: PledgeStore, homePageUrl: string, pages: readonly PageSize[]): string[] {
  const notes: string[] = [];
  if (store.withoutUrl > 0) {
    notes.push(
      `${store.withoutUrl} ${store.withoutUrl === 1 ? 'pledge has' : 'pledges have'} no url of ` +
        `${store.withoutUrl === 1 ? 'its' : 'their'} own: RSS and Atom readers are sent to ${homePageUrl}. ` +
        'Give each pledge its page in a url column.',
    );
  }
  const big = pages.filter((page) => page.bytes > PAGE_SIZE_LIMIT).sort((a, b) => b.bytes - a.bytes);
  if (big.length > 0) {
    notes.push(
      `${big.length} ${big.length === 1 ? 'page is' : 'pages are'} over ${kilobytes(PAGE_SIZE_LIMIT)} ` +
        `(the largest, ${big[0]!.path}, is ${kilobytes(big[0]!.bytes)}): feed readers fetch a whole page, ` +
        'and JSON Feed calls under 100 KB ideal and 250 KB fine. Lower --page-size.',
    );
  }
  return notes;
}

async function publish(options: BuildOptions, input: BuildInput, baseUrl: string, pageSize: number) {
  const folder = await OutputFolder.open(options.out, {force: options.force ?? false});
  const settings = settingsFor(options, input, folder, baseUrl, pageSize);
  const plan = planFeeds(settings, options.title ?? input.feed?.title ?? 'Pledges', input.store);
  settings.extension.slices = sliceLinks(plan);
  const writers = [plan.main, ...plan.objective.values(), ...plan.stakeholder.values()];
  const files = [...writers.flatMap((writer) => writer.files), 'schema.json'];
  await folder.claim(files);
  const pages = await writeFeeds(plan, input.store, settings.info);
  const schema = await folder.create('schema.json');
  try {
    await schema.writeFile(feedJsonSchema());
  } finally {
    await schema.close();
  }
  await folder.finish();
  return {
    files,
    notes: outputNotes(input.store, settings.info.homePageUrl, pages),
    slices: {objective: [...plan.objective.keys()], stakeholder: [...plan.stakeholder.keys()]},
  };
}

/**
 * Builds the feeds of a CSV or JSON input into `options.out`: `feed.json` (JSON Feed 1.1,
 * paged with `next_url`), `feed.xml` (RSS 2.0), `atom.xml` (Atom), the same three under
 * `objective/N/` and `stakeholder/TYPE/` for each non-empty slice, and `schema.json`, and
 * lists them in `.pledgekit-manifest.json`. Files an earlier build wrote and this one did
 * not (a slice that emptied, a last page) are removed; files it did not write are never
 * overwritten without `force`, nor anything reached through a symbolic link.
 *
 * @returns What was read, rejected, dropped and written. With `strict`, any issue means nothing is written.
 * @throws {CliError} when the input cannot be read (missing file, unknown column, bad JSON) or an option is bad.
 */
export async function buildFeed(options: BuildOptions): Promise<BuildResult> {
  const {baseUrl, pageSize} = checkOptions(options);
  const input = await readBuildInput(options.input, {
    ...(options.encoding === undefined ? {} : {encoding: options.encoding}),
    ...(options.dateFormat === undefined ? {} : {dateFormat: options.dateFormat}),
  });
  try {
    const result: BuildResult = {
      read: input.read,
      published: input.store.size,
      rejected: input.rejected,
      warnings: input.warnings,
      changes: input.changes,
      notes: input.notes,
      ...(input.encoding ? {encoding: input.encoding} : {}),
      pages: input.pages,
      written: false,
      files: [],
      feedUrl: `${baseUrl}feed.json`,
      slices: {objective: [], stakeholder: []},
    };
    const problems = input.rejected.length + input.warnings.length + input.changes.length;
    if (options.strict && (problems > 0 || input.incomplete)) return result;
    const written = await publish(options, input, baseUrl, pageSize);
    return {...result, ...written, notes: [...input.notes, ...written.notes], written: true};
  } finally {
    input.store.close();
  }
}
