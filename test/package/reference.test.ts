import {it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {REFERENCE_FILE, reference} from '../../scripts/reference.js';

it(
  'docs/elements.md is up to date with the elements (run `npm run docs` if this fails)',
  {skip: !existsSync('custom-elements.json') && 'run npm run build first'},
  () => {
    const manifest: unknown = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    assert.equal(readFileSync(REFERENCE_FILE, 'utf8'), reference(manifest));
  },
);
