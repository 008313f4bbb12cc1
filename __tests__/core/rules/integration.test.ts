import { evaluateReadiness } from '../../../src/core/engine';
import { checkOf, linksOf, statusOf, wordsOf } from '../../fixtures/reportReading';
import { aFailedLogin, aLoginAttempt, aSnapshot, aToken, anAuditRequest, anIntegration, ok, unreadable } from '../../fixtures/snapshotBuilder';

const SUITECLOUD_ONLY = { id: 4, name: 'SuiteCloud Development Integration', state: 'ENABLED' };
const TABLE_UNAVAILABLE = unreadable("Search error: table 'integration' is not available", 'INVALID_SEARCH_TYPE');

describe('integration.record', () => {
  it('matches the requested name ignoring case and spaces', () => {
    const report = evaluateReadiness(aSnapshot(), anAuditRequest({ integrationName: 'acton tba' }));

    expect(statusOf(report, 'integration.record')).toBe('pass');
  });

  it('names every source that proves the record', () => {
    const words = wordsOf(checkOf(evaluateReadiness(aSnapshot(), anAuditRequest()), 'integration.record'));

    expect(words).toContain('Manage Integrations lists the integration ActOnTBA (id 12).');
    expect(words).toContain('The application ActOnTBA has 1 access token.');
    expect(words).toContain('The Login Audit Trail shows 1 token login for ActOnTBA');
  });

  it('passes on a token alone when the integration table cannot be read', () => {
    const report = evaluateReadiness(aSnapshot({ integrations: TABLE_UNAVAILABLE, loginAttempts: ok([]) }), anAuditRequest());

    expect(statusOf(report, 'integration.record')).toBe('pass');
  });

  it('passes on a login alone when tokens and the table cannot be read', () => {
    const snapshot = aSnapshot({ integrations: TABLE_UNAVAILABLE, tokens: unreadable('no permission') });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record')).toBe('pass');
  });

  it('passes on an application name read from all tokens', () => {
    const snapshot = aSnapshot({
      integrations: TABLE_UNAVAILABLE,
      tokens: ok([]),
      loginAttempts: ok([]),
      tokenApplications: ok([{ applicationId: 12, applicationName: 'ActOnTBA', tokenCount: 2 }]),
    });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record')).toBe('pass');
  });

  it('suggests a near name seen only in the Login Audit Trail', () => {
    const snapshot = aSnapshot({
      integrations: ok([SUITECLOUD_ONLY]),
      tokens: ok([]),
      loginAttempts: ok([aLoginAttempt({ applicationName: 'ActOn TBA Prod' })]),
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest({ integrationName: 'Act-On Sync' })), 'integration.record');

    expect(check.status).toBe('fail');
    expect(wordsOf(check)).toContain('Did you mean "ActOn TBA Prod"?');
  });

  it('fails without suggestion when nothing like the name exists', () => {
    const snapshot = aSnapshot({ integrations: ok([SUITECLOUD_ONLY]), tokens: ok([]), loginAttempts: ok([]) });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record');

    expect(check.status).toBe('fail');
    expect(wordsOf(check)).not.toContain('Did you mean');
  });

  it('asks the person to look when the table is unreadable but a near name exists on tokens', () => {
    const snapshot = aSnapshot({
      integrations: TABLE_UNAVAILABLE,
      tokens: ok([]),
      loginAttempts: ok([]),
      tokenApplications: ok([{ applicationId: 15, applicationName: 'Act-On Integration', tokenCount: 1 }]),
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record');

    expect(check.status).toBe('manual');
    expect(wordsOf(check)).toContain('Did you mean "Act-On Integration"?');
    expect(linksOf(check)).toContain('/app/common/integration/integrapp.nl?id=15');
  });
});

describe('integration.state', () => {
  it('proves Enabled by a successful login when the table cannot be read', () => {
    const check = checkOf(evaluateReadiness(aSnapshot({ integrations: TABLE_UNAVAILABLE }), anAuditRequest()), 'integration.state');

    expect(check.status).toBe('pass');
    expect(wordsOf(check)).toContain('could not be read');
    expect(wordsOf(check)).toContain('succeeded on 2026-11-24 09:00 UTC');
  });

  it('is manual, linking to the record from its token, when neither the table nor a login proves it', () => {
    const check = checkOf(evaluateReadiness(aSnapshot({ integrations: TABLE_UNAVAILABLE, loginAttempts: ok([]) }), anAuditRequest()), 'integration.state');

    expect(check.status).toBe('manual');
    expect(linksOf(check)[0]).toBe('/app/common/integration/integrapp.nl?id=12');
  });

  it('is manual when the state value is not recognised', () => {
    const snapshot = aSnapshot({ integrations: ok([anIntegration({ state: 'PENDING' })]), loginAttempts: ok([]) });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state');

    expect(check.status).toBe('manual');
    expect(wordsOf(check)).toContain('"PENDING"');
  });

  it('reads a state given in mixed case', () => {
    const snapshot = aSnapshot({ integrations: ok([anIntegration({ state: 'Blocked' })]) });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state')).toBe('fail');
  });

  it('fails when the table is unreadable and the latest login was refused as Blocked', () => {
    const snapshot = aSnapshot({
      integrations: TABLE_UNAVAILABLE,
      loginAttempts: ok([aFailedLogin('consumer_key_refused', { at: '2026-11-26T09:00:00Z' }), aLoginAttempt({ at: '2026-11-20T09:00:00Z' })]),
    });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state')).toBe('fail');
  });

  it('prefers the record the tokens point at when two records share the name', () => {
    const snapshot = aSnapshot({
      integrations: ok([anIntegration({ id: 30, name: 'actontba', state: 'BLOCKED' }), anIntegration({ id: 12, state: 'ENABLED' })]),
      tokens: ok([aToken({ applicationId: 30, applicationName: 'actontba' })]),
    });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state')).toBe('fail');
  });
});

describe('integration.authentication', () => {
  it('does not take failed logins as proof either way', () => {
    const snapshot = aSnapshot({ loginAttempts: ok([aFailedLogin('InvalidLoginAttempt'), aFailedLogin('InvalidSignature')]) });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.authentication');

    expect(check.status).toBe('manual');
    expect(wordsOf(check)).toContain('Token-Based Authentication and User Credentials');
  });

  it('ignores a success of another integration', () => {
    const snapshot = aSnapshot({ loginAttempts: ok([aLoginAttempt({ applicationName: 'SuiteCloud Development Integration' })]) });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.authentication')).toBe('manual');
  });
});
