import type { RuleOutcome } from '../../../src/core/rules/outcomes';
import {
  aFailedLogin,
  allRows,
  aLoginAttempt,
  anIntegration,
  aSnapshot,
  aToken,
  firstRowsOfMore,
  INTEGRATION_TABLE_UNAVAILABLE,
  SUITECLOUD_INTEGRATION,
  unreadable,
} from '../../fixtures/snapshotBuilder';
import { findingIds, integrationOutcomes } from '../../fixtures/integrationOutcomes';

const recordOf = (...args: Parameters<typeof integrationOutcomes>) =>
  integrationOutcomes(...args)['integration.record'];
const stateOf = (...args: Parameters<typeof integrationOutcomes>) => integrationOutcomes(...args)['integration.state'];
const authenticationOf = (...args: Parameters<typeof integrationOutcomes>) =>
  integrationOutcomes(...args)['integration.authentication'];

function findingOf(outcome: RuleOutcome, id: string) {
  return outcome.findings.find((finding) => finding.id === id)?.data;
}

describe('integration.record', () => {
  it('matches the requested name ignoring case and spaces', () => {
    expect(recordOf(aSnapshot(), 'acton tba').status).toBe('pass');
  });

  it('names every source that proves the record', () => {
    expect(recordOf(aSnapshot()).findings).toEqual([
      { id: 'listed', data: { name: 'ActOnTBA', id: 12 } },
      { id: 'tokens', data: { application: 'ActOnTBA', count: 1, complete: true } },
      { id: 'logins', data: { application: 'ActOnTBA', count: 1, complete: true } },
      { id: 'keepBeforeClosing', data: { closingRelease: '2027.1' } },
    ]);
  });

  it('passes on a token alone when the integration table cannot be read', () => {
    const outcome = recordOf(aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE, loginAttempts: allRows([]) }));

    expect(outcome.status).toBe('pass');
    expect(findingIds(outcome)).toEqual(['tokens', 'keepBeforeClosing']);
  });

  it('passes on a login alone when tokens and the table cannot be read', () => {
    const snapshot = aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE, tokens: unreadable('no permission') });

    expect(recordOf(snapshot).status).toBe('pass');
  });

  it('passes on an application name read from all tokens', () => {
    const snapshot = aSnapshot({
      integrations: INTEGRATION_TABLE_UNAVAILABLE,
      tokens: allRows([]),
      loginAttempts: allRows([]),
      tokenApplications: allRows([{ applicationId: 12, applicationName: 'ActOnTBA', tokenCount: 2 }]),
    });

    const outcome = recordOf(snapshot);

    expect(outcome.status).toBe('pass');
    expect(findingOf(outcome, 'application')).toEqual({ application: 'ActOnTBA', id: 12, tokens: 2 });
  });

  it('suggests a near name seen only in the Login Audit Trail', () => {
    const snapshot = aSnapshot({
      integrations: allRows([SUITECLOUD_INTEGRATION]),
      tokens: allRows([]),
      loginAttempts: allRows([aLoginAttempt({ applicationName: 'ActOn TBA Prod' })]),
    });

    const outcome = recordOf(snapshot, 'Act-On Sync');

    expect(outcome.status).toBe('fail');
    expect(findingOf(outcome, 'nearNames')).toEqual({ names: ['ActOn TBA Prod'] });
  });

  it('fails without suggestion when nothing like the name exists', () => {
    const snapshot = aSnapshot({
      integrations: allRows([SUITECLOUD_INTEGRATION]),
      tokens: allRows([]),
      loginAttempts: allRows([]),
    });

    const outcome = recordOf(snapshot);

    expect(outcome.status).toBe('fail');
    expect(findingIds(outcome)).not.toContain('nearNames');
  });

  it('asks the person to look when the table is unreadable but a near name exists on tokens', () => {
    const snapshot = aSnapshot({
      integrations: INTEGRATION_TABLE_UNAVAILABLE,
      tokens: allRows([]),
      loginAttempts: allRows([]),
      tokenApplications: allRows([{ applicationId: 15, applicationName: 'Act-On Integration', tokenCount: 1 }]),
    });

    const outcome = recordOf(snapshot);

    expect(outcome).toMatchObject({
      status: 'manual',
      fix: { id: 'lookForRecord', records: [{ kind: 'integration', id: 15, name: 'Act-On Integration' }] },
    });
    expect(findingOf(outcome, 'nearNames')).toEqual({ names: ['Act-On Integration'] });
  });
});

