/**
 * What a designer finds in Storybook's Controls, args table and Accessibility panel, computed
 * as Storybook computes it: each story composed with the web-components renderer's manifest
 * extraction, the a11y addon and .storybook/preview.ts. One control per setting, with the
 * control its type calls for and the code's own closed sets; every shared `--pledge-*` token on
 * every element's page; axe on every story.
 *
 * In Node, not in the browser test runner: Storybook's preview runtime imports CommonJS packages
 * that only a bundler (Vite, in Storybook) serves to a browser. test/elements/stories.test.ts
 * renders the same stories in a browser.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import type {ArgTypes} from '@storybook/web-components-vite';

type InputType = ArgTypes[string];

const built = existsSync('custom-elements.json');
const skip = !built && 'run `npm run analyze` (or `npm run build`) first';

type StoryFiles = Record<string, Record<string, unknown>>;
interface Composed {
  argTypes: ArgTypes;
  parameters: Record<string, unknown>;
}

// Storybook's web-components renderer marks its window when it loads; Node has none.
(globalThis as {window?: unknown}).window ??= globalThis;

const manifest = (built ? JSON.parse(readFileSync('custom-elements.json', 'utf8')) : {modules: []}) as {
  modules: Array<{declarations?: Element[]}>;
};
const {composeStories} = await import('storybook/preview-api');
const {setProjectAnnotations} = await import('@storybook/web-components-vite');
// What Storybook's web-components preset adds to the preview: argTypes from the manifest (the module ships no types).
const RENDERER_ARGTYPES: string = '@storybook/web-components/entry-preview-argtypes';
const rendererArgTypes = (await import(RENDERER_ARGTYPES)) as object;
const a11yAddon = await import('@storybook/addon-a11y/preview');
const {default: main} = await import('../../.storybook/main.js');
const {default: preview} = built ? await import('../../.storybook/preview.js') : {default: {}};
const {themeStyles} = await import('../../src/elements/shared/theme.styles.js');
const {OBJECTIVE_NUMBERS, SORT_ORDERS, STAKEHOLDER_TYPES} = await import('../../src/index.js');
const {UI_LANGUAGES} = await import('../../src/i18n/index.js');

const project = setProjectAnnotations([rendererArgTypes, a11yAddon, preview]);
const storyFiles: StoryFiles = {};
if (built)
  for (const file of readdirSync('stories')
    .filter((f) => f.endsWith('.stories.ts'))
    .sort())
    storyFiles[file] = (await import(`../../stories/${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;

interface Setting {
  name: string;
  type?: {text: string};
  fieldName?: string;
  kind?: string;
  static?: boolean;
  attribute?: string;
}
interface Element {
  tagName: string;
  customElement?: boolean;
  attributes?: Setting[];
  members?: Setting[];
  cssProperties?: Setting[];
}
const elements: Element[] = manifest.modules.flatMap((m) => m.declarations ?? []);
const elementOf = (tag: string) => elements.find((e) => e.customElement && e.tagName === tag)!;

/** Every setting of an element, as a page writes it: attributes by their HTML name, properties without one by theirs. */
function settingsOf(element: Element): Map<string, string> {
  const settings = new Map<string, string>();
  for (const a of element.attributes ?? []) settings.set(a.name, a.type?.text ?? '');
  const backed = new Set((element.attributes ?? []).map((a) => a.fieldName ?? a.name));
  for (const m of element.members ?? [])
    if (m.kind === 'field' && !m.static && !backed.has(m.name)) settings.set(m.name, m.type?.text ?? '');
  return settings;
}

const controlType = (argType: InputType | undefined): string | undefined => {
  const control = argType?.control;
  if (!control || argType?.table?.disable) return undefined;
  if (typeof control === 'string') return control;
  return control.disable ? undefined : control.type;
};

/** The settings shown as controls, by name, with their control's type. */
function controlsOf(argTypes: ArgTypes): Map<string, string> {
  return new Map(
    Object.entries(argTypes).flatMap(([key, argType]) => {
      const type = controlType(argType);
      const category = argType.table?.category ?? '';
      return type && !category.startsWith('css') ? [[key, type] as const] : [];
    }),
  );
}

