/**
 * Every account's result as one standalone HTML page: the summary table first, then each
 * account's full report (the Suitelet's own renderer) or its failure. Every value from an
 * accounts file or a remote answer is escaped.
 */
import { escapeHtml } from '../../src/render/escape';
import { confineLinksToNetSuite } from '../../src/render/foreignDocument';
import { renderReportHtml } from '../../src/render/html';
import { fromReportDocument } from '../../src/render/json';
import { accountUiBaseUrl } from '../../src/render/links';
import type { AccountAuditResult } from './accountAuditResult';
import { summaryRows } from './auditSummary';
import type { SummaryRow } from './auditSummary';

const PAGE_CSS =
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1b1b1b}' +
  'table.summary{border-collapse:collapse;width:100%;margin-bottom:32px}' +
  'table.summary th,table.summary td{border:1px solid #c8c8c8;padding:6px 8px;text-align:left;vertical-align:top}' +
  'table.summary th{background:#f1f1f1}' +
  'section.account{border-top:3px solid #3c5a78;margin-top:32px;padding-top:8px}' +
  '.failure{border-left:4px solid #b3261e;padding:4px 12px;background:#fdf3f2}' +
  '@media print{section.account{break-before:page}}';

/** Anchor ids are derived from the position, never from account-supplied text. */
function anchorId(index: number): string {
  return `account-${index + 1}`;
}

function summaryTable(rows: readonly SummaryRow[]): string {
  const head = ['Account', 'Account ID', 'Result', 'Blockers failed', 'First fix']
    .map((heading) => `<th scope="col">${heading}</th>`)
    .join('');
  const body = rows
    .map((row, index) => {
      const cells = [
        `<a href="#${anchorId(index)}">${escapeHtml(row.name)}</a>`,
        escapeHtml(row.accountId),
        `<strong>${escapeHtml(row.result)}</strong>`,
        row.blockersFailed === null ? '-' : String(row.blockersFailed),
        escapeHtml(row.firstFix),
      ];
      return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<table class="summary"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function accountSection(result: AccountAuditResult, index: number): string {
  const heading = `<h2>${escapeHtml(result.account.name)} <small>(${escapeHtml(result.account.accountId)})</small></h2>`;
  if (result.outcome === 'report') {
    const report = fromReportDocument(confineLinksToNetSuite(result.report));
    const uiBaseUrl = accountUiBaseUrl(report.account);
    return (
      `<section class="account" id="${anchorId(index)}">` +
      `${heading}${renderReportHtml(report, uiBaseUrl === undefined ? {} : { uiBaseUrl })}</section>`
    );
  }
  const { failure } = result;
  return (
    `<section class="account" id="${anchorId(index)}">${heading}<div class="failure" role="alert">` +
    (`<p><strong>${escapeHtml(failure.kind)}</strong>: ` +
      `${escapeHtml(failure.message)}</p><p>${escapeHtml(failure.remedy)}</p></div></section>`)
  );
}

/** The complete page. */
export function renderCombinedHtml(generatedAt: string, results: readonly AccountAuditResult[]): string {
  const title = `Act-On readiness of ${results.length} NetSuite account${results.length === 1 ? '' : 's'}`;
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8" />' +
    '<meta name="viewport" content="width=device-width, initial-scale=1" />' +
    `<title>${escapeHtml(title)}</title><style>${PAGE_CSS}</style></head><body>` +
    `<h1>${escapeHtml(title)}</h1><p>Audited ${escapeHtml(generatedAt)}.</p>` +
    summaryTable(summaryRows(results)) +
    results.map(accountSection).join('') +
    '</body></html>\n'
  );
}
