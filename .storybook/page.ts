/**
 * The page every story sits in, as a partner site: its theme and its language, chosen in the
 * toolbar (or fixed by a story's `globals`), set on the page around the story, on the canvas or
 * the docs block behind it, and on the elements that the story leaves them to.
 * No Storybook runtime here, so the browser tests use the same page as Storybook.
 */
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import type {Decorator, Preview} from '@storybook/web-components-vite';
import {UI_LANGUAGES, directionOf} from '../src/i18n/index.js';
import {languageName} from '../stories/support.js';

/** The page's themes; the elements' `theme` takes them too, and `auto` (the system's). */
export const PAGE_THEMES = ['light', 'dark'] as const;
export type PageTheme = (typeof PAGE_THEMES)[number];

/** The page's colours in each theme: what a site in that theme has behind the elements, and what axe measures contrast against. */
export const PAGE_COLOURS: Readonly<Record<PageTheme, {background: string; color: string}>> = {
  light: {background: '#ffffff', color: '#1d2433'},
  dark: {background: '#0f131a', color: '#e8ebf1'},
};

/** The toolbar's Theme and Language menus. */
export const globalTypes: Preview['globalTypes'] = {
  theme: {
    description: "The page's theme, and the elements' `theme` where the story sets none",
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      items: [
        {value: 'light', title: 'Light', icon: 'sun'},
        {value: 'dark', title: 'Dark', icon: 'moon'},
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: "The page's language and direction, and the elements' `lang` where the story sets none",
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: UI_LANGUAGES.map((lang) => ({
        value: lang,
        title: `${languageName(lang)} (${lang})`,
        right: directionOf(lang),
      })),
      dynamicTitle: true,
    },
  },
};

export const initialGlobals = {theme: 'light', locale: 'en'} as const;

/** Paints what surrounds the story: the whole canvas, or in a docs page the story's block (as Storybook's backgrounds do). */
function paintSurroundings(selector: string, key: string, theme: PageTheme): void {
  if (typeof document === 'undefined') return;
  const id = `pledgekit-page-${key}`;
  const {background, color} = PAGE_COLOURS[theme];
  const css = `${selector} { background: ${background} !important; color: ${color}; }`;
  const style =
    document.getElementById(id) ?? document.head.appendChild(Object.assign(document.createElement('style'), {id}));
  if (style.textContent !== css) style.textContent = css;
}

const pick = <T extends string>(value: unknown, choices: readonly T[]): T | undefined =>
  choices.find((choice) => choice === value);

/**
 * The theme is the story's `theme` arg when it sets one, else the toolbar's; the language
 * likewise with `lang`. The page gets both, and so do the elements through their args.
 */
export const withPage: Decorator = (story, context) => {
  const {args, globals, viewMode, id} = context;
  const theme = pick(args.theme, PAGE_THEMES) ?? pick(globals.theme, PAGE_THEMES) ?? 'light';
  const lang = (typeof args.lang === 'string' && args.lang) || pick(globals.locale, UI_LANGUAGES) || 'en';
  if (viewMode === 'docs')
    paintSurroundings(`#anchor--${id} .docs-story, #anchor--primary--${id} .docs-story`, id, theme);
  else paintSurroundings('.sb-show-main', 'canvas', theme);
  const elementArgs = {...args, theme: args.theme || theme, lang};
  return html`<div class="page" lang=${lang} dir=${directionOf(lang)} style=${styleMap(PAGE_COLOURS[theme])}>
    ${story({args: elementArgs})}
  </div>`;
};

/** axe on every story, in the Accessibility panel: a violation is an error, not a to-do. */
export const a11y = {test: 'error'} as const;
