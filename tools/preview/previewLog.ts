/**
 * Where the preview server reports what it does: one line per request, account loads, and
 * failures in full. The terminal gets the details (stacks included); the browser never does.
 */

export interface PreviewLog {
  info(line: string): void;
  warn(line: string): void;
  /** A failure: the line, then the thrown value's stack when there is one. */
  error(line: string, thrown?: unknown): void;
}

/** The stack (or the text) of a thrown value, for the terminal only. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.stack ?? `${thrown.name}: ${thrown.message}`;
  return String(thrown);
}

/** Logs to the process's console (what `npm start` shows). */
export const CONSOLE_LOG: PreviewLog = {
  info: (line) => console.log(line),
  warn: (line) => console.warn(line),
  error: (line, thrown) => console.error(thrown === undefined ? line : `${line}\n${describeThrown(thrown)}`),
};

/** Drops every line (for callers that check responses, not the terminal). */
export const SILENT_LOG: PreviewLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
