// The architecture of src/, checked by `npm run lint:deps` (in `npm test`): no import
// cycle, and data flows one way, model → feed (read → load) and query → elements.
// Type-only imports count too: a cycle of types is still a cycle to read through.
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'No module may reach itself again through its imports.',
      from: {},
      to: {circular: true},
    },
    {
      name: 'model-stays-plain',
      severity: 'error',
      comment: 'The model runs in Node and browsers alike: no feed, query, UI, DOM library or CLI.',
      from: {path: '^src/model/'},
      to: {path: ['^src/(feed|query|i18n|elements|events|cli)/', '^node_modules/lit', '^node_modules/@lit']},
    },
    {
      name: 'data-has-no-ui',
      severity: 'error',
      comment: 'Reading, loading and querying pledges never reach for Lit, the elements or the UI strings.',
      from: {path: '^src/(feed|query)/'},
      to: {path: ['^src/(i18n|elements|events|cli)/', '^node_modules/lit', '^node_modules/@lit']},
    },
    {
      name: 'read-before-load',
      severity: 'error',
      comment: 'Reading a feed knows nothing of how it was fetched; loading builds on reading.',
      from: {path: '^src/feed/read/'},
      to: {path: '^src/feed/load/'},
    },
    {
      name: 'query-needs-no-feed',
      severity: 'error',
      comment: 'Queries work on any list of pledges, however it was obtained.',
      from: {path: '^src/query/'},
      to: {path: '^src/feed/'},
    },
    {
      name: 'no-zod-in-the-page',
      severity: 'error',
      comment:
        'What runs in the page (readers, loader, queries, elements) may name the zod schemas’ types, never load them: zod stays out of the script-tag file.',
      from: {path: '^src/(feed|query|i18n|elements|events)/'},
      to: {path: ['^src/model/(schema|json-schema)\\.ts$', '^node_modules/zod/'], dependencyTypesNot: ['type-only']},
    },
    {
      name: 'cli-is-a-leaf',
      severity: 'error',
      comment: 'The command line tool (Node only) uses the library; nothing else imports it.',
      from: {pathNot: '^src/cli/'},
      to: {path: '^src/cli/'},
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment: 'Every import resolves to a file or a package.',
      from: {},
      to: {couldNotResolve: true},
    },
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
