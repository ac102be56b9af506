/**
 * Every story of stories/*.stories.ts, rendered the way Storybook renders it (args of the
 * meta and the story, globals of the toolbar and the story, `beforeEach`, loaders, render,
 * decorators with the page of .storybook/page.ts, `play`): it must settle without a console
 * error, sit on a page of its theme, pass axe as the Accessibility panel runs it, and leave no
 * runnable markup from the feed anywhere. (test/storybook/controls.test.ts checks the controls.)
 */
import {expect, fixture, fixtureCleanup, html, nextFrame, waitUntil} from '@open-wc/testing';
import {PAGE_COLOURS, a11y, initialGlobals, withPage} from '../../.storybook/page.js';
import {clearFeedCache} from '../../src/feed/load/load.js';
import {element} from '../../stories/support.js';
import * as card from '../../stories/pledge-card.stories.js';
import * as feed from '../../stories/pledge-feed.stories.js';
import * as objectiveList from '../../stories/pledge-objective-list.stories.js';
import * as subscribeButton from '../../stories/pledge-subscribe-button.stories.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

type Args = Record<string, unknown>;
type Context = {
  id: string;
  name: string;
  title: string;
  component: string;
  args: Args;
  globals: Args;
  loaded: Args;
  parameters: Args;
  viewMode: 'story';
  canvasElement?: HTMLElement;
};
type Render = (args: Args, context: Context) => unknown;
type Decorator = (story: (update?: Partial<Context>) => unknown, context: Context) => unknown;
type Hook = (context: Context) => unknown;
type OneOrMore<T> = T | readonly T[] | undefined;

/** The parts of a CSF3 meta or story this runner understands. */
interface Annotations {
  title?: string;
  component?: string;
  args?: Args;
  globals?: Args;
  parameters?: Args;
  render?: Render;
  decorators?: OneOrMore<Decorator>;
  loaders?: OneOrMore<Hook>;
  beforeEach?: OneOrMore<Hook>;
  play?: Hook;
}

const STORY_FILES = {card, objectiveList, subscribeButton, feed} as unknown as Record<
  string,
  Record<string, Annotations>
>;
// Markup that would run code, or a link that would: none may come out of a feed.
const RUNNABLE =
  'script, [onerror], [onclick], [onmouseover], [onload], a[href^="javascript:" i], form[action^="javascript:" i], iframe, object, embed';

const list = <T>(value: OneOrMore<T>): T[] =>
  value === undefined ? [] : Array.isArray(value) ? [...value] : [value as T];
const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** The story, decorated as Storybook does: the story's decorators innermost, then the meta's, then the project's. */
function decorated(meta: Annotations, story: Annotations): (context: Context) => unknown {
  const render: Render =
    story.render ?? meta.render ?? ((args, context) => element(context.component as keyof HTMLElementTagNameMap, args));
  let run = (context: Context) => render(context.args, context);
  for (const decorator of [...list(story.decorators), ...list(meta.decorators), withPage as unknown as Decorator]) {
    const inner = run;
    run = (context) => decorator((update) => inner(update ? {...context, ...update} : context), context);
  }
  return run;
}

/** Every element under `root`, inside shadow roots too. */
function deepAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(selector)) found.push(el);
    if (el.shadowRoot) found.push(...deepAll(el.shadowRoot, selector));
  }
  return found;
}

/** Waits until every pledgekit element under `root` (nested ones too) has rendered. */
async function settled(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const hosts = deepAll(root, '*').filter((el) => el.localName.startsWith('pledge-')) as Array<
      Element & {updateComplete?: Promise<unknown>}
    >;
    await Promise.all(hosts.map((host) => Promise.resolve(host.updateComplete)));
  }
}

// Requests on their way to the real server (answers of a story's fake fetch are not counted).
let requests = 0;
const realFetch = globalThis.fetch;

before(() => {
  globalThis.fetch = (input, init) => {
    requests++;
    return realFetch(input, init).finally(() => requests--);
  };
});

after(() => {
  globalThis.fetch = realFetch;
});

afterEach(() => {
  clearFeedCache();
});

