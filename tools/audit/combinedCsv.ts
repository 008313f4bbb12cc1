/**
 * Every account's result as one CSV table for spreadsheets: one row per account per check, with
 * the account's columns repeated on each row so any filter keeps them; an account that failed
 * has one row holding the failure. Every cell goes through the formula-neutralising escaper.
 */
import { neutraliseCsvCell } from '../../src/render/escape';
import { accountUiBaseUrl, safeHref } from '../../src/render/links';
import type { ReportDocumentCheck } from '../../src/render/reportDocument';
import type { AccountAuditResult } from './accountAuditResult';

export const COMBINED_CSV_COLUMNS = [
  'account_name',
  'account_id',
  'outcome',
  'verdict',
  'error_kind',
  'error_message',
  'error_remedy',
  'check_id',
  'section',
  'title',
  'severity',
  'status',
  'evidence',
  'fix_navigation',
  'fix_steps',
  'fix_links',
] as const;

type Column = (typeof COMBINED_CSV_COLUMNS)[number];
type Row = Readonly<Record<Column, string>>;

const LINE_END = '\r\n';
const IN_CELL_BREAK = '\n';

const EMPTY_CHECK_COLUMNS = {
  check_id: '',
  section: '',
  title: '',
  severity: '',
  status: '',
  evidence: '',
  fix_navigation: '',
  fix_steps: '',
  fix_links: '',
} as const;

function checkColumns(check: ReportDocumentCheck, origin: string | undefined): Omit<Row, 'account_name' | 'account_id' | 'outcome' | 'verdict' | 'error_kind' | 'error_message' | 'error_remedy'> {
  const fix = check.fix;
  return {
    check_id: check.id,
    section: check.section,
    title: check.title,
    severity: check.severity,
    status: check.status,
    evidence: check.evidence.join(IN_CELL_BREAK),
    fix_navigation: fix?.navigation ?? '',
    fix_steps: (fix?.steps ?? []).map((step, index) => `${index + 1}. ${step}`).join(IN_CELL_BREAK),
    fix_links: (fix?.links ?? [])
      .map((link) => {
        const href = safeHref(link.href, origin);
        return href === null ? link.label : `${link.label}: ${href}`;
      })
      .join(IN_CELL_BREAK),
  };
}

function rowsOf(result: AccountAuditResult): Row[] {
  const account = { account_name: result.account.name, account_id: result.account.accountId };
  if (result.outcome === 'error') {
    const { failure } = result;
    return [{ ...account, outcome: 'error', verdict: '', error_kind: failure.kind, error_message: failure.message, error_remedy: failure.remedy, ...EMPTY_CHECK_COLUMNS }];
  }
  const { report } = result;
  const origin = accountUiBaseUrl(report.account);
  const accountColumns = { ...account, outcome: 'report', verdict: report.verdict, error_kind: '', error_message: '', error_remedy: '' };
  return report.checks.map((check) => ({ ...accountColumns, ...checkColumns(check, origin) }));
}

function csvLine(cells: readonly string[]): string {
  return cells.map(neutraliseCsvCell).join(',') + LINE_END;
}

/** The table as CSV text: a header row, then the rows (CRLF line ends, no byte-order mark). */
export function renderCombinedCsv(results: readonly AccountAuditResult[]): string {
  const body = results.flatMap(rowsOf).map((row) => csvLine(COMBINED_CSV_COLUMNS.map((column) => row[column])));
  return csvLine(COMBINED_CSV_COLUMNS) + body.join('');
}
