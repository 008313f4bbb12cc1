/**
 * token.active for one candidate, read outcome by outcome, and the request's records that do not
 * exist: the status, findings, summary and fix each account situation gives.
 */
import { requestCandidate, type CandidateIdentity } from '../../../src/core/candidates';
import type { Finding, FixChoice } from '../../../src/core/checks/define';
import { evaluateReadiness } from '../../../src/core/engine';
import type { AuditInputs } from '../../../src/core/inputs';
import { gatherIntegrationEvidence } from '../../../src/core/integrationEvidence';
import { evaluateCandidate, requestedRecordProblems } from '../../../src/core/rules/credentials';
import type { RuleOutcome } from '../../../src/core/rules/outcomes';
import type { AccessTokenFact, AccountSnapshot } from '../../../src/core/snapshot';
import {
  ACTON_ROLE,
  ACTON_SYNC,
  actOnSyncToken,
  administratorRole,
  allRows,
  anAuditRequest,
  aRole,
  aSnapshot,
  aToken,
  firstRowsOfMore,
  ok,
  unreadable,
} from '../../fixtures/snapshotBuilder';

const NO_LOGINS = allRows([]);
const ADA = { id: 7, name: 'Ada Admin' };
const ADMINISTRATOR = { id: 3, name: 'Administrator' };
const SYNC = { id: 21, name: 'Act-On Sync' };
const INTEGRATION_ROLE = { id: 1001, name: 'Act-On Integration' };
const ADA_TOKEN = { id: 5, name: 'ActOnTBA Ada Admin Administrator' };
const SYNC_TOKEN = { id: 8, name: 'ActOnTBA Act-On Sync' };
const FIRST_CONNECTION = { id: 'firstConnection', data: { role: INTEGRATION_ROLE } };

function evaluated(identity: CandidateIdentity, snapshot: AccountSnapshot) {
  return evaluateCandidate(identity, snapshot, gatherIntegrationEvidence(snapshot, 'ActOnTBA'));
}

/** token.active for the request's candidate (by default Ada Admin with the Administrator role). */
function requestTokenActive(snapshot: AccountSnapshot, inputs: AuditInputs = anAuditRequest()): RuleOutcome {
  return evaluated(requestCandidate(inputs, snapshot), snapshot).outcomes['token.active'];
}

const forSync = anAuditRequest({ roleId: ACTON_ROLE.id, userId: ACTON_SYNC.id });

/** The request's candidate Act-On Sync / Act-On Integration with no user known. */
const unknownUser: CandidateIdentity = {
  source: 'request',
  token: null,
  userId: null,
  userName: null,
  roleId: ACTON_ROLE.id,
  roleName: ACTON_ROLE.name,
};

function tokenCandidate(token: AccessTokenFact): CandidateIdentity {
  return {
    source: 'token',
    token,
    userId: token.userId,
    userName: token.userName,
    roleId: token.roleId,
    roleName: token.roleName,
  };
}

function fixOf(outcome: RuleOutcome): FixChoice {
  if (outcome.status === 'pass' || outcome.fix === undefined)
    throw new Error(`a ${outcome.status} outcome without a fix`);
  return outcome.fix;
}

function summaryOf(outcome: RuleOutcome): Finding | undefined {
  return outcome.status === 'pass' || outcome.status === 'info' ? undefined : outcome.summary;
}

function idsOf(outcome: RuleOutcome): readonly string[] {
  return outcome.findings.map((finding) => finding.id);
}

function revokedAdminToken(id: number): AccessTokenFact {
  return aToken({ id, name: `Old token ${id}`, revoked: true, userId: 30, userName: 'Former Admin' });
}

const revokedOldToken = (id: number) => ({
  id: 'unusableToken',
  data: {
    token: { id, name: `Old token ${id}` },
    user: { id: 30, name: 'Former Admin' },
    role: ADMINISTRATOR,
    revoked: true,
  },
});

