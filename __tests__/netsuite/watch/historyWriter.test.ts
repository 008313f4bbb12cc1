jest.mock('N/record');

import * as record from 'N/record';
import type { WatchRun } from '../../../src/core/watch/watchRun';
import { deleteRuns, saveRun } from '../../../src/netsuite/watch/historyWriter';
import {
  REPORT_FIELD_MAX_LENGTH,
  RUN_FIELDS,
  RUN_RECORD_TYPE,
} from '../../../src/netsuite/watchReads/historyRecordType';

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

    saveRun(NOT_READY_RUN, '{"verdict":"NOT_READY"}');

    expect(created).toHaveLength(1);
    expect(Object.fromEntries(created[0] ?? [])).toEqual({
      name: '2026-11-27 NOT_READY',
      [RUN_FIELDS.runAt]: '2026-11-27T12:00:00Z',
      [RUN_FIELDS.verdict]: 'NOT_READY',
      [RUN_FIELDS.failing]: 'feature.token-based-authentication,token.active',
      [RUN_FIELDS.warning]: 'login.recent',
      [RUN_FIELDS.report]: '{"verdict":"NOT_READY"}',
    });
  });

  it('gives the internal id NetSuite gave the saved record', () => {
    recordingNewRecords(41);

    expect(saveRun(NOT_READY_RUN, '{}')).toBe(41);
  });

  it('stores a report exactly as long as the Long Text field holds', () => {
    const created = recordingNewRecords(1);
    const longest = 'x'.repeat(REPORT_FIELD_MAX_LENGTH);

    saveRun(NOT_READY_RUN, longest);

    expect(created[0]?.get(RUN_FIELDS.report)).toBe(longest);
  });

  it('leaves the report empty when it is one character too long for the field, and keeps the summary fields', () => {
    const created = recordingNewRecords(1);

    saveRun(NOT_READY_RUN, 'x'.repeat(REPORT_FIELD_MAX_LENGTH + 1));

    expect(created[0]?.get(RUN_FIELDS.report)).toBe('');
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
