/**
 * `pledgekit build`: CSV or JSON in; JSON Feed, RSS and Atom out, paged, with a slice per
 * objective and per stakeholder type, and the JSON Schema. The output depends on the
 * input alone: items are sorted newest first then by id, and `generated` is the newest
 * date in the data, so the same input gives the same bytes.
 */
import {mkdir, readdir, rm, rmdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {OBJECTIVE_NUMBERS, STAKEHOLDER_LABELS, STAKEHOLDER_TYPES, objective} from '../model/catalogue.js';
import type {StakeholderType} from '../model/catalogue.js';
import {isHttpUrl, isLanguageTag} from '../model/formats.js';
import {feedJsonSchema} from '../model/json-schema.js';
import type {Pledge} from '../model/schema.js';
import {CliError} from './errors.js';
import {readBuildInput} from './input.js';
import type {BuildInput, BuildIssue} from './input.js';
import {FeedWriter} from './pages.js';
import type {FeedSettings, SerialisedItem} from './pages.js';
import type {PledgeStore} from './store.js';
import {atomDate, atomEntry, rssItem} from './xml.js';

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
  /** Pledges per page before `next_url` starts another. Default 500. */
  pageSize?: number;
  /** Write nothing when any row is rejected or has a field dropped. */
  strict?: boolean;
}

/** What a build read and wrote. */
export interface BuildResult {
  /** Rows (CSV) or items (JSON) read. */
  read: number;
  /** Pledges published. */
  published: number;
  rejected: BuildIssue[];
  warnings: BuildIssue[];
  /** False when `strict` stopped the build: nothing was written. */
  written: boolean;
  /** Paths of the files written, relative to the output folder, in writing order. */
  files: string[];
  /** The address of the main JSON feed. */
  feedUrl: string;
  /** The objective numbers and stakeholder types that have a slice. */
  slices: {objective: number[]; stakeholder: string[]};
}

/** The default number of pledges per page. */
export const DEFAULT_PAGE_SIZE = 500;

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
  return withSlash;
}

function checkOptions(options: BuildOptions): {baseUrl: string; pageSize: number} {
  const baseUrl = normaliseBaseUrl(options.baseUrl);
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

function settingsFor(options: BuildOptions, input: BuildInput, baseUrl: string, pageSize: number): FeedSettings {
  const description = options.description ?? input.feed?.description;
  const language = options.language ?? input.feed?.language;
  const updated = input.store.newest === undefined ? undefined : atomDate(input.store.newest);
  const email = input.feed?._pledgekit?.subscribe?.email;
  return {
    out: options.out,
    baseUrl,
    pageSize,
    info: {
      homePageUrl: options.homePageUrl ?? input.feed?.home_page_url ?? baseUrl,
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
    rss: Buffer.from(rssItem(pledge, info.baseUrl)),
    atom: Buffer.from(atomEntry(pledge, info)),
  };
}

/** Writes every feed in one pass over the sorted pledges, so each pledge is read and serialised once. */
async function writeFeeds(plan: Plan, store: PledgeStore, info: FeedSettings['info']): Promise<string[]> {
  for (const {pledge, objectives, stakeholder} of store.sorted()) {
    const item = serialise(pledge, info);
    await plan.main.add(item);
    for (const n of objectives) await plan.objective.get(n)!.add(item);
    await plan.stakeholder.get(stakeholder)!.add(item);
  }
  const writers = [plan.main, ...plan.objective.values(), ...plan.stakeholder.values()];
  for (const writer of writers) await writer.finish();
  return writers.flatMap((writer) => writer.files);
}

const OUTPUT_FILE = /^(?:feed(?:-\d+)?\.(?:json|xml)|atom(?:-\d+)?\.xml)$/;

/** Removes feed pages and slices of an earlier build that this one did not write; nothing else. */
async function removeStale(out: string, written: ReadonlySet<string>): Promise<void> {
  const dirs = [
    '',
    ...OBJECTIVE_NUMBERS.map((n) => `objective/${n}/`),
    ...STAKEHOLDER_TYPES.map((t) => `stakeholder/${t}/`),
  ];
  for (const dir of dirs) {
    const names = await readdir(join(out, dir)).catch(() => undefined);
    if (names === undefined) continue;
    for (const name of names) {
      if (OUTPUT_FILE.test(name) && !written.has(dir + name)) await rm(join(out, dir, name));
    }
    // A slice folder left empty goes too; rmdir refuses a folder that holds anything else.
    if (dir !== '') await rmdir(join(out, dir)).catch(() => undefined);
  }
  for (const dir of ['objective', 'stakeholder']) await rmdir(join(out, dir)).catch(() => undefined);
}

async function prepareOut(out: string): Promise<void> {
  try {
    await mkdir(out, {recursive: true});
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new CliError(`--out ${out} is a file; give a folder to write the feeds into.`);
    throw new CliError(`The folder ${out} cannot be created: ${(error as Error).message}`, 2, {cause: error});
  }
}

async function publish(options: BuildOptions, input: BuildInput, baseUrl: string, pageSize: number) {
  const settings = settingsFor(options, input, baseUrl, pageSize);
  const plan = planFeeds(settings, options.title ?? input.feed?.title ?? 'Pledges', input.store);
  settings.extension.slices = sliceLinks(plan);
  await prepareOut(options.out);
  const files = [...(await writeFeeds(plan, input.store, settings.info)), 'schema.json'];
  await writeFile(join(options.out, 'schema.json'), feedJsonSchema());
  await removeStale(options.out, new Set(files));
  return {files, slices: {objective: [...plan.objective.keys()], stakeholder: [...plan.stakeholder.keys()]}};
}

/**
 * Builds the feeds of a CSV or JSON input into `options.out`: `feed.json` (JSON Feed 1.1,
 * paged with `next_url`), `feed.xml` (RSS 2.0), `atom.xml` (Atom), the same three under
 * `objective/N/` and `stakeholder/TYPE/` for each non-empty slice, and `schema.json`.
 * Files an earlier build wrote and this one did not (a slice that emptied, a last page) are removed.
 *
 * @returns What was read, rejected, dropped and written. With `strict`, any issue means nothing is written.
 * @throws {CliError} when the input cannot be read (missing file, unknown column, bad JSON) or an option is bad.
 */
export async function buildFeed(options: BuildOptions): Promise<BuildResult> {
  const {baseUrl, pageSize} = checkOptions(options);
  const input = await readBuildInput(options.input);
  try {
    const result: BuildResult = {
      read: input.read,
      published: input.store.size,
      rejected: input.rejected,
      warnings: input.warnings,
      written: false,
      files: [],
      feedUrl: `${baseUrl}feed.json`,
      slices: {objective: [], stakeholder: []},
    };
    if (options.strict && (input.rejected.length > 0 || input.warnings.length > 0)) return result;
    return {...result, written: true, ...(await publish(options, input, baseUrl, pageSize))};
  } finally {
    input.store.close();
  }
}
