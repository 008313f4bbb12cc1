/**
 * The `audit --history` step after a run: keep the results and say where, on the command's
 * streams. Apart from the command so that its change stays one option and one call.
 */
import { printableText } from '../../src/render/escape';
import { historyFolderProblem, writeHistory } from './history';

export { historyFolderProblem };

/** Keeps the run's results under `folder`; a file that cannot be written is reported, never fatal to the run. */
export function keepHistory(
  folder: string,
  run: { readonly startedAt: string; readonly results: Parameters<typeof writeHistory>[2] },
  redact: (text: string) => string,
  io: { readonly stderr: { write(text: string): unknown } },
): void {
  const written = writeHistory(folder, run.startedAt, run.results, redact);
  for (const problem of written.problems) io.stderr.write(`warning: ${printableText(redact(problem))}\n`);
  if (written.files.length > 0) {
    const reports = written.files.length === 1 ? '1 report' : `${written.files.length} reports`;
    io.stderr.write(`Kept ${reports} in ${printableText(folder)}\n`);
  }
}
