import { compareRuns } from '../../../src/core/watch/watchComparison';
import type { WatchRun } from '../../../src/core/watch/watchRun';

const readyRun: WatchRun = { runAt: '2026-11-27T12:00:00Z', verdict: 'READY', failing: [], warning: [] };
const tokenRevokedRun: WatchRun = {
  runAt: '2026-11-28T12:00:00Z',
  verdict: 'NOT_READY',
  failing: ['token.active'],
  warning: ['login.recent'],
};
const tbaOffRun: WatchRun = {
  runAt: '2026-11-28T12:00:00Z',
  verdict: 'NOT_READY',
  failing: ['feature.token-based-authentication'],
  warning: [],
};

describe('compareRuns', () => {
  it('finds nothing worse when a ready account stays ready', () => {
    expect(compareRuns(readyRun, { ...readyRun, runAt: '2026-11-28T12:00:00Z' })).toEqual([]);
  });

  it('names the dropped verdict, the newly failing blocker and the new warning when a token is revoked', () => {
    expect(compareRuns(readyRun, tokenRevokedRun)).toEqual([
      { kind: 'verdict-dropped', from: 'READY', to: 'NOT_READY' },
      { kind: 'blocker-newly-fails', checkId: 'token.active' },
      { kind: 'new-warning', checkId: 'login.recent' },
    ]);
  });

  it('reports a first run that is not ready', () => {
    expect(compareRuns(null, tbaOffRun)).toEqual([{ kind: 'first-run-not-ready', verdict: 'NOT_READY' }]);
  });

  it('stays silent on a first run that is ready with warnings', () => {
    expect(
      compareRuns(null, { ...readyRun, verdict: 'READY_WITH_WARNINGS', warning: ['feature.suitesignon'] }),
    ).toEqual([]);
  });

  it('finds nothing worse when a not-ready account is unchanged', () => {
    expect(compareRuns(tbaOffRun, { ...tbaOffRun, runAt: '2026-11-29T12:00:00Z' })).toEqual([]);
  });

  it('reports a further blocker failing although the verdict was already NOT_READY', () => {
    const worse: WatchRun = { ...tbaOffRun, failing: ['feature.token-based-authentication', 'user.access'] };

    expect(compareRuns(tbaOffRun, worse)).toEqual([{ kind: 'blocker-newly-fails', checkId: 'user.access' }]);
  });

  it('does not count a check going from fail to warn as a new warning', () => {
    const better: WatchRun = {
      ...tokenRevokedRun,
      verdict: 'READY_WITH_WARNINGS',
      failing: [],
      warning: ['token.active', 'login.recent'],
    };

    expect(compareRuns(tokenRevokedRun, better)).toEqual([]);
  });

  it('stays silent when readiness improves', () => {
    expect(compareRuns(tokenRevokedRun, readyRun)).toEqual([]);
  });

  it('stays silent on a first run that is ready', () => {
    expect(compareRuns(null, readyRun)).toEqual([]);
  });

  it('counts a warning-severity check that newly fails as a new warning, not a blocker', () => {
    expect(compareRuns(readyRun, { ...readyRun, failing: ['login.ip-address-rules'] })).toEqual([
      { kind: 'new-warning', checkId: 'login.ip-address-rules' },
    ]);
  });

  it('ignores an information check that newly fails or newly warns: it judges nothing', () => {
    expect(compareRuns(readyRun, { ...readyRun, failing: ['account.id'], warning: ['platform.tba-future'] })).toEqual(
      [],
    );
  });

  it('ignores a check id the catalogue does not know', () => {
    const renamed = { ...readyRun, failing: ['check.renamed-since'] } as unknown as WatchRun;

    expect(compareRuns(readyRun, renamed)).toEqual([]);
  });
});
