jest.mock('N/record');

import * as record from 'N/record';
import type { WatchRun } from '../../../src/core/watch/watchRun';
import { deleteRuns, saveRun } from '../../../src/netsuite/watch/historyWriter';
import {
  REPORT_FIELD_MAX_BYTES,
  RUN_FIELDS,
  RUN_RECORD_TYPE,
} from '../../../src/netsuite/watchReads/historyRecordType';
import { SHORTENED_NOTE } from '../../../src/core/watch/reportFit';

const EMAILED = { sent: true, problem: null };

const NOT_READY_RUN: WatchRun = {
  runAt: '2026-11-27T12:00:00Z',
  verdict: 'NOT_READY',
  failing: ['feature.token-based-authentication', 'token.active'],
  warning: ['login.recent'],
};

/** A new custom record as NetSuite gives it: it keeps the values set on it, and saving gives its id. */
function recordingNewRecords(savedId: number): Map<string, unknown>[] {
  const created: Map<string, unknown>[] = [];
  jest.mocked(record.create).mockImplementation((options) => {
    if (options.type !== RUN_RECORD_TYPE) throw new Error(`unexpected record type ${String(options.type)}`);
    const values = new Map<string, unknown>();
    created.push(values);
    return {
      setValue: ({ fieldId, value }: { fieldId: string; value: unknown }) => values.set(fieldId, value),
      save: () => savedId,
    } as unknown as record.Record;
  });
  return created;
}

afterEach(() => jest.resetAllMocks());

describe('saveRun', () => {
  it('creates one history record with the run time, verdict and the failing and warning check ids', () => {
    const created = recordingNewRecords(41);

    saveRun(NOT_READY_RUN, { verdict: 'NOT_READY' }, EMAILED);

    expect(created).toHaveLength(1);
    expect(Object.fromEntries(created[0] ?? [])).toEqual({
      name: '2026-11-27 NOT_READY',
      [RUN_FIELDS.runAt]: '2026-11-27T12:00:00Z',
      [RUN_FIELDS.verdict]: 'NOT_READY',
      [RUN_FIELDS.failing]: 'feature.token-based-authentication,token.active',
      [RUN_FIELDS.warning]: 'login.recent',
      [RUN_FIELDS.report]: '{"verdict":"NOT_READY"}',
      [RUN_FIELDS.emailed]: true,
      [RUN_FIELDS.emailProblem]: '',
    });
  });

  it('gives the internal id NetSuite gave the saved record', () => {
    recordingNewRecords(41);

    expect(saveRun(NOT_READY_RUN, {}, EMAILED)).toBe(41);
  });

  it('keeps why a run that got worse did not email', () => {
    const created = recordingNewRecords(1);

    saveRun(NOT_READY_RUN, {}, { sent: false, problem: 'No sender is set.' });

    expect(created[0]?.get(RUN_FIELDS.emailed)).toBe(false);
    expect(created[0]?.get(RUN_FIELDS.emailProblem)).toBe('No sender is set.');
  });

  it('stores a report whose UTF-8 bytes fit the Long Text field whole', () => {
    const created = recordingNewRecords(1);
    const report = { evidence: 'x'.repeat(REPORT_FIELD_MAX_BYTES - 20) };

    saveRun(NOT_READY_RUN, report, EMAILED);

    expect(created[0]?.get(RUN_FIELDS.report)).toBe(JSON.stringify(report));
  });

  it('stores a report whose characters fit but whose bytes do not shortened, and keeps the summary fields', () => {
    const created = recordingNewRecords(1);
    const report = { verdict: 'NOT_READY', checks: [], evidence: 'é'.repeat(REPORT_FIELD_MAX_BYTES / 2) };

    saveRun(NOT_READY_RUN, report, EMAILED);

    expect(JSON.parse(String(created[0]?.get(RUN_FIELDS.report)))).toMatchObject({
      shortened: SHORTENED_NOTE,
      verdict: 'NOT_READY',
    });
    expect(created[0]?.get(RUN_FIELDS.verdict)).toBe('NOT_READY');
  });
});

describe('deleteRuns', () => {
  it('deletes each run by its internal id from the history record type, and counts them', () => {
    const deleted: string[] = [];
    jest.mocked(record.delete).mockImplementation((options) => {
      deleted.push(`${String(options.type)}#${String(options.id)}`);
      return Number(options.id);
    });

    expect(deleteRuns([7, 9])).toBe(2);
    expect(deleted).toEqual([`${RUN_RECORD_TYPE}#7`, `${RUN_RECORD_TYPE}#9`]);
  });

  it('deletes nothing when no run is past the bound', () => {
    expect(deleteRuns([])).toBe(0);
    expect(record.delete).not.toHaveBeenCalled();
  });
});
