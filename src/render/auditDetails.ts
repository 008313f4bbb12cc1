/**
 * The audit's statement diagnostics in words, shared by the HTML page and the text report: what
 * each SuiteQL statement read, why one was skipped, what NetSuite answered when one failed.
 */
import type { StatementDiagnostic } from '../core/snapshot';

/** What the details are for, said once above them. */
export const AUDIT_DETAILS_INTRO =
  'If this report disagrees with what NetSuite shows, send the JSON report (Download JSON) to whoever supports ' +
  'this bundle for you: ' +
  ('its "probes" list what each statement below read or why it failed, as SQL text with ? placeholders, without ' +
    'parameter values, secrets or personal data.');

/** "Audit details: 5 statements run, 2 skipped". */
export function auditDetailsTitle(probes: readonly StatementDiagnostic[]): string {
  const run = probes.filter((probe) => probe.outcome !== 'skipped').length;
  const skipped = probes.length - run;
  const runPart = `${run} SuiteQL ${run === 1 ? 'statement' : 'statements'} run`;
  return skipped === 0 ? `Audit details: ${runPart}` : `Audit details: ${runPart}, ${skipped} skipped`;
}

/** One statement's outcome in a line: "read 2 rows", "read 200 rows, cut at its bound", "failed: CODE: message", "skipped: reason". */
export function probeOutcomeText(probe: StatementDiagnostic): string {
  switch (probe.outcome) {
    case 'ok': {
      const rows = `read ${probe.rows} ${probe.rows === 1 ? 'row' : 'rows'}`;
      return probe.bounded ? `${rows}, cut at its bound (the account holds more)` : rows;
    }
    case 'failed': {
      const error = probe.error;
      if (error === null) return 'failed';
      return error.code === null ? `failed: ${error.message}` : `failed: ${error.code}: ${error.message}`;
    }
    case 'skipped':
      return `skipped: ${probe.reason ?? 'not needed'}`;
  }
}

/** The statement text on one line, white space folded. */
export function foldedStatement(probe: StatementDiagnostic): string {
  return probe.statement.replace(/\s+/g, ' ').trim();
}
