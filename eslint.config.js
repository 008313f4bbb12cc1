// ESLint flat config. Six jobs: type-checked TypeScript rules on the sources and on the Node
// tools, the recommended TypeScript rules on the tests, keeping src/core and src/render free of NetSuite runtime imports, keeping writes
// (N/record, N/email) in the watch's writes folder, SuiteScript checks
// on the compiled AMD files NetSuite actually loads (header tags, module names, entry points),
// and the recommended rules on the plain CommonJS scripts (configs, hooks, bin/).
const { defineConfig, globalIgnores } = require('eslint/config');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const suitescript = require('eslint-plugin-suitescript');
const prettierConfig = require('eslint-config-prettier');
const entryPointExported = require('./tools/sdf/eslint-rules/entry-point-exported');

const PURE_LAYER_MESSAGE =
  'src/core and src/render stay pure: only src/netsuite may import N modules at runtime (use `import type` here).';

const WRITES_MESSAGE =
  'Only the watch writes (src/netsuite/watch: its history records and its email); everything else in the bundle reads.';

/** Globals of the Node scripts around the bundle (configs, tools). */
const NODE_GLOBALS = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
};

/** Globals NetSuite gives every SuiteScript 2.x module, besides what the define() factory receives. */
const SUITESCRIPT_GLOBALS = { define: 'readonly', log: 'readonly', util: 'readonly' };

/** eslint-plugin-suitescript's rules that hold for TypeScript's AMD output. */
const SUITESCRIPT_RULES = {
  'suitescript/api-version': 'error',
  'suitescript/script-type': 'error',
  'suitescript/no-invalid-modules': 'error',
  'suitescript/no-extra-modules': 'error',
  'suitescript/no-amd-name': 'error',
  'suitescript/no-module-extensions': 'error',
  'suitescript/log-args': 'error',
  // Replaces suitescript/entry-points, which only understands `return { onRequest }` factories.
  'acton-sdf/entry-point-exported': 'error',
  // Left off: module-vars wants `query`, tsc names it `query_1`; no-log-module forbids N/log,
  // which the sources import so the tests can stub it.
};

module.exports = defineConfig([
  globalIgnores([
    'node_modules/',
    'build/',
    'coverage/',
    'artifacts/',
    '.suitecloud-sdk/',
    '.stryker-tmp/',
    'reports/',
  ]),
  {
    name: 'acton/typescript-sources',
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
    rules: {
      // Input checks deliberately look for control characters (crafted links, CSV cells).
      'no-control-regex': 'off',
      // The contracts document the known values of open strings as `'PRODUCTION' | ... | string`.
      '@typescript-eslint/no-redundant-type-constituents': 'off',
    },
  },
  {
    // The bundle only reads, except the watch: its history records and its email. The one other
    // N/record user opens new records to read their fields and never saves them
    // (__tests__/build/write-boundary.test.ts holds its compiled file to that).
    name: 'acton/writes-only-in-the-watch',
    files: ['src/**/*.ts'],
    ignores: ['src/netsuite/watch/**', 'src/netsuite/dataReads/newRecords.ts'],
    // Before acton/pure-layers, whose stricter setting of the same rule wins in src/core and src/render.
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['N/record', 'N/email'].map((name) => ({ name, message: WRITES_MESSAGE, allowTypeImports: true })),
          patterns: [
            {
              group: ['N/task', 'N/task/*', 'N/http', 'N/https', 'N/https/*', 'N/file', 'N/config', 'N/sftp'],
              message: WRITES_MESSAGE,
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    name: 'acton/pure-layers',
    files: ['src/core/**/*.ts', 'src/render/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'N', message: PURE_LAYER_MESSAGE, allowTypeImports: true }],
          patterns: [{ group: ['N/*'], message: PURE_LAYER_MESSAGE, allowTypeImports: true }],
        },
      ],
    },
  },
  {
    name: 'acton/typescript-tools',
    files: ['tools/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      // The Node tools are compiled by their own tsconfig (CommonJS, Node types), not src's AMD one.
      parserOptions: { project: ['./tsconfig.tools.json'], tsconfigRootDir: __dirname },
    },
    rules: {
      // Typings for untyped packages are ambient files outside tsconfig's include: referenced by path.
      '@typescript-eslint/triple-slash-reference': ['error', { path: 'always', types: 'prefer-import', lib: 'always' }],
      // `const { omitted: _omitted, ...kept } = record` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    name: 'acton/tests',
    files: ['__tests__/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      // Tests feed and look for control characters on purpose (escaping, terminal output).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // The compiled AMD scripts are loaded with require(), after jest.mock() has replaced their N/* modules.
    name: 'acton/compiled-script-tests',
    files: ['__tests__/**/compiled*.test.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    name: 'acton/node-scripts',
    files: ['*.config.js', 'tools/**/*.js', 'bin/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', ecmaVersion: 2022, globals: NODE_GLOBALS },
  },
  {
    name: 'acton/compiled-suitescript',
    files: ['FileCabinet/SuiteScripts/**/*.js'],
    plugins: {
      suitescript,
      'acton-sdf': { rules: { 'entry-point-exported': entryPointExported } },
      // tsc keeps the sources' `eslint-disable` comments; their rules must exist to be named here.
      '@typescript-eslint': tseslint.plugin,
    },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    languageOptions: {
      // AMD files are plain scripts; ES2019 is what SuiteScript 2.1 runs, so newer syntax fails here.
      sourceType: 'script',
      ecmaVersion: 2019,
      globals: SUITESCRIPT_GLOBALS,
    },
    rules: { 'no-undef': 'error', ...SUITESCRIPT_RULES },
  },
  // Formatting is Prettier's: rules that would argue with it are off everywhere.
  prettierConfig,
]);