describe('integration.state', () => {
  it('proves Enabled by a successful login when the table cannot be read', () => {
    const outcome = stateOf(aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE }));

    expect(outcome.status).toBe('pass');
    expect(findingIds(outcome)).toEqual(['unreadable', 'provenByLogin']);
    expect(findingOf(outcome, 'provenByLogin')).toEqual({
      token: 'ActOnTBA Ada Admin Administrator',
      at: '2026-11-24T09:00:00Z',
    });
  });

  it('is manual, linking to the record from its token, when neither the table nor a login proves it', () => {
    const outcome = stateOf(aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE, loginAttempts: allRows([]) }));

    expect(outcome).toMatchObject({
      status: 'manual',
      fix: { id: 'lookAtState', records: [{ kind: 'integration', id: 12, name: 'ActOnTBA' }] },
    });
  });

  it('is manual when the state value is not recognised', () => {
    const outcome = stateOf(
      aSnapshot({ integrations: allRows([anIntegration({ state: 'PENDING' })]), loginAttempts: allRows([]) }),
    );

    expect(outcome.status).toBe('manual');
    expect(findingOf(outcome, 'unrecognisedState')).toEqual({
      name: 'ActOnTBA',
      id: 12,
      shown: 'PENDING',
      stored: null,
    });
  });

  it('reads a state given in mixed case', () => {
    expect(stateOf(aSnapshot({ integrations: allRows([anIntegration({ state: 'Blocked' })]) })).status).toBe('fail');
  });

  it('reads the state NetSuite displays when the stored value is not a word it knows', () => {
    const snapshot = aSnapshot({
      integrations: allRows([anIntegration({ state: '2', stateName: 'Enabled' })]),
      loginAttempts: allRows([]),
    });

    expect(stateOf(snapshot).status).toBe('pass');
  });

  it('lets the displayed state win over a stored flag', () => {
    const snapshot = aSnapshot({ integrations: allRows([anIntegration({ state: 'T', stateName: 'Blocked' })]) });

    expect(stateOf(snapshot).status).toBe('fail');
  });

  it.each([
    ['T', 'pass'],
    ['F', 'fail'],
  ])('reads a stored %s as public code does when nothing is displayed', (state, status) => {
    const snapshot = aSnapshot({
      integrations: allRows([anIntegration({ state, stateName: null })]),
      loginAttempts: allRows([]),
    });

    expect(stateOf(snapshot).status).toBe(status);
  });

  it('quotes both forms of a state it does not recognise', () => {
    const snapshot = aSnapshot({
      integrations: allRows([anIntegration({ state: '7', stateName: 'Pending Review' })]),
      loginAttempts: allRows([]),
    });

    expect(findingOf(stateOf(snapshot), 'unrecognisedState')).toEqual({
      name: 'ActOnTBA',
      id: 12,
      shown: 'Pending Review',
      stored: '7',
    });
  });

  it('fails when the table is unreadable and the latest login was refused as Blocked', () => {
    const snapshot = aSnapshot({
      integrations: INTEGRATION_TABLE_UNAVAILABLE,
      loginAttempts: allRows([
        aFailedLogin('consumer_key_refused', { at: '2026-11-26T09:00:00Z' }),
        aLoginAttempt({ at: '2026-11-20T09:00:00Z' }),
      ]),
    });

    expect(stateOf(snapshot).status).toBe('fail');
  });

  it('prefers the record the tokens point at when two records share the name', () => {
    const snapshot = aSnapshot({
      integrations: allRows([
        anIntegration({ id: 30, name: 'actontba', state: 'BLOCKED', stateName: null }),
        anIntegration({ id: 12, state: 'ENABLED' }),
      ]),
      tokens: allRows([aToken({ applicationId: 30, applicationName: 'actontba' })]),
    });

    expect(stateOf(snapshot).status).toBe('fail');
  });
});

