import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/pledge-objective-list/define.js';
import {OBJECTIVE_NUMBERS} from '../src/index.js';
import {ATTACK} from './fixtures/hostile.js';
import {
  FAKE,
  SAMPLE_FEED,
  answer,
  element,
  fakeFetch,
  languageGrid,
  loadSample,
  narrowColumn,
  renderElement,
  sampleOf,
} from './support.js';

// Counts as a large network's board would pass them: big numbers, some objectives with none.
const BIG_COUNTS: ReadonlyMap<number, number> = new Map(
  OBJECTIVE_NUMBERS.map((n) => [n, n % 5 === 0 ? 0 : n * 104_729]),
);

const meta = {
  title: 'Elements/pledge-objective-list',
  component: 'pledge-objective-list',
  render: renderElement('pledge-objective-list'),
  args: {src: SAMPLE_FEED},
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The 23 objectives with the number of pledges of the sample feed under each. */
export const Playground: Story = {tags: ['autodocs']};

/** One objective chosen (`selected="17"`). */
export const Selected: Story = {args: {selected: [17]}};

/** `multiple`: several objectives chosen at once (`selected="3 16 17"`). */
export const MultipleSelected: Story = {args: {multiple: true, selected: [3, 16, 17]}};

/** `layout="compact"`: a grid of numbers with counts, the short label as a tooltip. */
export const Compact: Story = {args: {layout: 'compact', selected: [16]}};

/** `hide-empty`: only the objectives some pledge names. */
export const HideEmpty: Story = {args: {'hide-empty': true}};

/** Counts from pledges set as a property (no request). */
export const FromPledges: Story = {
  args: {src: undefined},
  loaders: [loadSample],
  render: (args, context) => element('pledge-objective-list', {...args, pledges: sampleOf(context).pledges}),
};

/** Counts in the millions from a board's `counts`, with every label at full length. */
export const LargeCounts: Story = {args: {src: undefined, counts: BIG_COUNTS}};

/** While the feed is on its way: the objectives show, their counts are pending. */
export const Loading: Story = {
  args: {src: FAKE.pending},
  beforeEach: fakeFetch({[FAKE.pending]: answer.pending()}),
};

/** The feed could not be loaded: an alert with a retry button above the objectives. */
export const ErrorNotFound: Story = {
  args: {src: FAKE.missing},
  beforeEach: fakeFetch({[FAKE.missing]: answer.missing()}),
};

/** A feed without pledges: every count is zero. */
export const NoPledges: Story = {args: {src: undefined, pledges: []}};

/** No pledges and `hide-empty`: nothing left to list, and the list says so. */
export const Empty: Story = {args: {src: undefined, pledges: [], 'hide-empty': true}};

/** The objectives' short labels and counts in each UI language. */
export const Languages: Story = {
  render: (args) => languageGrid((lang) => element('pledge-objective-list', {...args, lang})),
};

/** On an Arabic page: right to left, Arabic numerals; left and right arrows swap. */
export const RightToLeft: Story = {args: {selected: [16]}, globals: {locale: 'ar'}};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {args: {selected: [17]}, globals: {theme: 'dark'}};

/** In a 280 px column, full and compact. */
export const Narrow: Story = {
  args: {selected: [15]},
  decorators: [narrowColumn],
  render: (args) =>
    html`${element('pledge-objective-list', args)}<br />${element('pledge-objective-list', {...args, layout: 'compact'})}`,
};

/** Markup in the `label` attribute: it names the list as plain text. */
export const Hostile: Story = {args: {label: ATTACK}};
