import { describeThrown, probeFailure, probeFailureFromThrown } from '../../src/netsuite/probes';

describe('probeFailure', () => {
  it('carries no code property when NetSuite gave no code', () => {
    expect(probeFailure('Reading the employee table failed: boom')).toStrictEqual({
      ok: false,
      reason: 'Reading the employee table failed: boom',
    });
  });

  it("carries NetSuite's code when there is one", () => {
    expect(probeFailure('refused', 'INSUFFICIENT_PERMISSION')).toStrictEqual({
      ok: false,
      reason: 'refused',
      code: 'INSUFFICIENT_PERMISSION',
    });
  });
});

describe('describeThrown', () => {
  it("reads a SuiteScriptError's code from its name", () => {
    const thrown = Object.assign(new Error('Permission Violation'), { name: 'INSUFFICIENT_PERMISSION' });

    expect(describeThrown(thrown)).toStrictEqual({ code: 'INSUFFICIENT_PERMISSION', message: 'Permission Violation' });
  });

  it('reads a code padded with spaces, trimmed', () => {
    expect(describeThrown({ name: '  SSS_REQUEST_TIME_EXCEEDED ', message: 'Too long' })).toStrictEqual({
      code: 'SSS_REQUEST_TIME_EXCEEDED',
      message: 'Too long',
    });
  });

  it('reads the code property when the name is a JavaScript class, not a code', () => {
    const thrown = Object.assign(new TypeError('socket hang up'), { code: 'ECONNRESET' });

    expect(describeThrown(thrown)).toStrictEqual({ code: 'ECONNRESET', message: 'socket hang up' });
  });

  it('carries no code property for a plain JavaScript error', () => {
    expect(describeThrown(new TypeError('no session'))).toStrictEqual({ message: 'no session' });
  });

  it('takes a thrown string as the message', () => {
    expect(describeThrown('feature lookup unavailable')).toStrictEqual({ message: 'feature lookup unavailable' });
  });

  it('trims a thrown string and folds its line breaks', () => {
    expect(describeThrown('  page\n  gone \n')).toStrictEqual({ message: 'page gone' });
  });

  it('says "no message" for a thrown null', () => {
    expect(describeThrown(null)).toStrictEqual({ message: 'no message' });
  });

  it('says "no message" for a thrown undefined', () => {
    expect(describeThrown(undefined)).toStrictEqual({ message: 'no message' });
  });

  it('says "no message" for a thrown number', () => {
    expect(describeThrown(42)).toStrictEqual({ message: 'no message' });
  });

  it('says "no message" for an error whose message is only spaces', () => {
    expect(describeThrown(new Error('   '))).toStrictEqual({ message: 'no message' });
  });

  it("folds a message's line breaks and runs of spaces into single spaces", () => {
    expect(describeThrown(new Error('  Search error occurred:\n    Invalid   search  '))).toStrictEqual({
      message: 'Search error occurred: Invalid search',
    });
  });

  it('keeps a message of exactly 300 characters whole', () => {
    const message = 'x'.repeat(300);

    expect(describeThrown(new Error(message)).message).toBe(message);
  });

  it('cuts a longer message to 299 characters and an ellipsis', () => {
    expect(describeThrown(new Error('x'.repeat(301))).message).toBe(`${'x'.repeat(299)}…`);
  });
});

describe('probeFailureFromThrown', () => {
  it('names the attempt, the code and the message', () => {
    const thrown = Object.assign(new Error('Invalid search type.'), { name: 'INVALID_SEARCH_TYPE' });

    expect(probeFailureFromThrown('Reading the integration table', thrown)).toStrictEqual({
      ok: false,
      reason: 'Reading the integration table failed: INVALID_SEARCH_TYPE: Invalid search type.',
      code: 'INVALID_SEARCH_TYPE',
    });
  });
});
