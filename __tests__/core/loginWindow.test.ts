/**
 * The Login Audit Trail the rules read: a login dated after the audit ran comes from a wrong
 * clock or time zone and is dropped; a login at the very moment of the audit is kept.
 */
import { withoutFutureLogins } from '../../src/core/loginWindow';
import { COLLECTED_AT, aLoginAttempt, allRows, aSnapshot } from '../fixtures/snapshotBuilder';

function loginTimesRead(attempts: ReturnType<typeof aLoginAttempt>[]): readonly string[] {
  const windowed = withoutFutureLogins(aSnapshot({ loginAttempts: allRows(attempts) })).loginAttempts;
  if (!windowed.ok) throw new Error(windowed.reason);
  return windowed.value.rows.map((attempt) => attempt.at);
}

describe('withoutFutureLogins', () => {
  it('keeps a login dated at the very moment the audit ran', () => {
    expect(loginTimesRead([aLoginAttempt({ at: COLLECTED_AT })])).toEqual([COLLECTED_AT]);
  });

  it('drops a login dated after the audit ran and keeps the earlier ones', () => {
    expect(
      loginTimesRead([aLoginAttempt({ at: '2026-11-28T09:00:00Z' }), aLoginAttempt({ at: '2026-11-24T09:00:00Z' })]),
    ).toEqual(['2026-11-24T09:00:00Z']);
  });

  it('leaves the snapshot as collected when no login is dated after the audit', () => {
    const snapshot = aSnapshot({ loginAttempts: allRows([aLoginAttempt({ at: '2026-11-24T09:00:00Z' })]) });

    expect(withoutFutureLogins(snapshot)).toBe(snapshot);
  });
});
