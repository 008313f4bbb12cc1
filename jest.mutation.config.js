// The Jest run Stryker uses: every test that imports the TypeScript sources. Tests that drive the
// compiled bundle, a browser, the packed package or the SDF CLI cannot see a mutant in the sources
// (they read build output, which the mutation sandbox does not build), so they are left out.
const path = require('path');
const base = require('./jest.config');

// Stryker runs this config from a sandbox copy of the project (.stryker-tmp/sandbox-*); the list of
// test names lives in the project itself.
const sandboxed = __dirname.split(path.sep).includes('.stryker-tmp');
const projectRoot = sandboxed ? path.resolve(__dirname, '..', '..') : __dirname;
process.env.MUTATION_TEST_NAMES ??= path.join(projectRoot, 'reports', 'mutation', 'test-names.json');

// MUTATION_TESTS (comma-separated test paths or globs) narrows the test files: a part of
// `npm run test:mutation` that names its tests, or a run while iterating on one area.
const narrowed = process.env.MUTATION_TESTS
  ? process.env.MUTATION_TESTS.split(',').map((testPath) => `<rootDir>/${testPath.trim()}`)
  : undefined;

module.exports = {
  ...base,
  ...(narrowed ? { testMatch: narrowed } : {}),
  // Loads only the test files that hold a test covering the mutant (see the file for why).
  testSequencer: '<rootDir>/tools/mutation/coveringTestSequencer.js',
  // Types are checked by `npm test`; here every test run only needs the JavaScript, so each file is
  // transpiled alone (isolatedModules), several times faster per run than a type-checked compile.
  transform: {
    ...base.transform,
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.mutation.json' }],
  },
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/__tests__/browser/',
    '<rootDir>/__tests__/package/',
    '<rootDir>/__tests__/sdf/',
    '<rootDir>/__tests__/build/',
    '<rootDir>/__tests__/docs/',
    '<rootDir>/__tests__/restlet/compiledRestlet.test.ts',
    '<rootDir>/__tests__/restlet/emulatedRestlet.test.ts',
    '<rootDir>/__tests__/suitelet/compiledSuitelet.test.ts',
    '<rootDir>/__tests__/emulator/compiledReadinessSuitelet.test.ts',
    '<rootDir>/__tests__/simulate/',
    '<rootDir>/__tests__/audit/emulatedAudit.test.ts',
    '<rootDir>/__tests__/watch/watchReplay.test.ts',
    '<rootDir>/__tests__/watch/suiteletWatchStatus.test.ts',
  ],
};
