/**
 * Reads the watch's history, newest first, with one search page (10 units): the watch compares
 * with the newest run and prunes past the bound; the Suitelet shows the last few. Reads only.
 */
import * as search from 'N/search';
import { HISTORY_BOUND, MAX_DELETIONS_PER_RUN } from '../../core/watch/watchPolicy';
import { parseStoredRun, type WatchRun } from '../../core/watch/watchRun';
import type { EmailOutcome } from '../../core/watch/emailPlan';
import { RUN_FIELDS, RUN_RECORD_TYPE } from './historyRecordType';

/** A run as stored: its record's internal id, and the run when this version can read it. */
export interface StoredRun {
  readonly id: number;
  readonly run: WatchRun | null;
  /** Whether the run emailed and, if it should have and did not, why (runs of earlier versions: neither). */
  readonly email: EmailOutcome;
}

/** One page reaches every run the watch may prune in one go (bound plus a run's deletions). */
export const HISTORY_PAGE_SIZE = HISTORY_BOUND + MAX_DELETIONS_PER_RUN;

function textValue(result: search.Result, fieldId: string): string {
  const value = result.getValue({ name: fieldId });
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}

/** Up to `limit` stored runs, newest (highest internal id) first. */
export function readStoredRuns(limit: number = HISTORY_PAGE_SIZE): StoredRun[] {
  const runSearch = search.create({
    type: RUN_RECORD_TYPE,
    filters: [],
    columns: [
      search.createColumn({ name: 'internalid', sort: search.Sort.DESC }),
      RUN_FIELDS.runAt,
      RUN_FIELDS.verdict,
      RUN_FIELDS.failing,
      RUN_FIELDS.warning,
      RUN_FIELDS.emailed,
      RUN_FIELDS.emailProblem,
    ],
  });
  return runSearch
    .run()
    .getRange({ start: 0, end: limit })
    .map((result) => ({
      id: Number(result.id),
      run: parseStoredRun({
        runAt: textValue(result, RUN_FIELDS.runAt),
        verdict: textValue(result, RUN_FIELDS.verdict),
        failing: textValue(result, RUN_FIELDS.failing),
        warning: textValue(result, RUN_FIELDS.warning),
      }),
      email: {
        sent: [true, 'T'].includes(result.getValue({ name: RUN_FIELDS.emailed }) as boolean | string),
        problem: textValue(result, RUN_FIELDS.emailProblem).trim() || null,
      },
    }));
}
