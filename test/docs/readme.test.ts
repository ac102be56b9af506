import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {extname, join, resolve} from 'node:path';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import puppeteer from 'puppeteer-core';
import type {Browser, HTTPRequest, Page} from 'puppeteer-core';
import {rollup} from 'rollup';
import ts from 'typescript';
import {CHROME_FLAGS, findChrome} from '../../scripts/find-browsers.js';
import {type Block, readmeBlocks} from './readme-blocks.js';

// Every code block of README.md runs here, as a reader who installed the packed package would run it, so the
// README cannot drift from the package. A new block is picked up by its language:
// - ts, js: type-checked together (strict, against the installed package's types), then run: in headless
//   Chromium when the block touches `document`, `window` or `customElements` or imports an entry that registers
//   elements (bundled with rollup, on a page holding one of each element), else in Node (a `require` block
//   without `import` as CommonJS). `example.org` answers with the sample feed; nothing else leaves the machine.
// - sh: run by bash, in README order, in the reader's project; `npm install pledgekit` installs the packed
//   tarball, and npm runs offline. `feed.json` (the sample feed) and `pledges.csv` are there to work on.
// - html: the page a web editor makes by pasting the block; `YOUR-CDN/pledgekit/…` serves the package's files and
//   `…/feed.json` on YOUR-SITE or example.org the sample feed. Every element must render, and a board show cards.
// - css: applied to a page of every element: each `::part()` must exist, each `--pledge-*` property be documented.
// - tsx: type-checked with React 19's types by test/package/pack.test.ts.
// A block that cannot run is marked just above it: <!-- readme-test skip: why -->.
const ROOT = resolve('.');
const BLOCKS = readmeBlocks();
const SAMPLE_FEED = join(ROOT, 'examples/feeds/local-actions.json');
const SAMPLE_CSV = join(ROOT, 'test/cli/fixtures/seeds.csv');
const built = existsSync(join(ROOT, 'dist/index.js'));

// Names the examples leave to the reader's own code: declared for the type check, harmless at run time.
const READERS_CODE_TYPES = `declare const analytics: {track(data: unknown): void};
declare function openMyNewsletterForm(email?: string): void;
`;
const READERS_CODE = `window.analytics = {track() {}}; window.openMyNewsletterForm = () => {};`;

const SCRIPT = new Set(['ts', 'typescript', 'js', 'javascript']);
const SHELL = new Set(['sh', 'bash', 'shell']);
const ELSEWHERE = new Set(['tsx', 'jsx']); // test/package/pack.test.ts
const RUNS_HERE = (block: Block) =>
  SCRIPT.has(block.lang) || SHELL.has(block.lang) || ['html', 'css'].includes(block.lang);

const isTypeScript = (block: Block) => block.lang === 'ts' || block.lang === 'typescript';
const inBrowser = (block: Block) =>
  /\b(document|window|customElements)\b/.test(block.code) ||
  /from\s+['"]pledgekit\/(define|embed|pledge-[\w-]+)['"]|import\s+['"]pledgekit\/(define|embed|pledge-[\w-]+)['"]/.test(
    block.code,
  );
