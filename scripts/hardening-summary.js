#!/usr/bin/env node
// Prints the totals of the hardening suite from the JSON lines its test files appended.
// `--reset` empties the results file first (run it before the suite).
import {existsSync, readFileSync, rmSync} from 'node:fs';

const FILE = 'tmp/hardening/results.jsonl';
if (process.argv.includes('--reset')) {
  rmSync(FILE, {force: true});
  process.exit(0);
}
const lines = existsSync(FILE) ? readFileSync(FILE, 'utf8').split('\n').filter(Boolean) : [];
const rows = lines.map((line) => JSON.parse(line));
const sum = (key, list = rows) => list.reduce((n, row) => n + (row[key] ?? 0), 0);
const propertyRows = rows.filter((row) => row.properties);
const leaks = rows.filter((row) => row.leaks);

console.log('\nHardening figures');
console.log(`  properties run     ${sum('properties')} (${sum('cases', propertyRows)} cases)`);
console.log(
  `  other cases run    ${sum('cases') - sum('cases', propertyRows)} (elements rendered, pages, boards, scenarios)`,
);
console.log(`  payloads tried     ${sum('payloads')}`);
console.log(`  faults survived    ${sum('faults')}`);
console.log(`  violations seen    ${sum('violations')}`);
for (const row of leaks) {
  const deltas = Object.entries(row.leaks).map(([what, delta]) => `${what} ${delta >= 0 ? '+' : ''}${delta}`);
  console.log(`  leak deltas        ${row.name}: ${deltas.join(', ')}`);
}
if (leaks.length === 0) console.log('  leak deltas        (none measured)');
for (const row of rows) {
  const parts = ['properties', 'cases', 'payloads', 'faults', 'violations']
    .filter((k) => row[k] !== undefined)
    .map((k) => `${k} ${row[k]}`);
  if (parts.length > 0) console.log(`    ${row.name}: ${parts.join(', ')}`);
}
