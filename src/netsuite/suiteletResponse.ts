/**
 * Writing the Suitelet's answer in the format asked for: the form, a JSON or CSV download, the
 * print page, or a clear message when the audit could not finish or the method is not served.
 */
import type { ServerResponse } from 'N/http';
import type { ParsedRequest } from '../core/inputs';
import type { ReadinessReport } from '../core/report';
import { renderReportCsv } from '../render/csv';
import { renderNoticePage, renderPrintPage } from '../render/html';
import { toReportDocument } from '../render/json';
import { buildReadinessForm } from './suiteletForm';
import { downloadLinks } from './suiteletUrls';
import { addWatchStatusField } from './watchReads/watchStatusField';

const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
/** Lets Excel open the CSV as UTF-8 (without it, accented names are garbled). */
const UTF8_BYTE_ORDER_MARK = '\uFEFF';

/** The date part of an ISO date-time as `yyyymmdd`, or `undated` when it is not one. */
function compactDate(isoDateTime: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDateTime);
  return match === null ? 'undated' : `${match[1]}${match[2]}${match[3]}`;
}

/** The download's file name, e.g. `acton-readiness-1234567_SB1-20261127.json`; safe in a header. */
export function reportFileName(report: ReadinessReport, extension: 'json' | 'csv'): string {
  const accountPart = report.account.actOnAccountId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40) || 'account';
  return `acton-readiness-${accountPart}-${compactDate(report.generatedAt)}.${extension}`;
}

function writeDownload(response: ServerResponse, contentType: string, fileName: string, body: string): void {
  response.setHeader({ name: 'Content-Type', value: contentType });
  response.setHeader({ name: 'Content-Disposition', value: `attachment; filename="${fileName}"` });
  response.write({ output: body });
}

function writeHtml(response: ServerResponse, html: string): void {
  response.setHeader({ name: 'Content-Type', value: HTML_CONTENT_TYPE });
  response.write({ output: html });
}

/** Answers with the report in the format the request asked for. */
export function writeReport(response: ServerResponse, report: ReadinessReport, request: ParsedRequest): void {
  switch (request.format) {
    case 'html': {
      const form = buildReadinessForm(report, request, downloadLinks(request.inputs), []);
      addWatchStatusField(form, new Date());
      response.writePage({ pageObject: form });
      return;
    }
    case 'json':
      writeDownload(
        response,
        JSON_CONTENT_TYPE,
        reportFileName(report, 'json'),
        JSON.stringify(toReportDocument(report), null, 2),
      );
      return;
    case 'csv':
      writeDownload(
        response,
        CSV_CONTENT_TYPE,
        reportFileName(report, 'csv'),
        UTF8_BYTE_ORDER_MARK + renderReportCsv(report),
      );
      return;
    case 'print':
      writeHtml(response, renderPrintPage(report));
      return;
  }
}

/** What the person is told when the audit could not finish. */
export function auditFailureParagraphs(message: string): readonly string[] {
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  return [
    `The audit could not finish: ${sentence}`,
    'Try again; if it persists, send this message to your NetSuite administrator.',
  ];
}

/**
 * Answers an audit that could not finish with a clear message instead of NetSuite's error screen:
 * the form (so the inputs can be changed and re-run), a JSON error body, or a plain page.
 */
export function writeAuditFailure(response: ServerResponse, request: ParsedRequest, message: string): void {
  const paragraphs = auditFailureParagraphs(message);
  if (request.format === 'json') {
    response.setHeader({ name: 'Content-Type', value: JSON_CONTENT_TYPE });
    response.write({
      output: JSON.stringify({ error: { code: 'AUDIT_FAILED', message: paragraphs.join(' ') } }, null, 2),
    });
    return;
  }
  if (request.format === 'html') {
    try {
      response.writePage({ pageObject: buildReadinessForm(null, request, downloadLinks(request.inputs), paragraphs) });
      return;
    } catch {
      // The form itself failed (the same fault, most likely): the plain page below still says what happened.
    }
  }
  writeHtml(response, renderNoticePage({ heading: 'The audit could not finish', paragraphs }));
}

/** Answers a method other than GET or POST. */
export function writeUnsupportedMethod(response: ServerResponse, method: string): void {
  const shownMethod =
    String(method)
      .replace(/[^A-Za-z]/g, '')
      .slice(0, 12)
      .toUpperCase() || 'this method';
  writeHtml(
    response,
    renderNoticePage({
      heading: 'Request not supported',
      paragraphs: [
        `The Act-On readiness page answers GET and POST requests only, not ${shownMethod}.`,
        'Open it from the Setup > Integration menu, or follow its download links.',
      ],
    }),
  );
}
