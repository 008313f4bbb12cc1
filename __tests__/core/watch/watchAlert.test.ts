import { decideWatchRun } from '../../../src/core/watch/watchAlert';
import { summariseRun, type WatchRun } from '../../../src/core/watch/watchRun';
import { buildReport, readyProductionReport } from '../../fixtures/reports';

const READY_YESTERDAY: WatchRun = { runAt: '2026-11-26T21:15:00.000Z', verdict: 'READY', failing: [], warning: [] };

describe('summariseRun', () => {
  it("keeps the report's time, verdict, failing and warning checks in catalogue order", () => {
    const report = buildReport({
      verdict: 'NOT_READY',
      statuses: {
        'user.access': 'fail',
        'token.active': 'fail',
        'login.recent': 'warn',
        'integration.authentication': 'manual',
      },
    });

    expect(summariseRun(report)).toEqual({
      runAt: '2026-11-27T21:15:00.000Z',
      verdict: 'NOT_READY',
      failing: ['token.active', 'user.access'],
      warning: ['login.recent'],
    });
  });
});

describe('decideWatchRun', () => {
  it('stays silent, with nothing to fix, when a ready account stays ready', () => {
    const report = readyProductionReport();

    expect(decideWatchRun(READY_YESTERDAY, report)).toEqual({
      run: summariseRun(report),
      previous: READY_YESTERDAY,
      changes: [],
      notify: false,
      fixes: [],
    });
  });

  it('emails the changes and the fixes when a token is revoked since yesterday', () => {
    const report = buildReport({ verdict: 'NOT_READY', statuses: { 'token.active': 'fail' } });

    const decision = decideWatchRun(READY_YESTERDAY, report);

    expect(decision.notify).toBe(true);
    expect(decision.changes).toEqual([
      { kind: 'verdict-dropped', from: 'READY', to: 'NOT_READY' },
      { kind: 'blocker-newly-fails', checkId: 'token.active' },
    ]);
    expect(decision.fixes.map((fix) => fix.step.resolves[0])).toEqual(['token.active']);
  });

  it('lists no fixes when nothing got worse, though a check still fails', () => {
    const report = buildReport({ verdict: 'NOT_READY', statuses: { 'token.active': 'fail' } });
    const sameYesterday: WatchRun = { ...summariseRun(report), runAt: READY_YESTERDAY.runAt };

    expect(decideWatchRun(sameYesterday, report)).toMatchObject({ notify: false, fixes: [] });
  });

  it('emails on a first run that is not ready', () => {
    const report = buildReport({ verdict: 'NOT_READY', statuses: { 'token.active': 'fail' } });

    expect(decideWatchRun(null, report)).toMatchObject({
      previous: null,
      notify: true,
      changes: [{ kind: 'first-run-not-ready', verdict: 'NOT_READY' }],
    });
  });
});