const isCommonJs = (block: Block) => /\brequire\(/.test(block.code) && !/^\s*(import|export)\b/m.test(block.code);
const lineOf = (block: Block, lineInBlock: number) => `README.md:${block.line + lineInBlock}`;

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

// The addresses the README uses, as the page and Node see them here.
const OFFLINE_FETCH = `// example.org/…/feed.json is the sample feed; any other address fails.
import {readFileSync} from 'node:fs';
const feed = readFileSync(${JSON.stringify(SAMPLE_FEED)});
globalThis.fetch = async (input) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.hostname === 'example.org' && url.pathname.endsWith('/feed.json'))
    return new Response(feed, {headers: {'content-type': 'application/feed+json'}});
  throw new TypeError('The README test reaches no network: ' + url);
};
`;

const FIXTURE_PAGE = (body: string, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>README</title>${head}</head>
<body>${body}</body></html>`;
const EVERY_ELEMENT = `
<pledge-feed src="https://example.org/pledges/feed.json" page-size="3"></pledge-feed>
<pledge-card src="https://example.org/pledges/feed.json" pledge-id="brazil-national-network-welcoming-cities"></pledge-card>
<pledge-objective-list src="https://example.org/pledges/feed.json"></pledge-objective-list>
<pledge-subscribe-button src="https://example.org/pledges/feed.json" objective="17"></pledge-subscribe-button>`;

// In-page code is text: the tests' TypeScript loader would add Node-only helpers to functions.
const ELEMENTS_SETTLED = `(() => {
  const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('pledge-'));
  if (els.some((el) => !customElements.get(el.localName))) return false;
  const boardsReady = [...document.querySelectorAll('pledge-feed')].every((board) =>
    board.shadowRoot?.querySelector('pledge-card, [part~="error"]'));
  return els.length > 0 && boardsReady;
})()`;
const ELEMENT_STATES = `(async () => {
  const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('pledge-'));
  await Promise.all(els.map((el) => el.updateComplete));
  const text = (el) => el?.textContent.replace(/\\s+/g, ' ').trim();
  return els.map((el) => ({
    tag: el.localName,
    defined: Boolean(customElements.get(el.localName)),
    rendered: Boolean(el.shadowRoot?.childElementCount),
    error: text(el.shadowRoot?.querySelector('[part~="error"]')) ?? null,
    cards: el.shadowRoot ? [...el.shadowRoot.querySelectorAll('pledge-card')].filter((card) =>
      text(card.shadowRoot?.querySelector('[part~="title"]'))).length : 0,
  }));
})()`;
const STYLE_USE = `(() => {
  function partsOf(host) {
    const names = new Set();
    const root = host.shadowRoot;
    if (!root) return names;
    for (const el of root.querySelectorAll('[part]')) for (const name of el.part) names.add(name);
    for (const el of root.querySelectorAll('[exportparts]')) {
      const inner = partsOf(el);
      for (const entry of el.getAttribute('exportparts').split(',')) {
        const [from, to = from] = entry.split(':').map((s) => s.trim());
        if (inner.has(from)) names.add(to);
      }
    }
    return names;
  }
  const sheet = document.getElementById('readme-css').sheet;
  const rules = [...sheet.cssRules].filter((rule) => rule instanceof CSSStyleRule);
  const parts = [];
  for (const rule of rules)
    for (const [, selector, part] of rule.selectorText.matchAll(/([\\w-]+)::part\\(([\\w-]+)\\)/g)) {
      const hosts = [...document.querySelectorAll(selector)];
      parts.push({selector, part, live: hosts.some((host) => partsOf(host).has(part))});
    }
  const properties = rules.flatMap((rule) =>
    [...rule.style].filter((name) => name.startsWith('--')).map((name) => ({selector: rule.selectorText, name})));
  return {rules: rules.length, parts, properties};
})()`;

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

describe('README.md code blocks', {skip: !built && 'run npm run build first'}, () => {
  let project = '';
  let tarball = '';
  let browser: Browser | undefined;
  let typeErrors: Map<Block, string[]> | undefined;
  const pages = new Map<string, string>();

  before(() => {
    project = mkdtempSync(join(tmpdir(), 'pledgekit-readme-'));
    run('npm', ['pack', '--silent', '--pack-destination', project], ROOT);
    tarball = join(
      project,
      readdirSync(project).find((file) => file.endsWith('.tgz'))!,
    );
    writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'reader', private: true, type: 'module'}));
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], project);
    copyFileSync(SAMPLE_FEED, join(project, 'feed.json'));
    copyFileSync(SAMPLE_CSV, join(project, 'pledges.csv'));
    mkdirSync(join(project, 'readme'));
    writeFileSync(join(project, 'readme/offline-fetch.mjs'), OFFLINE_FETCH);
  });

  after(async () => {
    await browser?.close();
    if (project) rmSync(project, {recursive: true, force: true});
  });

  async function newPage(): Promise<{page: Page; problems: string[]}> {
    browser ??= await puppeteer.launch({executablePath: findChrome(), headless: true, args: CHROME_FLAGS});
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.setRequestInterception(true);
    page.on('request', (request) => void answer(request, problems));
    return {page, problems};
  }

  function answer(request: HTTPRequest, problems: string[]) {
    const url = new URL(request.url());
    const cors = {'access-control-allow-origin': '*'};
    if (url.origin === 'https://readme.test' && pages.has(url.pathname)) {
      const type = url.pathname.endsWith('.js') ? 'text/javascript' : 'text/html';
      return request.respond({status: 200, contentType: type, body: pages.get(url.pathname)!});
    }
    if (url.hostname === 'your-cdn' && url.pathname.startsWith('/pledgekit/')) {
      const file = join(project, 'node_modules', url.pathname.slice(1));
      if (existsSync(file) && !file.includes('..'))
        return request.respond({
          status: 200,
          contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          headers: cors,
          body: readFileSync(file),
        });
    }
    if (['example.org', 'your-site'].includes(url.hostname) && url.pathname.endsWith('/feed.json'))
      return request.respond({
        status: 200,
        contentType: 'application/feed+json',
        headers: cors,
        body: readFileSync(SAMPLE_FEED),
      });
    if (url.pathname === '/favicon.ico') return request.respond({status: 204, body: ''});
    problems.push(`the page asked for ${url}, which is not the package, the sample feed or the page`);
    return request.respond({status: 404, body: 'not served by the README test'});
  }

  /** Errors of one strict type check of every TypeScript block, by block. */
  function typeCheck(): Map<Block, string[]> {
    if (typeErrors) return typeErrors;
    const blocks = BLOCKS.filter((block) => !block.skip && isTypeScript(block));
    const files = new Map<string, Block>();
    for (const block of blocks) {
      const file = join(project, 'readme', `L${block.line}.ts`);
      // A block with no import is a script to TypeScript; `export {}` keeps each in its own scope.
      writeFileSync(file, /^\s*(import|export)\b/m.test(block.code) ? block.code : `${block.code}export {};\n`);
      files.set(file, block);
    }
    const readersCode = join(project, 'readme/readers-code.d.ts');
    writeFileSync(readersCode, READERS_CODE_TYPES);
    const program = ts.createProgram([...files.keys(), readersCode], {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      strict: true,
      noEmit: true,
    });
    typeErrors = new Map(blocks.map((block) => [block, []]));
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      const block = diagnostic.file && files.get(resolve(diagnostic.file.fileName));
      if (!block || diagnostic.start === undefined) {
        assert.fail(`type check: ${diagnostic.file?.fileName ?? ''} ${message}`);
      }
      const {line} = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start);
      typeErrors.get(block)!.push(`${lineOf(block, line + 1)}: ${message}`);
    }
    return typeErrors;
  }

  function transpile(code: string): string {
    return ts.transpileModule(code, {
      compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false},
    }).outputText;
  }

  function runInNode(block: Block): void {
    const file = join(project, 'readme', `L${block.line}.${isCommonJs(block) ? 'cjs' : 'mjs'}`);
    writeFileSync(file, isCommonJs(block) ? block.code : transpile(block.code));
    const result = spawnSync(process.execPath, ['--import', './readme/offline-fetch.mjs', file], {
      cwd: project,
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(
      result.status,
      0,
      `${block.name} failed in Node:\n${result.stderr || result.error}\n(what it printed: ${result.stdout})`,
    );
    assert.equal(result.stderr, '', `${block.name} wrote to stderr in Node:\n${result.stderr}`);
  }

  async function runInBrowser(block: Block) {
    const entry = join(project, 'readme', `L${block.line}.${isTypeScript(block) ? 'ts' : 'js'}`);
    writeFileSync(entry, block.code);
    const bundle = await rollup({
      input: entry,
      plugins: [
        {name: 'readme-ts', transform: (code, id) => (id === entry ? {code: transpile(code), map: null} : null)},
        nodeResolve({rootDir: project, browser: true, exportConditions: ['browser', 'production']}),
      ],
      onwarn(warning) {
        if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(`${block.name}: ${warning.message}`);
      },
    });
    const {output} = await bundle.generate({format: 'es'});
    await bundle.close();
    pages.set(`/L${block.line}.js`, output[0].code);
    pages.set(`/L${block.line}.html`, FIXTURE_PAGE(EVERY_ELEMENT, `<script>${READERS_CODE}</script>`));
    const {page, problems} = await newPage();
    await page.goto(`https://readme.test/L${block.line}.html`);
    const thrown = (await page.evaluate(
      `import('/L${block.line}.js').then(() => null, (error) => String(error?.stack ?? error))`,
    )) as string | null;
    await page.waitForNetworkIdle({idleTime: 200});
    await page.close();
    assert.equal(thrown, null, `${block.name} threw in Chromium: ${thrown}`);
    assert.deepEqual(problems, [], `${block.name} in Chromium`);
  }

  async function settledStates(page: Page, name: string) {
    await page.waitForFunction(ELEMENTS_SETTLED, {timeout: 15_000}).catch(() => {});
    const states = (await page.evaluate(ELEMENT_STATES)) as {
      tag: string;
      defined: boolean;
      rendered: boolean;
      error: string | null;
      cards: number;
    }[];
    assert.ok(states.length > 0, `${name} puts no pledge element on the page`);
    for (const state of states) {
      assert.ok(state.defined && state.rendered, `${name}: <${state.tag}> is not defined or shows nothing`);
      assert.equal(state.error, null, `${name}: <${state.tag}> shows an error`);
      if (state.tag === 'pledge-feed') assert.ok(state.cards > 0, `${name}: <pledge-feed> shows no pledge`);
    }
  }

  async function openAsPage(block: Block) {
    pages.set(`/L${block.line}.html`, FIXTURE_PAGE(block.code));
    const {page, problems} = await newPage();
    await page.goto(`https://readme.test/L${block.line}.html`, {waitUntil: 'networkidle0'});
    await settledStates(page, block.name);
    await page.close();
    assert.deepEqual(problems, [], `${block.name} as a page`);
  }

  async function applyStyles(block: Block) {
    type Declaration = {tagName?: string; cssProperties?: {name: string}[]; cssParts?: {name: string}[]};
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/pledgekit/custom-elements.json'), 'utf8')) as {
      modules: {declarations?: Declaration[]}[];
    };
    const declarations = manifest.modules.flatMap((mod) => mod.declarations ?? []);
    const documented = new Set(declarations.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    const documentedParts = (tag: string) =>
      new Set(declarations.filter((d) => d.tagName === tag).flatMap((d) => (d.cssParts ?? []).map((p) => p.name)));
    const script = '<script type="module" src="https://your-cdn/pledgekit/dist/pledgekit.js"></script>';
    const style = `<style id="readme-css">${block.code}</style>`;
    pages.set(`/L${block.line}.html`, FIXTURE_PAGE(EVERY_ELEMENT, script + style));
    const {page, problems} = await newPage();
    await page.goto(`https://readme.test/L${block.line}.html`, {waitUntil: 'networkidle0'});
    await settledStates(page, block.name);
    const use = (await page.evaluate(STYLE_USE)) as {
      rules: number;
      parts: {selector: string; part: string; live: boolean}[];
      properties: {selector: string; name: string}[];
    };
    await page.close();
    assert.ok(use.rules > 0, `${block.name} holds no style rule Chromium could read`);
    for (const {selector, part, live} of use.parts)
      assert.ok(live || documentedParts(selector).has(part), `${block.name}: ${selector} has no part "${part}"`);
    for (const {selector, name} of use.properties)
      assert.ok(documented.has(name), `${block.name}: ${selector} sets ${name}, which no element documents`);
    assert.deepEqual(problems, [], `${block.name} on a page`);
  }

  function runShell(block: Block) {
    // `npm install pledgekit` is the packed tarball; everything else is the real npm, offline.
    const script = `set -euo pipefail
npm() {
  if { [ "\${1:-}" = install ] || [ "\${1:-}" = i ]; } && [ "$#" = 2 ] && [ "$2" = pledgekit ]; then
    command npm install --no-audit --no-fund "$PLEDGEKIT_TARBALL"
  else
    command npm "$@"
  fi
}
${block.code}`;
    const result = spawnSync('bash', ['-c', script], {
      cwd: project,
      encoding: 'utf8',
      timeout: 120_000,
      env: {...process.env, PLEDGEKIT_TARBALL: tarball, npm_config_offline: 'true', npm_config_yes: 'false'},
    });
    assert.equal(
      result.status,
      0,
      `${block.name} failed (exit ${result.status}):\n${result.stderr || result.error}\n${result.stdout}`,
    );
  }

  it('every block is run here, by test/package/pack.test.ts, or marked with why it cannot run', () => {
    const orphans = BLOCKS.filter((block) => !block.skip && !RUNS_HERE(block) && !ELSEWHERE.has(block.lang));
    assert.deepEqual(
      orphans.map((block) => block.name),
      [],
      'no test runs these blocks: give the fence a language this test runs (ts, js, sh, html, css, tsx), ' +
        'or put <!-- readme-test skip: why --> above it',
    );
  });

  for (const block of BLOCKS.filter((b) => !b.skip && RUNS_HERE(b))) {
    if (SCRIPT.has(block.lang)) {
      const where = inBrowser(block) ? 'Chromium' : isCommonJs(block) ? 'Node (CommonJS)' : 'Node';
      it(`${block.name} type-checks and runs in ${where}`, async () => {
        if (isTypeScript(block)) assert.deepEqual(typeCheck().get(block), [], `${block.name} does not type-check`);
        await (inBrowser(block) ? runInBrowser(block) : runInNode(block));
      });
    } else if (SHELL.has(block.lang)) {
      it(`${block.name} runs in the reader's project`, () => runShell(block));
    } else if (block.lang === 'html') {
      it(`${block.name} makes a page where every element renders`, () => openAsPage(block));
    } else {
      it(`${block.name} styles parts and custom properties the elements have`, () => applyStyles(block));
    }
  }
});
