/**
 * The combined summary: one row per account with its verdict (or failure), the blocker checks
 * it failed and the first thing to fix. Pure; the text rendering is in ./summaryText.
 */
import { toActOnAccountId } from '../../src/core/accountIdentity';
import { fromReportDocument } from '../../src/render/json';
import type { ReportDocument } from '../../src/render/reportDocument';
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

/** The fix plan's first step, as the summary shows it: what to do and where; the plan of an older document is worked out. */
function describeFirstStep(report: ReportDocument): string {
  const [first] = fromReportDocument(report).fixPlan;
  if (first === undefined) return 'Nothing to fix.';
  return first.navigation === '' ? first.title : `${first.title}: ${first.navigation}`;
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
        ? describeFirstStep(result.report)
        : firstFixFor(result.failure.kind, toActOnAccountId(result.account.accountId), result.account.method),
    failure: result.outcome === 'report' ? null : { message: result.failure.message, remedy: result.failure.remedy },
  }));
}
