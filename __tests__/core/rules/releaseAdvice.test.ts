/**
 * The integration record's advice follows the account's release: before 2027.1 create it now;
 * from 2027.1 do not ask for what NetSuite refuses, and let the one cause speak for the checks
 * that depend on it.
 */
import { evaluateReadiness } from '../../../src/core/engine';
import type { AccountSnapshot } from '../../../src/core/snapshot';
import { checkOf, fixStepsOf, wordsOf } from '../../fixtures/reportReading';
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
  it('on 2026.2, when missing, asks to create it now, before the upgrade to 2027.1, and why', () => {
    const outcome = checkOf(evaluateReadiness(withoutActOnRecord('2026.2'), anAuditRequest()), 'integration.record');

    expect(outcome.status).toBe('fail');
    expect(fixStepsOf(outcome)[0]).toBe(
      'Create it now, before this account is upgraded to NetSuite 2027.1: from that release no new integration ' +
        "can use Token-Based Authentication, and Act-On's connector needs it.",
    );
    expect(fixStepsOf(outcome).join(' ')).toContain('Go to Setup > Integration > Manage Integrations and click New.');
  });

  it('on 2026.2, when it exists, says not to delete or reset it', () => {
    const outcome = checkOf(evaluateReadiness(aSnapshot(), anAuditRequest()), 'integration.record');

    expect(outcome.status).toBe('pass');
    expect(wordsOf(outcome)).toContain(
      'Keep this record: do not delete it or reset it. From NetSuite 2027.1 no new integration can use ' +
        'Token-Based Authentication, so it could not be made again.',
    );
  });
});

describe('integration.record from 2027.1', () => {
  const report = () => evaluateReadiness(withoutActOnRecord('2027.1'), anAuditRequest());

  it('on 2027.1, when missing, fails without asking for a new TBA integration, and says why', () => {
    const outcome = checkOf(report(), 'integration.record');

    expect(outcome.status).toBe('fail');
    expect(wordsOf(outcome)).toContain(
      'This account runs NetSuite 2027.1: since 2027.1 a new integration record cannot use Token-Based Authentication',
    );
    expect(fixStepsOf(outcome).join(' ')).not.toContain('click New');
    expect(fixStepsOf(outcome).join(' ')).not.toContain('check Token-Based Authentication');
  });

  it('on 2027.1 sends the administrator to Act-On for its supported route', () => {
    expect(fixStepsOf(checkOf(report(), 'integration.record'))).toContain(
      'Contact Act-On support: ask which connection Act-On supports for NetSuite accounts on 2027.1 or later, and ' +
        'follow their steps.',
    );
  });

  it("on 2027.1 lists the account's TBA integrations without offering their keys to Act-On", () => {
    const outcome = checkOf(report(), 'integration.record');

    expect(wordsOf(outcome)).toContain(
      'Integrations that already use Token-Based Authentication in this account: SuiteCloud Development ' +
        'Integration (1 token), Celigo integrator.io (3 tokens). They belong to other products: their keys and ' +
        "tokens are not Act-On's to use.",
    );
    expect(fixStepsOf(outcome).join(' ')).toContain("Do not give Act-On another product's Consumer Key and Secret");
  });

  it('on 2027.1 gives token.active a fix that waits for the integration record step, asking for no token', () => {
    const outcome = checkOf(report(), 'token.active');

    expect(outcome.status).toBe('fail');
    expect('fix' in outcome && outcome.fix?.id).toBe('waitForIntegration');
    expect(fixStepsOf(outcome).join(' ')).not.toContain('New My Access Token');
  });

  it.each(['integration.state', 'integration.authentication'] as const)(
    'on 2027.1 lets %s point at the integration record check instead of repeating it',
    (id) => {
      const outcome = checkOf(report(), id);

      expect(outcome.status).toBe('fail');
      expect(fixStepsOf(outcome)).toEqual(['See the integration record check: it says what to do on this release.']);
    },
  );

  it('on 2027.1, with the record, passes and says to keep it', () => {
    const snapshot = aSnapshot({ account: { accountId: '1234567', envType: 'PRODUCTION', version: '2027.1' } });

    const outcome = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record');

    expect(outcome.status).toBe('pass');
    expect(wordsOf(outcome)).toContain(
      'On NetSuite 2027.1 a new integration can no longer use Token-Based Authentication, so it could not be made ' +
        'again.',
    );
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

    expect(wordsOf(outcome)).toContain(
      "a refresh copies the integration record's settings from production but not its access tokens",
    );
    expect(wordsOf(outcome)).not.toContain('integration records and tokens are not copied');
  });
});
