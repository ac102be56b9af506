import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

// The package as users get it: packed, installed into a fresh project, used from
// TypeScript and from plain Node ESM. Needs `npm run build` first (npm test does it).
const ROOT = resolve('.');
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

describe('the packed package', {skip: !existsSync(join(ROOT, 'dist/index.js')) && 'run npm run build first'}, () => {
  let project = '';

  before(() => {
    project = mkdtempSync(join(tmpdir(), 'pledgekit-consumer-'));
    run('npm', ['pack', '--silent', '--pack-destination', project], ROOT);
    const tarball = readdirSync(project).find((file) => file.endsWith('.tgz'))!;
    writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', `./${tarball}`], project);
  });

  after(() => rmSync(project, {recursive: true, force: true}));

  it('ships the built files, the manifest and the schema, and no sources or tests', () => {
    const installed = join(project, 'node_modules/pledgekit');
    for (const file of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/pledgekit.js',
      'custom-elements.json',
      'schema/pledge-feed.schema.json',
    ]) {
      assert.ok(existsSync(join(installed, file)), `${file} is missing from the package`);
    }
    for (const file of ['src', 'test', 'demo', 'stories'])
      assert.ok(!existsSync(join(installed, file)), `${file} is in the package`);
  });

  it('type-checks a TypeScript file that uses the model, the events and the tag map', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import {parseFeed, loadFeed, OBJECTIVES, PledgeObjectiveSelectEvent, type Pledge} from 'pledgekit';
import 'pledgekit/pledge-card';
const card: HTMLElementTagNameMap['pledge-card'] = document.createElement('pledge-card');
const pledges: Pledge[] = parseFeed('{}').pledges;
card.pledge = pledges[0];
const title: string = OBJECTIVES[16]!.title;
card.addEventListener('pledge-objective-select', (event) => {
  const chosen: readonly number[] = event.objectives;
  const same: PledgeObjectiveSelectEvent = event;
  console.log(chosen, same, title, loadFeed);
});
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          lib: ['ES2023', 'DOM'],
          types: [],
        },
        files: ['use.ts'],
      }),
    );
    run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
  });

  it('imports the model and the feed functions from plain Node ESM', () => {
    const output = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import {parseFeed, OBJECTIVES, filterPledges} from 'pledgekit';
const feed = {version: 'https://jsonfeed.org/version/1.1', title: 't', items: [{id: 1, title: 'A pledge', content_text: 'c', _pledge: {actor: {name: 'City'}, stakeholder: 'local-government', objectives: [17]}}]};
const {pledges} = parseFeed(feed);
console.log(OBJECTIVES.length, filterPledges(pledges, {objectives: [17]}).length, pledges[0].id);`,
      ],
      project,
    );
    assert.equal(output.trim(), '23 1 1');
  });
});
