/**
 * The integration record check's findings, summary and fix per account situation: which source
 * proves the record, where a missing one was looked for, what a sandbox refresh copies, what the
 * account's release allows, and the record whose state the state check reads.
 */
import type {
  AccountSnapshot,
  BoundedList,
  IntegrationRecordFact,
  Probe,
  TokenApplicationFact,
} from '../../../src/core/snapshot';
import { findingIds, integrationOutcomes } from '../../fixtures/integrationOutcomes';
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

const ACTON_INTEGRATION_RECORD: IntegrationRecordFact = {
  id: 15,
  name: 'Act-On Integration',
  state: 'ENABLED',
  stateName: null,
};
const NEAR_RECORD = { kind: 'integration', id: 15, name: 'Act-On Integration' } as const;

/** What the record check says when the whole list lacks the name and no token or login shows it. */
const LOOKED_EVERYWHERE = [
  { id: 'recordListLacksName', data: { name: 'ActOnTBA', recordsRead: 1, complete: true } },
  { id: 'noToken', data: { name: 'ActOnTBA' } },
  { id: 'noLogin', data: { name: 'ActOnTBA' } },
];
const TBA_CLOSED = { id: 'tbaClosed', data: { version: '2027.1', closingRelease: '2027.1' } };

/** No ActOnTBA record, token or login anywhere; the given facts replaced. */
function withoutActOn(overrides: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return aSnapshot({
    integrations: allRows([SUITECLOUD_INTEGRATION]),
    tokens: allRows([]),
    loginAttempts: allRows([]),
    ...overrides,
  });
}

function onRelease(version: string, accountId = '1234567', envType = 'PRODUCTION'): Pick<AccountSnapshot, 'account'> {
  return { account: { accountId, envType, version } };
}

function recordCheck(snapshot: AccountSnapshot, integrationName = 'ActOnTBA') {
  return integrationOutcomes(snapshot, integrationName)['integration.record'];
}

function stateCheck(snapshot: AccountSnapshot) {
  return integrationOutcomes(snapshot)['integration.state'];
}

/** Other products' applications seen on tokens, `count` of them with one token each. */
function otherProducts(count: number): TokenApplicationFact[] {
  return Array.from({ length: count }, (_, index) => ({
    applicationId: 200 + index,
    applicationName: `Partner ${index + 1}`,
    tokenCount: 1,
  }));
}

function tokenApplications(rows: readonly TokenApplicationFact[]): Probe<BoundedList<TokenApplicationFact>> {
  return allRows(rows);
}

describe('integration.record when a source proves the record', () => {
  it("names the token application's exact token count when only the list of applications shows the integration", () => {
    const snapshot = aSnapshot({
      integrations: INTEGRATION_TABLE_UNAVAILABLE,
      tokens: allRows([]),
      loginAttempts: allRows([]),
      tokenApplications: tokenApplications([{ applicationId: 12, applicationName: 'ActOnTBA', tokenCount: 2 }]),
    });

    const check = recordCheck(snapshot);

    expect(check.status).toBe('pass');
    expect(check.findings[0]).toEqual({ id: 'application', data: { application: 'ActOnTBA', id: 12, tokens: 2 } });
  });

  it('names the login application as the Login Audit Trail spells it, not as the audit was asked', () => {
    const snapshot = aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE, tokens: allRows([]) });

    expect(recordCheck(snapshot, 'acton tba').findings[0]).toEqual({
      id: 'logins',
      data: { application: 'ActOnTBA', count: 1, complete: true },
    });
  });

  it('names the requested integration for a login NetSuite wrote without an application but with its token', () => {
    const snapshot = aSnapshot({
      integrations: INTEGRATION_TABLE_UNAVAILABLE,
      loginAttempts: allRows([aLoginAttempt({ applicationName: null })]),
    });

    expect(recordCheck(snapshot, 'acton tba').findings).toContainEqual({
      id: 'logins',
      data: { application: 'acton tba', count: 1, complete: true },
    });
  });

  it('gives no keep-this-record advice when the release cannot be read, only the proof', () => {
    const check = recordCheck(aSnapshot(onRelease('unknown')));

    expect(check.status).toBe('pass');
    expect(findingIds(check)).toEqual(['listed', 'tokens', 'logins']);
  });

  it('on 2026.2 says to keep the record, for from 2027.1 it could not be made again', () => {
    expect(recordCheck(aSnapshot()).findings).toContainEqual({
      id: 'keepBeforeClosing',
      data: { closingRelease: '2027.1' },
    });
  });

  it('on 2027.1 says to keep the record, for on this release it could not be made again', () => {
    expect(recordCheck(aSnapshot(onRelease('2027.1'))).findings).toContainEqual({
      id: 'keepOnClosed',
      data: { version: '2027.1' },
    });
  });
});

