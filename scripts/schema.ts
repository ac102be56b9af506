// Writes schema/pledge-feed.schema.json, the JSON Schema of a pledge feed, from the zod schemas.
// `npm run schema` rewrites it; a test fails when the committed file is out of date.
import {writeFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import * as z from 'zod';
import {Feed} from '../src/model/schema.js';

export const SCHEMA_FILE = 'schema/pledge-feed.schema.json';

/** The JSON Schema of a pledge feed as published. */
export function feedJsonSchema(): string {
  const schema = z.toJSONSchema(Feed, {io: 'input', target: 'draft-2020-12', unrepresentable: 'any'});
  const published = {
    title: 'Pledge feed: JSON Feed 1.1 with the _pledge extension',
    ...schema,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(SCHEMA_FILE, feedJsonSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
