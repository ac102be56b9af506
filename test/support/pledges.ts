// Sample pledges and feeds for the tests: the smallest valid pledge, a feed of them, and
// runs in Node and in the browser tests alike.
import type {Json} from '../../src/model/json-feed.js';

export const VERSION = 'https://jsonfeed.org/version/1.1';

/** The smallest valid pledge item: an id, a title, a description, an actor and a stakeholder type. */
export const pledgeItem = (id: string, extra: Json = {}): Json => ({
  id,
  title: `Pledge ${id}`,
  content_text: 'The city opens a welcome desk for newcomers.',
  _pledge: {actor: {name: 'City of Example'}, stakeholder: 'local-government'},
  ...extra,
});

/** A JSON Feed of `pledgeItem`s with these ids, and any other feed fields. */
export const pledgeFeed = (ids: readonly string[], extra: Json = {}): Json => ({
  version: VERSION,
  title: 'Local actions',
  items: ids.map((id) => pledgeItem(id)),
  ...extra,
});