describe('integration.record when the whole record list lacks the name on 2026.2', () => {
  it('fails, saying where the name was looked for, with no suggestion when nothing is near', () => {
    const check = recordCheck(withoutActOn());

    expect(check.status).toBe('fail');
    expect(check.findings).toEqual(LOOKED_EVERYWHERE);
  });

  it('sums the absence up naming the record, without near names when nothing is near', () => {
    expect(recordCheck(withoutActOn())).toMatchObject({
      summary: { id: 'absent', data: { name: 'ActOnTBA', nearNames: [] } },
    });
  });

  it('chooses the creation fix, to be done before 2027.1, linking to no record', () => {
    expect(recordCheck(withoutActOn())).toMatchObject({
      fix: { id: 'default', data: { name: 'ActOnTBA', nearNames: [], closingRelease: '2027.1' }, records: [] },
    });
  });

  it('says the account lists no integration records at all when the list is empty', () => {
    expect(recordCheck(withoutActOn({ integrations: allRows([]) })).findings[0]).toEqual({
      id: 'recordListLacksName',
      data: { name: 'ActOnTBA', recordsRead: 0, complete: true },
    });
  });

  it('counts the other records when two are listed', () => {
    const snapshot = withoutActOn({
      integrations: allRows([SUITECLOUD_INTEGRATION, anIntegration({ id: 40, name: 'Partner Sync' })]),
    });

    expect(recordCheck(snapshot).findings[0]).toEqual({
      id: 'recordListLacksName',
      data: { name: 'ActOnTBA', recordsRead: 2, complete: true },
    });
  });
});

describe('integration.record when only a near name exists', () => {
  /** The record was created as "Act-On Integration"; only Manage Integrations lists it. */
  const nearRecordOnly = () =>
    withoutActOn({ integrations: allRows([ACTON_INTEGRATION_RECORD, SUITECLOUD_INTEGRATION]) });

  it('suggests the near name read from the record list alone', () => {
    expect(recordCheck(nearRecordOnly()).findings).toEqual([
      { id: 'recordListLacksName', data: { name: 'ActOnTBA', recordsRead: 2, complete: true } },
      { id: 'noToken', data: { name: 'ActOnTBA' } },
      { id: 'noLogin', data: { name: 'ActOnTBA' } },
      { id: 'nearNames', data: { names: ['Act-On Integration'] } },
    ]);
  });

  it('asks the question in the summary', () => {
    expect(recordCheck(nearRecordOnly())).toMatchObject({
      summary: { id: 'absent', data: { name: 'ActOnTBA', nearNames: ['Act-On Integration'] } },
    });
  });

  it("offers the near name in the creation fix and links to the near record's own page", () => {
    expect(recordCheck(nearRecordOnly())).toMatchObject({
      fix: { id: 'default', data: { nearNames: ['Act-On Integration'] }, records: [NEAR_RECORD] },
    });
  });

  it("links to the near application's record, not to another record listed before it", () => {
    const snapshot = withoutActOn({
      tokenApplications: tokenApplications([
        { applicationId: 15, applicationName: 'Act-On Integration', tokenCount: 1 },
      ]),
    });

    expect(recordCheck(snapshot)).toMatchObject({ fix: { records: [NEAR_RECORD] } });
  });

  it('gives no record link for a near name seen only in the Login Audit Trail, which carries no id', () => {
    const snapshot = withoutActOn({
      loginAttempts: allRows([aFailedLogin('InvalidSignature', { applicationName: 'ActOn TBA Prod' })]),
    });

    const check = recordCheck(snapshot);

    expect(check.findings).toContainEqual({ id: 'nearNames', data: { names: ['ActOn TBA Prod'] } });
    expect(check).toMatchObject({ fix: { records: [] } });
  });
});

describe('integration.record when a login names no application', () => {
  it('suggests no name from a refused login NetSuite wrote without an application', () => {
    const refusedUnknownKey = aFailedLogin('consumer_key_unknown', {
      applicationName: null,
      tokenName: null,
      userId: null,
      userName: null,
      roleId: null,
      roleName: null,
    });

    const check = recordCheck(withoutActOn({ loginAttempts: allRows([refusedUnknownKey]) }));

    expect(check.status).toBe('fail');
    expect(check.findings).toEqual(LOOKED_EVERYWHERE);
  });
});

