/**
 * What the audit takes as the requested integration's own records, tokens and logins: which
 * Login Audit Trail rows are tied to it and how, which failures stay unattributed, which
 * internal id it has, and when anything shows it at all.
 */
import {
  gatherIntegrationEvidence,
  integrationSeen,
  isSuccessfulAttempt,
  type AttributedLoginAttempt,
} from '../../src/core/integrationEvidence';
import type {
  AccountSnapshot,
  LoginAttemptFact,
  Probe,
  BoundedList,
  TokenApplicationFact,
} from '../../src/core/snapshot';
import {
  ACTON_ROLE,
  ACTON_SYNC,
  ADA_ADMIN,
  ADMINISTRATOR,
  aFailedLogin,
  aLoginAttempt,
  allRows,
  aSnapshot,
  aToken,
  actOnSyncToken,
  anIntegration,
  unreadable,
} from '../fixtures/snapshotBuilder';

function evidenceOf(overrides: Partial<AccountSnapshot>) {
  return gatherIntegrationEvidence(aSnapshot(overrides), 'ActOnTBA');
}

function rowsOf<T>(probe: Probe<BoundedList<T>>): readonly T[] {
  if (!probe.ok) throw new Error(`expected a readable list, got: ${probe.reason}`);
  return probe.value.rows;
}

/** How each login row of the window was tied to ActOnTBA, in the order the evidence lists them. */
function attributionsOf(attempts: readonly LoginAttemptFact[], snapshot: Partial<AccountSnapshot> = {}) {
  return rowsOf(evidenceOf({ ...snapshot, loginAttempts: allRows(attempts) }).windowAttempts).map(
    (attempt: AttributedLoginAttempt) => attempt.attribution,
  );
}

/** A token failure NetSuite wrote without the application name. */
function aFailureWithoutApplication(overrides: Partial<LoginAttemptFact>): LoginAttemptFact {
  return aFailedLogin('InvalidSignature', { applicationName: null, tokenName: null, ...overrides });
}

const NO_TOKENS = allRows([]);
const INTEGRATION_TABLE_UNREADABLE = unreadable('Record type integration is not available.');

function tokenApplications(rows: readonly TokenApplicationFact[]): AccountSnapshot['tokenApplications'] {
  return allRows(rows);
}

describe('isSuccessfulAttempt', () => {
  it('reads a Success status written with surrounding spaces as a success', () => {
    expect(isSuccessfulAttempt(aLoginAttempt({ status: ' Success ' }))).toBe(true);
  });
});

describe('login rows tied to the integration', () => {
  it('ties a row that carries the requested application name to it by name', () => {
    expect(attributionsOf([aLoginAttempt()])).toEqual(['name']);
  });

  it("ties a failure without an application to it by token when the row names one of the integration's tokens", () => {
    const byActOnSyncToken = aFailureWithoutApplication({
      tokenName: 'ActOnTBA Act-On Sync',
      userId: ACTON_SYNC.id,
      roleId: ACTON_ROLE.id,
    });

    expect(attributionsOf([byActOnSyncToken], { tokens: allRows([aToken(), actOnSyncToken()]) })).toEqual(['token']);
  });

  it("ties a failure naming another token to it by user and role when they are those of one of the integration's tokens", () => {
    const otherTokenSameUserAndRole = aFailureWithoutApplication({
      tokenName: 'Old token',
      userId: ACTON_SYNC.id,
      roleId: ACTON_ROLE.id,
    });

    expect(attributionsOf([otherTokenSameUserAndRole], { tokens: allRows([aToken(), actOnSyncToken()]) })).toEqual([
      'user-role',
    ]);
  });

  it("does not tie a failure to it when only the user is that of the integration's token, with another role", () => {
    const adaWithAnotherRole = aFailureWithoutApplication({ userId: ADA_ADMIN.id, roleId: 1099 });

    expect(attributionsOf([adaWithAnotherRole])).toEqual([]);
  });

  it("does not tie a failure to it when only the role is that of the integration's token, with another user", () => {
    const someoneElseAsAdministrator = aFailureWithoutApplication({ userId: 99, roleId: ADMINISTRATOR.id });

    expect(attributionsOf([someoneElseAsAdministrator])).toEqual([]);
  });

  it('lists a refusal NetSuite writes before knowing any integration in the window, but not among its logins', () => {
    const evidence = evidenceOf({
      loginAttempts: allRows([aFailureWithoutApplication({ detail: 'FeatureDisabled', userId: 99, roleId: 1099 })]),
    });

    expect(rowsOf(evidence.windowAttempts).map((attempt) => attempt.attribution)).toEqual(['before-integration']);
    expect(rowsOf(evidence.logins)).toEqual([]);
  });

  it('lists the rows newest first even when the trail gave them oldest first', () => {
    const older = aLoginAttempt({ at: '2026-11-20T09:00:00Z' });
    const newer = aLoginAttempt({ at: '2026-11-26T09:00:00Z' });

    expect(rowsOf(evidenceOf({ loginAttempts: allRows([older, newer]) }).logins).map((attempt) => attempt.at)).toEqual([
      '2026-11-26T09:00:00Z',
      '2026-11-20T09:00:00Z',
    ]);
  });
});

