/**
 * Audit results named after what happened to the account, for the summary, exit-code and
 * output tests. Reports are real: the canned situations run through the engine.
 */
import type { AccountAuditResult, AccountFailureKind } from '../../../tools/audit/accountAuditResult';
import { remedyFor } from '../../../tools/audit/failureRemedies';
import { cannedReport } from '../../../tools/mocknetsuite/cannedReports';
import type { CannedSituation } from '../../../tools/mocknetsuite/cannedReports';

export function reportResult(name: string, situation: CannedSituation, accountId = '1234567'): AccountAuditResult {
  return { outcome: 'report', account: { name, accountId }, attempts: 1, report: cannedReport(situation, accountId) };
}

export function failedResult(name: string, kind: AccountFailureKind, accountId = '7654321'): AccountAuditResult {
  return {
    outcome: 'error',
    account: { name, accountId },
    attempts: 1,
    failure: {
      kind,
      message: `What happened: ${kind}.`,
      remedy: remedyFor(kind, accountId, `${accountId}.restlets.api.netsuite.com`),
      httpStatus: null,
      code: null,
    },
  };
}

export const READY = reportResult('Ready Co', 'ready-administrator');
export const NOT_READY = reportResult('Feature Off Co', 'token-based-authentication-off');
export const INCOMPLETE = reportResult('Locked Tables Co', 'audit-tables-unreadable');
export const LOGIN_REFUSED = failedResult('Wrong Secret Co', 'authentication');
export const UNREACHABLE = failedResult('Offline Co', 'network');