describe('token.active for a token candidate', () => {
  it('passes an Administrator token used in a login, naming it, its owner and when it was created', () => {
    const outcome = evaluated(tokenCandidate(aToken()), aSnapshot()).outcomes['token.active'];

    expect(outcome).toEqual({
      status: 'pass',
      findings: [
        { id: 'active', data: { token: ADA_TOKEN, user: ADA, role: ADMINISTRATOR, createdAt: aToken().createdAt } },
      ],
    });
  });

  it('adds that the other tokens were not examined when the list was cut and all read are usable', () => {
    const outcome = evaluated(tokenCandidate(aToken()), aSnapshot({ tokens: firstRowsOfMore([aToken()]) })).outcomes[
      'token.active'
    ];

    expect(outcome.findings[1]).toEqual({ id: 'usableTokensUnexamined', data: { read: 1 } });
  });

  it('passes a token candidate without the unread note when the token list itself is unreadable', () => {
    const outcome = evaluated(tokenCandidate(aToken()), aSnapshot({ tokens: unreadable('Permission Violation') }))
      .outcomes['token.active'];

    expect(idsOf(outcome)).toEqual(['active']);
  });

  it("adds Act-On's first-connection note for a customized role's token that has never logged in", () => {
    const snapshot = aSnapshot({ tokens: allRows([actOnSyncToken()]), loginAttempts: NO_LOGINS });
    const outcome = evaluated(tokenCandidate(actOnSyncToken()), snapshot).outcomes['token.active'];

    expect(outcome.findings).toEqual([
      {
        id: 'active',
        data: { token: SYNC_TOKEN, user: SYNC, role: INTEGRATION_ROLE, createdAt: actOnSyncToken().createdAt },
      },
      FIRST_CONNECTION,
    ]);
  });
});

