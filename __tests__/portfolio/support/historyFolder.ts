/**
 * History folders for the portfolio tests, written the way `audit --history` writes them: real
 * engine reports of fixture accounts, one file per account per run.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { evaluateReadiness } from '../../../src/core/engine';
import { toReportDocument } from '../../../src/render/json';
import type { ReportDocument } from '../../../src/render/reportDocument';
import type { AccountFailure } from '../../../tools/audit/accountAuditResult';
import { accountFolderName, historyEntry, runFileName } from '../../../tools/audit/history';
import type { AccountSituation } from '../../fixtures/snapshotBuilder';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A temporary folder to hold a history. */
export function emptyHistoryFolder(): string {
  return join(mkdtempSync(join(tmpdir(), 'acton-portfolio-')), 'history');
}

/** The report of a fixture account, as the RESTlet sends it, under another account id and release if asked. */
export function reportOf(
  situation: AccountSituation,
  account: { readonly accountId?: string; readonly version?: string } = {},
): ReportDocument {
  const snapshot = {
    ...situation.snapshot,
    account: {
      ...situation.snapshot.account,
      ...(account.accountId === undefined ? {} : { accountId: account.accountId }),
      ...(account.version === undefined ? {} : { version: account.version }),
    },
  };
  return toReportDocument(evaluateReadiness(snapshot, situation.inputs));
}

export interface KeptRun {
  readonly at: Date;
  readonly name: string;
  readonly accountId: string;
  readonly report?: ReportDocument;
  readonly failure?: Pick<AccountFailure, 'kind' | 'message' | 'remedy'>;
}

/** Writes one run of one account into the history folder; returns the file. */
export function keepRun(folder: string, run: KeptRun): string {
  const at = run.at.toISOString();
  const account = { name: run.name, accountId: run.accountId };
  const entry =
    run.report === undefined
      ? historyEntry(at, {
          outcome: 'error',
          account,
          attempts: 1,
          failure: {
            kind: 'timeout',
            message: 'No answer.',
            remedy: 'Run again.',
            ...run.failure,
            httpStatus: null,
            code: null,
          } as AccountFailure,
        })
      : historyEntry(at, { outcome: 'report', account, attempts: 1, report: { ...run.report, generatedAt: at } });
  const accountFolder = join(folder, accountFolderName(run.accountId));
  mkdirSync(accountFolder, { recursive: true });
  const file = join(accountFolder, runFileName(at));
  writeFileSync(file, JSON.stringify(entry));
  return file;
}

/** `days` days before `now`. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}
