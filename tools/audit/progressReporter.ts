/**
 * Progress of a run on the terminal: a bar on a TTY, one plain line per finished account
 * otherwise (logs and CI keep them). Written to stderr so stdout holds only the results.
 */
import { Presets, SingleBar } from 'cli-progress';
import { printableText } from '../../src/render/escape';
import type { AccountAuditResult } from './accountAuditResult';
import { FAILURE_LABELS } from './failureRemedies';

export interface ProgressReporter {
  start(total: number): void;
  accountDone(result: AccountAuditResult): void;
  stop(): void;
}

/** A writable stream as far as progress needs it. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): boolean;
}

/** The one-word result of an account: its verdict, or what kind of failure it met. */
export function resultLabel(result: AccountAuditResult): string {
  return result.outcome === 'report' ? result.report.verdict : FAILURE_LABELS[result.failure.kind];
}

/** One line per finished account: `[3/20] Acme Ltd (1234567): READY`. */
export function plainProgress(stream: ProgressStream): ProgressReporter {
  let total = 0;
  let done = 0;
  return {
    start(count) {
      total = count;
    },
    accountDone(result) {
      done += 1;
      stream.write(
        `[${done}/${total}] ${printableText(result.account.name)} (${printableText(result.account.accountId)}): ` +
          `${resultLabel(result)}\n`,
      );
    },
    stop() {
      // Nothing to tidy: every line is already complete.
    },
  };
}

/** A bar that redraws in place, with the last finished account beside it. */
export function barProgress(stream: NodeJS.WritableStream): ProgressReporter {
  const bar = new SingleBar(
    { format: 'Auditing {bar} {value}/{total} accounts | {last}', stream, hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  return {
    start(count) {
      bar.start(count, 0, { last: '' });
    },
    accountDone(result) {
      bar.increment(1, { last: `${printableText(result.account.name).slice(0, 40)}: ${resultLabel(result)}` });
    },
    stop() {
      bar.stop();
    },
  };
}

/** The bar on a TTY, plain lines elsewhere. */
export function progressFor(stream: ProgressStream): ProgressReporter {
  // Only a real terminal stream says isTTY, and the bar needs exactly that stream's cursor control.
  return stream.isTTY === true ? barProgress(stream as NodeJS.WriteStream) : plainProgress(stream);
}

/** No progress output (for --quiet runs and tests). */
export const SILENT_PROGRESS: ProgressReporter = { start() {}, accountDone() {}, stop() {} };
