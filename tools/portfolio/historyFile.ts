/**
 * One file of an `audit --history` folder, read back with a specific reason when it is not one:
 * the folder is the consultant's, and anything else found in it is reported, never fatal.
 */
import { REPORT_SCHEMA_VERSION } from '../../src/core/tool';
import { objectShape, oneOfShape, textShape } from '../../src/render/jsonShape';
import { REPORT_DOCUMENT_SHAPE } from '../../src/render/reportDocumentShape';
import type { AccountFailure } from '../audit/accountAuditResult';
import { HISTORY_FORMAT, HISTORY_FORMAT_VERSION } from '../audit/history';
import type { HistoryEntry } from '../audit/history';

const ENTRY_SHAPE = objectShape<Pick<HistoryEntry, 'at' | 'name' | 'accountId' | 'outcome'>>({
  at: textShape,
  name: textShape,
  accountId: textShape,
  outcome: oneOfShape(['report', 'error'] as const),
});

// The kind is kept as text: a later version may add kinds, and this one shows them as they are.
const FAILURE_SHAPE = objectShape<{ readonly kind: string } & Pick<AccountFailure, 'message' | 'remedy'>>({
  kind: textShape,
  message: textShape,
  remedy: textShape,
});

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/** The entry in `text`, or why it is not one this version can read. */
export function parseHistoryEntry(text: string): HistoryEntry | { readonly problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'not JSON' };
  }
  const record = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Readonly<Record<string, unknown>>;
  if (record['format'] !== HISTORY_FORMAT) return { problem: 'not a file of audit --history' };
  if (record['formatVersion'] !== HISTORY_FORMAT_VERSION)
    return { problem: `history format version ${String(record['formatVersion'])}; this tool reads version 1` };
  const entryProblem = ENTRY_SHAPE.mismatch(parsed, '');
  if (entryProblem !== null) return { problem: entryProblem };
  const entry = parsed as HistoryEntry;
  if (!ISO_UTC.test(entry.at) || Number.isNaN(Date.parse(entry.at)))
    return { problem: `at: expected an ISO-8601 UTC time, found ${JSON.stringify(entry.at.slice(0, 40))}` };
  if (entry.outcome === 'error') {
    const failureProblem = FAILURE_SHAPE.mismatch(record['error'], 'error');
    return failureProblem === null ? entry : { problem: failureProblem };
  }
  const report = record['report'] as Readonly<Record<string, unknown>> | undefined;
  if (typeof report === 'object' && report !== null && report['schemaVersion'] !== REPORT_SCHEMA_VERSION) {
    return { problem: `report.schemaVersion: this tool reads version ${REPORT_SCHEMA_VERSION}` };
  }
  const reportProblem = REPORT_DOCUMENT_SHAPE.mismatch(report, 'report');
  return reportProblem === null ? entry : { problem: reportProblem };
}
