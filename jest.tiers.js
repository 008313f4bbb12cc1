// Which test files need more than the TypeScript sources. `npm run test:fast` leaves both groups
// out; `npm test` runs everything, and the files that read build output first check that the
// build is not older than its sources (__tests__/support/freshBuild.ts).

/** Tests that run compiled output: the bundle in FileCabinet/, the tools in build/, the packed package or the SDF CLI. */
const BUILD_TESTS = [
  '<rootDir>/__tests__/package/',
  '<rootDir>/__tests__/sdf/',
  '<rootDir>/__tests__/build/',
  '<rootDir>/__tests__/docs/',
  '<rootDir>/__tests__/simulate/',
  '<rootDir>/__tests__/restlet/compiledRestlet.test.ts',
  '<rootDir>/__tests__/restlet/emulatedRestlet.test.ts',
  '<rootDir>/__tests__/suitelet/compiledSuitelet.test.ts',
  '<rootDir>/__tests__/emulator/compiledReadinessSuitelet.test.ts',
  '<rootDir>/__tests__/audit/emulatedAudit.test.ts',
  '<rootDir>/__tests__/watch/',
];

/** Tests that drive Chromium (they also read build output). */
const BROWSER_TESTS = ['<rootDir>/__tests__/browser/'];

/**
 * The longest test files, longest first (measured: each takes from five to thirty seconds, where
 * most take under one). Jest starts them before the rest (jest.sequencer.js), so no
 * worker is left running one of them alone at the end, even on a fresh clone with no timings.
 */
const SLOW_TESTS = [
  '<rootDir>/__tests__/browser/reportPage.test.ts',
  '<rootDir>/__tests__/package/installedPackage.test.ts',
  '<rootDir>/__tests__/browser/previewPage.test.ts',
  '<rootDir>/__tests__/simulate/largeAccount.test.ts',
  '<rootDir>/__tests__/simulate/demoAdvice.test.ts',
  '<rootDir>/__tests__/watch/watchReplay.test.ts',
  '<rootDir>/__tests__/browser/hostileNames.test.ts',
];

module.exports = { BUILD_TESTS, BROWSER_TESTS, SLOW_TESTS };
