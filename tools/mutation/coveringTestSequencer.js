// The Jest test sequencer of mutation runs. Stryker runs each mutant with a test name pattern
// (the tests that reach it), yet Jest still loads every test file to find the names, and loading
// forty files costs seconds where the covering tests take milliseconds. This sequencer drops the
// files that hold no test the pattern matches, so the result is the same, only sooner.
//
// Which names each file holds comes from the list MUTATION_TEST_NAMES names (written by
// recordTestNames.js from a Jest run of the same suite, just before Stryker starts). A file the
// list does not know, or whose content changed since, is always kept.
const { createHash } = require('crypto');
const { existsSync, readFileSync } = require('fs');
const { relative } = require('path');
const Sequencer = require('@jest/test-sequencer').default;

/** Test file (relative to the project) → { sha1 of its content, full names of its tests }. */
let namesByFile = null;
/** Test file (absolute) → sha1 of its content, read once per process (files do not change during a run). */
const contentHashes = new Map();

function sha1(text) {
  return createHash('sha1').update(text).digest('hex');
}

/** Reads the list once: each test file's content hash and test names. */
function testNames() {
  if (namesByFile !== null) return namesByFile;
  namesByFile = new Map();
  const listPath = process.env.MUTATION_TEST_NAMES;
  if (!listPath || !existsSync(listPath)) return namesByFile;
  const files = JSON.parse(readFileSync(listPath, 'utf8')).files;
  for (const [file, entry] of Object.entries(files)) namesByFile.set(file, entry);
  return namesByFile;
}

function contentHash(path) {
  let hash = contentHashes.get(path);
  if (hash === undefined) {
    hash = sha1(readFileSync(path, 'utf8'));
    contentHashes.set(path, hash);
  }
  return hash;
}

/** Whether the file may hold a test the pattern matches: it does by the report, or the report cannot say. */
function mayHoldMatchingTest(test, pattern, rootDir) {
  const known = testNames().get(relative(rootDir, test.path));
  if (known === undefined || known.sha1 !== contentHash(test.path)) return true;
  return known.names.some((name) => pattern.test(name));
}

class CoveringTestSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.testNamePattern = options.globalConfig.testNamePattern;
  }

  sort(tests) {
    const sorted = super.sort(tests);
    if (!this.testNamePattern) return sorted;
    // Jest matches test names case-insensitively.
    const pattern = new RegExp(this.testNamePattern, 'i');
    return sorted.filter((test) => mayHoldMatchingTest(test, pattern, test.context.config.rootDir));
  }
}

module.exports = CoveringTestSequencer;
module.exports.sha1 = sha1;
