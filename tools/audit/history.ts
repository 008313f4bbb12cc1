/**
 * `audit --history <dir>`: every account's result of a run kept as one file, so a later
 * `portfolio` can show each client over time. One folder per account, named by its Act-On
 * Account ID (renaming an entry in the accounts file keeps its history), one file per run,
 * never overwriting an earlier one; folders 0700 and files 0600, since reports name users,
 * roles and tokens.
 */
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'fs';
import { dirname, join } from 'path';
import { toActOnAccountId } from '../../src/core/accountIdentity';
import { TOOL_NAME, TOOL_VERSION } from '../../src/core/tool';
import type { ReportDocument } from '../../src/render/reportDocument';
import type { AccountAuditResult, AccountFailure } from './accountAuditResult';
import { fileErrorCode } from './fileProblems';

/** Marks a file as one of these, so a foreign JSON file in the folder is told apart. */
export const HISTORY_FORMAT = 'acton-readiness-history';
export const HISTORY_FORMAT_VERSION = 1;

/** One account's result of one run, as kept on disk. */
export interface HistoryEntry {
  readonly format: typeof HISTORY_FORMAT;
  readonly formatVersion: number;
  /** When the run started: ISO-8601, UTC. */
  readonly at: string;
  readonly tool: { readonly name: string; readonly version: string };
  /** The entry's name in the accounts file at the time of the run. */
  readonly name: string;
  readonly accountId: string;
  readonly outcome: 'report' | 'error';
  readonly report?: ReportDocument;
  readonly error?: AccountFailure;
}

const PRIVATE_FOLDER = 0o700;
const PRIVATE_FILE = 0o600;

/** The folder name of an account: its Act-On Account ID, with anything but letters, digits, `_` and `-` replaced. */
export function accountFolderName(accountId: string): string {
  const key = toActOnAccountId(accountId).replace(/[^A-Z0-9_-]/g, '_');
  return key === '' ? '_' : key;
}

/** A run's file name: its start time with `:` replaced (Windows forbids it), so names sort by time (`~2` after). */
export function runFileName(at: string, attempt = 0): string {
  const stamp = at.replace(/:/g, '-');
  return attempt === 0 ? `${stamp}.json` : `${stamp}~${attempt + 1}.json`;
}

export function historyEntry(at: string, result: AccountAuditResult): HistoryEntry {
  const base = {
    format: HISTORY_FORMAT,
    formatVersion: HISTORY_FORMAT_VERSION,
    at,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    name: result.account.name,
    accountId: result.account.accountId,
    outcome: result.outcome,
  } as const;
  return result.outcome === 'report' ? { ...base, report: result.report } : { ...base, error: result.failure };
}

/** A problem with the history folder before the run, or null: it must be a folder that can be created or written. */
export function historyFolderProblem(folder: string): string | null {
  try {
    if (!statSync(folder).isDirectory()) return `--history ${folder}: is a file; name a folder.`;
    return null;
  } catch (problem) {
    if (fileErrorCode(problem) !== 'ENOENT') return `--history ${folder}: cannot be read (${fileErrorCode(problem)}).`;
    try {
      if (statSync(dirname(folder)).isDirectory()) return null;
    } catch {
      // Reported below.
    }
    return `--history ${folder}: its folder ${dirname(folder)} does not exist.`;
  }
}

/** Writes `text` to a new file `target` and never replaces one: a temporary file, then a hard link. */
function writeNewFile(target: (attempt: number) => string, text: string): string {
  const first = target(0);
  const temporary = join(dirname(first), `.${process.pid}-${Date.now()}.tmp`);
  const descriptor = openSync(temporary, 'wx', PRIVATE_FILE);
  try {
    writeSync(descriptor, text);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  try {
    for (let attempt = 0; ; attempt += 1) {
      const file = target(attempt);
      try {
        linkSync(temporary, file);
        return file;
      } catch (problem) {
        const code = fileErrorCode(problem);
        if (code === 'EEXIST') continue;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw problem;
        // A file system without hard links: rename, after checking the name is free.
        try {
          statSync(file);
          continue;
        } catch {
          renameSync(temporary, file);
          return file;
        }
      }
    }
  } finally {
    try {
      unlinkSync(temporary);
    } catch {
      // Already renamed.
    }
  }
}

export interface HistoryWrite {
  /** The files written, one per account. */
  readonly files: readonly string[];
  /** One line per account whose file could not be written. */
  readonly problems: readonly string[];
}

/**
 * Keeps every account's result of the run under `folder`. `redact` is the run's redactor: the
 * documents hold no credential, and this makes sure none reaches the disk if one ever did.
 */
export function writeHistory(
  folder: string,
  at: string,
  results: readonly AccountAuditResult[],
  redact: (text: string) => string,
): HistoryWrite {
  const files: string[] = [];
  const problems: string[] = [];
  for (const result of results) {
    const accountFolder = join(folder, accountFolderName(result.account.accountId));
    try {
      mkdirSync(accountFolder, { recursive: true, mode: PRIVATE_FOLDER });
      const text = `${redact(JSON.stringify(historyEntry(at, result), null, 2))}\n`;
      files.push(writeNewFile((attempt) => join(accountFolder, runFileName(at, attempt)), text));
    } catch (problem) {
      problems.push(`${result.account.name}: not kept in ${accountFolder} (${fileErrorCode(problem)}).`);
    }
  }
  return { files, problems };
}