describe('integration.record in an account copied from production', () => {
  it('in a sandbox, says what a refresh copies, so the missing record is not blamed on it', () => {
    const check = recordCheck(withoutActOn(onRelease('2026.2', '1234567_SB1', 'SANDBOX')));

    expect(check.findings).toEqual([...LOOKED_EVERYWHERE, { id: 'refreshNote', data: { environment: 'sandbox' } }]);
  });

  it('in a Release Preview account, says the same of its refresh', () => {
    const check = recordCheck(withoutActOn(onRelease('2026.2', '1234567_RP', 'BETA')));

    expect(check.findings[3]).toEqual({ id: 'refreshNote', data: { environment: 'release-preview' } });
  });

  it('in production, says nothing of a refresh', () => {
    expect(findingIds(recordCheck(withoutActOn()))).not.toContain('refreshNote');
  });
});

describe('integration.record when the release cannot be read', () => {
  it('fails on a whole list lacking the name without asking to create it before a release', () => {
    const check = recordCheck(withoutActOn(onRelease('unknown')));

    expect(check).toMatchObject({ status: 'fail', fix: { id: 'default', data: { closingRelease: null } } });
  });

  it('asks to look for the record, else to create it, when the list was cut', () => {
    const check = recordCheck(
      withoutActOn({ ...onRelease('unknown'), integrations: firstRowsOfMore([SUITECLOUD_INTEGRATION]) }),
    );

    expect(check).toMatchObject({
      status: 'manual',
      fix: { id: 'lookForRecord', data: { closingRelease: null, closedOn: null } },
    });
  });
});

describe('integration.record from 2027.1, when the whole record list lacks the name', () => {
  it('fails, saying where the name was looked for and why no new TBA record can be made', () => {
    const check = recordCheck(withoutActOn({ ...onRelease('2027.1'), tokenApplications: null }));

    expect(check.status).toBe('fail');
    expect(check.findings).toEqual([...LOOKED_EVERYWHERE, TBA_CLOSED]);
  });

  it('chooses to ask Act-On support instead of creating a TBA record, and sums up the absence', () => {
    const check = recordCheck(withoutActOn({ ...onRelease('2027.1'), tokenApplications: null }));

    expect(check).toMatchObject({
      fix: { id: 'askActOn', data: { name: 'ActOnTBA', nearNames: [], version: '2027.1' }, records: [] },
      summary: { id: 'absent', data: { name: 'ActOnTBA', nearNames: [] } },
    });
  });

  it('names no other product when the list of applications was read and shows none', () => {
    const check = recordCheck(withoutActOn({ ...onRelease('2027.1'), tokenApplications: tokenApplications([]) }));

    expect(check.findings).toEqual([...LOOKED_EVERYWHERE, TBA_CLOSED]);
  });

  it('names no other product when the list of applications cannot be read', () => {
    const snapshot = withoutActOn({
      ...onRelease('2027.1'),
      tokenApplications: unreadable('Permission Violation: you need the Access Tokens permission'),
    });

    expect(recordCheck(snapshot).findings).toEqual([...LOOKED_EVERYWHERE, TBA_CLOSED]);
  });

  it("names the other products that use TBA, with their token counts, as not Act-On's", () => {
    const snapshot = withoutActOn({
      ...onRelease('2027.1'),
      tokenApplications: tokenApplications([
        { applicationId: 4, applicationName: 'SuiteCloud Development Integration', tokenCount: 1 },
        { applicationId: 31, applicationName: 'Celigo integrator.io', tokenCount: 3 },
      ]),
    });

    expect(recordCheck(snapshot).findings[4]).toEqual({
      id: 'otherTbaIntegrations',
      data: {
        applications: [
          { name: 'SuiteCloud Development Integration', tokens: 1 },
          { name: 'Celigo integrator.io', tokens: 3 },
        ],
        more: 0,
      },
    });
  });

  it('leaves out an application whose tokens are all gone, and an application of the requested name without tokens', () => {
    const snapshot = withoutActOn({
      ...onRelease('2027.1'),
      tokenApplications: tokenApplications([
        { applicationId: 31, applicationName: 'Celigo integrator.io', tokenCount: 3 },
        { applicationId: 32, applicationName: 'Old Partner', tokenCount: 0 },
        { applicationId: 12, applicationName: 'ActOnTBA', tokenCount: 0 },
      ]),
    });

    expect(recordCheck(snapshot).findings[4]).toEqual({
      id: 'otherTbaIntegrations',
      data: { applications: [{ name: 'Celigo integrator.io', tokens: 3 }], more: 0 },
    });
  });

  it('names exactly ten other products without a remainder', () => {
    const snapshot = withoutActOn({ ...onRelease('2027.1'), tokenApplications: tokenApplications(otherProducts(10)) });

    expect(recordCheck(snapshot).findings[4]?.data).toMatchObject({
      applications: otherProducts(10).map((product) => ({ name: product.applicationName, tokens: 1 })),
      more: 0,
    });
  });

  it('names the first ten of twelve other products and counts the two more', () => {
    const snapshot = withoutActOn({ ...onRelease('2027.1'), tokenApplications: tokenApplications(otherProducts(12)) });

    expect(recordCheck(snapshot).findings[4]?.data).toMatchObject({
      applications: otherProducts(10).map((product) => ({ name: product.applicationName, tokens: 1 })),
      more: 2,
    });
  });
});

