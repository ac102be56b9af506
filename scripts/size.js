#!/usr/bin/env node
// Prints the minified, gzip and brotli sizes of the script-tag file, and fails above the
// budget (25 KiB brotli: all four elements, the model, six languages and dates).
import {readFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const FILE = 'dist/pledgekit.js';
const LIMIT = 25 * 1024;
const TARGET = 20 * 1024;

const code = readFileSync(FILE);
const gzip = gzipSync(code, {level: 9}).length;
const brotli = brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`${FILE}: ${kib(code.length)} min, ${kib(gzip)} gzip, ${kib(brotli)} brotli`);
console.log(
  `budget: ${kib(LIMIT)} brotli (target ${kib(TARGET)}): ${brotli <= LIMIT ? 'pass' : 'FAIL'}${brotli > TARGET ? ', above target' : ''}`,
);
if (brotli > LIMIT) process.exit(1);
