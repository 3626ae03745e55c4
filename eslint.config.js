// ESLint for the whole repository: `npm run lint`. Today's violations are
// recorded in eslint-suppressions.json, so only new ones fail (see
// docs/decisions/0005-lint-and-structure-rules.md).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The Node globals our few plain-JavaScript files use (the `globals` package is
// not a dependency; launchers and config files need no more than these).
const nodeGlobals = {
  console: 'readonly',
  process: 'readonly',
  URL: 'readonly',
  module: 'writable',
  require: 'readonly',
  __dirname: 'readonly',
};

export default defineConfig(
  globalIgnores([
    '**/dist/',
    'coverage/',
    'data/',
    'test-results/',
    // Generated from /openapi.json by `npm run generate:api`.
    'packages/api-types/openapi.d.ts',
  ]),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  {
    // Type-aware rules: each file is checked with the tsconfig.json nearest to
    // it (root: src, test, bench, scripts, vitest.config.ts; web/; packages/cli/).
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // navigate() returns void | Promise<void> (a promise only in data-router mode, resolved when the navigation is done); react-router's maintainers point to this exception (remix-run/react-router#12348).
          allowForKnownSafeCalls: [{ from: 'package', name: 'NavigateFunction', package: 'react-router' }],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Fastify plugins, hooks and handlers are async by contract (completion is the returned promise), so one with nothing to await is the idiom, not a bug.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-misused-promises': [
        'error',
        // React ignores what an event handler returns, and our async handlers catch and show their own errors; promises passed anywhere else are still checked.
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**/*.ts'],
    rules: {
      // Tests read JSON bodies typed `any` (test-app `data`, inject().json()) and vitest's asymmetric matchers (expect.any, expect.objectContaining) are `any`: the assertions check the shapes at run time.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      // Same reason: assigning a JSON body or an asymmetric matcher is the test's point.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Same reason: calling array methods on a JSON body (body.items.map) in an assertion.
      '@typescript-eslint/no-unsafe-call': 'off',
      // Same reason: passing a JSON body's field to the next request or a matcher.
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Same reason: helpers that return a parsed JSON body.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Launchers and config files in plain JavaScript: no tsconfig covers them.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
);
