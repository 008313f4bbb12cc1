/** The page NetSuite shows when a Suitelet throws: the error code and its message, nothing else. */
import { escapeHtml } from './htmlText';

export function renderErrorPage(code: string, message: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Error</title></head><body>',
    '<main style="font:13px Helvetica,Arial,sans-serif;padding:16px">',
    '<h1 style="font-size:20px;font-weight:400">An unexpected SuiteScript error has occurred</h1>',
    `<p><strong>Error code:</strong> <span id="error_code">${escapeHtml(code)}</span></p>`,
    `<p><strong>Details:</strong> <span id="error_details">${escapeHtml(message)}</span></p>`,
    '</main></body></html>',
  ].join('\n');
}
