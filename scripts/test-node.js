#!/usr/bin/env node
// Runs the Node test files (everything under test/ except the browser tests) with node:test.
// Node 20's --test takes no glob, so the files are listed here.
// `--hardening` runs the hardening suite's Node files (test/hardening/*.node.test.ts) instead.
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';

const BROWSER_DIRS = ['elements', 'browser', 'stories', 'hardening'];
const hardening = process.argv.includes('--hardening');
const files = hardening
  ? readdirSync('test/hardening')
      .filter((file) => file.endsWith('.node.test.ts'))
      .map((file) => join('test/hardening', file))
      .sort()
  : readdirSync('test', {recursive: true})
      .map(String)
      .filter((file) => file.endsWith('.test.ts') && !BROWSER_DIRS.includes(file.split(/[\\/]/)[0]))
      .map((file) => join('test', file))
      .sort();
const options = process.argv.slice(2).filter((arg) => arg !== '--hardening');
const args = ['--import', 'tsx', '--test', '--test-reporter', 'spec', ...options, ...files];
const {status} = spawnSync(process.execPath, args, {stdio: 'inherit'});
process.exit(status ?? 1);
