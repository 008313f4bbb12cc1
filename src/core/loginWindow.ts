/**
 * The Login Audit Trail as the rules may read it: no login dated after the audit ran. Such a
 * row comes from a wrong clock or a wrong time zone, and must not pass for a recent success.
 */
import type { AccountSnapshot } from './snapshot';

/** The snapshot without login attempts dated after `collectedAt` (unchanged when there are none, or no time to compare). */
export function withoutFutureLogins(snapshot: AccountSnapshot): AccountSnapshot {
  const auditTime = Date.parse(snapshot.collectedAt);
  const attempts = snapshot.loginAttempts;
  if (Number.isNaN(auditTime) || !attempts.ok) return snapshot;
  const rows = attempts.value.rows.filter((attempt) => !(Date.parse(attempt.at) > auditTime));
  return rows.length === attempts.value.rows.length
    ? snapshot
    : { ...snapshot, loginAttempts: { ...attempts, value: { ...attempts.value, rows } } };
}
