/**
 * The integration's state and its Token-Based Authentication box per account situation: what
 * proves them (the record's state, a refused or a successful token login), what a missing or
 * unestablished record makes of them, and which record their fix links to.
 */
import type { RecordRef } from '../../../src/core/checks/define';
import type { AccountSnapshot } from '../../../src/core/snapshot';
import { integrationOutcomes } from '../../fixtures/integrationOutcomes';
import { auditTablesUnreadable } from '../../fixtures/situations/auditTablesUnreadable';
import { connectedNotYet } from '../../fixtures/situations/connectedNotYet';
import { integrationBlocked } from '../../fixtures/situations/integrationBlocked';
import { integrationMissing } from '../../fixtures/situations/integrationMissing';
import { integrationTableUnreadable } from '../../fixtures/situations/integrationTableUnreadable';
import {
  aFailedLogin,
  allRows,
  aLoginAttempt,
  anIntegration,
  aSnapshot,
  INTEGRATION_TABLE_UNAVAILABLE,
  unreadable,
} from '../../fixtures/snapshotBuilder';

const STATE_UNREADABLE = {
  id: 'unreadable',
  data: {
    source: 'integrationState',
    reason: "Search error: table 'integration' is not available",
    code: 'INVALID_SEARCH_TYPE',
  },
};
const ACTON_TBA_RECORD: RecordRef = { kind: 'integration', id: 12, name: 'ActOnTBA' };
const ADA_TOKEN_SUCCESS = { token: 'ActOnTBA Ada Admin Administrator', at: '2026-11-24T09:00:00Z' };
const NAMED = { name: 'ActOnTBA' };

function onRelease(snapshot: AccountSnapshot, version: string): AccountSnapshot {
  return { ...snapshot, account: { ...snapshot.account, version } };
}

function stateOf(snapshot: AccountSnapshot) {
  return integrationOutcomes(snapshot)['integration.state'];
}

function authenticationOf(snapshot: AccountSnapshot) {
  return integrationOutcomes(snapshot)['integration.authentication'];
}

/** Tokens and a login name ActOnTBA, but the integration table, read to its end, lists only another record. */
const recordListWithoutTheTokensRecord = aSnapshot({
  integrations: allRows([{ id: 4, name: 'SuiteCloud Development Integration', state: 'ENABLED', stateName: null }]),
});

/** The integration table cannot be read, no token exists, and the only login was refused with consumer_key_refused. */
const refusedLoginWithoutTableOrToken = aSnapshot({
  integrations: INTEGRATION_TABLE_UNAVAILABLE,
  tokens: allRows([]),
  loginAttempts: allRows([aFailedLogin('consumer_key_refused', { at: '2026-11-26T09:00:00Z' })]),
});

/** The integration table cannot be read; ActOnTBA's token exists and its latest login was refused with consumer_key_refused. */
const refusedLoginWithToken = aSnapshot({
  integrations: INTEGRATION_TABLE_UNAVAILABLE,
  loginAttempts: allRows([
    aFailedLogin('consumer_key_refused', { at: '2026-11-26T09:00:00Z' }),
    aLoginAttempt({ at: '2026-11-20T09:00:00Z' }),
  ]),
});

/** Two records carry the name (ignoring case and spaces), no token or login points at either, and the first is Blocked. */
const twoRecordsFirstBlocked = aSnapshot({
  integrations: allRows([
    anIntegration({ id: 30, name: 'acton tba', state: 'BLOCKED' }),
    anIntegration({ id: 12, state: 'PENDING' }),
  ]),
  tokens: allRows([]),
  loginAttempts: allRows([]),
});

describe('a successful token login as evidence', () => {
  it('names the token the login used and when', () => {
    expect(authenticationOf(aSnapshot())).toEqual({
      status: 'pass',
      findings: [{ id: 'provenByLogin', data: ADA_TOKEN_SUCCESS }],
    });
  });

  it('names no token when the Login Audit Trail gave none', () => {
    const snapshot = aSnapshot({ loginAttempts: allRows([aLoginAttempt({ tokenName: null })]) });

    expect(authenticationOf(snapshot).findings).toEqual([
      { id: 'provenByLogin', data: { token: null, at: '2026-11-24T09:00:00Z' } },
    ]);
  });
});

