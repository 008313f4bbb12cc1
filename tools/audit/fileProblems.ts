/**
 * Why a file the user named could not be read or written, in a few words for a one-line
 * error message ("report.json: no such file"), never a stack trace.
 */

/** The Node error code of a failed file operation (`ENOENT`, `EACCES`...), or `error` when it has none. */
export function fileErrorCode(problem: unknown): string {
  const code =
    typeof problem === 'object' && problem !== null ? (problem as { readonly code?: unknown }).code : undefined;
  return typeof code === 'string' && code !== '' ? code : 'error';
}

/** Why reading a file failed: "no such file", "is a directory, not a file" or "cannot be read (EACCES)". */
export function unreadableFileReason(problem: unknown): string {
  const code = fileErrorCode(problem);
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot be read (${code})`;
}