describe("token.active for the request's candidate", () => {
  const adaOwner = { integration: 'ActOnTBA', user: ADA, role: ADMINISTRATOR };

  it('is unknown when the tokens cannot be read, saying which permission reads them, with a find-out fix', () => {
    const outcome = requestTokenActive(aSnapshot({ tokens: unreadable('Permission Violation') }));

    expect(outcome.status).toBe('unknown');
    expect(outcome.findings).toEqual([
      { id: 'unreadable', data: { source: 'accessTokens', reason: 'Permission Violation', code: null } },
      { id: 'tokensNeedPermission', data: {} },
    ]);
    expect(fixOf(outcome)).toEqual({ id: 'findOutToken', data: { ...adaOwner, cause: 'unreadable' }, records: [] });
  });

  it("is unknown when the cut list holds only other owners' usable tokens: a fitting one may be among the rest", () => {
    const outcome = requestTokenActive(aSnapshot({ tokens: firstRowsOfMore([actOnSyncToken()]) }));

    expect(outcome.status).toBe('unknown');
    expect(outcome.findings).toEqual([
      { id: 'noneReadForCandidate', data: { ...adaOwner, read: 1 } },
      { id: 'usableMayBeUnread', data: { read: 1 } },
    ]);
    expect(fixOf(outcome)).toEqual({ id: 'findOutToken', data: { ...adaOwner, cause: 'beyondBound' }, records: [] });
  });

  it('names the user as unknown when a candidate without a user may have its token among the unread ones', () => {
    const snapshot = aSnapshot({ tokens: firstRowsOfMore([aToken()]) });
    const outcome = evaluated(unknownUser, snapshot).outcomes['token.active'];

    expect(outcome.findings[0]?.data).toEqual({ integration: 'ActOnTBA', user: null, role: INTEGRATION_ROLE, read: 1 });
  });

  it('is unknown when no token is read yet a token login succeeded: the audit cannot see what NetSuite sees', () => {
    const outcome = requestTokenActive(aSnapshot({ tokens: allRows([]) }));

    expect(outcome.status).toBe('unknown');
    expect(idsOf(outcome)).toEqual(['unseenTokens', 'unseenTokensNote']);
    expect(fixOf(outcome).data).toEqual({ ...adaOwner, cause: 'unseen' });
  });

  it('fails, caused by the missing record, with a fix that waits for it on a release that cannot create one', () => {
    const snapshot = aSnapshot({
      account: { accountId: '1234567', envType: 'PRODUCTION', version: '2027.1' },
      integrations: allRows([]),
      tokens: allRows([]),
      loginAttempts: NO_LOGINS,
    });
    const outcome = requestTokenActive(snapshot);
    const closed = { integration: 'ActOnTBA', version: '2027.1' };

    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([{ id: 'noRecordOnClosedRelease', data: closed }]);
    expect(summaryOf(outcome)).toEqual({ id: 'noRecordSummary', data: { integration: 'ActOnTBA' } });
    expect(fixOf(outcome)).toEqual({ id: 'waitForIntegration', data: closed, records: [] });
  });

  it('fails with a fix that creates the token after the record when the record is missing on 2026.2', () => {
    const snapshot = aSnapshot({ integrations: allRows([]), tokens: allRows([]), loginAttempts: NO_LOGINS });
    const outcome = requestTokenActive(snapshot);

    expect(outcome.status).toBe('fail');
    expect(fixOf(outcome)).toEqual({
      id: 'createTokenAfterIntegration',
      data: { integration: 'ActOnTBA' },
      records: [],
    });
  });

  it('fails an account with no token at all by saying only that there is none', () => {
    const outcome = requestTokenActive(aSnapshot({ tokens: allRows([]), loginAttempts: NO_LOGINS }));

    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([{ id: 'noUsableToken', data: adaOwner }]);
    expect(summaryOf(outcome)).toEqual({ id: 'noActiveTokenSummary', data: adaOwner });
    expect(fixOf(outcome)).toEqual({ id: 'default', data: {}, records: [] });
  });

  it('fails the candidate whose own token was revoked, naming it, with the fix that replaces a revoked token', () => {
    const outcome = requestTokenActive(
      aSnapshot({ tokens: allRows([aToken({ revoked: true })]), loginAttempts: NO_LOGINS }),
    );

    expect(outcome.findings).toEqual([
      { id: 'noUsableToken', data: adaOwner },
      { id: 'unusableToken', data: { token: ADA_TOKEN, user: ADA, role: ADMINISTRATOR, revoked: true } },
    ]);
    expect(summaryOf(outcome)).toEqual({ id: 'tokenUnusableSummary', data: { name: ADA_TOKEN.name, revoked: true } });
    expect(fixOf(outcome).id).toBe('replaceRevokedToken');
  });

  it("names only the candidate's own revoked token, not other owners' unusable ones", () => {
    const outcome = requestTokenActive(
      aSnapshot({ tokens: allRows([aToken({ revoked: true }), revokedAdminToken(6)]), loginAttempts: NO_LOGINS }),
    );

    expect(idsOf(outcome)).toEqual(['noUsableToken', 'unusableToken']);
    expect(outcome.findings[1]?.data).toMatchObject({ token: ADA_TOKEN });
  });

  it('has an administrator create the new token of a Web Services Only candidate whose own token was revoked', () => {
    const snapshot = aSnapshot({
      roles: ok([administratorRole(), aRole({ webServicesOnly: true })]),
      tokens: allRows([aToken({ ...actOnSyncToken(), revoked: true })]),
      loginAttempts: NO_LOGINS,
    });
    const outcome = requestTokenActive(snapshot, forSync);

    expect(fixOf(outcome)).toEqual({
      id: 'administratorCreatesToken',
      data: { integration: 'ActOnTBA', user: SYNC, role: INTEGRATION_ROLE, revoked: true },
      records: [],
    });
  });

  it('fails the candidate whose own token is inactive, with the default fix', () => {
    const outcome = requestTokenActive(
      aSnapshot({ tokens: allRows([aToken({ inactive: true })]), loginAttempts: NO_LOGINS }),
    );

    expect(outcome.findings[1]).toEqual({
      id: 'unusableToken',
      data: { token: ADA_TOKEN, user: ADA, role: ADMINISTRATOR, revoked: false },
    });
    expect(summaryOf(outcome)).toEqual({ id: 'tokenUnusableSummary', data: { name: ADA_TOKEN.name, revoked: false } });
    expect(fixOf(outcome).id).toBe('default');
  });

  it(
    "fails a customized role's candidate with no token of its own, listing the unusable tokens and the other " +
      "owners' active ones",
    () => {
      const snapshot = aSnapshot({
        tokens: allRows([
          aToken({ revoked: true }),
          aToken({ id: 9, name: 'ActOnTBA Other', userId: 30, userName: 'Other User' }),
        ]),
        loginAttempts: NO_LOGINS,
      });
      const outcome = requestTokenActive(snapshot, anAuditRequest({ roleId: ACTON_ROLE.id, userId: 30 }));
      const owner = { integration: 'ActOnTBA', user: { id: 30, name: null }, role: INTEGRATION_ROLE };

      expect(outcome.findings).toEqual([
        { id: 'noUsableToken', data: owner },
        { id: 'noneForCandidate', data: { read: 2, complete: true } },
        { id: 'unusableToken', data: { token: ADA_TOKEN, user: ADA, role: ADMINISTRATOR, revoked: true } },
        {
          id: 'activeForOthers',
          data: { token: { id: 9, name: 'ActOnTBA Other' }, user: { id: 30, name: 'Other User' }, role: ADMINISTRATOR },
        },
        FIRST_CONNECTION,
      ]);
      expect(summaryOf(outcome)).toEqual({ id: 'noActiveTokenSummary', data: owner });
    },
  );

  it('says, for a list cut at its bound, that none of the unread tokens can be used', () => {
    const outcome = requestTokenActive(
      aSnapshot({ tokens: firstRowsOfMore([actOnSyncToken(), revokedAdminToken(6)]), loginAttempts: NO_LOGINS }),
    );

    expect(idsOf(outcome)).toEqual([
      'noUsableToken',
      'noneForCandidate',
      'unusableToken',
      'activeForOthers',
      'othersUnusable',
    ]);
    expect(outcome.findings[1]?.data).toEqual({ read: 2, complete: false });
    expect(outcome.findings[4]?.data).toEqual({ read: 2 });
  });

  it('names five unusable tokens in full', () => {
    const tokens = [6, 7, 8, 9, 10].map(revokedAdminToken);
    const outcome = requestTokenActive(aSnapshot({ tokens: allRows(tokens), loginAttempts: NO_LOGINS }));

    expect(outcome.findings.slice(2)).toEqual([6, 7, 8, 9, 10].map(revokedOldToken));
  });

  it('names the first five of seven unusable tokens and counts the two left', () => {
    const tokens = [6, 7, 8, 9, 10, 11, 12].map(revokedAdminToken);
    const outcome = requestTokenActive(aSnapshot({ tokens: allRows(tokens), loginAttempts: NO_LOGINS }));

    expect(outcome.findings.slice(2)).toEqual([
      ...[6, 7, 8, 9, 10].map(revokedOldToken),
      { id: 'moreNotListed', data: { count: 2 } },
    ]);
  });

  it('names the owner as an unknown user in the summary of a candidate without a user', () => {
    const outcome = evaluated(unknownUser, aSnapshot({ tokens: allRows([]), loginAttempts: NO_LOGINS })).outcomes[
      'token.active'
    ];

    expect(summaryOf(outcome)).toEqual({
      id: 'noActiveTokenSummary',
      data: { integration: 'ActOnTBA', user: null, role: INTEGRATION_ROLE },
    });
  });

  it("has an administrator create the token of a Web Services Only role's user, who cannot log in to the UI", () => {
    const snapshot = aSnapshot({
      roles: ok([administratorRole(), aRole({ webServicesOnly: true })]),
      tokens: allRows([]),
      loginAttempts: NO_LOGINS,
    });
    const outcome = requestTokenActive(snapshot, forSync);
    const owner = { integration: 'ActOnTBA', user: SYNC, role: INTEGRATION_ROLE };

    expect(outcome.findings).toEqual([
      { id: 'noUsableToken', data: owner },
      { id: 'webServicesOnlyRole', data: { role: INTEGRATION_ROLE } },
      FIRST_CONNECTION,
    ]);
    expect(fixOf(outcome)).toEqual({
      id: 'administratorCreatesToken',
      data: { ...owner, revoked: false },
      records: [],
    });
  });

  it("leaves the user out of the administrator's fix when the Web Services Only candidate has no user", () => {
    const snapshot = aSnapshot({
      roles: ok([administratorRole(), aRole({ webServicesOnly: true })]),
      tokens: allRows([]),
      loginAttempts: NO_LOGINS,
    });
    const outcome = evaluated(unknownUser, snapshot).outcomes['token.active'];

    expect(fixOf(outcome).data).toMatchObject({ user: null, role: INTEGRATION_ROLE });
  });

  it('has another administrator create their own token: an administrator cannot create one for them', () => {
    const outcome = requestTokenActive(
      aSnapshot({ tokens: allRows([]), loginAttempts: NO_LOGINS }),
      anAuditRequest({ userId: ACTON_SYNC.id }),
    );

    expect(outcome.findings).toEqual([
      { id: 'noUsableToken', data: { integration: 'ActOnTBA', user: SYNC, role: ADMINISTRATOR } },
      { id: 'administratorForAdministrator', data: { user: SYNC } },
    ]);
    expect(fixOf(outcome)).toEqual({
      id: 'administratorCreatesOwnToken',
      data: { user: SYNC, revoked: false },
      records: [],
    });
  });

  it('gives an Administrator candidate without a user the default fix', () => {
    const adminWithoutUser: CandidateIdentity = { ...unknownUser, roleId: 3, roleName: 'Administrator' };
    const outcome = evaluated(adminWithoutUser, aSnapshot({ tokens: allRows([]), loginAttempts: NO_LOGINS })).outcomes[
      'token.active'
    ];

    expect(outcome.findings).toEqual([
      { id: 'noUsableToken', data: { integration: 'ActOnTBA', user: null, role: ADMINISTRATOR } },
    ]);
    expect(fixOf(outcome).id).toBe('default');
  });

  it(
    "has an administrator replace the integration's revoked token of a Web Services Only role when the " +
      "request's candidate has none of its own",
    () => {
      const tokens = [
        aToken({ ...actOnSyncToken(), revoked: true }),
        aToken({ ...actOnSyncToken(), id: 9, name: 'ActOnTBA Act-On Sync 2', revoked: true }),
        aToken({
          id: 10,
          name: 'ActOnTBA Reports',
          roleId: 1002,
          roleName: 'Reports',
          userId: 30,
          userName: 'Other User',
          inactive: true,
        }),
      ];
      const snapshot = aSnapshot({
        roles: ok([administratorRole(), aRole({ webServicesOnly: true })]),
        tokens: allRows(tokens),
        loginAttempts: NO_LOGINS,
      });
      const outcome = requestTokenActive(snapshot);

      expect(outcome.findings.filter((finding) => finding.id === 'webServicesOnlyRole')).toEqual([
        { id: 'webServicesOnlyRole', data: { role: INTEGRATION_ROLE } },
      ]);
      expect(summaryOf(outcome)).toEqual({
        id: 'tokenUnusableSummary',
        data: { name: SYNC_TOKEN.name, revoked: true },
      });
      expect(fixOf(outcome)).toEqual({
        id: 'administratorCreatesToken',
        data: { integration: 'ActOnTBA', user: SYNC, role: INTEGRATION_ROLE, revoked: true },
        records: [],
      });
    },
  );
});