describe('integration.state when the record is missing or not established', () => {
  it('fails on 2026.2 when the record is missing, leaving what to do to the record check', () => {
    expect(stateOf(integrationMissing.snapshot)).toEqual({
      status: 'fail',
      findings: [{ id: 'recordMissing', data: NAMED }],
      fix: { id: 'followsRecord', data: {}, records: [] },
      summary: { id: 'noRecordToEnable', data: NAMED },
    });
  });

  it('fails on 2027.1 when the record is missing, with no creation advice of its own', () => {
    expect(stateOf(onRelease(integrationMissing.snapshot, '2027.1'))).toMatchObject({
      status: 'fail',
      fix: { id: 'followsRecord' },
    });
  });

  it('is unknown, waiting for the record check, when the integration, token and login tables are all unreadable', () => {
    expect(stateOf(auditTablesUnreadable.snapshot)).toEqual({
      status: 'unknown',
      findings: [{ id: 'recordNotEstablished', data: NAMED }],
      fix: { id: 'followsRecord', data: {}, records: [] },
    });
  });

  it('asks a person to look at the State when only the integration table is unreadable and no token or login exists yet', () => {
    expect(stateOf(integrationTableUnreadable.snapshot)).toEqual({
      status: 'manual',
      findings: [{ id: 'recordNotEstablished', data: NAMED }],
      fix: { id: 'lookAtState', data: NAMED, records: [] },
    });
  });

  it('still asks a person, instead of failing, on 2027.1 when the record is not established', () => {
    expect(stateOf(onRelease(integrationTableUnreadable.snapshot, '2027.1'))).toMatchObject({
      status: 'manual',
      fix: { id: 'lookAtState' },
    });
  });
});

describe("integration.state from the record's state", () => {
  it('passes on an Enabled record, naming it', () => {
    expect(stateOf(aSnapshot())).toEqual({
      status: 'pass',
      findings: [{ id: 'enabled', data: { name: 'ActOnTBA', id: 12 } }],
    });
  });

  it('fails on a Blocked record, naming it and linking to it', () => {
    expect(stateOf(integrationBlocked.snapshot)).toEqual({
      status: 'fail',
      findings: [{ id: 'blocked', data: { name: 'ActOnTBA', id: 12 } }],
      fix: { id: 'default', data: {}, records: [ACTON_TBA_RECORD] },
      summary: { id: 'blockedSummary', data: NAMED },
    });
  });

  it('links to the Blocked record that decided, when two records carry the name and nothing points at either', () => {
    expect(stateOf(twoRecordsFirstBlocked)).toMatchObject({
      status: 'fail',
      fix: { id: 'default', records: [{ kind: 'integration', id: 30, name: 'acton tba' }] },
    });
  });
});

describe('integration.state from the Login Audit Trail', () => {
  it('passes on a successful login alone, saying the table could not be read', () => {
    expect(stateOf(aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE }))).toEqual({
      status: 'pass',
      findings: [STATE_UNREADABLE, { id: 'provenByLogin', data: ADA_TOKEN_SUCCESS }],
    });
  });

  it('passes on a successful login without a word about the record list when that list was read to its end', () => {
    expect(stateOf(recordListWithoutTheTokensRecord)).toEqual({
      status: 'pass',
      findings: [{ id: 'provenByLogin', data: ADA_TOKEN_SUCCESS }],
    });
  });

  it('fails when the latest login was refused as Blocked, linking to the record its token names', () => {
    expect(stateOf(refusedLoginWithToken)).toEqual({
      status: 'fail',
      findings: [STATE_UNREADABLE, { id: 'refusedAsBlocked', data: { at: '2026-11-26T09:00:00Z' } }],
      fix: { id: 'default', data: {}, records: [ACTON_TBA_RECORD] },
      summary: { id: 'refusedSummary', data: NAMED },
    });
  });

  it('fails on a refused login with no record to link when neither the table nor a token names one', () => {
    expect(stateOf(refusedLoginWithoutTableOrToken)).toMatchObject({
      status: 'fail',
      fix: { id: 'default', records: [] },
      summary: { id: 'refusedSummary', data: NAMED },
    });
  });

  it('asks a person to look at the State when neither the table nor a login proves it, linking to the record its token names', () => {
    expect(stateOf(aSnapshot({ integrations: INTEGRATION_TABLE_UNAVAILABLE, loginAttempts: allRows([]) }))).toEqual({
      status: 'manual',
      findings: [STATE_UNREADABLE, { id: 'notProven', data: { loginsRead: 0, complete: true } }],
      fix: { id: 'lookAtState', data: NAMED, records: [ACTON_TBA_RECORD] },
    });
  });
});

