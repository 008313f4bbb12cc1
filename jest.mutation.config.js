// The Jest run Stryker uses: every test that imports the TypeScript sources. Tests that drive the
// compiled bundle, a browser, the packed package or the SDF CLI cannot see a mutant in the sources
// (they read build output, which the mutation sandbox does not build), so they are left out.
const base = require('./jest.config');

// MUTATION_TESTS (a comma-separated list of test paths) narrows a run while iterating on one area.
const narrowed = process.env.MUTATION_TESTS ? process.env.MUTATION_TESTS.split(',').map((path) => `<rootDir>/${path.trim()}`) : undefined;

module.exports = {
  ...base,
  ...(narrowed ? { testMatch: narrowed } : {}),
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