describe("the candidate's record in the report", () => {
  it("carries its token's id and name", () => {
    const { candidate } = evaluated(tokenCandidate(aToken()), aSnapshot());

    expect(candidate.tokenId).toBe(5);
    expect(candidate.tokenName).toBe('ActOnTBA Ada Admin Administrator');
  });

  it('counts no failed blocker for the ready Administrator token', () => {
    expect(evaluated(tokenCandidate(aToken()), aSnapshot()).candidate.blockersFailed).toBe(0);
  });

  it('counts the one failed blocker of a candidate whose only problem is its revoked token', () => {
    const snapshot = aSnapshot({ tokens: allRows([aToken({ revoked: true })]), loginAttempts: NO_LOGINS });

    expect(evaluated(requestCandidate(anAuditRequest(), snapshot), snapshot).candidate.blockersFailed).toBe(1);
  });
});

describe("the request's role or user that the account does not have", () => {
  it('finds no problem with a role and user the account has, and keeps them', () => {
    expect(requestedRecordProblems(aSnapshot(), forSync)).toEqual({ problems: [], inputs: forSync });
  });

  it('finds no problem with the Administrator role even when the roles read do not list it', () => {
    const inputs = anAuditRequest({ roleId: 3 });

    expect(requestedRecordProblems(aSnapshot({ roles: ok([aRole()]) }), inputs)).toEqual({ problems: [], inputs });
  });

  it('rejects a role id no role has, keeping the value for its field, and audits without it', () => {
    const { problems, inputs } = requestedRecordProblems(aSnapshot(), anAuditRequest({ roleId: 1002 }));

    expect(problems).toEqual([expect.objectContaining({ parameter: 'role', rejectedValue: '1002' })]);
    expect(inputs.roleId).toBeNull();
  });

  it('rejects a user id no employee has, keeping the value for its field, and audits without it', () => {
    const { problems, inputs } = requestedRecordProblems(aSnapshot(), anAuditRequest({ userId: 99 }));

    expect(problems).toEqual([expect.objectContaining({ parameter: 'user', rejectedValue: '99' })]);
    expect(inputs.userId).toBeNull();
  });

  it('audits the requested ids as they are when roles and employees cannot be read: nothing proves them missing', () => {
    const snapshot = aSnapshot({
      roles: unreadable('Permission Violation'),
      employees: unreadable('Permission Violation'),
    });
    const requested = anAuditRequest({ roleId: 1002, userId: 99 });

    expect(requestedRecordProblems(snapshot, requested)).toEqual({ problems: [], inputs: requested });
  });
});

