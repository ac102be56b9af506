// custom-elements.json from the elements' JSDoc: attributes, properties, events, parts, CSS properties.
// Only the public API: private and protected members are internals, and an event object built
// with a payload (`new PledgeSubscribeEvent(kind, …)`) is not an event named `kind`; ours are all `pledge-…`.
const publicOnly = {
  name: 'pledgekit-public-only',
  packageLinkPhase({customElementsManifest}) {
    for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
      if (declaration.members) declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
      if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('pledge-'));
    }
  },
};

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/shared/**'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise rewrite package.json's `customElements` field on every run.
  packagejson: false,
  plugins: [publicOnly],
};
