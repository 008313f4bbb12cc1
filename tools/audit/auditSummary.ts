/**
 * The combined summary: one row per account with its verdict (or failure), the blocker checks
 * it failed and the first thing to fix. Pure; the text rendering is in ./summaryText.
 */
import { toActOnAccountId } from '../../src/core/accountIdentity';
import type { ReportDocument, ReportDocumentCheck } from '../../src/render/reportDocument';
import type { AccountAuditResult } from './accountAuditResult';
import { firstFixFor } from './failureRemedies';
import { resultLabel } from './progressReporter';

export interface SummaryRow {
  readonly name: string;
  readonly accountId: string;
  /** The verdict, or the failure's label (e.g. `AUTHENTICATION FAILED`). */
  readonly result: string;
  readonly outcome: AccountAuditResult['outcome'];
  /** Blocker checks that failed; null when there is no report. */
  readonly blockersFailed: number | null;
  /** The first thing to do: a check's title and where it is fixed, or the failure's remedy in a few words. */
  readonly firstFix: string;
  /** For an account that failed: what happened and the full remedy; null for a report. */
  readonly failure: { readonly message: string; readonly remedy: string } | null;
}

/** Which non-passing check to fix first: failed blockers, then unproven blockers, then warnings. */
const FIX_ORDER: readonly ((check: ReportDocumentCheck) => boolean)[] = [
  (check) => check.severity === 'blocker' && check.status === 'fail',
  (check) => check.severity === 'blocker' && (check.status === 'unknown' || check.status === 'manual'),
  (check) => check.severity === 'warning' && (check.status === 'fail' || check.status === 'warn'),
];

/** The check to fix first, in catalogue order within each tier; undefined when there is nothing to fix. */
export function firstCheckToFix(report: ReportDocument): ReportDocumentCheck | undefined {
  for (const matches of FIX_ORDER) {
    const check = report.checks.find((candidate) => matches(candidate) && candidate.fix !== null);
    if (check !== undefined) return check;
  }
  return undefined;
}

function describeFix(check: ReportDocumentCheck | undefined): string {
  if (check === undefined || check.fix === null) return 'Nothing to fix.';
  const where = check.fix.navigation === '' ? (check.fix.steps[0] ?? '') : check.fix.navigation;
  return where === '' ? check.title : `${check.title}: ${where}`;
}

export function blockersFailed(report: ReportDocument): number {
  return report.checks.filter((check) => check.severity === 'blocker' && check.status === 'fail').length;
}

/** One summary row per result, in the results' order. */
export function summaryRows(results: readonly AccountAuditResult[]): SummaryRow[] {
  return results.map((result) => ({
    name: result.account.name,
    accountId: result.account.accountId,
    result: resultLabel(result),
    outcome: result.outcome,
    blockersFailed: result.outcome === 'report' ? blockersFailed(result.report) : null,
    firstFix:
      result.outcome === 'report'
        ? describeFix(firstCheckToFix(result.report))
        : firstFixFor(result.failure.kind, toActOnAccountId(result.account.accountId), result.account.method),
    failure: result.outcome === 'report' ? null : { message: result.failure.message, remedy: result.failure.remedy },
  }));
}
