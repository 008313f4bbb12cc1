import { evaluateReadiness } from '../../../src/core/engine';
import { checkOf, linksOf, statusOf, wordsOf } from '../../fixtures/reportReading';
import {
  aFailedLogin,
  allRows,
  aLoginAttempt,
  anAuditRequest,
  anIntegration,
  aSnapshot,
  aToken,
  firstRowsOfMore,
  INTEGRATION_TABLE_UNAVAILABLE,
  SUITECLOUD_INTEGRATION,
  unreadable,
} from '../../fixtures/snapshotBuilder';

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
    const report = evaluateReadiness(
      aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE, loginAttempts: allRows([]) }),
      anAuditRequest(),
    );

    expect(statusOf(report, 'integration.record')).toBe('pass');
  });

  it('passes on a login alone when tokens and the table cannot be read', () => {
    const snapshot = aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE, tokens: unreadable('no permission') });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record')).toBe('pass');
  });

  it('passes on an application name read from all tokens', () => {
    const snapshot = aSnapshot({
      integrations: INTEGRATION_TABLE_UNAVAILABLE,
      tokens: allRows([]),
      loginAttempts: allRows([]),
      tokenApplications: allRows([{ applicationId: 12, applicationName: 'ActOnTBA', tokenCount: 2 }]),
    });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record')).toBe('pass');
  });

  it('suggests a near name seen only in the Login Audit Trail', () => {
    const snapshot = aSnapshot({
      integrations: allRows([SUITECLOUD_INTEGRATION]),
      tokens: allRows([]),
      loginAttempts: allRows([aLoginAttempt({ applicationName: 'ActOn TBA Prod' })]),
    });

    const check = checkOf(
      evaluateReadiness(snapshot, anAuditRequest({ integrationName: 'Act-On Sync' })),
      'integration.record',
    );

    expect(check.status).toBe('fail');
    expect(wordsOf(check)).toContain('Did you mean "ActOn TBA Prod"?');
  });

  it('fails without suggestion when nothing like the name exists', () => {
    const snapshot = aSnapshot({
      integrations: allRows([SUITECLOUD_INTEGRATION]),
      tokens: allRows([]),
      loginAttempts: allRows([]),
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record');

    expect(check.status).toBe('fail');
    expect(wordsOf(check)).not.toContain('Did you mean');
  });

  it('asks the person to look when the table is unreadable but a near name exists on tokens', () => {
    const snapshot = aSnapshot({
      integrations: INTEGRATION_TABLE_UNAVAILABLE,
      tokens: allRows([]),
      loginAttempts: allRows([]),
      tokenApplications: allRows([{ applicationId: 15, applicationName: 'Act-On Integration', tokenCount: 1 }]),
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record');

    expect(check.status).toBe('manual');
    expect(wordsOf(check)).toContain('Did you mean "Act-On Integration"?');
    expect(linksOf(check)).toContain('/app/common/integration/integrapp.nl?id=15');
  });
});

describe('integration.state', () => {
  it('proves Enabled by a successful login when the table cannot be read', () => {
    const check = checkOf(
      evaluateReadiness(aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE }), anAuditRequest()),
      'integration.state',
    );

    expect(check.status).toBe('pass');
    expect(wordsOf(check)).toContain('could not be read');
    expect(wordsOf(check)).toContain('succeeded on 24 Nov 2026, 09:00 UTC');
  });

  it('is manual, linking to the record from its token, when neither the table nor a login proves it', () => {
    const check = checkOf(
      evaluateReadiness(
        aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE, loginAttempts: allRows([]) }),
        anAuditRequest(),
      ),
      'integration.state',
    );

    expect(check.status).toBe('manual');
    expect(linksOf(check)[0]).toBe('/app/common/integration/integrapp.nl?id=12');
  });

  it('is manual when the state value is not recognised', () => {
    const snapshot = aSnapshot({
      integrations: allRows([anIntegration({ state: 'PENDING' })]),
      loginAttempts: allRows([]),
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state');

    expect(check.status).toBe('manual');
    expect(wordsOf(check)).toContain('"PENDING"');
  });

  it('reads a state given in mixed case', () => {
    const snapshot = aSnapshot({ integrations: allRows([anIntegration({ state: 'Blocked' })]) });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state')).toBe('fail');
  });

  it('reads the state NetSuite displays when the stored value is not a word it knows', () => {
    const snapshot = aSnapshot({
      integrations: allRows([anIntegration({ state: '2', stateName: 'Enabled' })]),
      loginAttempts: allRows([]),
    });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state')).toBe('pass');
  });

  it('lets the displayed state win over a stored flag', () => {
    const snapshot = aSnapshot({ integrations: allRows([anIntegration({ state: 'T', stateName: 'Blocked' })]) });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state')).toBe('fail');
  });

  it.each([
    ['T', 'pass'],
    ['F', 'fail'],
  ])('reads a stored %s as public code does when nothing is displayed', (state, status) => {
    const snapshot = aSnapshot({
      integrations: allRows([anIntegration({ state, stateName: null })]),
      loginAttempts: allRows([]),
    });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state')).toBe(status);
  });

  it('quotes both forms of a state it does not recognise', () => {
    const snapshot = aSnapshot({
      integrations: allRows([anIntegration({ state: '7', stateName: 'Pending Review' })]),
      loginAttempts: allRows([]),
    });

    expect(wordsOf(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state'))).toContain(
      '"Pending Review" (stored as "7")',
    );
  });

  it('fails when the table is unreadable and the latest login was refused as Blocked', () => {
    const snapshot = aSnapshot({
      integrations: INTEGRATION_TABLE_UNAVAILABLE,
      loginAttempts: allRows([
        aFailedLogin('consumer_key_refused', { at: '2026-11-26T09:00:00Z' }),
        aLoginAttempt({ at: '2026-11-20T09:00:00Z' }),
      ]),
    });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state')).toBe('fail');
  });

  it('prefers the record the tokens point at when two records share the name', () => {
    const snapshot = aSnapshot({
      integrations: allRows([
        anIntegration({ id: 30, name: 'actontba', state: 'BLOCKED', stateName: null }),
        anIntegration({ id: 12, state: 'ENABLED' }),
      ]),
      tokens: allRows([aToken({ applicationId: 30, applicationName: 'actontba' })]),
    });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state')).toBe('fail');
  });
});

describe('integration.authentication', () => {
  it('does not take failed logins as proof either way', () => {
    const snapshot = aSnapshot({
      loginAttempts: allRows([aFailedLogin('InvalidLoginAttempt'), aFailedLogin('InvalidSignature')]),
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.authentication');

    expect(check.status).toBe('manual');
    expect(wordsOf(check)).toContain('Token-Based Authentication and User Credentials');
  });

  it('ignores a success of another integration', () => {
    const snapshot = aSnapshot({
      loginAttempts: allRows([aLoginAttempt({ applicationName: 'SuiteCloud Development Integration' })]),
    });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.authentication')).toBe('manual');
  });
});

/** `count` tokens of ActOnTBA, as many distinct ones as a busy account's first page holds. */
function actOnTokens(count: number) {
  return Array.from({ length: count }, (_, index) => aToken({ id: 1000 + index, revoked: index > 0 }));
}

/** `count` Act-On logins, one an hour back from 27 Nov 2026, 11:00 UTC. */
function hourlyLogins(count: number, status: 'Success' | 'Failure') {
  const at = (index: number) => new Date(Date.UTC(2026, 10, 27, 11) - index * 3_600_000).toISOString();
  return Array.from({ length: count }, (_, index) =>
    status === 'Success' ? aLoginAttempt({ at: at(index) }) : aFailedLogin('InvalidSignature', { at: at(index) }),
  );
}

/** Fifty other integration records, as the first page of a list cut at its bound. */
const FIFTY_OTHER_RECORDS = Array.from({ length: 50 }, (_, index) =>
  anIntegration({ id: 100 + index, name: `Partner ${index + 1}` }),
);

describe('integration checks over lists cut at their bound', () => {
  it('counts the tokens of a cut token list as a lower bound', () => {
    const snapshot = aSnapshot({ tokens: firstRowsOfMore(actOnTokens(100)) });

    const words = wordsOf(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record'));

    expect(words).toContain('The application ActOnTBA has at least 100 access tokens.');
  });

  it('counts the logins of a cut Login Audit Trail as a lower bound', () => {
    const snapshot = aSnapshot({ loginAttempts: firstRowsOfMore(hourlyLogins(200, 'Success')) });

    const words = wordsOf(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record'));

    expect(words).toContain('The Login Audit Trail shows at least 200 token logins for ActOnTBA in the last 30 days.');
  });

  it('asks a person to look, instead of failing, when the name is not among the records read from a cut list', () => {
    const snapshot = aSnapshot({
      integrations: firstRowsOfMore(FIFTY_OTHER_RECORDS),
      tokens: allRows([]),
      loginAttempts: allRows([]),
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record');

    expect(check.status).toBe('manual');
    expect(wordsOf(check)).toContain(
      'Manage Integrations holds more than 50 integration records; none of the 50 read (lowest internal ids ' +
        'first) is named ActOnTBA (ignoring case and spaces).',
    );
  });

  it('still fails when the same records are the whole list', () => {
    const snapshot = aSnapshot({
      integrations: allRows(FIFTY_OTHER_RECORDS),
      tokens: allRows([]),
      loginAttempts: allRows([]),
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.record');

    expect(check.status).toBe('fail');
    expect(wordsOf(check)).toContain('None of the 50 integration records in Manage Integrations is named ActOnTBA');
  });

  it("says the record's state was not read when its tokens prove it but it lies beyond the records read", () => {
    const snapshot = aSnapshot({ integrations: firstRowsOfMore(FIFTY_OTHER_RECORDS), loginAttempts: allRows([]) });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.state');

    expect(check.status).toBe('manual');
    expect(wordsOf(check)).toContain(
      'not among the 50 integration records read (the account holds more), so its state was not read.',
    );
  });

  it('counts failed logins as a lower bound and says only the most recent were read when none of them succeeded', () => {
    const snapshot = aSnapshot({ loginAttempts: firstRowsOfMore(hourlyLogins(200, 'Failure')) });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.authentication');

    expect(check.status).toBe('manual');
    expect(wordsOf(check)).toContain(
      'no successful token login among the 200 most recent of the last 30 days (older ones were not read) proves them.',
    );
    expect(wordsOf(check)).toContain('Failed token logins (at least 200 in the last 30 days)');
  });

  it('keeps the exact failure count when the Login Audit Trail was read to its end', () => {
    const snapshot = aSnapshot({ loginAttempts: allRows(hourlyLogins(3, 'Failure')) });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'integration.authentication');

    expect(wordsOf(check)).toContain('no successful token login in the last 30 days proves them.');
    expect(wordsOf(check)).toContain('Failed token logins (3 in the last 30 days)');
  });
});
