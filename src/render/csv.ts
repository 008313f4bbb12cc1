/**
 * The report as one CSV table for spreadsheets: one row per check (with the number of the fix
 * plan step that resolves it and, when it does not pass, what was found in one sentence), one header row, and the
 * account, environment, verdict and date repeated on every row so any filter keeps them.
 * The check columns are shared with the multi-account table of the command-line audit.
 */
import type { CheckResult, Fix, FixLink, ReadinessReport } from '../core/report';
import { failureSummary, stepNumbers } from '../core/fixPlan';
import { csvLine } from './escape';
import { accountUiBaseUrl, safeHref } from './links';
import type { ReportDocumentCheck } from './reportDocument';

/** The columns that describe one check, in every CSV table the tools write. */
export const CHECK_CSV_COLUMNS = [
  'check_id',
  'fix_plan_step',
  'section',
  'title',
  'severity',
  'status',
  'summary',
  'evidence',
  'fix_navigation',
  'fix_steps',
  'fix_links',
] as const;

export type CheckCsvColumn = (typeof CHECK_CSV_COLUMNS)[number];

export const CSV_COLUMNS = ['account_id', 'environment', 'generated_at', 'verdict', ...CHECK_CSV_COLUMNS] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Separates several values inside one cell; spreadsheets show it as a line break in the cell. */
const IN_CELL_BREAK = '\n';

export interface CsvOptions {
  /** Origin that `/app/` fix links are made absolute against; defaults to the account's UI host. */
  readonly uiBaseUrl?: string;
}

/** What a check row shows: the fields a report's check and a document's check both have. */
export type CsvCheck = Pick<
  ReportDocumentCheck,
  'id' | 'section' | 'title' | 'severity' | 'status' | 'evidence' | 'summary'
>;

/** The fix plan step that resolves each check, by check id (see `stepNumbers`). */
export type PlanStepNumbers = ReadonlyMap<string, number>;

function fixLinkText(link: FixLink, uiBaseUrl: string | undefined): string {
  const href = safeHref(link.href, uiBaseUrl);
  return href === null ? link.label : `${link.label}: ${href}`;
}

/**
 * One check's cells, unescaped (escaping happens when the line is written). `fix` is null for a
 * check with nothing to fix; `/app/` links are made absolute against `uiBaseUrl`.
 */
export function checkCsvCells(
  check: CsvCheck,
  fix: Pick<Fix, 'steps' | 'navigation' | 'links'> | null,
  uiBaseUrl: string | undefined,
  steps: PlanStepNumbers,
): Record<CheckCsvColumn, string> {
  const step = steps.get(check.id);
  return {
    check_id: check.id,
    fix_plan_step: step === undefined ? '' : String(step),
    section: check.section,
    title: check.title,
    severity: check.severity,
    status: check.status,
    summary: check.status === 'pass' || check.status === 'info' ? '' : failureSummary(check),
    evidence: check.evidence.join(IN_CELL_BREAK),
    fix_navigation: fix?.navigation ?? '',
    fix_steps: (fix?.steps ?? []).map((step, index) => `${index + 1}. ${step}`).join(IN_CELL_BREAK),
    fix_links: (fix?.links ?? []).map((link) => fixLinkText(link, uiBaseUrl)).join(IN_CELL_BREAK),
  };
}

/** A passed check never shows a fix; other outcomes show theirs when they carry one. */
function fixOf(check: CheckResult): Fix | null {
  return check.status !== 'pass' && check.fix !== undefined ? check.fix : null;
}

function checkRow(
  report: ReadinessReport,
  check: CheckResult,
  uiBaseUrl: string | undefined,
  steps: PlanStepNumbers,
): Record<CsvColumn, string> {
  return {
    account_id: report.account.actOnAccountId,
    environment: report.account.environment,
    generated_at: report.generatedAt,
    verdict: report.verdict,
    ...checkCsvCells(check, fixOf(check), uiBaseUrl, steps),
  };
}

/** The report as CSV text (no byte-order mark; the Suitelet adds one for Excel). */
export function renderReportCsv(report: ReadinessReport, options: CsvOptions = {}): string {
  const uiBaseUrl = options.uiBaseUrl ?? accountUiBaseUrl(report.account);
  const steps = stepNumbers(report.fixPlan);
  const rows = report.checks.map((check) => {
    const row = checkRow(report, check, uiBaseUrl, steps);
    return csvLine(CSV_COLUMNS.map((column) => row[column]));
  });
  return csvLine(CSV_COLUMNS) + rows.join('');
}
