/**
 * Escaping for the places account-supplied text leaves the bundle: HTML, CSV and the terminal.
 * Every name, id, evidence line and URL that reaches a page, a spreadsheet or a terminal goes
 * through here.
 */

const HTML_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
  // Old Internet Explorer treated a backtick as an attribute quote.
  ['`', '&#96;'],
]);

/**
 * Invisible characters that reorder or break text: the bidirectional controls (U+202E makes
 * "exe.txt" read "txt.exe"), the Arabic letter mark, and the line and paragraph separators some
 * terminals and editors break lines at. Removed wherever control characters are.
 */
const FORMATTING_CHARACTERS = String.raw`\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069`;

/** Runs of every control and formatting character, for terminal text. */
const TERMINAL_CONTROL_RUNS = new RegExp(String.raw`[\u0000-\u001f\u007f-\u009f${FORMATTING_CHARACTERS}]+`, 'g');

/** What JSON.stringify leaves as it is but a terminal would act on. */
const JSON_UNSAFE = new RegExp(String.raw`[\u007f-\u009f${FORMATTING_CHARACTERS}]`, 'g');

/**
 * Control characters other than tab, line feed and carriage return: C0, DEL and C1. ESC, BEL
 * and the C1 introducers (U+009B is CSI) drive a terminal, and none belongs in a name or a note.
 */
const CONTROL_CHARACTERS = new RegExp(
  String.raw`[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f${FORMATTING_CHARACTERS}]`,
  'g',
);

/** Escapes text for an HTML element body or a quoted attribute value; control characters become spaces. */
export function escapeHtml(text: string): string {
  return text
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(/[&<>"'`]/g, (character) => HTML_ENTITIES.get(character) ?? character);
}

/**
 * First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula
 * (tab and carriage return because some importers strip them and then see the next character).
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Characters that force a CSV field into quotes (RFC 4180, section 2). */
const NEEDS_QUOTES = /[",\r\n]/;

/** What may stay in a CSV cell besides printable text: tab and the in-cell line feed. */
const CSV_CONTROL_CHARACTERS = new RegExp(
  String.raw`[\u0000-\u0008\u000b-\u001f\u007f-\u009f${FORMATTING_CHARACTERS}]`,
  'g',
);

/**
 * Makes one CSV field safe and well-formed: control characters (carriage return included, which
 * could overwrite a terminal line) become spaces, a field that a spreadsheet would run as a
 * formula gets a leading apostrophe (so it shows as text), and a field holding a quote, comma
 * or line break is quoted with its quotes doubled.
 */
export function neutraliseCsvCell(value: string): string {
  const printable = value.replace(CSV_CONTROL_CHARACTERS, ' ');
  // The raw first character counts too: an importer that strips a leading CR sees the formula behind it.
  const formulaLike = FORMULA_TRIGGERS.has(value.charAt(0)) || FORMULA_TRIGGERS.has(printable.charAt(0));
  const inert = formulaLike ? `'${printable}` : printable;
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
  return text.replace(TERMINAL_CONTROL_RUNS, ' ');
}

/** Text for a terminal that keeps its line breaks (messages of several lines); every other control character becomes a space. */
export function printableLines(text: string): string {
  return text.split(/\r?\n/).map(printableText).join('\n');
}

/**
 * JSON text safe to print: `JSON.stringify` escapes C0 characters but writes DEL and C1 as they
 * are; here they become `\u00XX` escapes too, which any JSON reader decodes back.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(JSON_UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