describe("a Web Services Only role's token fix: steps, navigation line and fix plan name one page", () => {
  const ADMIN_PAGE = 'Setup > Users/Roles > Access Tokens > New';
  const webServicesOnly = (tokens: readonly AccessTokenFact[]) =>
    aSnapshot({
      roles: ok([administratorRole(), aRole({ webServicesOnly: true })]),
      tokens: allRows(tokens),
      loginAttempts: NO_LOGINS,
    });

  it.each([
    ['no token', []],
    ['its token revoked', [aToken({ ...actOnSyncToken(), revoked: true })]],
    ['its token marked Inactive', [aToken({ ...actOnSyncToken(), inactive: true })]],
  ])('with %s, the administrator creates it at Setup > Users/Roles > Access Tokens > New', (_case, tokens) => {
    const report = evaluateReadiness(webServicesOnly(tokens), forSync);
    const check = report.checks.find((entry) => entry.id === 'token.active');
    const fix = check !== undefined && check.status !== 'pass' && check.status !== 'info' ? check.fix : undefined;
    const step = report.fixPlan.find((entry) => entry.resolves.includes('token.active'));

    expect(fix?.navigation).toBe(ADMIN_PAGE);
    expect(fix?.steps).toContain(`Log in as an administrator and go to ${ADMIN_PAGE}.`);
    expect(fix?.steps.join(' ')).not.toContain('Manage Access Tokens');
    expect(step?.navigation).toBe(ADMIN_PAGE);
  });
});
