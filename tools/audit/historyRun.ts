/**
 * The `audit --history` step after a run: keep the results and say where, on the command's
 * streams. Apart from the command so that its change stays one option and one call.
 */
import { statSync } from 'fs';
import { printableText } from '../../src/render/escape';
import { historyFolderProblem, writeHistory } from './history';

export { historyFolderProblem };

/** The folder's mode in octal when others than its owner may read or enter it (POSIX only); null otherwise. */
function historyFolderMode(folder: string): string | null {
  if (process.platform === 'win32') return null;
  try {
    const { mode } = statSync(folder);
    return (mode & 0o077) === 0 ? null : (mode & 0o777).toString(8).padStart(3, '0');
  } catch {
    // Not there yet: it is created owner-only.
    return null;
  }
}

/** Keeps the run's results under `folder`; a file that cannot be written is reported, never fatal to the run. */
export function keepHistory(
  folder: string,
  run: { readonly startedAt: string; readonly results: Parameters<typeof writeHistory>[2] },
  redact: (text: string) => string,
  io: { readonly stderr: { write(text: string): unknown } },
): void {
  const looseMode = historyFolderMode(folder);
  if (looseMode !== null) {
    io.stderr.write(
      `warning: ${printableText(folder)} keeps reports that name users, roles and tokens, but other users of this ` +
        `machine can read it (mode ${looseMode}); run: chmod 700 ${printableText(folder)}\n`,
    );
  }
  const written = writeHistory(folder, run.startedAt, run.results, redact);
  for (const problem of written.problems) io.stderr.write(`warning: ${printableText(redact(problem))}\n`);
  if (written.files.length > 0) {
    const reports = written.files.length === 1 ? '1 report' : `${written.files.length} reports`;
    io.stderr.write(`Kept ${reports} in ${printableText(folder)}\n`);
  }
}
