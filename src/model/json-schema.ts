/**
 * The JSON Schema of a pledge feed, generated from the zod schemas. The CLI publishes it
 * next to every feed it builds, and `npm run schema` writes it to `schema/`.
 */
import * as z from 'zod';
import {Feed} from './schema.js';

/** The JSON Schema (draft 2020-12) of a pledge feed as published, as JSON text ending in a newline. */
export function feedJsonSchema(): string {
  const schema = z.toJSONSchema(Feed, {io: 'input', target: 'draft-2020-12', unrepresentable: 'any'});
  const published = {
    title: 'Pledge feed: JSON Feed 1.1 with the _pledge extension',
    ...schema,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
