// SuiteCloud's configuration maps every N/* module to Oracle's stubs and transforms the compiled
// AMD files; ts-jest runs the TypeScript tests and sources.
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
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Stryker's sandboxes copy the project; Jest must not read them as a second project.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
};
