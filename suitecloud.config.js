// SuiteCloud CLI configuration: the repository root is the SDF project. Deploy, validate and
// package first prove the bundle (build, type check, lint, tests) and stop on any failure.
const { verifyBeforeSuiteCloudCommand } = require('./tools/sdf/verify-before-command');

module.exports = {
  defaultProjectFolder: '.',
  commands: {
    'project:deploy': { beforeExecuting: verifyBeforeSuiteCloudCommand },
    'project:validate': { beforeExecuting: verifyBeforeSuiteCloudCommand },
    'project:package': { beforeExecuting: verifyBeforeSuiteCloudCommand },
  },
};