describe('integration.record when the record list was cut at its bound', () => {
  it('on 2026.2, asks to look for the record, else to create it before 2027.1, as a manual check', () => {
    const check = recordCheck(withoutActOn({ integrations: firstRowsOfMore([SUITECLOUD_INTEGRATION]) }));

    expect(check).toMatchObject({
      status: 'manual',
      fix: { id: 'lookForRecord', data: { name: 'ActOnTBA', nearNames: [], closingRelease: '2027.1', closedOn: null } },
      summary: { id: 'unestablished', data: { name: 'ActOnTBA' } },
    });
  });

  it('on 2026.2 with a near name, offers it in the look and links to the near record', () => {
    const check = recordCheck(withoutActOn({ integrations: firstRowsOfMore([ACTON_INTEGRATION_RECORD]) }));

    expect(check).toMatchObject({
      fix: { id: 'lookForRecord', data: { nearNames: ['Act-On Integration'] }, records: [NEAR_RECORD] },
    });
  });

  it('on 2027.1, asks to look for the record, else to turn to Act-On', () => {
    const check = recordCheck(
      withoutActOn({ ...onRelease('2027.1'), integrations: firstRowsOfMore([SUITECLOUD_INTEGRATION]) }),
    );

    expect(check).toMatchObject({
      status: 'manual',
      fix: { id: 'lookForRecord', data: { closingRelease: null, closedOn: '2027.1' } },
    });
  });
});

describe('integration.record when sources cannot be read', () => {
  const TOKENS_REASON = 'Permission Violation: you need the Access Tokens permission';
  const LOGINS_REASON = 'Permission Violation: you need the Login Audit Trail permission';
  const TOKENS_REFUSED = unreadable(TOKENS_REASON);
  const LOGINS_REFUSED = unreadable(LOGINS_REASON, 'SSS_X');

  it('is unknown when the record list, the tokens and the Login Audit Trail all cannot be read, quoting each reason', () => {
    const check = recordCheck(
      withoutActOn({
        integrations: INTEGRATION_TABLE_UNAVAILABLE,
        tokens: TOKENS_REFUSED,
        loginAttempts: LOGINS_REFUSED,
      }),
    );

    expect(check.status).toBe('unknown');
    expect(check.findings).toEqual([
      {
        id: 'unreadable',
        data: {
          source: 'integrationRecords',
          reason: "Search error: table 'integration' is not available",
          code: 'INVALID_SEARCH_TYPE',
        },
      },
      { id: 'unreadable', data: { source: 'accessTokens', reason: TOKENS_REASON, code: null } },
      { id: 'unreadable', data: { source: 'loginAuditTrail', reason: LOGINS_REASON, code: 'SSS_X' } },
    ]);
  });

  it('chooses to find out, naming each source that could not be read and its code, never the creation fix', () => {
    const check = recordCheck(
      withoutActOn({
        integrations: INTEGRATION_TABLE_UNAVAILABLE,
        tokens: TOKENS_REFUSED,
        loginAttempts: LOGINS_REFUSED,
      }),
    );

    expect(check).toMatchObject({
      fix: {
        id: 'findOut',
        data: {
          name: 'ActOnTBA',
          unread: [
            { source: 'integration', code: 'INVALID_SEARCH_TYPE' },
            { source: 'tokens', code: null },
            { source: 'logins', code: 'SSS_X' },
          ],
        },
      },
      summary: { id: 'unestablished', data: { name: 'ActOnTBA' } },
    });
  });

  it('chooses to find out what was not read when the record list was cut and neither tokens nor logins can be read', () => {
    const check = recordCheck(
      withoutActOn({
        integrations: firstRowsOfMore([SUITECLOUD_INTEGRATION]),
        tokens: TOKENS_REFUSED,
        loginAttempts: LOGINS_REFUSED,
      }),
    );

    expect(check).toMatchObject({
      status: 'unknown',
      fix: { id: 'findOut', data: { unread: [{ source: 'tokens' }, { source: 'logins' }] } },
    });
  });

  it('asks a person to look when only the tokens, besides the record list, cannot be read', () => {
    const check = recordCheck(withoutActOn({ integrations: INTEGRATION_TABLE_UNAVAILABLE, tokens: TOKENS_REFUSED }));

    expect(check).toMatchObject({ status: 'manual', fix: { id: 'lookForRecord' } });
  });

  it('asks a person to look when only the Login Audit Trail, besides the record list, cannot be read', () => {
    const check = recordCheck(
      withoutActOn({ integrations: INTEGRATION_TABLE_UNAVAILABLE, loginAttempts: LOGINS_REFUSED }),
    );

    expect(check).toMatchObject({ status: 'manual', fix: { id: 'lookForRecord' } });
  });
});

