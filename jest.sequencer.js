'use strict';
// The Jest test sequencer of `npm test`. Jest orders test files by their last recorded duration,
// and by file size when it has none (a fresh clone, a new worktree, CI), which puts the short
// browser suites' files last: on two workers the run then ends with one worker alone on a
// one-minute suite. This sequencer starts the files jest.tiers.js lists as SLOW_TESTS first, in
// the order listed, and leaves Jest's order for the rest. It only orders: every file still runs.
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;
const { SLOW_TESTS } = require('./jest.tiers');

/** Where `test` stands in SLOW_TESTS, or SLOW_TESTS.length when it is not listed. */
function slowRank(test) {
  const listed = SLOW_TESTS.map((pattern) => path.join(test.context.config.rootDir, pattern.replace('<rootDir>/', '')));
  const index = listed.indexOf(test.path);
  return index === -1 ? SLOW_TESTS.length : index;
}

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    // Array.prototype.sort is stable: the files not listed keep Jest's order after the listed ones.
    return [...super.sort(tests)].sort((a, b) => slowRank(a) - slowRank(b));
  }
}

module.exports = SlowFirstSequencer;
