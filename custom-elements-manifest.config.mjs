// custom-elements.json from the elements' JSDoc: attributes, properties, events, parts, CSS properties.
import {readFileSync} from 'node:fs';

// Only the public API: private and protected members (and their attributes) are internals, and an event object built
// with a payload (`new PledgeSubscribeEvent(kind, …)`) is not an event named `kind`; ours are all `pledge-…`.
const publicOnly = {
  name: 'pledgekit-public-only',
  packageLinkPhase({customElementsManifest}) {
    for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
      // The shared base (PledgeElement) is read for what the elements inherit; only a class with a tag is an element.
      if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
      const internal = new Set(
        (declaration.members ?? []).filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name),
      );
      if (declaration.members) declaration.members = declaration.members.filter((m) => !internal.has(m.name));
      // Public is the default: said only when `static properties` makes the analyzer say it.
      for (const member of declaration.members ?? []) if (member.privacy === 'public') delete member.privacy;
      // Internal reactive state (`{state: true}` in static properties) is listed as an attribute too.
      if (declaration.attributes)
        declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName));
      if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('pledge-'));
    }
  },
};

/** What each shared token of src/elements/shared/theme.styles.ts is for; its names and defaults come from that file. */
const SHARED_TOKENS = {
  '--pledge-color-text': 'Text colour.',
  '--pledge-color-muted': 'Secondary text: meta lines, counts, messages.',
  '--pledge-color-surface': 'Background of cards, panels, buttons and the board.',
  '--pledge-color-subtle': 'Background of chips, notices and loading placeholders.',
  '--pledge-color-border': 'Borders and dividers.',
  '--pledge-color-accent': 'Links, buttons and the selected objectives.',
  '--pledge-color-accent-text': 'Text on the accent colour.',
  '--pledge-color-danger': 'Errors.',
  '--pledge-color-success': 'Confirmations ("Link copied").',
  '--pledge-color-focus': 'The focus ring.',
  '--pledge-radius': 'Corner radius.',
  '--pledge-space': 'The base space: padding and gaps.',
  '--pledge-font-family': "Font (the page's by default).",
  '--pledge-font-size': "Base font size; every size inside is in em of it (the reader's default size when unset).",
};

/** `--pledge-*` name → default in `css` text, from its `var(--pledge-x, default)`. */
const defaultsIn = (css) =>
  new Map([...css.matchAll(/var\((--pledge-[\w-]+),\s*([^()]*)\)/g)].map(([, name, value]) => [name, value.trim()]));

// Every element styles itself with themeStyles (a test checks it), so every element honours every shared token:
// listed once here for all of them, read from the file that defines them, so the docs cannot drift from it.
const sharedTokens = {
  name: 'pledgekit-shared-tokens',
  packageLinkPhase({customElementsManifest}) {
    const source = readFileSync(new URL('./src/elements/shared/theme.styles.ts', import.meta.url), 'utf8');
    const darkBlock = /const dark = css`([^`]*)`/.exec(source)?.[1] ?? '';
    const light = defaultsIn(source.replace(darkBlock, ''));
    const dark = defaultsIn(darkBlock);
    const described = Object.keys(SHARED_TOKENS);
    const missing = [...light.keys()].filter((name) => !described.includes(name));
    const gone = described.filter((name) => !light.has(name));
    if (missing.length || gone.length)
      throw new Error(`SHARED_TOKENS must describe exactly theme.styles.ts's tokens: add ${missing}; remove ${gone}`);
    const tokens = described.map((name) => ({
      name,
      description: dark.has(name) ? `${SHARED_TOKENS[name]} Dark theme: \`${dark.get(name)}\`.` : SHARED_TOKENS[name],
      ...(name.startsWith('--pledge-color-') && {syntax: '<color>'}),
      default: light.get(name),
    }));
    for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
      if (!declaration.customElement) continue;
      const own = (declaration.cssProperties ?? []).filter((p) => !(p.name in SHARED_TOKENS));
      declaration.cssProperties = [...own, ...tokens];
    }
  },
};

export default {
  globs: ['src/elements/**/*.ts'],
  // The shared base is read for what the elements inherit from it (`theme`); the rest of shared/ is internal.
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/shared/!(pledge-element).ts'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise rewrite package.json's `customElements` field on every run.
  packagejson: false,
  plugins: [publicOnly, sharedTokens],
};
