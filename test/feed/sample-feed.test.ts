import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {parseFeed} from '../../src/feed/read/parse.js';
import {Feed} from '../../src/model/schema.js';

const FEED_PATH = new URL('../../examples/feeds/local-actions.json', import.meta.url);

// Titles as listed on the two seed pages the sample feed was made from.
const SUBNATIONAL_PAGE = [
  'Expanding Welcoming Week Across the Globe and Fostering Belonging for All - No Matter Where We Come From',
  'Strengthening Maipú’s Governance Capacity to Promote Social Inclusion of Migrants and Refugees',
  'Legazpi City: Expanded Help Desk for Overseas Filipino Workers',
  'Moroccan Dialect Classes in Terrassa, Spain: Equipping Teachers with Language, Intercultural, and Anti-Racist Skills',
  'Pledge of the City of Zürich to the European Pillar of Social Rights: Ensuring access to municipal services for all',
  'The City of Dallas Community Ambassador Program: Facilitating Access to Information and Services for Linguistically Diverse Communities',
  'Municipality of Straseni',
];
const OBJECTIVE_17_PAGE = [
  'Automatic Electoral Registry for Migrants and Awareness Raising of Political Rights in Buenos Aires',
  'ANVITA’s Annual “Guide for A Welcoming France”: Providing Advocacy Tools and Policy Guidance for Local Governments',
  'National Network of Welcoming Cities: An Institutional Space for Local-National Coordination and Collaboration in Brazil',
  "PA'LANTE: A Comprehensive Approach to Achieve Socio-economic, Cultural and Urban Integration of Migrant and Refugee Families in Barranquilla",
  'Montréal Inclusive au Travail 2022-2024 (Montréal Inclusive at Work) Initiative: Promoting Migrant and Refugee Integration Through a City-Led Podcast',
  'The Language Services Collaborative Initiative of Salt Lake County: A Pathway to Ensure Equitable Access to Services for All Residents',
  'Eurocities’ Integrating Cities Process: A Framework for Building Capacity on Migration and Integration',
  'Legazpi City: Expanded Help Desk for Overseas Filipino Workers',
  'Moroccan Dialect Classes in Terrassa, Spain: Equipping Teachers with Language, Intercultural, and Anti-Racist Skills',
];
// Two pledges are listed on both pages.
const SEED_TITLES = [...new Set([...SUBNATIONAL_PAGE, ...OBJECTIVE_17_PAGE])];

async function readSample(): Promise<unknown> {
  return JSON.parse(await readFile(FEED_PATH, 'utf8'));
}

describe('the sample feed examples/feeds/local-actions.json', () => {
  it('is a pledge feed by the zod schema, with no issues', async () => {
    const result = Feed.safeParse(await readSample());
    assert.deepEqual(result.error?.issues ?? [], []);
  });

  it('holds one item per distinct seed pledge, with distinct ids', async () => {
    const feed = Feed.parse(await readSample());
    assert.equal(SEED_TITLES.length, 14);
    assert.equal(feed.items.length, SEED_TITLES.length);
    assert.equal(new Set(feed.items.map((item) => item.id)).size, feed.items.length);
  });

  it('has every seed title, exactly as written', async () => {
    const titles = Feed.parse(await readSample()).items.map((item) => item.title);
    assert.deepEqual([...titles].sort(), [...SEED_TITLES].sort());
  });

  it('puts every pledge of the Objective 17 page under objective 17', async () => {
    const feed = Feed.parse(await readSample());
    for (const title of OBJECTIVE_17_PAGE) {
      const item = feed.items.find((candidate) => candidate.title === title);
      assert.ok(item, `missing: ${title}`);
      assert.ok(item._pledge.objectives?.includes(17), `${title} lacks objective 17`);
    }
  });

  it('is a JSON Feed 1.1 with the feed-level fields and no build-time extensions', async () => {
    const feed = Feed.parse(await readSample());
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.language, 'en');
    assert.ok(feed.title && feed.home_page_url && feed.feed_url);
    assert.equal(feed._pledgekit?.version, 1);
    assert.equal(feed._pledgekit?.subscribe, undefined);
    assert.equal(feed._pledgekit?.slices, undefined);
  });

  it('reads through parseFeed with every pledge kept and nothing to report', async () => {
    const {pledges, rejected, warnings} = parseFeed(await readSample());
    assert.equal(pledges.length, SEED_TITLES.length);
    assert.deepEqual(rejected, []);
    assert.deepEqual(warnings, []);
  });
});
