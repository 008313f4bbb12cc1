/**
 * Escaping for the two places account-supplied text leaves the bundle: HTML and CSV.
 * Every name, id, evidence line and URL that reaches a page or a spreadsheet goes through here.
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