describe('token failures that name nothing of the integration', () => {
  it('counts a failure without an application, token, or user and role of the integration as possibly its own', () => {
    const evidence = evidenceOf({ loginAttempts: allRows([aFailureWithoutApplication({ userId: 99, roleId: 1099 })]) });

    expect(evidence.unattributedFailures).toBe(1);
  });

  it("does not count a failure tied to the integration by its token's user and role", () => {
    const evidence = evidenceOf({
      loginAttempts: allRows([aFailureWithoutApplication({ userId: ADA_ADMIN.id, roleId: ADMINISTRATOR.id })]),
    });

    expect(evidence.unattributedFailures).toBe(0);
  });

  it('does not count a failure of another application', () => {
    const evidence = evidenceOf({
      loginAttempts: allRows([
        aFailedLogin('InvalidSignature', { applicationName: 'SuiteCloud Development Integration' }),
      ]),
    });

    expect(evidence.unattributedFailures).toBe(0);
  });
});

describe("the integration's internal id", () => {
  it('comes from a token application with its name when no token of it was read', () => {
    const evidence = evidenceOf({
      integrations: INTEGRATION_TABLE_UNREADABLE,
      tokens: NO_TOKENS,
      tokenApplications: tokenApplications([{ applicationId: 12, applicationName: 'ActOnTBA', tokenCount: 2 }]),
    });

    expect(evidence.integrationId).toBe(12);
  });

  it('comes from its integration record when that is the only source and holds one record of the name', () => {
    const evidence = evidenceOf({ tokens: NO_TOKENS, loginAttempts: allRows([]) });

    expect(evidence.integrationId).toBe(12);
  });

  it('is unknown when two integration records carry the name in different spellings', () => {
    const evidence = evidenceOf({
      tokens: NO_TOKENS,
      integrations: allRows([anIntegration(), anIntegration({ id: 13, name: 'ACTON TBA' })]),
    });

    expect(evidence.integrationId).toBeNull();
  });

  it('ignores a token application with its name that no longer has tokens', () => {
    const evidence = evidenceOf({
      integrations: INTEGRATION_TABLE_UNREADABLE,
      tokens: NO_TOKENS,
      tokenApplications: tokenApplications([{ applicationId: 12, applicationName: 'ActOnTBA', tokenCount: 0 }]),
    });

    expect([evidence.tokenApplications, evidence.integrationId]).toEqual([[], null]);
  });
});

describe('integrationSeen', () => {
  const nothingElse: Partial<AccountSnapshot> = {
    integrations: INTEGRATION_TABLE_UNREADABLE,
    tokens: NO_TOKENS,
    loginAttempts: allRows([]),
  };

  it('is true when only an integration record carries the name', () => {
    expect(integrationSeen(evidenceOf({ ...nothingElse, integrations: allRows([anIntegration()]) }))).toBe(true);
  });

  it('is true when only a token of the integration was read', () => {
    expect(integrationSeen(evidenceOf({ ...nothingElse, tokens: allRows([aToken()]) }))).toBe(true);
  });

  it('is true when only a token application carries the name', () => {
    const evidence = evidenceOf({
      ...nothingElse,
      tokenApplications: tokenApplications([{ applicationId: 12, applicationName: 'ActOnTBA', tokenCount: 1 }]),
    });

    expect(integrationSeen(evidence)).toBe(true);
  });

  it('is true when only a login of the integration was read', () => {
    expect(integrationSeen(evidenceOf({ ...nothingElse, loginAttempts: allRows([aLoginAttempt()]) }))).toBe(true);
  });

  it('is false when no source shows the integration', () => {
    expect(integrationSeen(evidenceOf(nothingElse))).toBe(false);
  });
});