describe('integration.authentication', () => {
  it('does not take failed logins as proof either way', () => {
    const snapshot = aSnapshot({
      loginAttempts: allRows([aFailedLogin('InvalidLoginAttempt'), aFailedLogin('InvalidSignature')]),
    });

    const outcome = authenticationOf(snapshot);

    expect(outcome).toMatchObject({ status: 'manual', fix: { id: 'confirmBoxes' } });
    expect(findingIds(outcome)).toEqual(['boxesUnproven', 'failedLogins']);
  });

  it('ignores a success of another integration', () => {
    const snapshot = aSnapshot({
      loginAttempts: allRows([aLoginAttempt({ applicationName: 'SuiteCloud Development Integration' })]),
    });

    expect(authenticationOf(snapshot).status).toBe('manual');
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
    const outcome = recordOf(aSnapshot({ tokens: firstRowsOfMore(actOnTokens(100)) }));

    expect(findingOf(outcome, 'tokens')).toEqual({ application: 'ActOnTBA', count: 100, complete: false });
  });

  it('counts the logins of a cut Login Audit Trail as a lower bound', () => {
    const outcome = recordOf(aSnapshot({ loginAttempts: firstRowsOfMore(hourlyLogins(200, 'Success')) }));

    expect(findingOf(outcome, 'logins')).toEqual({ application: 'ActOnTBA', count: 200, complete: false });
  });

  it('asks a person to look, instead of failing, when the name is not among the records read from a cut list', () => {
    const outcome = recordOf(
      aSnapshot({
        integrations: firstRowsOfMore(FIFTY_OTHER_RECORDS),
        tokens: allRows([]),
        loginAttempts: allRows([]),
      }),
    );

    expect(outcome.status).toBe('manual');
    expect(findingOf(outcome, 'recordListLacksName')).toEqual({ name: 'ActOnTBA', recordsRead: 50, complete: false });
  });

  it('still fails when the same records are the whole list', () => {
    const outcome = recordOf(
      aSnapshot({ integrations: allRows(FIFTY_OTHER_RECORDS), tokens: allRows([]), loginAttempts: allRows([]) }),
    );

    expect(outcome.status).toBe('fail');
    expect(findingOf(outcome, 'recordListLacksName')).toEqual({ name: 'ActOnTBA', recordsRead: 50, complete: true });
  });

  it("says the record's state was not read when its tokens prove it but it lies beyond the records read", () => {
    const outcome = stateOf(
      aSnapshot({ integrations: firstRowsOfMore(FIFTY_OTHER_RECORDS), loginAttempts: allRows([]) }),
    );

    expect(outcome.status).toBe('manual');
    expect(outcome.findings[0]).toEqual({ id: 'beyondRecordsRead', data: { recordsRead: 50 } });
  });

  it('counts failed logins as a lower bound and says only the most recent were read when none of them succeeded', () => {
    const outcome = authenticationOf(aSnapshot({ loginAttempts: firstRowsOfMore(hourlyLogins(200, 'Failure')) }));

    expect(outcome.status).toBe('manual');
    expect(outcome.findings).toEqual([
      { id: 'boxesUnproven', data: { loginsRead: 200, complete: false } },
      { id: 'failedLogins', data: { count: 200, complete: false } },
    ]);
  });

  it('keeps the exact failure count when the Login Audit Trail was read to its end', () => {
    const outcome = authenticationOf(aSnapshot({ loginAttempts: allRows(hourlyLogins(3, 'Failure')) }));

    expect(outcome.findings).toEqual([
      { id: 'boxesUnproven', data: { loginsRead: 3, complete: true } },
      { id: 'failedLogins', data: { count: 3, complete: true } },
    ]);
  });
});
