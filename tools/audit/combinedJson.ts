/**
 * Every account's result as one JSON document: each report exactly as its RESTlet sent it, each
 * failure with its kind, message and remedy. Credentials never appear: results do not hold them.
 */
import { TOOL_NAME, TOOL_VERSION } from '../../src/core/tool';
import { terminalSafeJson } from '../../src/render/escape';
import type { ReportDocument } from '../../src/render/reportDocument';
import type { AccountAuditResult, AccountFailure } from './accountAuditResult';

export interface CombinedAccountEntry {
  readonly name: string;
  readonly accountId: string;
  readonly outcome: 'report' | 'error';
  /** Calls made (retries included); 0 when the account was not run. */
  readonly attempts: number;
  readonly report?: ReportDocument;
  readonly error?: AccountFailure;
}

export interface CombinedAuditDocument {
  /** When the run started: ISO-8601, UTC. */
  readonly generatedAt: string;
  readonly tool: { readonly name: string; readonly version: string };
  readonly accounts: readonly CombinedAccountEntry[];
}

function toEntry(result: AccountAuditResult): CombinedAccountEntry {
  const base = {
    name: result.account.name,
    accountId: result.account.accountId,
    outcome: result.outcome,
    attempts: result.attempts,
  };
  return result.outcome === 'report' ? { ...base, report: result.report } : { ...base, error: result.failure };
}

export function combinedAuditDocument(
  generatedAt: string,
  results: readonly AccountAuditResult[],
): CombinedAuditDocument {
  return { generatedAt, tool: { name: TOOL_NAME, version: TOOL_VERSION }, accounts: results.map(toEntry) };
}

/** The document as JSON text (two-space indent, final line break). */
export function renderCombinedJson(generatedAt: string, results: readonly AccountAuditResult[]): string {
  return `${terminalSafeJson(JSON.stringify(combinedAuditDocument(generatedAt, results), null, 2))}\n`;
}
