import { auditExitCode, verdictExitCode } from '../../tools/cli/exitCodes';
import { failedResult, INCOMPLETE, LOGIN_REFUSED, NOT_READY, READY, UNREACHABLE } from './support/auditResults';

describe('verdictExitCode', () => {
  it.each([
    ['READY', 0],
    ['READY_WITH_WARNINGS', 0],
    ['NOT_READY', 2],
    ['INCOMPLETE', 3],
  ] as const)('gives %s the exit code %i', (verdict, code) => {
    expect(verdictExitCode(verdict)).toBe(code);
  });
});

describe('auditExitCode', () => {
  it('is 0 when every account is ready', () => {
    expect(auditExitCode([READY, READY])).toBe(0);
  });

  it('is 2 when an account is not ready', () => {
    expect(auditExitCode([READY, NOT_READY])).toBe(2);
  });

  it('is 2 when a login was refused', () => {
    expect(auditExitCode([READY, LOGIN_REFUSED])).toBe(2);
  });

  it('is 3 when an account is incomplete', () => {
    expect(auditExitCode([READY, INCOMPLETE])).toBe(3);
  });

  it.each(['network', 'timeout', 'not-json', 'wrong-schema', 'restlet-not-deployed', 'interrupted'] as const)(
    'is 3 when an account failed with %s',
    (kind) => {
      expect(auditExitCode([READY, failedResult('X', kind)])).toBe(3);
    },
  );

  it('is 2 rather than 3 when both apply: a proven blocker outranks a missing answer', () => {
    expect(auditExitCode([UNREACHABLE, NOT_READY])).toBe(2);
  });
});
