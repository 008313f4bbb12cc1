/**
 * Writing `--out`: to a temporary file beside the target, then renamed over it, so a failed
 * write never leaves a truncated file where a good one was; and never onto one of the run's
 * own inputs (the accounts file holds credentials NetSuite shows only once).
 */
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { randomBytes } from 'crypto';

/** The file a path names once links are followed, or the resolved path when it does not exist yet. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** True when both paths name the same file: same place once links are followed, or the same inode (a hard link). */
export function sameFile(a: string, b: string): boolean {
  if (canonical(a) === canonical(b)) return true;
  try {
    const first = statSync(a);
    const second = statSync(b);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

/** The input `out` would overwrite, or undefined. */
export function inputOverwrittenBy(out: string, inputs: readonly string[]): string | undefined {
  return inputs.find((input) => sameFile(out, input));
}

/** Writes the text to a temporary file in the target's folder and renames it over the target. */
export function writeFileAtomically(file: string, text: string): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const descriptor = openSync(temporary, 'wx', 0o644);
  try {
    try {
      writeSync(descriptor, text);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, file);
  } catch (problem) {
    rmSync(temporary, { force: true });
    throw problem;
  }
}