const SCALAR = /^(number|string|boolean)( \| undefined)?$/;
const LITERALS = /^'[^']*'( \| '[^']*')*( \| undefined)?$/;
const CLOSED_SETS: Record<string, readonly (string | number)[]> = {
  lang: UI_LANGUAGES,
  stakeholder: STAKEHOLDER_TYPES,
  objective: OBJECTIVE_NUMBERS,
  selected: OBJECTIVE_NUMBERS,
  sort: SORT_ORDERS,
};
const SHARED_TOKENS = [...new Set(themeStyles.cssText.match(/--pledge-[\w-]+/g))];

it('the a11y addon is one of Storybook’s addons', () => {
  assert.ok(main.addons?.includes('@storybook/addon-a11y'), 'addons in .storybook/main.ts');
});

for (const [file, stories] of Object.entries(storyFiles)) {
  const all = composeStories(stories as Parameters<typeof composeStories>[0], project) as Record<string, Composed>;
  const composed = Object.entries(all);
  const tag = (stories.default as {component: string}).component;
  describe(`stories/${file}`, {skip}, () => {
    it(`lists every shared --pledge-* token of theme.styles.ts on <${tag}>’s docs page`, () => {
      // The manifest lists them for every element because every element is styled with them.
      const styles = (customElements.get(tag) as unknown as {elementStyles: unknown[]}).elementStyles;
      assert.ok(styles.includes(themeStyles), `<${tag}> is styled with themeStyles`);
      const [, story] = composed[0]!;
      const tokens = Object.values(story.argTypes)
        .filter((a) => a.table?.category === 'css custom properties')
        .map((a) => a.name);
      assert.deepEqual(
        SHARED_TOKENS.filter((token) => !tokens.includes(token)),
        [],
      );
      for (const token of SHARED_TOKENS.filter((t) => t.startsWith('--pledge-color-')))
        assert.equal(controlType(story.argTypes[token]), 'color', `${token} gets a colour picker`);
    });

    for (const [name, story] of composed) {
      it(`${name}: one control per setting, of the kind its type calls for`, () => {
        const settings = settingsOf(elementOf(tag));
        const controls = controlsOf(story.argTypes);
        const twice = [...(elementOf(tag).attributes ?? [])]
          .filter((a) => a.fieldName && a.fieldName !== a.name && controls.has(a.fieldName) && controls.has(a.name))
          .map((a) => `${a.name} and ${a.fieldName}`);
        assert.deepEqual(twice, [], 'settings with two controls');
        const missing = [...settings].filter(([setting, type]) => !controls.has(setting) && !/Map</.test(type));
        assert.deepEqual(
          missing.map(([setting]) => setting),
          [],
          'settings without a control',
        );
        assert.deepEqual(
          [...controls.keys()].filter((key) => !settings.has(key)),
          [],
          'controls that are no setting',
        );
        for (const [setting, type] of settings) {
          const control = controls.get(setting);
          if (/Map</.test(type)) assert.equal(control, undefined, `${setting} (${type}) cannot be written as JSON`);
          if (SCALAR.test(type) || LITERALS.test(type))
            assert.notEqual(control, 'object', `${setting} (${type}) is not edited as JSON`);
          if (/^number( \| undefined)?$/.test(type) && !CLOSED_SETS[setting])
            assert.equal(control, 'number', `${setting} (${type})`);
          const choices =
            CLOSED_SETS[setting] ??
            (LITERALS.test(type) ? type.match(/'[^']*'/g)!.map((l) => l.slice(1, -1)) : undefined);
          if (choices && control) {
            assert.match(control, /select|check|radio/, `${setting} offers its choices`);
            const options = story.argTypes[setting]?.options ?? [];
            assert.deepEqual(
              choices.filter((choice) => !options.includes(choice)),
              [],
              `${setting}: choices missing from the control`,
            );
          }
        }
      });

      it(`${name}: axe runs in the Accessibility panel, a violation is an error`, () => {
        const a11y = story.parameters.a11y as {test?: string; disable?: boolean} | undefined;
        assert.equal(a11y?.disable, undefined);
        assert.equal(a11y?.test, 'error');
      });
    }
  });
}
