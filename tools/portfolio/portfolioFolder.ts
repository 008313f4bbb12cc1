/**
 * Reads an `audit --history` folder one file at a time: each file is parsed, summarised and let
 * go before the next is read, so 50 clients of 90 runs never sit in memory at once. Anything
 * else in the folder is listed in `skipped` with its reason.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { accountFolderName } from '../audit/history';
import { fileErrorCode } from '../audit/fileProblems';
import { ClientHistoryFold, VERDICT_RANK } from './clientHistory';
import type { ClientPortfolio } from './clientHistory';
import { parseHistoryEntry } from './historyFile';
import { summariseRun } from './runSummary';

export interface SkippedFile {
  /** Relative to the history folder. */
  readonly file: string;
  readonly reason: string;
}

export interface Portfolio {
  /** Clients that got worse first, then the worst verdicts, then by name. */
  readonly clients: readonly ClientPortfolio[];
  readonly skipped: readonly SkippedFile[];
  /** The window: runs from this time on are shown. */
  readonly windowStart: string;
  readonly generatedAt: string;
  readonly days: number;
}

/** Larger than any report this tool writes: such a file is not one of its own. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

function entriesOf(folder: string): string[] {
  return readdirSync(folder).sort();
}

/** One account folder, folded file by file in name order (names are run times). */
function readAccountFolder(
  folder: string,
  key: string,
  windowStart: number,
  skipped: SkippedFile[],
): ClientPortfolio | null {
  let fold: ClientHistoryFold | null = null;
  let names: string[];
  try {
    names = entriesOf(join(folder, key));
  } catch (problem) {
    skipped.push({ file: key, reason: `the folder cannot be read (${fileErrorCode(problem)})` });
    return null;
  }
  for (const name of names) {
    const relative = `${key}/${name}`;
    const skip = (reason: string): void => void skipped.push({ file: relative, reason });
    if (name.endsWith('.tmp')) {
      skip('an unfinished write of audit --history');
      continue;
    }
    if (!name.endsWith('.json')) {
      skip('not a .json file of audit --history');
      continue;
    }
    let text: string;
    try {
      const path = join(folder, key, name);
      const stats = statSync(path);
      if (!stats.isFile()) {
        skip('not a file');
        continue;
      }
      if (stats.size > MAX_FILE_BYTES) {
        skip(`larger than ${MAX_FILE_BYTES / 1024 / 1024} MB: not a file of audit --history`);
        continue;
      }
      text = readFileSync(path, 'utf8');
    } catch (problem) {
      skip(`cannot be read (${fileErrorCode(problem)})`);
      continue;
    }
    const entry = parseHistoryEntry(text);
    if ('problem' in entry) {
      skip(entry.problem);
      continue;
    }
    if (accountFolderName(entry.accountId) !== key) {
      skip(`holds account ${entry.accountId}, not ${key}`);
      continue;
    }
    fold ??= new ClientHistoryFold(key, windowStart);
    const latest = fold.latestAt;
    if (latest !== null && Date.parse(entry.at) <= Date.parse(latest)) {
      skip(`its run (${entry.at}) is not later than the file before it; file names must follow run times`);
      continue;
    }
    fold.add(summariseRun(entry));
  }
  return fold?.result() ?? null;
}

function clientOrder(left: ClientPortfolio, right: ClientPortfolio): number {
  return (
    Number(right.worse) - Number(left.worse) ||
    VERDICT_RANK[right.verdict] - VERDICT_RANK[left.verdict] ||
    left.name.localeCompare(right.name) ||
    left.accountId.localeCompare(right.accountId)
  );
}

/**
 * The portfolio of every account under `folder`, for the `days` up to `now`. Throws only when the
 * folder itself cannot be read: the caller reports that as bad input.
 */
export function readPortfolio(folder: string, days: number, now: Date = new Date()): Portfolio {
  const windowStart = now.getTime() - days * DAY_MS;
  const skipped: SkippedFile[] = [];
  const clients: ClientPortfolio[] = [];
  for (const name of entriesOf(folder)) {
    let isFolder: boolean;
    try {
      isFolder = statSync(join(folder, name)).isDirectory();
    } catch (problem) {
      skipped.push({ file: name, reason: `cannot be read (${fileErrorCode(problem)})` });
      continue;
    }
    if (!isFolder) {
      skipped.push({ file: name, reason: 'not in an account folder: audit --history keeps one folder per account' });
      continue;
    }
    const client = readAccountFolder(folder, name, windowStart, skipped);
    if (client !== null) clients.push(client);
  }
  return {
    clients: clients.sort(clientOrder),
    skipped,
    windowStart: new Date(windowStart).toISOString(),
    generatedAt: now.toISOString(),
    days,
  };
}