describe('integration.state reads the record that decides', () => {
  it('reads the record the tokens point at even when another record of the name is listed first', () => {
    const snapshot = aSnapshot({
      integrations: allRows([
        anIntegration({ id: 12, state: 'ENABLED' }),
        anIntegration({ id: 30, name: 'actontba', state: 'BLOCKED' }),
      ]),
      tokens: allRows([aToken({ applicationId: 30, applicationName: 'actontba' })]),
    });

    expect(stateCheck(snapshot).status).toBe('fail');
  });

  it('without tokens, reads the Enabled one of two records of the name, whichever comes first', () => {
    const snapshot = aSnapshot({
      integrations: allRows([
        anIntegration({ id: 30, name: 'actontba', state: 'BLOCKED' }),
        anIntegration({ id: 12, state: 'ENABLED' }),
      ]),
      tokens: allRows([]),
    });

    expect(stateCheck(snapshot)).toEqual({
      status: 'pass',
      findings: [{ id: 'enabled', data: { name: 'ActOnTBA', id: 12 } }],
    });
  });

  it('reads a displayed state with spaces around it', () => {
    const snapshot = aSnapshot({
      integrations: allRows([anIntegration({ state: '1', stateName: ' Enabled ' })]),
      loginAttempts: allRows([]),
    });

    expect(stateCheck(snapshot).status).toBe('pass');
  });
});

describe('integration.state quotes a state it does not recognise', () => {
  function stateFindingFor(state: string | null, stateName: string | null) {
    const snapshot = aSnapshot({
      integrations: allRows([anIntegration({ state, stateName })]),
      loginAttempts: allRows([]),
    });
    return stateCheck(snapshot).findings[0];
  }

  it('says NetSuite gave no state when the record has none', () => {
    expect(stateFindingFor(null, null)).toEqual({ id: 'noState', data: { name: 'ActOnTBA', id: 12 } });
  });

  it('quotes a displayed state alone when nothing is stored', () => {
    expect(stateFindingFor(null, 'Pending')).toEqual({
      id: 'unrecognisedState',
      data: { name: 'ActOnTBA', id: 12, shown: 'Pending', stored: null },
    });
  });

  it('quotes a stored state alone when nothing is displayed', () => {
    expect(stateFindingFor('7', null)?.data).toMatchObject({ shown: '7', stored: null });
  });

  it('quotes a state once when the displayed and stored forms are the same', () => {
    expect(stateFindingFor('Pending', 'Pending')?.data).toMatchObject({ shown: 'Pending', stored: null });
  });
});

describe('integration.state from the Login Audit Trail when the record list cannot be read', () => {
  it('passes on an older success when the latest login failed for another reason than a Blocked integration', () => {
    const snapshot = aSnapshot({
      integrations: INTEGRATION_TABLE_UNAVAILABLE,
      loginAttempts: allRows([
        aFailedLogin('InvalidSignature', { at: '2026-11-26T09:00:00Z' }),
        aLoginAttempt({ at: '2026-11-20T09:00:00Z' }),
      ]),
    });

    expect(stateCheck(snapshot).status).toBe('pass');
  });
});
