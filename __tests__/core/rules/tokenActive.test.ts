/**
 * token.active for one candidate, read outcome by outcome, and the request's records that do not
 * exist: the exact sentences, summary and fix each account situation gives.
 */
import { requestCandidate, type CandidateIdentity } from '../../../src/core/candidates';
import { evaluateReadiness } from '../../../src/core/engine';
import type { AuditInputs } from '../../../src/core/inputs';
import { gatherIntegrationEvidence } from '../../../src/core/integrationEvidence';
import type { CheckOutcome, Fix } from '../../../src/core/report';
import { evaluateCandidate, requestedRecordProblems } from '../../../src/core/rules/credentials';
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

const NEW_ACCESS_TOKEN = { label: 'New Access Token', href: '/app/setup/accesstoken.nl' };
const CATALOGUE_STEPS = [
  'Log in as the user Act-On should use, with the role it should use.',
  'Go to Home > Settings > Manage Access Tokens and click New My Access Token.',
  'Choose the Act-On integration as Application Name, keep the suggested token name and click Save.',
  'Copy the Token ID and Token Secret at once (NetSuite shows them only once) and enter them in Act-On.',
];
const FIRST_CONNECTION_NOTE =
  "Act-On's set-up guide says the connector's first authentication needs an administrator role: if Act-On will " +
  "not connect with the token of role Act-On Integration (id 1001) at first, connect once with an Administrator's " +
  'token, then switch to this one.';
const NO_LOGINS = allRows([]);

function evaluated(identity: CandidateIdentity, snapshot: AccountSnapshot) {
  return evaluateCandidate(identity, snapshot, gatherIntegrationEvidence(snapshot, 'ActOnTBA'));
}

