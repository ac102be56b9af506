#!/usr/bin/env node
// Runs the Node test files (everything under test/ except the browser tests) with node:test.
// Node 20's --test takes no glob, so the files are listed here.
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';

const BROWSER_DIRS = ['elements', 'browser', 'stories'];
const files = readdirSync('test', {recursive: true})
  .map(String)
  .filter((file) => file.endsWith('.test.ts') && !BROWSER_DIRS.includes(file.split(/[\\/]/)[0]))
  .map((file) => join('test', file))
  .sort();
const args = ['--import', 'tsx', '--test', '--test-reporter', 'spec', ...process.argv.slice(2), ...files];
const {status} = spawnSync(process.execPath, args, {stdio: 'inherit'});
process.exit(status ?? 1);
