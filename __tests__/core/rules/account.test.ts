import { evaluateAccountChecks } from '../../../src/core/rules/account';
import { aSnapshot } from '../../fixtures/snapshotBuilder';

describe('account.id', () => {
  it('is information in production, showing the exact value to type into Act-On', () => {
    const outcome = evaluateAccountChecks(aSnapshot({ account: { accountId: '1234567', envType: 'PRODUCTION', version: '2026.2' } }))['account.id'];

    expect(outcome.status).toBe('info');
    expect(outcome.evidence[0]).toContain('Type 1234567 into');
  });

  it('warns in a sandbox given in host form, showing the upper-case underscore form', () => {
    const outcome = evaluateAccountChecks(aSnapshot({ account: { accountId: '1234567-sb1', envType: 'SANDBOX', version: '2026.2' } }))['account.id'];

    expect(outcome.status).toBe('warn');
    expect(outcome.evidence[0]).toContain('Type 1234567_SB1 into');
    expect(outcome.evidence.join(' ')).toContain('NetSuite reports the account id as 1234567-sb1.');
  });

  it('warns in Release Preview', () => {
    const outcome = evaluateAccountChecks(aSnapshot({ account: { accountId: '1234567_RP', envType: 'BETA', version: '2027.1' } }))['account.id'];

    expect(outcome.status).toBe('warn');
    expect(outcome.evidence.join(' ')).toContain('Release Preview');
  });

  it('shows a test drive id in upper case', () => {
    const outcome = evaluateAccountChecks(aSnapshot({ account: { accountId: 'tstdrv1234567', envType: 'INTERNAL', version: '2026.2' } }))['account.id'];

    expect([outcome.status, outcome.evidence[0]]).toEqual(['info', expect.stringContaining('Type TSTDRV1234567 into')]);
  });
});

describe('account.id after a refresh', () => {
  it("says in a sandbox that the refresh copies the integration record's settings but not its tokens", () => {
    const outcome = evaluateAccountChecks(aSnapshot({ account: { accountId: '1234567_SB1', envType: 'SANDBOX', version: '2026.2' } }))['account.id'];

    expect(outcome.evidence.join(' ')).toContain("a refresh copies the integration record's settings from production but not its access tokens");
    expect(outcome.status !== 'pass' && outcome.fix?.steps.join(' ')).toContain('create a new access token for the Act-On integration here');
    expect(outcome.status !== 'pass' && outcome.fix?.steps.join(' ')).not.toContain('create the integration record again');
  });
});

describe('account.web-services-concurrency', () => {
  it('is information saying where the limits are shown and that a refusal may leave no Login Audit row', () => {
    const outcome = evaluateAccountChecks(aSnapshot())['account.web-services-concurrency'];

    expect(outcome.status).toBe('info');
    expect(outcome.evidence.join(' ')).toContain('may leave no row in the Login Audit Trail');
    expect(outcome.status === 'info' && outcome.fix?.navigation).toBe('Setup > Integration > Integration Management > Integration Governance');
  });
});
