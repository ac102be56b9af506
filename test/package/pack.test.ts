import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {readmeBlocks} from '../docs/readme-blocks.js';

// The package as users get it: packed, installed into a fresh React 19 + TypeScript project (react, @types/react,
// typescript and preact from the registry), used from TypeScript, JSX and plain Node ESM.
// Needs `npm run build` first (npm test does it).
const ROOT = resolve('.');
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

/** `tsc -p` with the project's own TypeScript: the errors as `file:line: message`, by file. */
function typeCheck(project: string, config: object): Map<string, string[]> {
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config));
  const {stdout, error} = spawnSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', '.', '--pretty', 'false'],
    {
      cwd: project,
      encoding: 'utf8',
    },
  );
  if (error) throw error;
  const errors = new Map<string, string[]>();
  for (const [, file, line, message] of stdout.matchAll(/^(\S+)\((\d+),\d+\): error (.*(?:\n {2}.*)*)/gm))
    errors.set(file!, [...(errors.get(file!) ?? []), `${file}:${line}: ${message}`]);
  return errors;
}

describe('the packed package', {skip: !existsSync(join(ROOT, 'dist/index.js')) && 'run npm run build first'}, () => {
  let project = '';
  let installed = '';

  before(() => {
    project = mkdtempSync(join(tmpdir(), 'pledgekit-consumer-'));
    run('npm', ['pack', '--silent', '--pack-destination', project], ROOT);
    const tarball = readdirSync(project).find((file) => file.endsWith('.tgz'))!;
    writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}));
    run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        `./${tarball}`,
        'react@19',
        '@types/react@19',
        'preact@10',
        'typescript@~5.9.3',
      ],
      project,
    );
    installed = join(project, 'node_modules/pledgekit');
  });

  after(() => rmSync(project, {recursive: true, force: true}));

  it('ships the built files, the manifest, the schema, the JSX types and the license, and no sources or tests', () => {
    for (const file of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/pledgekit.js',
      'dist/jsx.d.ts',
      'custom-elements.json',
      'schema/pledge-feed.schema.json',
      'LICENSE',
    ]) {
      assert.ok(existsSync(join(installed, file)), `${file} is missing from the package`);
    }
    for (const file of ['src', 'test', 'demo', 'stories'])
      assert.ok(!existsSync(join(installed, file)), `${file} is in the package`);
    assert.match(readFileSync(join(installed, 'LICENSE'), 'utf8'), /^MIT License/);
  });

  it('says where it comes from: repository, homepage and issues', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      repository?: {url?: string};
      homepage?: string;
      bugs?: {url?: string};
    };
    assert.match(manifest.repository?.url ?? '', /^git\+https:\/\/github\.com\/.+\.git$/);
    assert.match(manifest.homepage ?? '', /^https:\/\//);
    assert.match(manifest.bugs?.url ?? '', /^https:\/\/.+\/issues$/);
  });

  it('links its Markdown only to files it ships', () => {
    const broken: string[] = [];
    const documents = ['README.md', ...readdirSync(installed, {recursive: true}).map(String)].filter(
      (file, i, all) => file.endsWith('.md') && !file.includes('node_modules') && all.indexOf(file) === i,
    );
    for (const document of documents) {
      const text = readFileSync(join(installed, document), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(\w+:|#)/.test(target!)) continue;
        const file = join(installed, dirname(document), target!.split('#')[0]!);
        if (!existsSync(file)) broken.push(`${document} → ${target}`);
      }
    }
    assert.ok(documents.length > 0);
    assert.deepEqual(broken, [], 'links to files the package does not ship (npm shows them broken)');
  });

  it('ships source maps that carry the sources they map', () => {
    const maps = readdirSync(installed, {recursive: true})
      .map(String)
      .filter((file) => file.endsWith('.map'));
    assert.ok(maps.length > 0);
    const incomplete = maps.filter((file) => {
      const map = JSON.parse(readFileSync(join(installed, file), 'utf8')) as {
        sources: string[];
        sourcesContent?: unknown[];
      };
      const contents = map.sourcesContent ?? [];
      return contents.length !== map.sources.length || !contents.every((text) => typeof text === 'string');
    });
    assert.deepEqual(incomplete, [], 'maps that point at sources the package does not hold');
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
    const errors = typeCheck(project, {
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
    });
    assert.deepEqual([...errors.values()].flat(), []);
  });

  describe('in JSX (React 19 and Preact), with pledgekit/jsx', () => {
    // Every line of bad.tsx gives an attribute, property or handler a value of the wrong type.
    const BAD = [
      `<pledge-feed page-size={{}} />`,
      `<pledge-feed objective="17" />`,
      `<pledge-feed theme="sepia" />`,
      `<pledge-card heading-level="3" />`,
      `<pledge-card pledge="brazil" />`,
      `<pledge-objective-list selected={17} />`,
      `<pledge-objective-list onpledge-objective-select={(event) => event.query} />`,
      `<pledge-subscribe-button email-method={true} />`,
    ];
    let errors = new Map<string, string[]>();

    before(() => {
      writeFileSync(
        join(project, 'app.tsx'),
        `import type {} from 'pledgekit/jsx';
import 'pledgekit/define';
import {useRef, useState} from 'react';
import {parseFeed, type PledgeFeed, type PledgeSubscribeButton} from 'pledgekit';

const {pledges, feed} = parseFeed('{"version": "https://jsonfeed.org/version/1.1", "items": []}');

export function App() {
  const board = useRef<PledgeFeed>(null);
  const [shown, setShown] = useState('');
  const [selected, setSelected] = useState<readonly number[]>([17]);
  return (
    <main className="pledges" lang="fr" dir="ltr">
      <pledge-feed
        ref={board}
        src="/pledges/feed.json"
        page-size={6}
        objective={17}
        country="FR"
        sort="title"
        sync-url
        hide-objectives={false}
        heading-level={3}
        theme="dark"
        onpledge-filter-change={(event) => setShown(JSON.stringify(event.query) + event.page + event.target.pageSize)}
      />
      <pledge-feed pledges={pledges} feed={feed} pageSize={12} headingLevel={2} />
      <pledge-card pledge={pledges[0]} pledge-id="brazil" heading-level={4} theme="auto" />
      <pledge-objective-list
        pledges={pledges}
        selected={selected}
        multiple
        hide-empty
        layout="compact"
        label="Objectives"
        onpledge-objective-select={(event) => {
          if (event.objectives.length > 3) event.preventDefault();
          else setSelected(event.objectives);
        }}
      />
      <pledge-subscribe-button
        ref={(button: PledgeSubscribeButton | null) => void button?.feedUrl}
        src="/pledges/feed.json"
        objective={17}
        email-action="/subscribe"
        email-method="post"
        label="Follow"
        onpledge-subscribe={(event) => {
          if (event.format === 'email') event.preventDefault();
        }}
      >
        {shown}
      </pledge-subscribe-button>
    </main>
  );
}
`,
      );
      writeFileSync(
        join(project, 'preact.tsx'),
        `/** @jsxImportSource preact */
import type {} from 'pledgekit/jsx';
import {useRef} from 'preact/hooks';
import type {PledgeFeed} from 'pledgekit';

export function Board() {
  const board = useRef<PledgeFeed>(null);
  return <pledge-feed ref={board} src="/feed.json" page-size={6} onpledge-filter-change={(event) => console.log(event.query)} />;
}
`,
      );
      writeFileSync(
        join(project, 'bad.tsx'),
        `import type {} from 'pledgekit/jsx';\n${BAD.map((jsx, i) => `export const bad${i} = ${jsx};`).join('\n')}\n`,
      );
      // The README's JSX, each block in its own file.
      const readme = readmeBlocks(join(ROOT, 'README.md')).filter((block) => ['tsx', 'jsx'].includes(block.lang));
      for (const block of readme) writeFileSync(join(project, `readme-L${block.line}.${block.lang}`), block.code);
      errors = typeCheck(project, {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: [],
        },
        files: ['app.tsx', 'preact.tsx', 'bad.tsx', ...readme.map((block) => `readme-L${block.line}.${block.lang}`)],
      });
    });

    it('types all four tags: attributes, properties, events and refs (React 19)', () => {
      assert.deepEqual(errors.get('app.tsx') ?? [], []);
    });

    it('types them for Preact', () => {
      assert.deepEqual(errors.get('preact.tsx') ?? [], []);
    });

    it('rejects an attribute, a property or a handler of the wrong type', () => {
      const lines = new Set((errors.get('bad.tsx') ?? []).map((error) => Number(error.split(':')[1])));
      const accepted = BAD.filter((_, i) => !lines.has(i + 2));
      assert.deepEqual(accepted, [], 'wrong values that type-check');
    });

    it('type-checks the README’s JSX', () => {
      const readme = [...errors].filter(([file]) => file.startsWith('readme-L'));
      const messages = readme.flatMap(([file, list]) =>
        list.map((error) => {
          const [, line, message] = /:(\d+): (.*)/s.exec(error)!;
          return `README.md:${Number(/L(\d+)/.exec(file)![1]) + Number(line)}: ${message}`;
        }),
      );
      assert.deepEqual(messages, []);
      assert.deepEqual(
        [...errors.keys()].filter(
          (file) => !['app.tsx', 'preact.tsx', 'bad.tsx'].includes(file) && !readme.some(([f]) => f === file),
        ),
        [],
        'errors outside the files written here (the package’s own types?)',
      );
    });
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
