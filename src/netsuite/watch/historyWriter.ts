/**
 * The watch's writes to its own history record type, and nothing else: one record per run, and
 * the deletion of runs past the bound. Custom records cost 2 units to create, 4 to save and 4 to
 * delete.
 */
import * as record from 'N/record';
import { checkIdsText, type WatchRun } from '../../core/watch/watchRun';
import type { EmailOutcome } from '../../core/watch/emailPlan';
import { fitReport } from '../../core/watch/reportFit';
import {
  EMAIL_PROBLEM_MAX_CHARACTERS,
  REPORT_FIELD_MAX_BYTES,
  RUN_FIELDS,
  RUN_RECORD_TYPE,
} from '../watchReads/historyRecordType';

/** Saves a run with its JSON report and what became of its email; returns the new record's internal id. */
export function saveRun(run: WatchRun, report: unknown, email: EmailOutcome): number {
  const runRecord = record.create({ type: RUN_RECORD_TYPE });
  runRecord.setValue({ fieldId: 'name', value: `${run.runAt.slice(0, 10)} ${run.verdict}` });
  runRecord.setValue({ fieldId: RUN_FIELDS.runAt, value: run.runAt });
  runRecord.setValue({ fieldId: RUN_FIELDS.verdict, value: run.verdict });
  runRecord.setValue({ fieldId: RUN_FIELDS.failing, value: checkIdsText(run.failing) });
  runRecord.setValue({ fieldId: RUN_FIELDS.warning, value: checkIdsText(run.warning) });
  runRecord.setValue({ fieldId: RUN_FIELDS.report, value: fitReport(report, REPORT_FIELD_MAX_BYTES) });
  runRecord.setValue({ fieldId: RUN_FIELDS.emailed, value: email.sent });
  runRecord.setValue({
    fieldId: RUN_FIELDS.emailProblem,
    value: (email.problem ?? '').slice(0, EMAIL_PROBLEM_MAX_CHARACTERS),
  });
  return runRecord.save();
}

/** Deletes stored runs by internal id; returns how many were deleted. */
export function deleteRuns(ids: readonly number[]): number {
  for (const id of ids) record.delete({ type: RUN_RECORD_TYPE, id });
  return ids.length;
}
