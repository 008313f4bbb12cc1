import { SHORT_HISTORY_DAYS } from '../../../src/core/watch/watchPolicy';
import type { WatchRun } from '../../../src/core/watch/watchRun';
import { summariseWatch } from '../../../src/core/watch/watchStatus';

const run = (runAt: string, verdict: WatchRun['verdict'] = 'READY'): WatchRun => ({
  runAt,
  verdict,
  failing: [],
  warning: [],
});
const NOW = new Date('2026-11-28T12:00:00Z');

describe('summariseWatch', () => {
  it("says watching is on after a run in the last two days, one verdict per day: that day's last run", () => {
    const runs = [run('2026-11-28T18:00:00Z', 'NOT_READY'), run('2026-11-28T06:00:00Z'), run('2026-11-27T06:00:00Z')];

    expect(summariseWatch(runs, NOW)).toEqual({
      state: 'on',
      lastRunAt: '2026-11-28T18:00:00Z',
      days: [
        { day: '2026-11-28', verdict: 'NOT_READY' },
        { day: '2026-11-27', verdict: 'READY' },
      ],
    });
  });

  it('says watching looks stale when the last run is more than two days old', () => {
    expect(summariseWatch([run('2026-11-26T06:00:00Z')], NOW).state).toBe('stale');
  });

  it('says the watch never ran when no run is kept', () => {
    expect(summariseWatch([], NOW)).toEqual({ state: 'never', lastRunAt: null, days: [] });
  });

  it(`shows at most ${SHORT_HISTORY_DAYS} days`, () => {
    const daily = Array.from({ length: 30 }, (_, index) =>
      run(new Date(Date.UTC(2026, 10, 28 - index, 6)).toISOString()),
    );

    expect(summariseWatch(daily, NOW).days).toHaveLength(SHORT_HISTORY_DAYS);
  });

  it('says watching is on when the last run is exactly two days old', () => {
    expect(summariseWatch([run('2026-11-26T12:00:00Z')], NOW).state).toBe('on');
  });

  it('says watching is on after a run 47 hours ago', () => {
    expect(summariseWatch([run('2026-11-26T13:00:00Z')], NOW).state).toBe('on');
  });
});
