/**
 * Escaping for the places account-supplied text leaves the bundle: HTML, CSV and the terminal.
 * Every name, id, evidence line and URL that reaches a page, a spreadsheet or a terminal goes
 * through here.
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Old Internet Explorer treated a backtick as an attribute quote.
  '`': '&#96;',
};

/** Escapes text for an HTML element body or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (character) => HTML_ENTITIES[character] ?? character);
}

/**
 * First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula
 * (tab and carriage return because some importers strip them and then see the next character).
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Characters that force a CSV field into quotes (RFC 4180, section 2). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Makes one CSV field safe and well-formed: a field that a spreadsheet would run as a formula
 * gets a leading apostrophe (so it shows as text), and a field holding a quote, comma or line
 * break is quoted with its quotes doubled.
 */
export function neutraliseCsvCell(value: string): string {
  const firstCharacter = value.charAt(0);
  const inert = FORMULA_TRIGGERS.has(firstCharacter) ? `'${value}` : value;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/** RFC 4180 line end. */
const CSV_LINE_END = '\r\n';

/** One CSV record: every cell neutralised and quoted as needed, comma-separated, ending in CRLF. */
export function csvLine(cells: readonly string[]): string {
  return cells.map(neutraliseCsvCell).join(',') + CSV_LINE_END;
}

/**
 * Text safe to print on a terminal: each run of control characters (ESC included, which could
 * move the cursor, clear the screen or change colours) becomes one space.
 */
export function printableText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}
