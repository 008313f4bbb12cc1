/**
 * Every account's result as one CSV table for spreadsheets: one row per account per check, with
 * the account's columns repeated on each row so any filter keeps them; an account that failed
 * has one row holding the failure. Check cells and escaping are the Suitelet CSV's own.
 */
import { CHECK_CSV_COLUMNS, checkCsvCells } from '../../src/render/csv';
import type { CheckCsvColumn } from '../../src/render/csv';
import { csvLine } from '../../src/render/escape';
import { stepNumbers } from '../../src/core/fixPlan';
import { confineLinksToNetSuite } from '../../src/render/foreignDocument';
import { fromReportDocument } from '../../src/render/json';
import { accountUiBaseUrl } from '../../src/render/links';
import type { AccountAuditResult } from './accountAuditResult';

const ACCOUNT_CSV_COLUMNS = [
  'account_name',
  'account_id',
  'outcome',
  'verdict',
  'error_kind',
  'error_message',
  'error_remedy',
] as const;

export const COMBINED_CSV_COLUMNS = [...ACCOUNT_CSV_COLUMNS, ...CHECK_CSV_COLUMNS] as const;

type Column = (typeof COMBINED_CSV_COLUMNS)[number];
type Row = Readonly<Record<Column, string>>;

/** The check cells of a failed account's row. */
const EMPTY_CHECK_CELLS = Object.fromEntries(CHECK_CSV_COLUMNS.map((column) => [column, ''])) as Readonly<
  Record<CheckCsvColumn, string>
>;

function rowsOf(result: AccountAuditResult): Row[] {
  const account = { account_name: result.account.name, account_id: result.account.accountId };
  if (result.outcome === 'error') {
    const { failure } = result;
    return [
      {
        ...account,
        outcome: 'error',
        verdict: '',
        error_kind: failure.kind,
        error_message: failure.message,
        error_remedy: failure.remedy,
        ...EMPTY_CHECK_CELLS,
      },
    ];
  }
  const report = confineLinksToNetSuite(result.report);
  const origin = accountUiBaseUrl(report.account);
  const accountCells = {
    ...account,
    outcome: 'report',
    verdict: report.verdict,
    error_kind: '',
    error_message: '',
    error_remedy: '',
  };
  const steps = stepNumbers(fromReportDocument(report).fixPlan);
  return report.checks.map((check) => ({ ...accountCells, ...checkCsvCells(check, check.fix, origin, steps) }));
}

/** The table as CSV text: a header row, then the rows (CRLF line ends, no byte-order mark). */
export function renderCombinedCsv(results: readonly AccountAuditResult[]): string {
  const body = results.flatMap(rowsOf).map((row) => csvLine(COMBINED_CSV_COLUMNS.map((column) => row[column])));
  return csvLine(COMBINED_CSV_COLUMNS) + body.join('');
}