/** token.active for the request's candidate (by default Ada Admin with the Administrator role). */
function requestTokenActive(snapshot: AccountSnapshot, inputs: AuditInputs = anAuditRequest()): CheckOutcome {
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

function fixOf(outcome: CheckOutcome): Fix {
  if (outcome.status === 'pass' || outcome.fix === undefined)
    throw new Error(`a ${outcome.status} outcome without a fix`);
  return outcome.fix;
}

function summaryOf(outcome: CheckOutcome): string | undefined {
  return outcome.status === 'pass' || outcome.status === 'info' ? undefined : outcome.summary;
}

function revokedAdminToken(id: number): AccessTokenFact {
  return aToken({ id, name: `Old token ${id}`, revoked: true, userId: 30, userName: 'Former Admin' });
}

describe('token.active for a token candidate', () => {
  it('passes an Administrator token used in a login, naming it, its owner and when it was created', () => {
    const outcome = evaluated(tokenCandidate(aToken()), aSnapshot()).outcomes['token.active'];

    expect(outcome).toEqual({
      status: 'pass',
      evidence: [
        'Token ActOnTBA Ada Admin Administrator (id 5), of user Ada Admin (id 7) with role Administrator (id 3), ' +
          'is active; it was created on 1 Oct 2026, 10:00 UTC.',
      ],
    });
  });

  it('adds that the other tokens were not examined when the list was cut and all read are usable', () => {
    const outcome = evaluated(tokenCandidate(aToken()), aSnapshot({ tokens: firstRowsOfMore([aToken()]) })).outcomes[
      'token.active'
    ];

    expect(outcome.evidence).toEqual([
      'Token ActOnTBA Ada Admin Administrator (id 5), of user Ada Admin (id 7) with role Administrator (id 3), is ' +
        'active; it was created on 1 Oct 2026, 10:00 UTC.',
      'The integration has more access tokens than the 1 read, all of them usable; the others were not examined.',
    ]);
  });

  it('passes a token candidate without the unread note when the token list itself is unreadable', () => {
    const outcome = evaluated(tokenCandidate(aToken()), aSnapshot({ tokens: unreadable('Permission Violation') }))
      .outcomes['token.active'];

    expect(outcome.evidence).toEqual([
      'Token ActOnTBA Ada Admin Administrator (id 5), of user Ada Admin (id 7) with role Administrator (id 3), is ' +
        'active; it was created on 1 Oct 2026, 10:00 UTC.',
    ]);
  });

  it("adds Act-On's first-connection note for a customized role's token that has never logged in", () => {
    const snapshot = aSnapshot({ tokens: allRows([actOnSyncToken()]), loginAttempts: NO_LOGINS });
    const outcome = evaluated(tokenCandidate(actOnSyncToken()), snapshot).outcomes['token.active'];

    expect(outcome.evidence).toEqual([
      'Token ActOnTBA Act-On Sync (id 8), of user Act-On Sync (id 21) with role Act-On Integration (id 1001), is ' +
        'active; it was created on 1 Oct 2026, 10:00 UTC.',
      FIRST_CONNECTION_NOTE,
    ]);
  });
});

describe("token.active for the request's candidate", () => {
  it('is unknown when the tokens cannot be read, saying which permission reads them', () => {
    const outcome = requestTokenActive(aSnapshot({ tokens: unreadable('Permission Violation') }));

    expect(outcome.status).toBe('unknown');
    expect(outcome.evidence).toEqual([
      'The access tokens could not be read: Permission Violation.',
      'Reading them needs the Access Token Management permission (the Administrator role has it).',
    ]);
    expect(fixOf(outcome).links[0]).toEqual(NEW_ACCESS_TOKEN);
  });

  it("is unknown when the cut list holds only other owners' usable tokens: a fitting one may be among the rest", () => {
    const outcome = requestTokenActive(aSnapshot({ tokens: firstRowsOfMore([actOnSyncToken()]) }));

    expect(outcome.status).toBe('unknown');
    expect(outcome.evidence).toEqual([
      'None of the 1 access tokens read for ActOnTBA is for user Ada Admin (id 7) and role Administrator (id 3).',
      'The integration has more access tokens than the 1 read and all of those are usable (usable tokens are read ' +
        'first), so a usable one for this user and role may be among the rest.',
    ]);
    expect(fixOf(outcome).steps).toEqual([
      'Go to Setup > Users/Roles > Access Tokens and look for an active token of ActOnTBA for user Ada Admin (id ' +
        '7) and role Administrator (id 3); if there is one, Act-On can use it and nothing needs creating. ' +
        'Otherwise:',
      ...CATALOGUE_STEPS,
    ]);
    expect(fixOf(outcome).links[0]).toEqual(NEW_ACCESS_TOKEN);
  });

  it('names the user as unknown when a candidate without a user may have its token among the unread ones', () => {
    const snapshot = aSnapshot({ tokens: firstRowsOfMore([aToken()]) });
    const outcome = evaluated(unknownUser, snapshot).outcomes['token.active'];

    expect(outcome.evidence[0]).toBe(
      'None of the 1 access tokens read for ActOnTBA is for user (unknown) and role Act-On Integration (id 1001).',
    );
  });

  it('is unknown when no token is read yet a token login succeeded: the audit cannot see what NetSuite sees', () => {
    const outcome = requestTokenActive(aSnapshot({ tokens: allRows([]) }));

    expect(outcome.status).toBe('unknown');
    expect(outcome.evidence).toEqual([
      'No access token of ActOnTBA was read, yet a token login for it succeeded on 24 Nov 2026, 09:00 UTC.',
      'NetSuite accepted a token that this audit cannot see, so the token list it read is not what NetSuite sees: ' +
        'please send this report (JSON) to the bundle maintainers.',
    ]);
    expect(fixOf(outcome).steps[0]).toBe(
      'Go to Setup > Users/Roles > Access Tokens and look for the active token of ActOnTBA that Act-On uses; if ' +
        'there is one, nothing needs creating. Otherwise:',
    );
    expect(fixOf(outcome).links[0]).toEqual(NEW_ACCESS_TOKEN);
  });

  it('fails pointing to the integration record check when the record is missing on a release that cannot create one', () => {
    const snapshot = aSnapshot({
      account: { accountId: '1234567', envType: 'PRODUCTION', version: '2027.1' },
      integrations: allRows([]),
      tokens: allRows([]),
      loginAttempts: NO_LOGINS,
    });
    const outcome = requestTokenActive(snapshot);

    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toEqual([
      'No access token can exist for ActOnTBA: there is no such integration record, and on NetSuite 2027.1 a new ' +
        'one cannot use Token-Based Authentication.',
    ]);
    expect(summaryOf(outcome)).toBe('No access token can exist for ActOnTBA: there is no such integration record');
    expect(fixOf(outcome).steps).toEqual(['See the integration record check: it says what to do on this release.']);
  });

  it('fails an account with no token at all by saying only that there is none', () => {
    const outcome = requestTokenActive(aSnapshot({ tokens: allRows([]), loginAttempts: NO_LOGINS }));

    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toEqual([
      'There is no usable access token for ActOnTBA, user Ada Admin (id 7) and role Administrator (id 3).',
    ]);
    expect(summaryOf(outcome)).toBe(
      'There is no active access token of ActOnTBA for Ada Admin with role Administrator',
    );
    expect(fixOf(outcome).steps).toEqual(CATALOGUE_STEPS);
    expect(fixOf(outcome).links[0]).toEqual(NEW_ACCESS_TOKEN);
  });

  it('fails the candidate whose own token was revoked, naming it and saying a revoked token cannot be restored', () => {
    const outcome = requestTokenActive(
      aSnapshot({ tokens: allRows([aToken({ revoked: true })]), loginAttempts: NO_LOGINS }),
    );

    expect(outcome.evidence).toEqual([
      'There is no usable access token for ActOnTBA, user Ada Admin (id 7) and role Administrator (id 3).',
      'Token ActOnTBA Ada Admin Administrator (id 5), of user Ada Admin (id 7) with role Administrator (id 3), ' +
        'was revoked.',
    ]);
    expect(summaryOf(outcome)).toBe('The access token ActOnTBA Ada Admin Administrator was revoked');
    expect(fixOf(outcome).steps).toEqual(['A revoked token cannot be restored: create a new one.', ...CATALOGUE_STEPS]);
  });

  it("names only the candidate's own revoked token, not other owners' unusable ones", () => {
    const outcome = requestTokenActive(
      aSnapshot({ tokens: allRows([aToken({ revoked: true }), revokedAdminToken(6)]), loginAttempts: NO_LOGINS }),
    );

    expect(outcome.evidence).toEqual([
      'There is no usable access token for ActOnTBA, user Ada Admin (id 7) and role Administrator (id 3).',
      'Token ActOnTBA Ada Admin Administrator (id 5), of user Ada Admin (id 7) with role Administrator (id 3), ' +
        'was revoked.',
    ]);
  });

  it(
    "gives a Web Services Only candidate whose own token was revoked the administrator's steps without a separate " +
      'replacement step',
    () => {
      const snapshot = aSnapshot({
        roles: ok([administratorRole(), aRole({ webServicesOnly: true })]),
        tokens: allRows([aToken({ ...actOnSyncToken(), revoked: true })]),
        loginAttempts: NO_LOGINS,
      });
      const outcome = requestTokenActive(snapshot, forSync);

      expect(fixOf(outcome).steps).toEqual([
        'A revoked token cannot be restored: create a new one.',
        'Log in as an administrator and go to Setup > Users/Roles > Access Tokens > New.',
        'Choose ActOnTBA as Application Name, Act-On Sync (id 21) as User and Act-On Integration (id 1001) as Role; ' +
          'click Save.',
        'Copy the Token ID and Token Secret at once (NetSuite shows them only once) and enter them in Act-On.',
      ]);
    },
  );

  it("fails the candidate whose own token is inactive, with the catalogue's steps alone", () => {
    const outcome = requestTokenActive(
      aSnapshot({ tokens: allRows([aToken({ inactive: true })]), loginAttempts: NO_LOGINS }),
    );

    expect(outcome.evidence[1]).toBe(
      'Token ActOnTBA Ada Admin Administrator (id 5), of user Ada Admin (id 7) with role Administrator (id 3), is ' +
        'marked Inactive.',
    );
    expect(summaryOf(outcome)).toBe('The access token ActOnTBA Ada Admin Administrator is marked Inactive');
    expect(fixOf(outcome).steps).toEqual(CATALOGUE_STEPS);
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

      expect(outcome.evidence).toEqual([
        'There is no usable access token for ActOnTBA, user with internal id 30 and role Act-On Integration (id 1001).',
        "None of the integration's tokens is for this user and role, and these can no longer be used:",
        'Token ActOnTBA Ada Admin Administrator (id 5), of user Ada Admin (id 7) with role Administrator (id 3), ' +
          'was revoked.',
        'Token ActOnTBA Other (id 9) is active but belongs to user Other User (id 30) with role Administrator (id 3).',
        FIRST_CONNECTION_NOTE,
      ]);
      expect(summaryOf(outcome)).toBe(
        'There is no active access token of ActOnTBA for id 30 with role Act-On Integration',
      );
    },
  );

  it('says, for a list cut at its bound, that none of the unread tokens can be used', () => {
    const outcome = requestTokenActive(
      aSnapshot({ tokens: firstRowsOfMore([actOnSyncToken(), revokedAdminToken(6)]), loginAttempts: NO_LOGINS }),
    );

    expect(outcome.evidence).toEqual([
      'There is no usable access token for ActOnTBA, user Ada Admin (id 7) and role Administrator (id 3).',
      'None of the 2 tokens read is for this user and role, and these can no longer be used:',
      'Token Old token 6 (id 6), of user Former Admin (id 30) with role Administrator (id 3), was revoked.',
      'Token ActOnTBA Act-On Sync (id 8) is active but belongs to user Act-On Sync (id 21) with role Act-On ' +
        'Integration (id 1001).',
      'The integration has more access tokens than the 2 read; usable tokens are read first, so none of the ' +
        'others can be used.',
    ]);
  });

  it('names five unusable tokens in full', () => {
    const tokens = [6, 7, 8, 9, 10].map(revokedAdminToken);
    const outcome = requestTokenActive(aSnapshot({ tokens: allRows(tokens), loginAttempts: NO_LOGINS }));

    expect(outcome.evidence).toHaveLength(7);
    expect(outcome.evidence[6]).toBe(
      'Token Old token 10 (id 10), of user Former Admin (id 30) with role Administrator (id 3), was revoked.',
    );
  });

  it('names the first five of seven unusable tokens and counts the two left', () => {
    const tokens = [6, 7, 8, 9, 10, 11, 12].map(revokedAdminToken);
    const outcome = requestTokenActive(aSnapshot({ tokens: allRows(tokens), loginAttempts: NO_LOGINS }));

    expect(outcome.evidence).toHaveLength(8);
    expect(outcome.evidence[6]).toBe(
      'Token Old token 10 (id 10), of user Former Admin (id 30) with role Administrator (id 3), was revoked.',
    );
    expect(outcome.evidence[7]).toBe('2 more are not listed.');
  });

  it('names the owner as an unknown user in the summary of a candidate without a user', () => {
    const outcome = evaluated(unknownUser, aSnapshot({ tokens: allRows([]), loginAttempts: NO_LOGINS })).outcomes[
      'token.active'
    ];

    expect(summaryOf(outcome)).toBe(
      'There is no active access token of ActOnTBA for an unknown user with role Act-On Integration',
    );
  });

  it("has an administrator create the token of a Web Services Only role's user, who cannot log in to the UI", () => {
    const snapshot = aSnapshot({
      roles: ok([administratorRole(), aRole({ webServicesOnly: true })]),
      tokens: allRows([]),
      loginAttempts: NO_LOGINS,
    });
    const outcome = requestTokenActive(snapshot, forSync);

    expect(outcome.evidence).toEqual([
      'There is no usable access token for ActOnTBA, user Act-On Sync (id 21) and role Act-On Integration (id 1001).',
      'Role Act-On Integration (id 1001) is a Web Services Only role: its user cannot log in to the NetSuite UI, ' +
        'so an administrator creates the token.',
      FIRST_CONNECTION_NOTE,
    ]);
    expect(fixOf(outcome).steps).toEqual([
      'Log in as an administrator and go to Setup > Users/Roles > Access Tokens > New.',
      'Choose ActOnTBA as Application Name, Act-On Sync (id 21) as User and Act-On Integration (id 1001) as Role; ' +
        'click Save.',
      'Copy the Token ID and Token Secret at once (NetSuite shows them only once) and enter them in Act-On.',
    ]);
  });

  it("calls the user Act-On's user in the administrator's steps when the Web Services Only candidate has no user", () => {
    const snapshot = aSnapshot({
      roles: ok([administratorRole(), aRole({ webServicesOnly: true })]),
      tokens: allRows([]),
      loginAttempts: NO_LOGINS,
    });
    const outcome = evaluated(unknownUser, snapshot).outcomes['token.active'];

    expect(fixOf(outcome).steps[1]).toBe(
      "Choose ActOnTBA as Application Name, Act-On's user as User and Act-On Integration (id 1001) as Role; click Save.",
    );
  });

  it('has another administrator create their own token: an administrator cannot create one for them', () => {
    const outcome = requestTokenActive(
      aSnapshot({ tokens: allRows([]), loginAttempts: NO_LOGINS }),
      anAuditRequest({ userId: ACTON_SYNC.id }),
    );

    expect(outcome.evidence).toEqual([
      'There is no usable access token for ActOnTBA, user Act-On Sync (id 21) and role Administrator (id 3).',
      'NetSuite does not let an administrator create a token for another administrator: Act-On Sync (id 21) must ' +
        'create it.',
    ]);
    expect(fixOf(outcome).steps).toEqual([
      'Ask Act-On Sync (id 21) to log in with the Administrator role, go to Home > Settings > Manage Access ' +
        'Tokens and click New My Access Token.',
      'Choose the Act-On integration as Application Name, keep the suggested token name and click Save.',
      'Copy the Token ID and Token Secret at once (NetSuite shows them only once) and enter them in Act-On.',
    ]);
  });

  it('gives an Administrator candidate without a user the default steps', () => {
    const adminWithoutUser: CandidateIdentity = { ...unknownUser, roleId: 3, roleName: 'Administrator' };
    const outcome = evaluated(adminWithoutUser, aSnapshot({ tokens: allRows([]), loginAttempts: NO_LOGINS })).outcomes[
      'token.active'
    ];

    expect(outcome.evidence).toEqual([
      'There is no usable access token for ActOnTBA, user (unknown) and role Administrator (id 3).',
    ]);
    expect(fixOf(outcome).steps).toEqual(CATALOGUE_STEPS);
  });

  it(
    'says once per Web Services Only role how an administrator replaces its unusable tokens, and nothing for other ' +
      "roles' tokens",
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

      expect(fixOf(outcome).steps).toEqual([
        'A revoked token cannot be restored: create a new one.',
        'To replace token ActOnTBA Act-On Sync (id 8) of the Web Services Only role Act-On Integration (id 1001), ' +
          'an administrator creates the new one at Setup > Users/Roles > Access Tokens > New (choose ActOnTBA, user ' +
          'Act-On Sync (id 21) and that role): its user cannot log in to the UI.',
        ...CATALOGUE_STEPS,
      ]);
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
  it('finds no problem with a role and user the account has', () => {
    expect(requestedRecordProblems(aSnapshot(), forSync)).toEqual([]);
  });

  it('finds no problem with the Administrator role even when the roles read do not list it', () => {
    expect(requestedRecordProblems(aSnapshot({ roles: ok([aRole()]) }), anAuditRequest({ roleId: 3 }))).toEqual([]);
  });

  it('names a role id no role has, saying where to find the right one', () => {
    expect(requestedRecordProblems(aSnapshot(), anAuditRequest({ roleId: 1002 }))).toEqual([
      {
        parameter: 'role',
        message: 'No role has internal id 1002: use the number in the ID column at Setup > Users/Roles > Manage Roles.',
      },
    ]);
  });

  it('names a user id no employee has, saying where to find the right one', () => {
    expect(requestedRecordProblems(aSnapshot(), anAuditRequest({ userId: 99 }))).toEqual([
      {
        parameter: 'user',
        message: 'No employee has internal id 99: use the number in the ID column at Lists > Employees > Employees.',
      },
    ]);
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
