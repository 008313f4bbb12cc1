import { HISTORY_BOUND, MAX_DELETIONS_PER_RUN, runsToPrune } from '../../../src/core/watch/watchPolicy';
import { checkIdsText, parseStoredRun } from '../../../src/core/watch/watchRun';

describe('parseStoredRun', () => {
  it('reads back what a run stored', () => {
    const stored = {
      runAt: '2026-11-27T12:00:00Z',
      verdict: 'NOT_READY',
      failing: checkIdsText(['token.active', 'user.access']),
      warning: '',
    };

    expect(parseStoredRun(stored)).toEqual({
      runAt: '2026-11-27T12:00:00Z',
      verdict: 'NOT_READY',
      failing: ['token.active', 'user.access'],
      warning: [],
    });
  });

  it('drops check ids this version does not know', () => {
    const stored = {
      runAt: '2026-11-27T12:00:00Z',
      verdict: 'READY',
      failing: 'token.active,check.renamed-since',
      warning: '=HYPERLINK("x")',
    };

    expect(parseStoredRun(stored)).toMatchObject({ failing: ['token.active'], warning: [] });
  });

  it('reads fields with spaces around the values and the ids', () => {
    const stored = {
      runAt: ' 2026-11-27T12:00:00Z ',
      verdict: ' NOT_READY ',
      failing: 'token.active, user.access',
      warning: ' login.recent ',
    };

    expect(parseStoredRun(stored)).toEqual({
      runAt: '2026-11-27T12:00:00Z',
      verdict: 'NOT_READY',
      failing: ['token.active', 'user.access'],
      warning: ['login.recent'],
    });
  });

  it('gives null for a verdict or date it cannot compare with', () => {
    expect(parseStoredRun({ runAt: '2026-11-27T12:00:00Z', verdict: 'GREAT', failing: '', warning: '' })).toBeNull();
    expect(parseStoredRun({ runAt: 'yesterday', verdict: 'READY', failing: '', warning: '' })).toBeNull();
  });
});

describe('runsToPrune', () => {
  const newestFirst = (count: number): number[] => Array.from({ length: count }, (_, index) => count - index);

  it(`keeps room for the new run within ${HISTORY_BOUND} runs, deleting the oldest`, () => {
    expect(runsToPrune(newestFirst(HISTORY_BOUND + 2))).toEqual([1, 2, 3]);
  });

  it('deletes nothing while the history is below the bound', () => {
    expect(runsToPrune(newestFirst(HISTORY_BOUND - 1))).toEqual([]);
  });

  it(`deletes at most ${MAX_DELETIONS_PER_RUN} runs in one run, oldest first`, () => {
    const pruned = runsToPrune(newestFirst(HISTORY_BOUND + 500));

    expect(pruned).toHaveLength(MAX_DELETIONS_PER_RUN);
    expect(pruned[0]).toBe(1);
  });
});
