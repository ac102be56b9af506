// custom-elements.json from the elements' JSDoc: attributes, properties, events, parts, CSS properties.
// Only the public API: private and protected members (and their attributes) are internals, and an event object built
// with a payload (`new PledgeSubscribeEvent(kind, …)`) is not an event named `kind`; ours are all `pledge-…`.
const publicOnly = {
  name: 'pledgekit-public-only',
  packageLinkPhase({customElementsManifest}) {
    for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
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

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/shared/**'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise rewrite package.json's `customElements` field on every run.
  packagejson: false,
  plugins: [publicOnly],
};
