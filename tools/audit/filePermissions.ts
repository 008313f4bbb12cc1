/**
 * Files that hold secrets (the accounts file, a private key): read with their mode, and a
 * warning when others than their owner may read them.
 */
import { readFileSync, statSync } from 'fs';
import { unreadableFileReason } from './fileProblems';

/** The file's text and mode, or why it could not be read ("no such file"...). */
export function readSecretFile(
  file: string,
): { readonly text: string; readonly mode: number } | { readonly problem: string } {
  try {
    const { mode } = statSync(file);
    return { text: readFileSync(file, 'utf8'), mode };
  } catch (problem) {
    return { problem: unreadableFileReason(problem) };
  }
}

/** A warning when the file's mode lets the group or other users read or change it (POSIX only). */
export function permissionWarning(
  file: string,
  mode: number,
  holds = 'holds secrets',
  platform: NodeJS.Platform = process.platform,
): string | null {
  if (platform === 'win32' || (mode & 0o077) === 0) return null;
  const octal = (mode & 0o777).toString(8).padStart(3, '0');
  return (
    `${file} ${holds} but other users of this machine can read or change it (mode ${octal}); run: chmod 600 ` +
    `${file}`
  );
}
