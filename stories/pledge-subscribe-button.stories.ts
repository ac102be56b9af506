import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/elements/pledge-subscribe-button/define.js';
import {OBJECTIVE_NUMBERS, STAKEHOLDER_TYPES} from '../src/index.js';
import type {FeedInfo} from '../src/index.js';
import {ATTACK, hostileFeed} from './fixtures/hostile.js';
import {
  FAKE,
  SAMPLE_FEED,
  answer,
  element,
  fakeFetch,
  languageGrid,
  narrowColumn,
  press,
  renderElement,
} from './support.js';

const SITE = 'https://pledges.example.org/feeds';

/** A feed as `pledgekit build` publishes it: every format, an email endpoint, a slice per objective and stakeholder type. */
const PUBLISHED: FeedInfo = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Local actions for migrants and refugees',
  feed_url: `${SITE}/local-actions.json`,
  _pledgekit: {
    version: 1,
    subscribe: {
      json: `${SITE}/local-actions.json`,
      rss: `${SITE}/feed.xml`,
      atom: `${SITE}/atom.xml`,
      email: {action: 'https://pledges.example.org/subscribe', method: 'post'},
    },
    slices: {
      objective: Object.fromEntries(OBJECTIVE_NUMBERS.map((n) => [String(n), `${SITE}/objective/${n}/feed.json`])),
      stakeholder: Object.fromEntries(STAKEHOLDER_TYPES.map((type) => [type, `${SITE}/stakeholder/${type}/feed.json`])),
    },
  },
};

// Not parsed on purpose: the element must refuse the `javascript:` links by itself.
const {items: _items, ...hostileInfo} = hostileFeed;

/** Opens the panel, as a click on the button does. */
const openPanel: Story['play'] = ({canvasElement}) =>
  press(canvasElement, 'pledge-subscribe-button', '[part="button"]');

const meta = {
  title: 'Elements/pledge-subscribe-button',
  component: 'pledge-subscribe-button',
  render: renderElement('pledge-subscribe-button'),
  args: {src: SAMPLE_FEED},
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The button for the sample feed, closed. */
export const Playground: Story = {tags: ['autodocs']};

/** Open: the sample feed names only its `feed_url`, so JSON Feed and "Copy link" are offered. */
export const Open: Story = {play: openPanel};

/** A published feed: JSON Feed, RSS and Atom, copy, and the email form. */
export const AllFormats: Story = {args: {src: undefined, feed: PUBLISHED}, play: openPanel};

/** `objective="17"`: the objective's own slice ("Subscribe to this selection"). */
export const ObjectiveSlice: Story = {args: {src: undefined, feed: PUBLISHED, objective: 17}, play: openPanel};

/** `stakeholder="local-government"`: the stakeholder type's slice. */
export const StakeholderSlice: Story = {
  args: {src: undefined, feed: PUBLISHED, stakeholder: 'local-government'},
  play: openPanel,
};

/** `email-action` set by the page: the email form for a feed that names no endpoint. */
export const EmailForm: Story = {args: {'email-action': 'https://pledges.example.org/subscribe'}, play: openPanel};

/** While the feed is on its way. */
export const Loading: Story = {
  args: {src: FAKE.pending},
  beforeEach: fakeFetch({[FAKE.pending]: answer.pending()}),
  play: openPanel,
};

/** The feed could not be loaded: its own address is still offered. */
export const ErrorNotFound: Story = {
  args: {src: FAKE.missing},
  beforeEach: fakeFetch({[FAKE.missing]: answer.missing()}),
  play: openPanel,
};

/** A feed that names no address of its own and no email endpoint: nothing to subscribe to, so no button at all. */
export const NothingToSubscribeTo: Story = {
  args: {src: undefined, feed: {version: 'https://jsonfeed.org/version/1.1', title: 'A feed with no address'}},
};

/** A long `label`. */
export const LongLabel: Story = {
  args: {
    src: undefined,
    feed: PUBLISHED,
    label: 'Subscribe to every pledge of the network of welcoming cities and regions',
  },
  play: openPanel,
};

/** The button in each UI language. */
export const Languages: Story = {
  args: {src: undefined, feed: PUBLISHED},
  render: (args) => languageGrid((lang) => element('pledge-subscribe-button', {...args, lang}), '14rem'),
};

/** On an Arabic page, open: right to left, the panel opens towards the left. */
export const RightToLeft: Story = {args: {src: undefined, feed: PUBLISHED}, globals: {locale: 'ar'}, play: openPanel};

/** `theme="dark"` on a dark page, open. */
export const Dark: Story = {args: {src: undefined, feed: PUBLISHED}, globals: {theme: 'dark'}, play: openPanel};

/** In a 280 px column, open: the panel stays on screen. */
export const Narrow: Story = {
  args: {src: undefined, feed: PUBLISHED},
  decorators: [narrowColumn],
  play: openPanel,
};

/** Markup in the label and the feed, `javascript:` links and endpoint: text only, no such link or form. */
export const Hostile: Story = {
  args: {src: undefined, feed: hostileInfo, objective: 16, label: ATTACK},
  play: openPanel,
};
