/**
 * Files that hold secrets (the accounts file, a private key) should be readable by their owner
 * only; this says so when they are not.
 */

/** A warning when the file's mode lets the group or other users read or change it (POSIX only). */
export function permissionWarning(file: string, mode: number, holds = 'holds secrets', platform: NodeJS.Platform = process.platform): string | null {
  if (platform === 'win32' || (mode & 0o077) === 0) return null;
  const octal = (mode & 0o777).toString(8).padStart(3, '0');
  return `${file} ${holds} but other users of this machine can read or change it (mode ${octal}); run: chmod 600 ${file}`;
}
