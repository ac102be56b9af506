/**
 * What the story files share: rendering an element from args, the sample feed, a fake
 * `fetch` for the loading and error states, and the narrow and language-grid frames.
 * (The page around every story, its theme and language, is .storybook/page.ts.)
 */
import {html} from 'lit';
import type {TemplateResult} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import type {Decorator, StoryContext} from '@storybook/web-components-vite';
import {parseFeed} from '../src/index.js';
import type {ParseResult} from '../src/index.js';
import {UI_LANGUAGES} from '../src/i18n/index.js';
import type {UiLanguage} from '../src/i18n/index.js';

/** The sample feed: Storybook serves examples/ (see .storybook/main.ts), the test runner the repo root. Relative, so a Storybook published under a sub-path finds it too. */
export const SAMPLE_FEED = 'examples/feeds/local-actions.json';

/** Made-up addresses that only the fake `fetch` of a story answers. */
export const FAKE = {
  pending: 'stories/never-answers.json',
  missing: 'stories/missing.json',
  page: 'stories/a-web-page.html',
  rejected: 'stories/rejected-items.json',
} as const;

type Answer = () => Response | Promise<Response>;

/** What the fake server answers. */
export const answer = {
  /** Never answers: the element stays in its loading state. */
  pending: (): Answer => () => new Promise<Response>(() => {}),
  /** 404 Not Found. */
  missing: (): Answer => () => new Response('Not found', {status: 404, statusText: 'Not Found'}),
  /** A web page where a feed was expected. */
  page: (): Answer => () =>
    new Response('<!doctype html><title>Welcome</title><p>A web page, not a feed.</p>', {
      headers: {'content-type': 'text/html'},
    }),
  /** A JSON Feed document. */
  feed:
    (document: unknown): Answer =>
    () =>
      Response.json(document, {headers: {'content-type': 'application/feed+json'}}),
};

/**
 * A `beforeEach` that makes `fetch` answer these addresses (every other one goes to the
 * network as usual) until the story is left, when the real `fetch` comes back.
 */
export function fakeFetch(routes: Readonly<Record<string, Answer>>): () => () => void {
  return () => {
    const real = globalThis.fetch;
    const table = new Map(Object.entries(routes).map(([url, reply]) => [new URL(url, document.baseURI).href, reply]));
    globalThis.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
      const reply = table.get(url);
      return reply ? Promise.resolve(reply()) : real(input, init);
    };
    return () => {
      globalThis.fetch = real;
    };
  };
}

let sample: Promise<ParseResult> | undefined;

/** A loader: the sample feed, parsed once, as `loaded.sample` (for stories that pass data as properties). */
export async function loadSample(): Promise<{sample: ParseResult}> {
  sample ??= fetch(SAMPLE_FEED)
    .then((response) => response.json())
    .then(parseFeed);
  return {sample: await sample};
}

/** The parsed sample feed a story's loader put in its context. */
export const sampleOf = (context: StoryContext): ParseResult => (context.loaded as {sample: ParseResult}).sample;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^-/, '');

/**
 * The element `tag` with `args` the way a page would set them: `--*` as custom properties,
 * the element's attributes (`pledge-id`, `hide-empty`) as attributes, `on*` handlers (the
 * Actions panel) as event listeners, and everything else (`pledge`, `pledges`) as properties.
 * An empty value (a control set back to "not set") leaves the setting out.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  args: Readonly<Record<string, unknown>>,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  const attributes = new Set<string>(
    (customElements.get(tag) as {observedAttributes?: string[]} | undefined)?.observedAttributes ?? [],
  );
  attributes.add('lang');
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '') continue;
    // What a page can write in an attribute or a custom property: text, or a number as text.
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    if (name.startsWith('--') && text !== undefined) el.style.setProperty(name, text);
    else if (/^on[A-Z]/.test(name) && typeof value === 'function')
      el.addEventListener(kebab(name.slice(2)), value as EventListener);
    else if (attributes.has(name) && typeof value === 'boolean') el.toggleAttribute(name, value);
    else if (attributes.has(name) && text !== undefined) el.setAttribute(name, text);
    else (el as unknown as Record<string, unknown>)[name] = value;
  }
  return el;
}

/** A `render` for a meta: the component with the story's args. */
export const renderElement =
  <K extends keyof HTMLElementTagNameMap>(tag: K) =>
  (args: Readonly<Record<string, unknown>>) =>
    element(tag, args);

/** A 280 px column: the narrowest a phone or a sidebar gives an element. */
export const narrowColumn: Decorator = (story) =>
  html`<div style=${styleMap({maxInlineSize: '280px', outline: '1px dashed #8a94a6', outlineOffset: '4px'})}>${story()}</div>`;

/** The name of a UI language in that language (`العربية`, `中文`). */
export function languageName(lang: UiLanguage): string {
  return new Intl.DisplayNames([lang], {type: 'language'}).of(lang) ?? lang;
}

/** Elements side by side, as many columns of at least `column` as fit. */
export function grid(items: readonly unknown[], column = '22rem'): TemplateResult {
  const layout = {
    display: 'grid',
    gap: '1.5rem',
    gridTemplateColumns: `repeat(auto-fill, minmax(min(100%, ${column}), 1fr))`,
    alignItems: 'start',
  };
  return html`<div style=${styleMap(layout)}>${items.map((item) => html`<div>${item}</div>`)}</div>`;
}

// In the page's own text colour, so it reads on a dark page as on a light one.
const caption = {margin: '0 0 0.5rem', font: '600 0.875rem/1.4 system-ui, sans-serif'};

/** One element per UI language, each under its language's name. */
export function languageGrid(render: (lang: UiLanguage) => unknown, column = '22rem'): TemplateResult {
  return grid(
    UI_LANGUAGES.map(
      (lang) => html`<p lang=${lang} style=${styleMap(caption)}>${languageName(lang)} (${lang})</p>${render(lang)}`,
    ),
    column,
  );
}

/** Clicks a button inside each `tag` of the story (a `play` step: opens a panel, unfolds a summary). */
export async function press(canvas: HTMLElement, tag: string, selector: string): Promise<void> {
  for (const host of canvas.querySelectorAll<HTMLElement & {updateComplete?: Promise<unknown>}>(tag)) {
    await host.updateComplete;
    host.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
    await host.updateComplete;
  }
}
