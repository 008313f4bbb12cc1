/**
 * Files that hold secrets (the accounts file, a private key): read with their mode, and a
 * warning when others than their owner may read them.
 */
import { readBoundedFile } from './boundedFile';
import type { BoundedFileReading } from './boundedFile';

/** An accounts file of thousands of accounts is a few megabytes; a PEM key a few kilobytes. */
export const MAX_SECRET_FILE_BYTES = 16 * 1024 * 1024;
export const MAX_KEY_FILE_BYTES = 64 * 1024;

/** The file's text and mode, or why it could not be read ("no such file", "is not a regular file"...). */
export function readSecretFile(file: string, maxBytes = MAX_SECRET_FILE_BYTES): BoundedFileReading {
  return readBoundedFile(file, maxBytes);
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
