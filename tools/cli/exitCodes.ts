/**
 * The exit codes of every `acton-readiness` command, in one place (scripts and CI branch on them):
 *
 * - 0  READY or READY_WITH_WARNINGS (for `audit`: every account);
 * - 2  NOT_READY (for `audit`: any account, or any refused token login);
 * - 3  INCOMPLETE (for `audit`: any account, or any not reached, failed otherwise or not run);
 * - 64 usage errors: bad options, unreadable or invalid input files (BSD sysexits EX_USAGE);
 * - 70 the tool itself failed, e.g. the Suitelet could not produce a report (EX_SOFTWARE);
 * - 73 `audit --out`: the run finished but its output file could not be written (EX_CANTCREAT);
 * - 130 Ctrl-C at a prompt (128 + SIGINT, as a shell reports it).
 *
 * When both 2 and 3 apply, 2 wins: a proven blocker matters more than a missing answer.
 */
import type { Verdict } from '../../src/core/report';
import type { AccountAuditResult } from '../audit/accountAuditResult';

export const EXIT_READY = 0;
export const EXIT_NOT_READY = 2;
export const EXIT_INCOMPLETE = 3;
export const EXIT_USAGE = 64;
export const EXIT_SOFTWARE = 70;
export const EXIT_CANNOT_WRITE = 73;
export const EXIT_INTERRUPTED = 130;

/** The codes a verdict (or a set of them) can give. */
export type VerdictExitCode = typeof EXIT_READY | typeof EXIT_NOT_READY | typeof EXIT_INCOMPLETE;

/** One report's verdict as an exit code. */
export function verdictExitCode(verdict: Verdict): VerdictExitCode {
  switch (verdict) {
    case 'READY':
    case 'READY_WITH_WARNINGS':
      return EXIT_READY;
    case 'NOT_READY':
      return EXIT_NOT_READY;
    case 'INCOMPLETE':
      return EXIT_INCOMPLETE;
  }
}

/** A refused login proves a blocker; any other failure leaves the answer missing. */
function accountExitCode(result: AccountAuditResult): VerdictExitCode {
  if (result.outcome === 'error') return result.failure.kind === 'authentication' ? EXIT_NOT_READY : EXIT_INCOMPLETE;
  return verdictExitCode(result.report.verdict);
}

/** The exit code of an audit of several accounts: the worst account's. */
export function auditExitCode(results: readonly AccountAuditResult[]): VerdictExitCode {
  const codes = results.map(accountExitCode);
  if (codes.includes(EXIT_NOT_READY)) return EXIT_NOT_READY;
  if (codes.includes(EXIT_INCOMPLETE)) return EXIT_INCOMPLETE;
  return EXIT_READY;
}
