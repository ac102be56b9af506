/**
 * The JSON Schema of a pledge feed, generated from the zod schemas. The CLI publishes it
 * next to every feed it builds, and `npm run schema` writes it to `schema/`.
 */
import * as z from 'zod';
import {Feed, FeedExtension, PledgeData} from './schema.js';

/** Where the feed format, with its `_pledge` and `_pledgekit` extensions, is described: the extensions' `about`. */
export const FEED_FORMAT_URL = 'https://www.npmjs.com/package/pledgekit#the-feed-format';

/** The schema's own address: where the package publishes it. */
export const FEED_SCHEMA_ID = 'https://unpkg.com/pledgekit/schema/pledge-feed.schema.json';

// JSON Feed asks each extension to name its description (`about`) at least once: it is no
// field of a pledge, so it is in the published schema and not in the zod types.
const about = {type: 'string', format: 'uri', const: FEED_FORMAT_URL, description: 'what this extension is'} as const;

/** The JSON Schema (draft 2020-12) of a pledge feed as published, as JSON text ending in a newline. */
export function feedJsonSchema(): string {
  const schema = z.toJSONSchema(Feed, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: ({zodSchema, jsonSchema}) => {
      if (zodSchema === FeedExtension || zodSchema === PledgeData) {
        jsonSchema.properties = {about, ...jsonSchema.properties};
      }
    },
  });
  const published = {
    $id: FEED_SCHEMA_ID,
    title: 'Pledge feed: JSON Feed 1.1 with the _pledge extension',
    description: `A JSON Feed 1.1 document whose items are pledges; see ${FEED_FORMAT_URL}`,
    ...schema,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
