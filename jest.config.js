// The full suite (`npm test`). SuiteCloud's configuration maps every N/* module to Oracle's stubs
// and transforms the compiled AMD files; swc strips the types from each TypeScript file alone
// (several times faster than ts-jest), since `npm run build` type-checks everything with tsc first.
const SuiteCloudJestConfiguration = require('@oracle/suitecloud-unit-testing/jest-configuration/SuiteCloudJestConfiguration');

const suiteCloud = SuiteCloudJestConfiguration.build({
  projectFolder: '.',
  projectType: SuiteCloudJestConfiguration.ProjectType.ACP,
});

module.exports = {
  ...suiteCloud,
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  transform: {
    ...suiteCloud.transform,
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        // As tsc compiles with esModuleInterop off: a default import reads the module's `default`.
        module: { type: 'commonjs', noInterop: true },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Jest's default leaves one core idle; many tests here wait on child processes and Chromium.
  maxWorkers: '100%',
  // The longest files (jest.tiers.js SLOW_TESTS) start first, so the run does not end on one of them alone.
  testSequencer: '<rootDir>/jest.sequencer.js',
  // A test file that reads build output fails at once when the build is older than its sources.
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/freshBuild.ts'],
  // Stryker's sandboxes copy the project; Jest must not read them as a second project.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
};
