/**
 * The readiness report as HTML: a fragment for the Suitelet's inline HTML field, a standalone
 * print-friendly page, and a short notice (for an audit that could not finish).
 * Order: verdict with the fix plan, input problems, checks by section, candidates, Account ID, cost, audit details.
 * On screen, the browser's print opens every fold (a small constant script); the print page has them open already.
 */
import type { InputProblem } from '../core/inputs';
import type { ReadinessReport } from '../core/report';
import { escapeHtml } from './escape';
import { renderAccountIdentity, renderAuditDetails, renderCandidates, renderUsage } from './htmlAccount';
import type { RerunUrlBuilder } from './htmlAccount';
import { renderCheckSections, renderInputProblems, renderVerdict } from './htmlChecks';
import { REPORT_CSS, REPORT_ROOT_CLASS, STANDALONE_PAGE_CSS } from './htmlStyles';
import { accountUiBaseUrl, safeHref } from './links';

export type { RerunParameters, RerunUrlBuilder } from './htmlAccount';

/** Where the same report can be downloaded or printed (the Suitelet's own URLs). */
export interface DownloadLinks {
  readonly json: string;
  readonly csv: string;
  readonly print: string;
}

export interface ReportHtmlOptions {
  /** Origin `/app/` links are made absolute against; left relative when absent (right inside NetSuite). */
  readonly uiBaseUrl?: string;
  /** Builds a link that re-runs the audit for a candidate's role and user. */
  readonly rerunUrl?: RerunUrlBuilder;
  /** Download and print links shown under the verdict. */
  readonly downloadLinks?: DownloadLinks;
}

function renderDownloadLinks(links: DownloadLinks): string {
  const entries: readonly (readonly [string, string | null, boolean])[] = [
    ['Download JSON', safeHref(links.json), false],
    ['Download CSV', safeHref(links.csv), false],
    ['Print-friendly page', safeHref(links.print), true],
  ];
  const anchors = entries
    .filter((entry): entry is readonly [string, string, boolean] => entry[1] !== null)
    .map(([label, href, newTab]) => {
      const target = newTab ? ' target="_blank" rel="noopener noreferrer"' : '';
      return `<a href="${escapeHtml(href)}"${target}>${escapeHtml(label)}</a>`;
    });
  return anchors.length === 0 ? '' : `<p class="ar-downloads">${anchors.join('')}</p>`;
}

/** How the body is laid out: on paper every collapsed part is open. */
interface BodyLayout {
  readonly printed: boolean;
}

/**
 * On paper every fold of the page is open: the browser's print (Ctrl+P) opens each closed
 * `<details>` before it prints and closes the same ones again after. Constant text, no account
 * value, and no `<` or `&` in it, so the fragment stays well-formed XHTML.
 */
export const PRINT_OPENS_FOLDS_SCRIPT =
  '(function(){var opened=[];' +
  "window.addEventListener('beforeprint',function(){" +
  "var folds=document.querySelectorAll('." +
  REPORT_ROOT_CLASS +
  " details:not([open])');" +
  '[].forEach.call(folds,function(fold){fold.open=true;opened.push(fold);});});' +
  "window.addEventListener('afterprint',function(){while(opened.length>0){opened.pop().open=false;}});})();";

/**
 * The top of the report: the verdict with the fix plan (which names each rejected input once; the
 * Suitelet's form shows it beside its field) and the download links.
 */
function renderReportTop(report: ReadinessReport, options: ReportHtmlOptions): string {
  return [
    renderVerdict(report, options.uiBaseUrl),
    options.downloadLinks === undefined ? '' : renderDownloadLinks(options.downloadLinks),
  ].join('');
}

/**
 * The rest of the report: the checks by section, the candidates, the Account ID, the cost and, on
 * screen, the audit details (on paper they would fill pages: the JSON download keeps them).
 */
