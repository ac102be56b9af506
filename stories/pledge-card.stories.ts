import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/elements/pledge-card/define.js';
import {PLEDGE_STATUSES, STAKEHOLDER_TYPES, parseFeed} from '../src/index.js';
import type {Pledge} from '../src/index.js';
import {hostileFeed, JAVASCRIPT_URL} from './fixtures/hostile.js';
import {longFeed} from './fixtures/long-text.js';
import {
  FAKE,
  SAMPLE_FEED,
  answer,
  element,
  fakeFetch,
  grid,
  languageGrid,
  loadSample,
  narrowColumn,
  press,
  renderElement,
  sampleOf,
} from './support.js';

/** A pledge of the sample feed with a French translation. */
const MONTREAL = 'montreal-inclusive-at-work-podcast';
const long = parseFeed(longFeed).pledges[0]!;
// The parser already drops `javascript:` links; the card must refuse one that reaches it anyway.
const hostile = {...parseFeed(hostileFeed).pledges[0]!, url: JAVASCRIPT_URL} as Pledge;

const meta = {
  title: 'Elements/pledge-card',
  component: 'pledge-card',
  render: renderElement('pledge-card'),
  args: {src: SAMPLE_FEED, 'pledge-id': MONTREAL},
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A card from the sample feed, named by `src` and `pledge-id`. */
export const Playground: Story = {tags: ['autodocs']};

/** The same card from a parsed pledge set as the `pledge` property (no request). */
export const FromProperty: Story = {
  args: {src: undefined, 'pledge-id': undefined},
  loaders: [loadSample],
  render: (args, context) =>
    element('pledge-card', {...args, pledge: sampleOf(context).pledges.find((p) => p.id === MONTREAL)}),
};

/** The pledge's own French translation, shown when the card speaks French. */
export const Translated: Story = {args: {lang: 'fr'}};

/** While the feed is on its way: a skeleton, busy for assistive technology. */
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

/** The feed loaded, but has no pledge with this id. */
export const PledgeNotFound: Story = {args: {'pledge-id': 'no-such-pledge'}};

/** Long title, long unbroken word, clamped summary, every objective, a dozen partners. */
export const LongText: Story = {
  args: {src: undefined, 'pledge-id': undefined, pledge: long},
};

/** The long summary unfolded with "Show more". */
export const LongTextExpanded: Story = {
  ...LongText,
  play: ({canvasElement}) => press(canvasElement, 'pledge-card', '[part="toggle"]'),
};

/** The sample card changed by `change` once per value of `values`, side by side. */
const eachOf =
  <T>(values: readonly T[], change: (pledge: Pledge, value: T) => Pledge): Story['render'] =>
  (args, context) => {
    const base = sampleOf(context).pledges.find((p) => p.id === MONTREAL)!;
    const cards = values.map((value) => change({...base, id: String(value)}, value));
    return grid(
      cards.map((pledge) => element('pledge-card', {...args, src: undefined, 'pledge-id': undefined, pledge})),
    );
  };

/** One card per stakeholder type, each type named in the UI language. */
export const StakeholderTypes: Story = {
  loaders: [loadSample],
  render: eachOf(STAKEHOLDER_TYPES, (pledge, stakeholder) => ({...pledge, _pledge: {...pledge._pledge, stakeholder}})),
};

/** One card per status (planned, in progress, fulfilled), each named in the UI language. */
export const Statuses: Story = {
  loaders: [loadSample],
  render: eachOf(PLEDGE_STATUSES, (pledge, status) => ({...pledge, _pledge: {...pledge._pledge, status}})),
};

/** The card in each UI language (dates, numbers, country and objective names follow). */
export const Languages: Story = {
  render: (args) => languageGrid((lang) => element('pledge-card', {...args, lang})),
};

/** On an Arabic page: right to left, Arabic numerals and dates; the English text keeps its own `lang` and direction. */
export const RightToLeft: Story = {globals: {locale: 'ar'}};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {globals: {theme: 'dark'}};

/** In a 280 px column. */
export const Narrow: Story = {
  args: {src: undefined, 'pledge-id': undefined, pledge: long},
  decorators: [narrowColumn],
};

/** Markup, `<script>`, `<img onerror>` and CSS in every field, a `javascript:` link: all shown as text, no link. */
export const Hostile: Story = {
  args: {src: undefined, 'pledge-id': undefined, pledge: hostile},
};
