// The fenced code blocks of README.md, for the tests that run them (test/docs/readme.test.ts) and type-check
// the JSX ones (test/package/pack.test.ts). A block that cannot run says so just above it, with the reason:
//
//   <!-- readme-test skip: the commands that run this very test -->
import {readFileSync} from 'node:fs';

export interface Block {
  /** The README line of the opening fence, counted from 1. */
  line: number;
  /** The fence's language (`ts`, `sh`, `html`…), lower-cased; '' when it names none. */
  lang: string;
  code: string;
  /** Why the block is not run, from a `<!-- readme-test skip: … -->` comment right above it. */
  skip?: string;
  /** `README.md:12 (```ts)`, how failures name the block. */
  name: string;
}

const FENCE = /^(`{3,}|~{3,})\s*([\w+-]*)/;
const DIRECTIVE = /^<!--\s*readme-test\b(.*?)-->$/;

/** The README's code blocks in order; throws on a `readme-test` comment it does not understand. */
export function readmeBlocks(file = 'README.md'): Block[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const [, fence, lang = ''] = open;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith(fence!); i++) body.push(lines[i]!);
    let above = start - 1;
    while (above >= 0 && lines[above]!.trim() === '') above--;
    const directive = above >= 0 ? DIRECTIVE.exec(lines[above]!.trim()) : null;
    const block: Block = {
      line: start + 1,
      lang: lang.toLowerCase(),
      code: body.join('\n') + '\n',
      name: `${file}:${start + 1} (${fence}${lang})`,
    };
    if (directive) {
      const skip = /^\s*skip:\s*(\S.*?)\s*$/.exec(directive[1]!);
      if (!skip)
        throw new Error(`${file}:${above + 1}: write <!-- readme-test skip: why the block below cannot run -->`);
      block.skip = skip[1];
    }
    blocks.push(block);
  }
  return blocks;
}