function renderReportRest(report: ReadinessReport, options: ReportHtmlOptions, layout: BodyLayout): string {
  return [
    renderCheckSections(report, options.uiBaseUrl, layout.printed),
    renderCandidates(report, options.rerunUrl),
    renderAccountIdentity(report.account),
    renderUsage(report.usage),
    layout.printed ? '' : renderAuditDetails(report.probes, false),
  ].join('');
}

function renderReportBody(report: ReadinessReport, options: ReportHtmlOptions, layout: BodyLayout): string {
  return renderReportTop(report, options) + renderReportRest(report, options, layout);
}

/** The styles and the print script a fragment of the report starts with. */
const FRAGMENT_HEAD = `<style>${REPORT_CSS}</style><script>${PRINT_OPENS_FOLDS_SCRIPT}</script>`;

/** The report as an HTML fragment with its own scoped styles, for the Suitelet's inline HTML field. */
export function renderReportHtml(report: ReadinessReport, options: ReportHtmlOptions = {}): string {
  return `<div class="${REPORT_ROOT_CLASS}">${FRAGMENT_HEAD}${renderReportBody(report, options, { printed: false })}</div>`;
}

/**
 * The report as two fragments for two places on a page: the answer first (with the styles and print
 * script), the checks and details after.
 */
export interface ReportHtmlParts {
  readonly top: string;
  readonly rest: string;
}

export function renderReportHtmlParts(report: ReadinessReport, options: ReportHtmlOptions = {}): ReportHtmlParts {
  return {
    top: `<div class="${REPORT_ROOT_CLASS}">${FRAGMENT_HEAD}${renderReportTop(report, options)}</div>`,
    rest: `<div class="${REPORT_ROOT_CLASS}">${renderReportRest(report, options, { printed: false })}</div>`,
  };
}

function standalonePage(title: string, body: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8" />' +
    '<meta name="viewport" content="width=device-width, initial-scale=1" />' +
    `<title>${escapeHtml(title)}</title><style>${STANDALONE_PAGE_CSS}</style></head>` +
    `<body><main class="${REPORT_ROOT_CLASS}">${body}</main></body></html>`
  );
}

/**
 * The report as a complete, print-friendly HTML document (A4, no navigation, no re-run links).
 * Fix links are made absolute against the account's UI host so they still mean something on paper.
 */
export function renderPrintPage(report: ReadinessReport, options: Pick<ReportHtmlOptions, 'uiBaseUrl'> = {}): string {
  const uiBaseUrl = options.uiBaseUrl ?? accountUiBaseUrl(report.account);
  const located = uiBaseUrl === undefined ? {} : { uiBaseUrl };
  const heading = `<h1>Act-On readiness: ${escapeHtml(report.account.actOnAccountId)}</h1>`;
  const note =
    '<p class="ar-meta">Checks with nothing to do are listed by title only: their evidence, and what each SuiteQL ' +
    'statement read, are on the Suitelet page and in its JSON download.</p>';
  const body = renderReportTop(report, located) + note + renderReportRest(report, located, { printed: true });
  return standalonePage(`Act-On readiness: ${report.account.actOnAccountId}`, heading + body);
}

/** A short message in place of the report: a heading and paragraphs, all escaped. */
export interface Notice {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

function noticeSection(notice: Notice): string {
  const paragraphs = notice.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('');
  return `<section class="ar-problems" role="alert"><h2>${escapeHtml(notice.heading)}</h2>${paragraphs}</section>`;
}

/** A notice as a fragment (for the Suitelet form), followed by the request's input problems if any. */
export function renderNoticeHtml(notice: Notice, inputProblems: readonly InputProblem[] = []): string {
  return (
    `<div class="${REPORT_ROOT_CLASS}"><style>${REPORT_CSS}</style>` +
    `${noticeSection(notice)}${renderInputProblems(inputProblems)}</div>`
  );
}

/** A notice as a complete page (when even the form cannot be shown, or for the print format). */
export function renderNoticePage(notice: Notice): string {
  return standalonePage(notice.heading, noticeSection(notice));
}
