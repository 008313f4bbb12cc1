// `npm run test:fast`: the specifications that need no build, no compiled bundle and no browser,
// for the edit loop. `npm test` (jest.config.js) stays the gate.
const base = require('./jest.config');
const { BUILD_TESTS, BROWSER_TESTS } = require('./jest.tiers');

module.exports = {
  ...base,
  setupFilesAfterEnv: [],
  testPathIgnorePatterns: ['/node_modules/', ...BUILD_TESTS, ...BROWSER_TESTS],
};
