/**
 * The integration record's advice follows the account's release: before 2027.1 create it now;
 * from 2027.1 do not ask for what NetSuite refuses, and let the one cause speak for the checks
 * that depend on it.
 */
import { evaluateReadiness } from '../../../src/core/engine';
import type { AccountSnapshot } from '../../../src/core/snapshot';
import { checkOf, fixStepsOf } from '../../fixtures/reportReading';
import { allRows, aSnapshot, anAuditRequest, SUITECLOUD_INTEGRATION } from '../../fixtures/snapshotBuilder';

/** No ActOnTBA record, token or login; two other products use TBA. */
function withoutActOnRecord(version: string, envType = 'PRODUCTION', accountId = '1234567'): AccountSnapshot {
  return aSnapshot({
    account: { accountId, envType, version },
    integrations: allRows([SUITECLOUD_INTEGRATION]),
    tokens: allRows([]),
    tokenApplications: allRows([
      { applicationId: 4, applicationName: 'SuiteCloud Development Integration', tokenCount: 1 },
      { applicationId: 31, applicationName: 'Celigo integrator.io', tokenCount: 3 },
    ]),
    loginAttempts: allRows([]),
  });
}

describe('integration.record before 2027.1', () => {
  it('on 2026.2, when missing, chooses the creation fix, to be done before the upgrade to 2027.1', () => {
    const outcome = checkOf(evaluateReadiness(withoutActOnRecord('2026.2'), anAuditRequest()), 'integration.record');

    expect(outcome.status).toBe('fail');
    expect(outcome).toMatchObject({
      fix: { id: 'default', navigation: 'Setup > Integration > Manage Integrations > New' },
    });
    expect(fixStepsOf(outcome)).toContain('Go to Setup > Integration > Manage Integrations and click New.');
  });

  it('on 2026.2, when it exists, says not to delete or reset it', () => {
    const outcome = checkOf(evaluateReadiness(aSnapshot(), anAuditRequest()), 'integration.record');

    expect(outcome.status).toBe('pass');
    expect(outcome.findings.map((finding) => finding.id)).toContain('keepBeforeClosing');
  });
});

describe('integration.record from 2027.1', () => {
  const report = () => evaluateReadiness(withoutActOnRecord('2027.1'), anAuditRequest());

  it('on 2027.1, when missing, fails without asking for a new TBA integration, and says why', () => {
    const outcome = checkOf(report(), 'integration.record');

    expect(outcome.status).toBe('fail');
    expect(outcome.findings.map((finding) => finding.id)).toContain('tbaClosed');
    expect(fixStepsOf(outcome).join(' ')).not.toContain('click New');
    expect(fixStepsOf(outcome).join(' ')).not.toContain('check Token-Based Authentication');
  });

  it('on 2027.1 gives the plan one step: Act-On support is asked for its supported route, where to look is no "New"', () => {
    const [step, ...others] = report().fixPlan;

    expect(others).toEqual([]);
    expect(step).toMatchObject({
      resolves: ['integration.record', 'integration.state', 'integration.authentication', 'token.active'],
      owner: 'acton-support',
      navigation: 'Setup > Integration > Manage Integrations',
    });
    expect(checkOf(report(), 'integration.record')).toMatchObject({ fix: { id: 'askActOn' } });
  });

  it("on 2027.1 lists the account's TBA integrations without offering their keys to Act-On", () => {
    const outcome = checkOf(report(), 'integration.record');

    expect(outcome.findings.map((finding) => finding.id)).toContain('otherTbaIntegrations');
    expect(fixStepsOf(outcome).join(' ')).toContain("Do not give Act-On another product's Consumer Key and Secret");
  });

  it('on 2027.1 sums the cause up as a failure naming the record', () => {
    expect(checkOf(report(), 'integration.record')).toMatchObject({
      summary: 'There is no integration record named ActOnTBA',
    });
  });

  it('on 2027.1 gives token.active a fix that waits for the integration record step, asking for no token', () => {
    const outcome = checkOf(report(), 'token.active');

    expect(outcome.status).toBe('fail');
    expect('fix' in outcome && outcome.fix?.id).toBe('waitForIntegration');
    expect(fixStepsOf(outcome).join(' ')).not.toContain('New My Access Token');
  });

  it.each(['integration.state', 'integration.authentication'] as const)(
    'on 2027.1 lets %s follow the integration record check, with no creation advice of its own',
    (id) => {
      const outcome = checkOf(report(), id);

      expect(outcome).toMatchObject({ status: 'fail', causedBy: 'integration.record', fix: { id: 'followsRecord' } });
      expect(fixStepsOf(outcome).join(' ')).not.toContain('Token-Based Authentication and User Credentials');
    },
  );

  it('on 2027.1, with the record, passes and says to keep it', () => {
    const snapshot = aSnapshot({ account: { accountId: '1234567', envType: 'PRODUCTION', version: '2027.1' } });

    const outcome = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record');

    expect(outcome.status).toBe('pass');
    expect(outcome.findings).toContainEqual({ id: 'keepOnClosed', data: { version: '2027.1' } });
  });

  it('on 2027.1, with the record, gives the same token advice as before', () => {
    const snapshot = aSnapshot({
      account: { accountId: '1234567', envType: 'PRODUCTION', version: '2027.1' },
      tokens: allRows([]),
      loginAttempts: allRows([]),
    });

    expect(fixStepsOf(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'token.active')).join(' ')).toContain(
      'New My Access Token',
    );
  });
});

describe('integration.record in a sandbox', () => {
  it("on 2026.2 says a refresh copies the record's settings but not its tokens", () => {
    const outcome = checkOf(
      evaluateReadiness(withoutActOnRecord('2026.2', 'SANDBOX', '1234567_SB1'), anAuditRequest()),
      'integration.record',
    );

    expect(outcome.findings).toContainEqual({ id: 'refreshNote', data: { environment: 'sandbox' } });
  });
});
