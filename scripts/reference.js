#!/usr/bin/env node
// Writes docs/elements.md, the reference of every element, from custom-elements.json
// (run `npm run analyze` first; `npm run docs` does both). A test fails when it is stale.
import {readFileSync, writeFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

export const REFERENCE_FILE = 'docs/elements.md';

const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(title, head, rows) {
  if (rows.length === 0) return '';
  const lines = [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  return `#### ${title}\n\n${lines.join('\n')}\n\n`;
}

/** The Markdown reference of the elements in a custom elements manifest. */
export function reference(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  let out = '# Element reference\n\nGenerated from `custom-elements.json` by `npm run docs`; do not edit by hand.\n\n';
  for (const el of elements) {
    const properties = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy === undefined);
    out += `## \`<${el.tagName}>\`\n\n${cell(el.summary ?? '')}\n\n`;
    out += table(
      'Attributes',
      ['attribute', 'property', 'type', 'default', 'description'],
      (el.attributes ?? []).map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        cell(a.description),
      ]),
    );
    out += table(
      'Properties (set from code)',
      ['property', 'type', 'description'],
      properties
        .filter((p) => !(el.attributes ?? []).some((a) => a.fieldName === p.name))
        .map((p) => [code(p.name), code(p.type?.text), cell(p.description)]),
    );
    out += table(
      'Events',
      ['event', 'type', 'description'],
      (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    );
    out += table(
      'Parts',
      ['part', 'description'],
      (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    );
    out += table(
      'CSS custom properties',
      ['property', 'default', 'description'],
      (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    );
    out += table(
      'Slots',
      ['slot', 'description'],
      (el.slots ?? []).map((s) => [code(s.name || '(default)'), cell(s.description)]),
    );
  }
  return `${out.trimEnd()}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(REFERENCE_FILE, reference(JSON.parse(readFileSync('custom-elements.json', 'utf8'))));
  console.log(`wrote ${REFERENCE_FILE}`);
}
