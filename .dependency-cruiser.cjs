// dependency-cruiser over the whole tree (src, packages/cli/src, web/src, test,
// bench, scripts): rules that hold today, so any violation fails
// `npm run lint:deps`. The feature-boundary rules, which have a recorded
// baseline, are in .dependency-cruiser-features.cjs
// (docs/decisions/0005-lint-and-structure-rules.md).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle between modules: neither can be loaded, read or tested without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file or package: a typo, or the .js → .ts resolution broke and the other rules would see nothing.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'cli-not-to-server-or-web',
      severity: 'error',
      comment: 'The candidate CLI is published on its own (assay-cli): it talks to the server over HTTP, with types from @assay/api-types.',
      from: { path: '^packages/cli/' },
      to: { path: '^(src|web|test)/' },
    },
    {
      name: 'web-not-to-server-or-cli',
      severity: 'error',
      comment: 'The browser app is built by Vite on its own: it gets the API types from @assay/api-types, never from src/ (not even type-only).',
      from: { path: '^web/' },
      to: { path: '^(src|packages/cli|test)/' },
    },
    {
      name: 'server-not-to-clients',
      severity: 'error',
      comment: 'The server does not depend on its clients (the web app is served as built files).',
      from: { path: '^src/' },
      to: { path: '^(web|packages/cli)/' },
    },
    {
      name: 'shared-and-db-not-to-features',
      severity: 'error',
      comment: 'src/shared and src/db sit below the features: a feature may use them, never the other way round.',
      from: { path: '^src/(shared|db)/' },
      to: { path: '^src/features/' },
    },
    {
      name: 'production-not-to-tests',
      severity: 'error',
      comment: 'Shipped code never imports test helpers or test files (bench/ and scripts/ may).',
      from: { path: '^(src|packages/cli|web)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^test/|\\.test\\.tsx?$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    // Type-only imports count: they couple modules as much as value imports do.
    tsPreCompilationDeps: true,
    // Imports are written with .js and resolve to .ts files (NodeNext).
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'types', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
