jest.mock('N/search');

import * as search from 'N/search';
import { HISTORY_BOUND, MAX_DELETIONS_PER_RUN } from '../../../src/core/watch/watchPolicy';
import { HISTORY_PAGE_SIZE, readStoredRuns } from '../../../src/netsuite/watchReads/historyReader';
import { RUN_FIELDS, RUN_RECORD_TYPE } from '../../../src/netsuite/watchReads/historyRecordType';

type StoredValues = Readonly<Record<string, unknown>>;

interface SearchAsked {
  readonly type: unknown;
  readonly filters: unknown;
  readonly columns: readonly unknown[];
  readonly ranges: { start: number; end: number }[];
}

/**
 * N/search as NetSuite answers a saved-search-less search of the history record: results by
 * internal id; `getRange` refuses more than 1,000 rows and a start past the end, as NetSuite does.
 */
function historyWith(rows: readonly (StoredValues & { id: string })[]): SearchAsked[] {
  const asked: SearchAsked[] = [];
  jest.mocked(search.createColumn).mockImplementation((options) => ({ ...options }) as unknown as search.Column);
  jest.mocked(search.create).mockImplementation((options) => {
    const entry: SearchAsked = {
      type: options.type,
      filters: options.filters,
      columns: options.columns ?? [],
      ranges: [],
    };
    asked.push(entry);
    return {
      run: () => ({
        getRange: ({ start, end }: { start: number; end: number }) => {
          if (end - start > 1000) throw new Error('SSS_INVALID_SEARCH_RESULT_INDEX');
          entry.ranges.push({ start, end });
          return rows
            .slice(start, end)
            .map((row) => ({ id: row.id, getValue: ({ name }: { name: string }) => row[name] }));
        },
      }),
    } as unknown as search.Search;
  });
  return asked;
}

function storedRun(
  id: number,
  runAt: string,
  verdict: string,
  failing = '',
  warning = '',
): StoredValues & { id: string } {
  return {
    id: String(id),
    [RUN_FIELDS.runAt]: runAt,
    [RUN_FIELDS.verdict]: verdict,
    [RUN_FIELDS.failing]: failing,
    [RUN_FIELDS.warning]: warning,
  };
}

afterEach(() => jest.resetAllMocks());

describe('readStoredRuns', () => {
  it('searches the history record type with no filter, newest internal id first, reading the run fields and its email outcome', () => {
    const asked = historyWith([]);

    readStoredRuns();

    expect(asked).toHaveLength(1);
    expect(asked[0]?.type).toBe(RUN_RECORD_TYPE);
    expect(asked[0]?.filters).toEqual([]);
    expect(asked[0]?.columns).toEqual([
      { name: 'internalid', sort: search.Sort.DESC },
      RUN_FIELDS.runAt,
      RUN_FIELDS.verdict,
      RUN_FIELDS.failing,
      RUN_FIELDS.warning,
      RUN_FIELDS.emailed,
      RUN_FIELDS.emailProblem,
    ]);
  });

  it('reads one page: the bound plus one run of deletions, from the first result', () => {
    const asked = historyWith([]);

    readStoredRuns();

    expect(HISTORY_PAGE_SIZE).toBe(HISTORY_BOUND + MAX_DELETIONS_PER_RUN);
    expect(asked[0]?.ranges).toEqual([{ start: 0, end: HISTORY_PAGE_SIZE }]);
  });

  it('reads as many runs as asked', () => {
    const asked = historyWith([]);

    readStoredRuns(50);

    expect(asked[0]?.ranges).toEqual([{ start: 0, end: 50 }]);
  });

  it('gives each run with its numeric internal id and its fields read back', () => {
    historyWith([
      storedRun(12, '2026-11-27T12:00:00Z', 'NOT_READY', 'token.active', 'login.recent'),
      storedRun(11, '2026-11-26T12:00:00Z', 'READY'),
    ]);

    expect(readStoredRuns()).toEqual([
      {
        id: 12,
        run: {
          runAt: '2026-11-27T12:00:00Z',
          verdict: 'NOT_READY',
          failing: ['token.active'],
          warning: ['login.recent'],
        },
        email: { sent: false, problem: null },
      },
      {
        id: 11,
        run: { runAt: '2026-11-26T12:00:00Z', verdict: 'READY', failing: [], warning: [] },
        email: { sent: false, problem: null },
      },
    ]);
  });

  it('reads whether a run emailed (a checkbox, true or T) and why not', () => {
    historyWith([
      { ...storedRun(13, '2026-11-28T12:00:00Z', 'NOT_READY'), [RUN_FIELDS.emailed]: true },
      { ...storedRun(12, '2026-11-27T12:00:00Z', 'NOT_READY'), [RUN_FIELDS.emailed]: 'T' },
      { ...storedRun(11, '2026-11-26T12:00:00Z', 'NOT_READY'), [RUN_FIELDS.emailProblem]: ' No sender is set. ' },
    ]);

    expect(readStoredRuns().map((stored) => stored.email)).toEqual([
      { sent: true, problem: null },
      { sent: true, problem: null },
      { sent: false, problem: 'No sender is set.' },
    ]);
  });

  it('keeps a run this version cannot read by its id, without a run, so the watch can still prune it', () => {
    historyWith([storedRun(3, '2026-11-27T12:00:00Z', 'SOMETHING_NEW')]);

    expect(readStoredRuns()).toEqual([{ id: 3, run: null, email: { sent: false, problem: null } }]);
  });

  it('reads empty fields (null from NetSuite) as empty text', () => {
    historyWith([
      {
        id: '4',
        [RUN_FIELDS.runAt]: '2026-11-27T12:00:00Z',
        [RUN_FIELDS.verdict]: 'READY',
        [RUN_FIELDS.failing]: null,
        [RUN_FIELDS.warning]: undefined,
      },
    ]);

    expect(readStoredRuns()).toEqual([
      {
        id: 4,
        run: { runAt: '2026-11-27T12:00:00Z', verdict: 'READY', failing: [], warning: [] },
        email: { sent: false, problem: null },
      },
    ]);
  });

  it('reads a value NetSuite gives as another type as its text', () => {
    historyWith([
      {
        id: '5',
        [RUN_FIELDS.runAt]: '2026-11-27T12:00:00Z',
        [RUN_FIELDS.verdict]: 'READY',
        [RUN_FIELDS.failing]: ['token.active'],
        [RUN_FIELDS.warning]: '',
      },
    ]);

    expect(readStoredRuns()[0]?.run?.failing).toEqual(['token.active']);
  });
});
