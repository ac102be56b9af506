// Writes schema/pledge-feed.schema.json, the JSON Schema of a pledge feed, from the zod schemas.
// `npm run schema` rewrites it; a test fails when the committed file is out of date.
import {writeFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {feedJsonSchema} from '../src/model/json-schema.js';

export {feedJsonSchema};

export const SCHEMA_FILE = 'schema/pledge-feed.schema.json';

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(SCHEMA_FILE, feedJsonSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
