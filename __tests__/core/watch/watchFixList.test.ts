import { checkDefinition } from '../../../src/core/catalogue';
import type { ReadinessReport } from '../../../src/core/report';
import { changedCheckIds, type WatchChange } from '../../../src/core/watch/watchComparison';
import { watchFixItems } from '../../../src/core/watch/watchFixList';
import { buildReport } from '../../fixtures/reports';

/** The token was revoked (a blocker) and logins have warned for a while. */
function tokenRevokedWithOldLoginWarning(): ReadinessReport {
  return buildReport({
    verdict: 'NOT_READY',
    statuses: { 'token.active': 'fail', 'role.subsidiary-access': 'warn' },
    evidence: { 'token.active': ['Token ActOnTBA - Sync is revoked.'] },
  });
}

const TOKEN_NEWLY_FAILS: readonly WatchChange[] = [{ kind: 'blocker-newly-fails', checkId: 'token.active' }];

describe('watchFixItems', () => {
  it("lists the failing check's plan step with its status, its evidence and its own instructions", () => {
    const report = tokenRevokedWithOldLoginWarning();

    const [item] = watchFixItems(report, TOKEN_NEWLY_FAILS);

    expect(item).toEqual({
      step: report.fixPlan.find((step) => step.resolves[0] === 'token.active'),
      status: 'fail',
      evidence: ['Token ActOnTBA - Sync is revoked.'],
      instructions: checkDefinition('token.active').fixes.default.steps,
    });
  });

  it('leaves out a step whose check has warned since before the last run', () => {
    const items = watchFixItems(tokenRevokedWithOldLoginWarning(), TOKEN_NEWLY_FAILS);

    expect(items.map((item) => item.step.resolves[0])).toEqual(['token.active']);
  });

  it('lists a step whose check newly warns, in the plan order', () => {
    const changes: WatchChange[] = [...TOKEN_NEWLY_FAILS, { kind: 'new-warning', checkId: 'role.subsidiary-access' }];

    const items = watchFixItems(tokenRevokedWithOldLoginWarning(), changes);

    expect(items.map((item) => [item.step.resolves[0], item.status])).toEqual([
      ['token.active', 'fail'],
      ['role.subsidiary-access', 'warn'],
    ]);
  });

  it('lists a failing check even when it failed last time too (the email asks for every fix still open)', () => {
    const report = buildReport({
      verdict: 'NOT_READY',
      statuses: { 'feature.soap-web-services': 'fail', 'user.access': 'fail' },
    });

    const items = watchFixItems(report, [{ kind: 'blocker-newly-fails', checkId: 'user.access' }]);

    expect(items.map((item) => item.step.resolves[0])).toEqual(['feature.soap-web-services', 'user.access']);
  });

  it('leaves out a step for a check that could only be checked by hand', () => {
    const report = buildReport({ verdict: 'INCOMPLETE', statuses: { 'integration.authentication': 'manual' } });

    expect(watchFixItems(report, [{ kind: 'first-run-not-ready', verdict: 'INCOMPLETE' }])).toEqual([]);
  });

  it('mails a step whose root passes but that also resolves a failing check, without the root instructions', () => {
    // A plan older than its checks (the root was fixed since): the step still resolves a failure.
    const report = buildReport({ verdict: 'NOT_READY', statuses: { 'user.access': 'fail' } });
    const stale: ReadinessReport = {
      ...report,
      fixPlan: [{ ...report.fixPlan[0]!, resolves: ['role.active', 'user.access'] }],
    };

    expect(watchFixItems(stale, [])).toEqual([
      { step: stale.fixPlan[0], status: 'pass', evidence: ['Evidence for role.active.'], instructions: [] },
    ]);
  });

  it('does not mail a check named by a change that neither fails nor warns', () => {
    const report = buildReport({ verdict: 'INCOMPLETE', statuses: { 'integration.authentication': 'manual' } });

    expect(watchFixItems(report, [{ kind: 'new-warning', checkId: 'integration.authentication' }])).toEqual([]);
  });

  it('leaves out a step whose root the report does not hold, though another check it resolves fails', () => {
    const report = buildReport({ verdict: 'NOT_READY', statuses: { 'user.access': 'fail' } });
    const withoutRoot: ReadinessReport = {
      ...report,
      checks: report.checks.filter((check) => check.id !== 'role.active'),
      fixPlan: [{ ...report.fixPlan[0]!, resolves: ['role.active', 'user.access'] }],
    };

    expect(watchFixItems(withoutRoot, [])).toEqual([]);
  });

  it('leaves out a step whose passing root is followed by a check the report does not hold', () => {
    const report = buildReport({ verdict: 'NOT_READY', statuses: { 'user.access': 'fail' } });
    const withoutOther: ReadinessReport = {
      ...report,
      checks: report.checks.filter((check) => check.id !== 'user.access'),
      fixPlan: [{ ...report.fixPlan[0]!, resolves: ['role.active', 'user.access'] }],
    };

    expect(watchFixItems(withoutOther, [])).toEqual([]);
  });

  it('leaves out a plan step naming a check the report does not hold', () => {
    const report = tokenRevokedWithOldLoginWarning();
    const withoutToken: ReadinessReport = {
      ...report,
      checks: report.checks.filter((check) => check.id !== 'token.active'),
    };

    expect(watchFixItems(withoutToken, TOKEN_NEWLY_FAILS)).toEqual([]);
  });
});

describe('changedCheckIds', () => {
  it('names each check a change names, once, and none for a verdict change', () => {
    const changes: WatchChange[] = [
      { kind: 'verdict-dropped', from: 'READY', to: 'NOT_READY' },
      { kind: 'blocker-newly-fails', checkId: 'token.active' },
      { kind: 'new-warning', checkId: 'login.recent' },
      { kind: 'new-warning', checkId: 'token.active' },
    ];

    expect([...changedCheckIds(changes)]).toEqual(['token.active', 'login.recent']);
  });
});
