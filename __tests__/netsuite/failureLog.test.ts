jest.mock('N/log');

import * as log from 'N/log';
import { logUnexpectedFailure } from '../../src/netsuite/failureLog';

afterEach(() => jest.resetAllMocks());

/** What the Execution Log received, once. */
function loggedEntry(): { title: string; details: unknown } {
  expect(log.error).toHaveBeenCalledTimes(1);
  return jest.mocked(log.error).mock.calls[0]?.[0] as { title: string; details: unknown };
}

describe('logUnexpectedFailure', () => {
  it("shows a SuiteScriptError's code and message and logs them with the stack", () => {
    const thrown = Object.assign(new Error('Script Execution Usage Limit Exceeded'), {
      name: 'SSS_USAGE_LIMIT_EXCEEDED',
    });
    thrown.stack = 'SSS_USAGE_LIMIT_EXCEEDED: Script Execution Usage Limit Exceeded\n    at collectSnapshot';

    expect(logUnexpectedFailure('Readiness audit failed', thrown)).toBe(
      'SSS_USAGE_LIMIT_EXCEEDED: Script Execution Usage Limit Exceeded',
    );
    expect(loggedEntry()).toEqual({
      title: 'Readiness audit failed',
      details:
        'SSS_USAGE_LIMIT_EXCEEDED: Script Execution Usage Limit Exceeded\nSSS_USAGE_LIMIT_EXCEEDED: Script ' +
        'Execution Usage Limit Exceeded\n    at collectSnapshot',
    });
  });

  it('logs only the message of a thrown string, which has no stack', () => {
    expect(logUnexpectedFailure('Readiness audit failed', 'feature lookup unavailable')).toBe(
      'feature lookup unavailable',
    );
    expect(loggedEntry().details).toBe('feature lookup unavailable');
  });

  it('logs only the message of an error whose stack is not text', () => {
    const thrown = new TypeError('no session');
    Object.defineProperty(thrown, 'stack', { value: undefined });

    logUnexpectedFailure('Readiness audit failed', thrown);

    expect(loggedEntry().details).toBe('no session');
  });

  it('logs no stack from a thrown object that is not an Error, whatever it carries', () => {
    logUnexpectedFailure('Readiness audit failed', {
      name: 'SSS_REQUEST_TIME_EXCEEDED',
      message: 'Too long',
      stack: 'copied stack',
    });

    expect(loggedEntry().details).toBe('SSS_REQUEST_TIME_EXCEEDED: Too long');
  });

  it("cuts the title at NetSuite's 99 characters", () => {
    logUnexpectedFailure('t'.repeat(120), 'boom');

    expect(loggedEntry().title).toBe('t'.repeat(99));
  });
});