/** Collects console errors and uncaught errors until `stop()`. */
function watchErrors(): {errors: unknown[][]; stop: () => void} {
  const errors: unknown[][] = [];
  const consoleError = console.error;
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    errors.push(['uncaught', 'error' in event ? event.error : event.reason]);
  console.error = (...args: unknown[]) => {
    errors.push(args);
    consoleError.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  const stop = () => {
    console.error = consoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  };
  return {errors, stop};
}

/** Renders a story into a fixture as Storybook would, and settles it; `cleanups` get the `beforeEach` teardowns. */
async function renderStory(
  file: string,
  meta: Annotations,
  name: string,
  story: Annotations,
  cleanups: unknown[],
  toolbar: Args = {},
): Promise<HTMLElement> {
  const title = meta.title ?? file;
  const context: Context = {
    id: `${kebab(title)}--${kebab(name)}`,
    name,
    title,
    component: meta.component ?? '',
    args: {...meta.args, ...story.args},
    // A story's own globals win over the toolbar's choice, as in Storybook.
    globals: {...initialGlobals, ...toolbar, ...meta.globals, ...story.globals},
    loaded: {},
    parameters: {...meta.parameters, ...story.parameters},
    viewMode: 'story',
  };
  for (const hook of [...list(meta.beforeEach), ...list(story.beforeEach)]) cleanups.push(await hook(context));
  for (const loader of [...list(meta.loaders), ...list(story.loaders)])
    Object.assign(context.loaded, await loader(context));
  const root = await fixture<HTMLElement>(html`<div>${decorated(meta, story)(context)}</div>`);
  await settled(root);
  await story.play?.({...context, canvasElement: root});
  // A loading story never finishes loading; every other one does.
  const loading = name === 'Loading';
  await waitUntil(
    () => requests === 0 && (loading || deepAll(root, '[aria-busy="true"]').length === 0),
    `${name} did not settle`,
  );
  await settled(root);
  return root;
}

/** `colour` as the browser computes it (`rgb(…)`), to compare with a computed style. */
function computed(colour: string): string {
  const probe = document.createElement('i');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** What a designer sees of the page around the story: the canvas's colour, and the theme and language the story's own elements got. */
function page(root: HTMLElement, tag: string) {
  const elements = [...root.querySelectorAll(tag)];
  return {
    canvas: getComputedStyle(document.body).backgroundColor,
    themes: [...new Set(elements.map((el) => el.getAttribute('theme')))],
    direction: getComputedStyle(root.querySelector(tag)?.parentElement ?? root).direction,
  };
}

// Storybook's canvas is the preview page's body, with this class.
before(() => document.body.classList.add('sb-show-main'));
after(() => document.body.classList.remove('sb-show-main'));

it('the Accessibility panel reports a violation as an error', () => {
  expect(a11y.test).to.equal('error');
});

for (const [file, {default: meta, ...stories}] of Object.entries(STORY_FILES)) {
  describe(`stories: ${meta!.title ?? file}`, () => {
    for (const [name, story] of Object.entries(stories)) {
      it(`${name} settles with no console error, sits on a page of its theme, passes axe and runs nothing from the feed`, async () => {
        const {errors, stop} = watchErrors();
        // A payload that ran in an earlier story is that story's failure, not this one's.
        delete window.__pwned;
        const cleanups: unknown[] = [];
        try {
          const root = await renderStory(file, meta!, name, story, cleanups);
          expect(
            deepAll(root, '*').some((el) => el.localName === meta!.component),
            `a <${meta!.component}> is rendered`,
          ).to.be.true;
          if (name === 'Loading')
            expect(deepAll(root, '[aria-busy="true"], [role="status"]'), 'the loading state is announced').not.to.be
              .empty;
          const theme = (story.globals?.theme ?? initialGlobals.theme) as keyof typeof PAGE_COLOURS;
          const themes = root.querySelector(meta!.component!) ? [theme] : [];
          expect(page(root, meta!.component!), 'the page').to.include({
            canvas: computed(PAGE_COLOURS[theme].background),
          });
          expect(page(root, meta!.component!).themes, 'the elements’ theme').to.deep.equal(themes);
          expect(
            deepAll(root, RUNNABLE).map((el) => el.outerHTML),
            'runnable markup',
          ).to.deep.equal([]);
          expect(window.__pwned, 'a payload ran').to.equal(undefined);
          await expect(root).to.be.accessible();
          expect(errors, 'console errors').to.deep.equal([]);
        } finally {
          // As when Storybook leaves a story: the story goes, then its fake fetch.
          fixtureCleanup();
          await nextFrame();
          stop();
          for (const cleanup of cleanups.reverse())
            if (typeof cleanup === 'function') await (cleanup as () => unknown)();
        }
      });
    }

    it('Playground follows the toolbar: a dark Arabic page gets a dark, right-to-left element on a dark canvas', async () => {
      const cleanups: unknown[] = [];
      try {
        const toolbar = {theme: 'dark', locale: 'ar'};
        const root = await renderStory(file, meta!, 'Playground', stories.Playground!, cleanups, toolbar);
        const el = root.querySelector(meta!.component!)!;
        expect(el.getAttribute('lang'), 'lang').to.equal('ar');
        expect(page(root, meta!.component!)).to.deep.equal({
          canvas: computed(PAGE_COLOURS.dark.background),
          themes: ['dark'],
          direction: 'rtl',
        });
        await expect(root).to.be.accessible();
      } finally {
        fixtureCleanup();
        await nextFrame();
        for (const cleanup of cleanups.reverse()) if (typeof cleanup === 'function') await (cleanup as () => unknown)();
      }
    });
  });
}
