/**
 * The command's exit code, from the run's results:
 * 0 every account READY or READY_WITH_WARNINGS; 2 any NOT_READY or refused login;
 * 3 any INCOMPLETE or not reached (failed otherwise, or not run); 64 usage errors.
 * When both 2 and 3 apply, 2 wins: a proven blocker matters more than a missing answer.
 */
import type { AccountAuditResult } from './accountAuditResult';

export const EXIT_READY = 0;
export const EXIT_NOT_READY = 2;
export const EXIT_INCOMPLETE = 3;
export const EXIT_USAGE = 64;

export type AuditExitCode = typeof EXIT_READY | typeof EXIT_NOT_READY | typeof EXIT_INCOMPLETE;

function accountExitCode(result: AccountAuditResult): AuditExitCode {
  if (result.outcome === 'error') return result.failure.kind === 'authentication' ? EXIT_NOT_READY : EXIT_INCOMPLETE;
  switch (result.report.verdict) {
    case 'READY':
    case 'READY_WITH_WARNINGS':
      return EXIT_READY;
    case 'NOT_READY':
      return EXIT_NOT_READY;
    case 'INCOMPLETE':
      return EXIT_INCOMPLETE;
  }
}

export function auditExitCode(results: readonly AccountAuditResult[]): AuditExitCode {
  const codes = results.map(accountExitCode);
  if (codes.includes(EXIT_NOT_READY)) return EXIT_NOT_READY;
  if (codes.includes(EXIT_INCOMPLETE)) return EXIT_INCOMPLETE;
  return EXIT_READY;
}
