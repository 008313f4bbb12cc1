import { evaluateAccountChecks, parseNetSuiteVersion } from '../../../src/core/rules/account';
import { aSnapshot, allFeaturesOn, ok, unreadable } from '../../fixtures/snapshotBuilder';

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

describe('platform.tba-future', () => {
  it('says new TBA integrations end from 2027.1 on an earlier version', () => {
    const outcome = evaluateAccountChecks(aSnapshot())['platform.tba-future'];

    expect(outcome.evidence[0]).toBe('This account runs NetSuite 2026.2. From 2027.1, new TBA integrations can no longer be created; existing ones keep working.');
  });

  it('says new TBA integrations can no longer be created from 2027.1 on', () => {
    const outcome = evaluateAccountChecks(aSnapshot({ account: { accountId: '1234567', envType: 'PRODUCTION', version: '2027.1' } }))['platform.tba-future'];

    expect(outcome.evidence[0]).toContain('runs NetSuite 2027.1: new TBA integrations can no longer be created');
  });

  it('reports the OAuth 2.0 feature', () => {
    const outcome = evaluateAccountChecks(aSnapshot({ features: allFeaturesOn({ OAUTH2: ok(false) }) }))['platform.tba-future'];

    expect(outcome.evidence[1]).toBe('OAuth 2.0, the successor, is not enabled in this account.');
  });

  it('quotes the reason when OAuth 2.0 cannot be read', () => {
    const outcome = evaluateAccountChecks(aSnapshot({ features: allFeaturesOn({ OAUTH2: unreadable('unknown feature id') }) }))['platform.tba-future'];

    expect(outcome.evidence[1]).toContain('unknown feature id');
  });

  it.each([
    ['2026.2', { year: 2026, release: 2 }],
    ['2027.1.0', { year: 2027, release: 1 }],
    ['next', null],
  ])('reads the version %s', (version, parsed) => {
    expect(parseNetSuiteVersion(version)).toEqual(parsed);
  });
});

describe('platform.two-factor', () => {
  it('explains why Act-On uses TBA, as information', () => {
    const outcome = evaluateAccountChecks(aSnapshot())['platform.two-factor'];

    expect(outcome.status).toBe('info');
    expect(outcome.evidence.join(' ')).toContain('2019.1');
  });
});
