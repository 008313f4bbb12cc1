/**
 * The watch's JSON report within its Long Text field. NetSuite counts that limit in bytes
 * (section_N2842731), so the report is measured in UTF-8; one that would not fit is stored
 * shortened (the evidence and the statements' diagnostics dropped first, the verdict and each
 * check's outcome kept) and marked so, never left out of the run.
 */

/** UTF-8 length of a string, without Buffer (SuiteScript has none). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a shortened report says it is. */
export const SHORTENED_NOTE =
  'Shortened to fit the run record: each check keeps its id, status and summary; evidence, fixes and the ' +
  "statements' diagnostics were left out.";

function shortenedChecks(checks: unknown): unknown {
  if (!Array.isArray(checks)) return [];
  return checks.map((check: unknown) =>
    isObject(check)
      ? { id: check['id'], status: check['status'], title: check['title'], summary: check['summary'] }
      : check,
  );
}

/**
 * The report's JSON text within `maxBytes`: whole when it fits, else shortened; in the last
 * resort only its verdict and date.
 */
export function fitReport(report: unknown, maxBytes: number): string {
  const whole = JSON.stringify(report) ?? 'null';
  if (utf8ByteLength(whole) <= maxBytes) return whole;
  const source = isObject(report) ? report : {};
  const shortened = JSON.stringify({
    shortened: SHORTENED_NOTE,
    schemaVersion: source['schemaVersion'],
    generatedAt: source['generatedAt'],
    account: source['account'],
    inputs: source['inputs'],
    verdict: source['verdict'],
    checks: shortenedChecks(source['checks']),
    usage: source['usage'],
  });
  if (utf8ByteLength(shortened) <= maxBytes) return shortened;
  return JSON.stringify({
    shortened: 'Shortened to its verdict: even the checks did not fit the run record.',
    generatedAt: source['generatedAt'],
    verdict: source['verdict'],
  });
}
