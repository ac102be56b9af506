import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/elements/pledge-feed/define.js';
import {parseFeed} from '../src/index.js';
import {ATTACK, hostileFeed} from './fixtures/hostile.js';
import {longFeed} from './fixtures/long-text.js';
import {rejectedItemsFeed} from './fixtures/rejected-items.js';
import {
  FAKE,
  SAMPLE_FEED,
  answer,
  element,
  fakeFetch,
  languageGrid,
  languageName,
  loadSample,
  narrowColumn,
  renderElement,
  sampleOf,
} from './support.js';

const long = parseFeed(longFeed);
const hostile = parseFeed(hostileFeed);
// The feed's own fields unparsed on purpose: the board and its subscribe button must refuse `javascript:` links themselves.
const {items: _items, ...hostileInfo} = hostileFeed;

const meta = {
  title: 'Elements/pledge-feed',
  component: 'pledge-feed',
  render: renderElement('pledge-feed'),
  args: {src: SAMPLE_FEED, 'page-size': 6},
  parameters: {layout: 'padded'},
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The board for the sample feed: filters, count, cards, paging, objectives, subscribe. */
export const Playground: Story = {tags: ['autodocs']};

/** Pledges and the feed's fields set as properties (no request). */
export const FromProperties: Story = {
  args: {src: undefined},
  loaders: [loadSample],
  render: (args, context) =>
    element('pledge-feed', {...args, pledges: sampleOf(context).pledges, feed: sampleOf(context).feed}),
};

/** Filtered by attributes: objective 15 and local governments (the filter bar and the objective list show the choice). */
export const Filtered: Story = {args: {objective: 15, stakeholder: 'local-government'}};

/** A text search (`q`), sorted by title. */
export const Search: Story = {args: {q: 'language', sort: 'title'}};

/** Three cards a page: the pager and "Showing 1–3 of 14". */
export const Paged: Story = {args: {'page-size': 3}};

/** `hide-objectives`: cards only, full width. */
export const WithoutObjectiveList: Story = {args: {'hide-objectives': true}};

/** While the feed is on its way: skeleton cards, the results busy. */
export const Loading: Story = {
  args: {src: FAKE.pending},
  beforeEach: fakeFetch({[FAKE.pending]: answer.pending()}),
};

/** The feed is not there (404): an alert with a retry button. */
export const ErrorNotFound: Story = {
  args: {src: FAKE.missing},
  beforeEach: fakeFetch({[FAKE.missing]: answer.missing()}),
};

/** The address gives a web page, not a feed. */
export const ErrorNotAFeed: Story = {
  args: {src: FAKE.page},
  beforeEach: fakeFetch({[FAKE.page]: answer.page()}),
};

/** Filters that match nothing: "no pledge matches" with a button that clears them. */
export const NoMatch: Story = {args: {q: 'no pledge says this', stakeholder: 'trade-union'}};

/** A feed without pledges. */
export const NoPledges: Story = {
  args: {src: undefined, pledges: [], feed: {version: 'https://jsonfeed.org/version/1.1', title: 'An empty feed'}},
};

/** Three of five items are broken: the two good ones show, and a notice says how many could not be shown. */
export const RejectedItems: Story = {
  args: {src: FAKE.rejected},
  beforeEach: fakeFetch({[FAKE.rejected]: answer.feed(rejectedItemsFeed)}),
};

/** Long titles, words and summaries, every objective, a long board title. */
export const LongText: Story = {args: {src: undefined, pledges: long.pledges, feed: long.feed}};

/**
 * The board in each UI language, for networks (two pledges, so no pager: boards on one page
 * would repeat the pager's landmark name; the pager shows in Paged and RightToLeft). Each
 * board is titled with its language's name: with the feed's one title, Spanish and
 * Portuguese (both "Filtros") would give two filter landmarks the same name.
 */
export const Languages: Story = {
  args: {stakeholder: 'network'},
  render: (args) =>
    languageGrid(
      (lang) => element('pledge-feed', {...args, lang, heading: args.heading || languageName(lang)}),
      '48rem',
    ),
};

/** On an Arabic page: right to left throughout, Arabic numerals and dates, the pager too. */
export const RightToLeft: Story = {args: {'page-size': 4}, globals: {locale: 'ar'}};

/** `theme="dark"` on a dark page: passed down to the cards, the objective list and the subscribe button. */
export const Dark: Story = {globals: {theme: 'dark'}};

/** In a 280 px column: the objective list folds behind a button. */
export const Narrow: Story = {args: {'page-size': 3}, decorators: [narrowColumn]};

/** Markup in every field, the heading and the feed, `javascript:` links: all text, nothing runs. */
export const Hostile: Story = {
  args: {src: undefined, pledges: hostile.pledges, feed: hostileInfo, heading: ATTACK},
};
