// The Jest run Stryker uses: the fast tier, every test that imports the TypeScript sources. Tests
// that drive the compiled bundle, a browser, the packed package or the SDF CLI cannot see a mutant
// in the sources (they read build output, which the mutation sandbox does not build).
const path = require('path');
const fast = require('./jest.fast.config');

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
  ...fast,
  ...(narrowed ? { testMatch: narrowed } : {}),
  // Loads only the test files that hold a test covering the mutant (see the file for why).
  testSequencer: '<rootDir>/tools/mutation/coveringTestSequencer.js',
};
