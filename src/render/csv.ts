/**
 * The report as one CSV table for spreadsheets: one row per check, one header row, and the
 * account, environment, verdict and date repeated on every row so any filter keeps them.
 */
import type { CheckResult, FixLink, ReadinessReport } from '../core/report';
import { neutraliseCsvCell } from './escape';
import { accountUiBaseUrl, safeHref } from './links';

export const CSV_COLUMNS = [
  'account_id',
  'environment',
  'generated_at',
  'verdict',
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

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** RFC 4180 line ends. */
const LINE_END = '\r\n';
/** Separates several values inside one cell; spreadsheets show it as a line break in the cell. */
const IN_CELL_BREAK = '\n';

export interface CsvOptions {
  /** Origin that `/app/` fix links are made absolute against; defaults to the account's UI host. */
  readonly uiBaseUrl?: string;
}

function fixLinkText(link: FixLink, uiBaseUrl: string | undefined): string {
  const href = safeHref(link.href, uiBaseUrl);
  return href === null ? link.label : `${link.label}: ${href}`;
}

function checkRow(report: ReadinessReport, check: CheckResult, uiBaseUrl: string | undefined): Record<CsvColumn, string> {
  const fix = check.status !== 'pass' ? check.fix : undefined;
  return {
    account_id: report.account.actOnAccountId,
    environment: report.account.environment,
    generated_at: report.generatedAt,
    verdict: report.verdict,
    check_id: check.id,
    section: check.section,
    title: check.title,
    severity: check.severity,
    status: check.status,
    evidence: check.evidence.join(IN_CELL_BREAK),
    fix_navigation: fix?.navigation ?? '',
    fix_steps: (fix?.steps ?? []).map((step, index) => `${index + 1}. ${step}`).join(IN_CELL_BREAK),
    fix_links: (fix?.links ?? []).map((link) => fixLinkText(link, uiBaseUrl)).join(IN_CELL_BREAK),
  };
}

function csvLine(cells: readonly string[]): string {
  return cells.map(neutraliseCsvCell).join(',') + LINE_END;
}

/** The report as CSV text (no byte-order mark; the Suitelet adds one for Excel). */
export function renderReportCsv(report: ReadinessReport, options: CsvOptions = {}): string {
  const uiBaseUrl = options.uiBaseUrl ?? accountUiBaseUrl(report.account);
  const rows = report.checks.map((check) => {
    const row = checkRow(report, check, uiBaseUrl);
    return csvLine(CSV_COLUMNS.map((column) => row[column]));
  });
  return csvLine(CSV_COLUMNS) + rows.join('');
}
