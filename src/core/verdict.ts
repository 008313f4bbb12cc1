/**
 * The overall verdict, decided only from the report's top-level checks (severity and status),
 * so the rule is one readable table rather than scattered conditions.
 */
import type { Severity } from './catalogue';
import type { CheckStatus, Verdict } from './report';

/** What the verdict looks at in a check. */
export interface VerdictInput {
  readonly severity: Severity;
  readonly status: CheckStatus;
}

/**
 * - NOT_READY: a blocker failed;
 * - INCOMPLETE: no blocker failed, but one could not be read (unknown);
 * - READY_WITH_WARNINGS: a warning-severity check failed or warns, or a blocker must be
 *   checked by hand (manual);
 * - READY: everything else.
 */
export function decideVerdict(checks: readonly VerdictInput[]): Verdict {
  const blockers = checks.filter((check) => check.severity === 'blocker');
  if (blockers.some((check) => check.status === 'fail')) return 'NOT_READY';
  if (blockers.some((check) => check.status === 'unknown')) return 'INCOMPLETE';
  const warningRaised = checks.some(
    (check) => check.severity === 'warning' && (check.status === 'fail' || check.status === 'warn'),
  );
  if (warningRaised || blockers.some((check) => check.status === 'manual')) return 'READY_WITH_WARNINGS';
  return 'READY';
}
