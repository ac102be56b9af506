#!/usr/bin/env node
// Times `pledgekit build` on a generated CSV (100,000 rows by default) and reports its peak memory.
// Usage: node scripts/bench-cli.js [rows] [--page-size N] [--entry dist/cli/main.js] [--keep]
// Runs the TypeScript source through tsx, or with --entry a compiled main.js (after `npm run build`),
// which leaves tsx's own memory out of the figure. --keep leaves the CSV and the output in place.
// The CSV is the same for the same row count (a seeded generator), so runs can be compared.
import {spawnSync} from 'node:child_process';
import {createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {once} from 'node:events';

const args = process.argv.slice(2);
const pageSizeAt = args.indexOf('--page-size');
const pageSize = pageSizeAt === -1 ? undefined : args.splice(pageSizeAt, 2)[1];
const entryAt = args.indexOf('--entry');
const entryFile = entryAt === -1 ? undefined : args.splice(entryAt, 2)[1];
const keepAt = args.indexOf('--keep');
const keep = keepAt !== -1 && args.splice(keepAt, 1).length > 0;
const rows = Number(args[0] ?? 100_000);

const STAKEHOLDERS = [
  'local-government',
  'national-government',
  'civil-society',
  'migrant-organisation',
  'network',
  'academia',
  'private-sector',
];
const COUNTRIES = ['BR', 'FR', 'KE', 'PH', 'US', 'CO', 'ES', 'CH', 'MD', 'CA', 'AR', 'DE', 'NG', 'JP'];
const PRINCIPLES = ['people-centred', 'human-rights', 'whole-of-society', 'gender-responsive', 'child-sensitive'];
const WORDS =
  'city migrants refugees inclusion access services language health housing work school rights information network welcome desk community training data'.split(
    ' ',
  );
const HEADER =
  'id,title,summary,content_text,url,date_published,authors,actor.name,actor.country,stakeholder,scope,objectives,countries,principles,forms,status,period.start,source.name';

/** A small seeded generator (mulberry32): the same CSV on every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function row(i, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const words = (n) => Array.from({length: n}, () => pick(WORDS)).join(' ');
  const objectives = [...new Set(Array.from({length: 1 + Math.floor(next() * 3)}, () => 1 + Math.floor(next() * 23)))];
  const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(next() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
  const country = pick(COUNTRIES);
  const id = `pledge-${String(i).padStart(6, '0')}`;
  const text = `${words(40)}, ${words(30)}.\n\n"${words(25)}" ${words(20)}.`;
  return [
    id,
    `Pledge ${i}: ${words(8)}`,
    words(30),
    `"${text.replace(/"/g, '""')}"`,
    `https://pledges.example.org/${id}`,
    day,
    `Author ${i % 97};Editor ${i % 13}`,
    `"Municipality ${i % 5000}, ${country}"`,
    country,
    pick(STAKEHOLDERS),
    'local',
    objectives.join(';'),
    country,
    pick(PRINCIPLES),
    'policy;process',
    'in-progress',
    day.slice(0, 4),
    'Call to Local Action',
  ].join(',');
}

async function writeCsv(file) {
  const out = createWriteStream(file);
  const next = random(2024);
  out.write(`${HEADER}\n`);
  for (let i = 1; i <= rows; i++) {
    if (!out.write(`${row(i, next)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function countFiles(dir) {
  return readdirSync(dir, {recursive: true}).filter((name) => statSync(join(dir, String(name))).isFile()).length;
}

const dir = mkdtempSync(join(tmpdir(), 'pledgekit-bench-'));
try {
  const csv = join(dir, 'pledges.csv');
  await writeCsv(csv);
  if (entryFile && !existsSync(entryFile)) throw new Error(`${entryFile} does not exist; run npm run build first`);
  const entry = entryFile ? [entryFile] : ['--import', 'tsx', 'src/cli/main.ts'];
  // The child reports its own peak resident memory as it exits.
  const report =
    'data:text/javascript,process.on("exit",()=>process.stderr.write("maxRSS="+process.resourceUsage().maxRSS+"\\n"))';
  const buildArgs = ['build', csv, '--out', join(dir, 'out'), '--base-url', 'https://example.org/pledges/'];
  if (pageSize) buildArgs.push('--page-size', pageSize);
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', report, ...entry, ...buildArgs], {encoding: 'utf8'});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) {
    console.error(child.stdout, child.stderr);
    process.exit(1);
  }
  const maxRss = Number(/maxRSS=(\d+)/.exec(child.stderr)?.[1]) / 1024;
  console.log(child.stdout.trim());
  console.log(
    `\n${rows.toLocaleString('en')} rows (${(statSync(csv).size / 2 ** 20).toFixed(1)} MiB of CSV) with ${entryFile ?? 'src/cli/main.ts through tsx'}: ` +
      `${seconds.toFixed(1)} s, peak RSS ${maxRss.toFixed(0)} MiB, ${countFiles(join(dir, 'out'))} files written.`,
  );
} finally {
  if (keep) console.log(`Kept ${dir}`);
  else rmSync(dir, {recursive: true, force: true});
}
