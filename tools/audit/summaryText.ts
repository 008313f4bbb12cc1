/**
 * The summary as terminal text: one line per account (name, account id, result, blockers
 * failed, first fix) and a count line. Colour only when asked (a TTY), and never the only
 * signal: the result is always spelt out.
 */
import { createColors } from 'picocolors';
import { printableText } from '../../src/render/escape';
import type { SummaryRow } from './auditSummary';

export interface SummaryTextOptions {
  readonly color: boolean;
}

const MAX_NAME_WIDTH = 30;

function fit(text: string, width: number): string {
  const flat = printableText(text);
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

function tone(row: SummaryRow, colors: ReturnType<typeof createColors>): (text: string) => string {
  if (row.result === 'READY') return colors.green;
  if (row.result === 'READY_WITH_WARNINGS' || row.result === 'INCOMPLETE') return colors.yellow;
  return colors.red;
}

function countLine(rows: readonly SummaryRow[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.result, (counts.get(row.result) ?? 0) + 1);
  const parts = [...counts.entries()].map(([result, count]) => `${count} ${result}`);
  return `${rows.length} account${rows.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/** What happened to each account that failed, and the full remedy, below the table. */
function failureDetails(rows: readonly SummaryRow[]): string[] {
  const failed = rows.filter((row) => row.failure !== null);
  if (failed.length === 0) return [];
  const entries = failed.flatMap((row) => [
    `- ${printableText(row.name)} (${printableText(row.accountId)}): ${printableText(row.failure?.message ?? '')}`,
    `  ${printableText(row.failure?.remedy ?? '')}`,
  ]);
  return ['', 'Accounts that could not be audited:', ...entries];
}

/** The summary table as text, ending with a line break. */
export function renderSummaryText(rows: readonly SummaryRow[], options: SummaryTextOptions): string {
  const colors = createColors(options.color);
  const nameWidth = Math.min(MAX_NAME_WIDTH, Math.max(7, ...rows.map((row) => printableText(row.name).length)));
  const idWidth = Math.max(10, ...rows.map((row) => printableText(row.accountId).length));
  const resultWidth = Math.max(6, ...rows.map((row) => row.result.length));
  const header =
    `${fit('ACCOUNT', nameWidth)}  ${fit('ACCOUNT ID', idWidth)}  ${fit('RESULT', resultWidth)}  BLOCKERS  FIRST ` +
    `FIX`;
  const lines = rows.map((row) => {
    const blockers = row.blockersFailed === null ? '-' : String(row.blockersFailed);
    const result = tone(row, colors)(fit(row.result, resultWidth));
    return (
      `${fit(row.name, nameWidth)}  ${fit(row.accountId, idWidth)}  ${result}  ${blockers.padEnd(8)}  ` +
      `${printableText(row.firstFix)}`
    );
  });
  return [colors.bold(header), ...lines, ...failureDetails(rows), '', countLine(rows)].join('\n') + '\n';
}
