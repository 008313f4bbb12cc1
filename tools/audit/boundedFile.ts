/**
 * Reading a file the person named: a regular file only (not /dev/zero, a FIFO or a folder) and
 * no larger than a bound, read through one descriptor so what is checked is what is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'fs';
import { unreadableFileReason } from './fileProblems';

export type BoundedFileReading = { readonly text: string; readonly mode: number } | { readonly problem: string };

/** Size in words: 64 KiB, 16 MiB. */
function sizeInWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`;
}

/** The file's text (UTF-8) and mode, or why it was not read. */
export function readBoundedFile(file: string, maxBytes: number): BoundedFileReading {
  let descriptor: number;
  try {
    // Non-blocking: opening a FIFO must not wait for a writer before it is refused.
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (problem) {
    return { problem: unreadableFileReason(problem) };
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) return { problem: 'is a directory, not a file' };
    if (!stats.isFile()) return { problem: 'is not a regular file' };
    if (stats.size > maxBytes) return { problem: `is larger than ${sizeInWords(maxBytes)}, more than it can hold` };
    // Read at most one byte past the bound: a file that grows while it is read is refused too.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return { problem: `is larger than ${sizeInWords(maxBytes)}, more than it can hold` };
      if (length === buffer.length) break;
    }
    return { text: buffer.subarray(0, length).toString('utf8'), mode: stats.mode };
  } catch (problem) {
    return { problem: unreadableFileReason(problem) };
  } finally {
    closeSync(descriptor);
  }
}