describe('integration.state when the Login Audit Trail cannot be read either', () => {
  it('asks a person to look at the State, saying the Login Audit Trail could not be read', () => {
    const snapshot = aSnapshot({
      integrations: INTEGRATION_TABLE_UNAVAILABLE,
      loginAttempts: unreadable('LoginAudit is not available'),
    });

    expect(stateOf(snapshot)).toMatchObject({
      status: 'manual',
      findings: [
        STATE_UNREADABLE,
        { id: 'unreadable', data: { source: 'loginAuditTrail', reason: 'LoginAudit is not available' } },
      ],
      fix: { id: 'lookAtState' },
    });
  });
});

describe('integration.authentication without a successful login', () => {
  it('fails when the record is missing, leaving what to do to the record check', () => {
    expect(authenticationOf(integrationMissing.snapshot)).toEqual({
      status: 'fail',
      findings: [{ id: 'recordMissing', data: NAMED }],
      fix: { id: 'followsRecord', data: {}, records: [] },
      summary: { id: 'noRecordToAllow', data: NAMED },
    });
  });

  it('on 2027.1, when the record is missing, carries no creation advice of its own', () => {
    expect(authenticationOf(onRelease(integrationMissing.snapshot, '2027.1'))).toMatchObject({
      status: 'fail',
      fix: { id: 'followsRecord' },
    });
  });

  it('is unknown, waiting for the record check, when the integration, token and login tables are all unreadable', () => {
    expect(authenticationOf(auditTablesUnreadable.snapshot)).toEqual({
      status: 'unknown',
      findings: [{ id: 'recordNotEstablished', data: NAMED }],
      fix: { id: 'followsRecord', data: {}, records: [] },
    });
  });

  it('asks a person to confirm the boxes, saying the record is not established, when only the integration table is unreadable', () => {
    expect(authenticationOf(integrationTableUnreadable.snapshot)).toMatchObject({
      status: 'manual',
      findings: [
        { id: 'recordNotEstablished', data: NAMED },
        { id: 'boxesUnproven', data: { loginsRead: 0, complete: true } },
      ],
      fix: { id: 'confirmBoxes', data: NAMED },
    });
  });

  it('asks a person to confirm the boxes, linking to the record, when Act-On has not logged in yet', () => {
    expect(authenticationOf(connectedNotYet.snapshot)).toEqual({
      status: 'manual',
      findings: [{ id: 'boxesUnproven', data: { loginsRead: 0, complete: true } }],
      fix: { id: 'confirmBoxes', data: NAMED, records: [ACTON_TBA_RECORD] },
    });
  });

  it('says the Login Audit Trail could not be read, rather than that it shows no success, when it was refused', () => {
    const snapshot = aSnapshot({ loginAttempts: unreadable('LoginAudit is not available') });

    expect(authenticationOf(snapshot)).toMatchObject({
      status: 'manual',
      findings: [
        { id: 'unreadable', data: { source: 'loginAuditTrail', reason: 'LoginAudit is not available' } },
        { id: 'boxesUnread', data: {} },
      ],
      fix: { id: 'confirmBoxes' },
    });
  });
});
