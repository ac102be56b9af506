import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {once} from 'node:events';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseFeed} from '../../src/feed/read/parse.js';
import {BASE, FIXTURES, run, tempDir} from './run.js';

const DIST_MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const MAIN_SOURCE = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};

describe('pledgekit help', () => {
  it('describes the commands with no arguments, --help or help', async () => {
    for (const argv of [[], ['--help'], ['-h'], ['help']]) {
      const result = await run(argv);
      assert.equal(result.code, 0);
      assert.match(result.out, /pledgekit validate <file-or-url> \[--json\]/);
      assert.match(result.out, /pledgekit build <input\.csv\|input\.json> --out <dir> --base-url <url>/);
    }
  });

  it('has help for each command, with its options, exit codes and (for build) the CSV columns', async () => {
    const validate = await run(['validate', '--help']);
    assert.equal(validate.code, 0);
    assert.match(validate.out, /--json/);
    assert.match(validate.out, /Exit status: 0 valid/);
    for (const argv of [
      ['build', '--help'],
      ['build', '-h'],
      ['help', 'build'],
    ]) {
      const build = await run(argv);
      assert.equal(build.code, 0);
      for (const option of ['--out', '--base-url', '--title', '--page-size', '--lang', '--strict'])
        assert.ok(build.out.includes(option), option);
      for (const column of ['actor.name', 'stakeholder', 'objectives', 'period.start', 'translations.fr.title'])
        assert.ok(build.out.includes(column), column);
    }
  });

  it('prints its version', async () => {
    assert.deepEqual(await run(['--version']), {code: 0, out: `${PACKAGE.version}\n`, err: ''});
  });

  it('asks for the missing argument of a command', async () => {
    const result = await run(['validate']);
    assert.equal(result.code, 2);
    assert.match(result.err, /needs one feed: a file or an http\(s\) address/);
  });
});

describe('the built pledgekit command', {skip: !existsSync(DIST_MAIN) && 'dist/cli/main.js is not built'}, () => {
  it('runs with node and builds a feed that parseFeed reads', async () => {
    const {dir, remove} = await tempDir();
    try {
      const args = [DIST_MAIN, 'build', join(FIXTURES, 'seeds.csv'), '--out', dir, '--base-url', BASE];
      const child = spawnSync(process.execPath, args, {encoding: 'utf8'});
      assert.equal(child.status, 0, child.stderr);
      assert.match(child.stdout, /14 pledges to publish/);
      const {pledges, rejected} = parseFeed(readFileSync(join(dir, 'feed.json'), 'utf8'));
      assert.equal(pledges.length, 14);
      assert.deepEqual(rejected, []);
      const invalid = spawnSync(process.execPath, [DIST_MAIN, 'validate', join(FIXTURES, 'feed-with-mistakes.json')], {
        encoding: 'utf8',
      });
      assert.equal(invalid.status, 1);
    } finally {
      await remove();
    }
  });
});

describe('pledgekit with its output closed early (issue 18, item 21)', () => {
  it('ends quietly when the reader of its output is gone, as `pledgekit validate feed.json | head -1`', async () => {
    const {dir, remove} = await tempDir();
    try {
      // Thousands of dropped fields: far more output than a pipe holds.
      const item = (i: number) => ({
        id: `p${i}`,
        title: 'T',
        content_text: 'x',
        _pledge: {actor: {name: 'A'}, stakeholder: 'other', objectives: [24, 25, 26]},
      });
      const feed = {version: 'https://jsonfeed.org/version/1.1', items: Array.from({length: 3000}, (_, i) => item(i))};
      const file = join(dir, 'noisy.json');
      writeFileSync(file, JSON.stringify(feed));
      const child = spawn(process.execPath, ['--import', 'tsx', MAIN_SOURCE, 'validate', file], {stdio: 'pipe'});
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      // Read the first line, then go away, as head -1 does.
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.stdout.destroy();
      const [code] = (await once(child, 'exit')) as [number | null];
      assert.equal(stderr, '');
      assert.equal(code, 0);
    } finally {
      await remove();
    }
  });
});
