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
 * - READY_WITH_WARNINGS: otherwise, any check that did not pass and is not information: a warning,
 *   something to confirm by hand or that could not be read;
 * - READY: every check passed or is information.
 */
export function decideVerdict(checks: readonly VerdictInput[]): Verdict {
  const blockers = checks.filter((check) => check.severity === 'blocker');
  if (blockers.some((check) => check.status === 'fail')) return 'NOT_READY';
  if (blockers.some((check) => check.status === 'unknown')) return 'INCOMPLETE';
  if (checks.some((check) => check.status !== 'pass' && check.status !== 'info')) return 'READY_WITH_WARNINGS';
  return 'READY';
}

/** The statuses a check of each severity may have, so a badge never contradicts its severity. */
export const STATUSES_OF_SEVERITY: Readonly<Record<Severity, readonly CheckStatus[]>> = {
  blocker: ['pass', 'fail', 'warn', 'manual', 'unknown'],
  warning: ['pass', 'warn', 'manual', 'unknown'],
  info: ['pass', 'info'],
};
