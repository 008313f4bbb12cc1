/**
 * The record checks of one candidate, read outcome by outcome: role.active, user.access,
 * role.web-services-only and role.subsidiary-access, with their findings, summary, fix and the
 * record their fix links to.
 */
import type { CandidateIdentity } from '../../../src/core/candidates';
import type { Finding, FixChoice } from '../../../src/core/checks/define';
import type { RuleOutcome } from '../../../src/core/rules/outcomes';
import type { AccessTokenFact } from '../../../src/core/snapshot';
import {
  roleActiveOutcome,
  subsidiaryAccessOutcome,
  userAccessOutcome,
  webServicesOnlyOutcome,
} from '../../../src/core/rules/roleAndUserChecks';
import {
  ACTON_ROLE,
  ACTON_SYNC,
  actOnSyncEmployee,
  actOnSyncToken,
  administratorRole,
  allFeaturesOn,
  anEmployee,
  aRole,
  aSnapshot,
  aToken,
  ok,
  unreadable,
} from '../../fixtures/snapshotBuilder';

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

/** The request's candidate: Act-On Sync with the Act-On Integration role, no token. */
function requestedSync(overrides: Partial<CandidateIdentity> = {}): CandidateIdentity {
  return {
    source: 'request',
    token: null,
    userId: ACTON_SYNC.id,
    userName: ACTON_SYNC.name,
    roleId: ACTON_ROLE.id,
    roleName: ACTON_ROLE.name,
    ...overrides,
  };
}

/** The outcome's fix; a test that reads one expects it. */
function fixOf(outcome: RuleOutcome): FixChoice {
  if (outcome.status === 'pass' || outcome.fix === undefined)
    throw new Error(`a ${outcome.status} outcome without a fix`);
  return outcome.fix;
}

function summaryOf(outcome: RuleOutcome): Finding | undefined {
  return outcome.status === 'pass' || outcome.status === 'info' ? undefined : outcome.summary;
}

const syncCandidate = tokenCandidate(actOnSyncToken());
const adminCandidate = tokenCandidate(aToken());
const INTEGRATION_ROLE = { id: 1001, name: 'Act-On Integration' };
const SYNC = { id: 21, name: 'Act-On Sync' };
const ROLE_RECORD = { kind: 'role', ...INTEGRATION_ROLE };
const SYNC_RECORD = { kind: 'employee', ...SYNC };
const PERMISSION_VIOLATION = { reason: 'Permission Violation', code: null };

function idsOf(outcome: RuleOutcome): readonly string[] {
  return outcome.findings.map((finding) => finding.id);
}

describe('role.active', () => {
  it('passes an Administrator candidate when the roles cannot be read: Administrator cannot be made inactive', () => {
    const outcome = roleActiveOutcome(adminCandidate, aSnapshot({ roles: unreadable('Permission Violation') }));

    expect(outcome).toEqual({ status: 'pass', findings: [{ id: 'administratorAlwaysActive', data: {} }] });
  });

  it('passes an Administrator candidate whose role was read by naming the role as active', () => {
    expect(roleActiveOutcome(adminCandidate, aSnapshot())).toEqual({
      status: 'pass',
      findings: [{ id: 'active', data: { role: { id: 3, name: 'Administrator' } } }],
    });
  });

  it('passes an active customized role by naming it', () => {
    expect(roleActiveOutcome(syncCandidate, aSnapshot()).findings).toEqual([
      { id: 'active', data: { role: INTEGRATION_ROLE } },
    ]);
  });

  it('is unknown for a customized role when the roles cannot be read, with a find-out fix linking to the role', () => {
    const outcome = roleActiveOutcome(syncCandidate, aSnapshot({ roles: unreadable('Permission Violation') }));

    expect(outcome.status).toBe('unknown');
    expect(outcome.findings).toEqual([{ id: 'unreadable', data: { source: 'roles', ...PERMISSION_VIOLATION } }]);
    expect(fixOf(outcome)).toEqual({ id: 'findOutRoles', data: { role: INTEGRATION_ROLE }, records: [ROLE_RECORD] });
  });

  it("fails a token's role id that no role has, with a fix that looks the id up", () => {
    const outcome = roleActiveOutcome(syncCandidate, aSnapshot({ roles: ok([administratorRole()]) }));

    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([{ id: 'noSuchRole', data: { roleId: 1001 } }]);
    expect(summaryOf(outcome)).toEqual({ id: 'noSuchRoleSummary', data: { roleId: 1001 } });
    expect(fixOf(outcome)).toEqual({ id: 'findRole', data: { roleId: 1001 }, records: [] });
  });

  it('fails an inactive role, naming it and linking to it', () => {
    const outcome = roleActiveOutcome(
      syncCandidate,
      aSnapshot({ roles: ok([administratorRole(), aRole({ inactive: true })]) }),
    );

    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([{ id: 'inactive', data: { role: INTEGRATION_ROLE } }]);
    expect(summaryOf(outcome)).toEqual({ id: 'inactiveSummary', data: { role: INTEGRATION_ROLE } });
    expect(fixOf(outcome)).toEqual({ id: 'default', data: {}, records: [ROLE_RECORD] });
  });
});

describe('user.access', () => {
  it('is unknown when the candidate has no user, with a fix that finds the token user', () => {
    const outcome = userAccessOutcome(requestedSync({ userId: null, userName: null }), aSnapshot());

    expect(outcome.status).toBe('unknown');
    expect(idsOf(outcome)).toEqual(['noUserKnown']);
    expect(fixOf(outcome).id).toBe('findUser');
  });

  it('is unknown when the employees cannot be read, with a find-out fix linking to the employee', () => {
    const outcome = userAccessOutcome(syncCandidate, aSnapshot({ employees: unreadable('Permission Violation') }));

    expect(outcome.status).toBe('unknown');
    expect(outcome.findings).toEqual([{ id: 'employeesUnreadable', data: PERMISSION_VIOLATION }]);
    expect(fixOf(outcome)).toEqual({
      id: 'findOutEmployee',
      data: { employee: SYNC, unread: 'employees' },
      records: [SYNC_RECORD],
    });
  });

  it("fails the request's user id that no employee has", () => {
    const outcome = userAccessOutcome(requestedSync(), aSnapshot({ employees: ok([anEmployee()]) }));

    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([{ id: 'noSuchEmployee', data: { userId: 21 } }]);
    expect(summaryOf(outcome)).toEqual({ id: 'noSuchEmployeeSummary', data: { userId: 21 } });
    expect(fixOf(outcome).id).toBe('findEmployee');
  });

  it("is unknown for a token's user that is not among the employees read: it may not be an employee", () => {
    const outcome = userAccessOutcome(syncCandidate, aSnapshot({ employees: ok([anEmployee()]) }));

    expect(outcome.status).toBe('unknown');
    expect(outcome.findings).toEqual([
      { id: 'notAmongEmployees', data: { user: SYNC, token: { id: 8, name: 'ActOnTBA Act-On Sync' } } },
    ]);
    expect(fixOf(outcome)).toEqual({
      id: 'findOutEmployee',
      data: { employee: SYNC, unread: 'missing' },
      records: [SYNC_RECORD],
    });
  });

  it("passes the token's user who is active, has Give Access and holds the role", () => {
    expect(userAccessOutcome(syncCandidate, aSnapshot())).toEqual({
      status: 'pass',
      findings: [{ id: 'hasAccess', data: { employee: SYNC, role: INTEGRATION_ROLE } }],
    });
  });

  const access = { employee: SYNC, role: INTEGRATION_ROLE, inactive: false, noAccess: false, lacksRole: false };

  it("fails the token's inactive user, linking to the employee", () => {
    const outcome = userAccessOutcome(
      syncCandidate,
      aSnapshot({ employees: ok([anEmployee(), actOnSyncEmployee({ inactive: true })]) }),
    );

    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([{ id: 'inactive', data: { employee: SYNC } }]);
    expect(summaryOf(outcome)).toEqual({ id: 'accessSummary', data: { ...access, inactive: true, hasToken: true } });
    expect(fixOf(outcome)).toEqual({ id: 'default', data: {}, records: [SYNC_RECORD] });
  });

  it("fails the token's user without Give Access", () => {
    const outcome = userAccessOutcome(
      syncCandidate,
      aSnapshot({ employees: ok([anEmployee(), actOnSyncEmployee({ giveAccess: false })]) }),
    );

    expect(idsOf(outcome)).toEqual(['noAccess']);
    expect(summaryOf(outcome)?.data).toEqual({ ...access, noAccess: true, hasToken: true });
  });

  it("fails the token's user who holds other roles but no longer the token's", () => {
    const outcome = userAccessOutcome(
      syncCandidate,
      aSnapshot({ employees: ok([anEmployee(), actOnSyncEmployee({ roleIds: ok([3]) })]) }),
    );

    expect(outcome.findings).toEqual([
      { id: 'lacksRole', data: { employee: SYNC, role: INTEGRATION_ROLE, hasToken: true } },
    ]);
    expect(summaryOf(outcome)?.data).toEqual({ ...access, lacksRole: true, hasToken: true });
  });

  it("fails the request's user who does not hold the requested role, before any token exists", () => {
    const outcome = userAccessOutcome(
      requestedSync(),
      aSnapshot({ employees: ok([anEmployee(), actOnSyncEmployee({ roleIds: ok([3]) })]) }),
    );

    expect(outcome.findings).toEqual([
      { id: 'lacksRole', data: { employee: SYNC, role: INTEGRATION_ROLE, hasToken: false } },
    ]);
    expect(summaryOf(outcome)?.data).toEqual({ ...access, lacksRole: true, hasToken: false });
  });

  it('fails a user with every problem at once, one finding each and one summary joining them', () => {
    const employee = actOnSyncEmployee({ inactive: true, giveAccess: false, roleIds: ok([]) });
    const outcome = userAccessOutcome(requestedSync(), aSnapshot({ employees: ok([anEmployee(), employee]) }));

    expect(idsOf(outcome)).toEqual(['inactive', 'noAccess', 'lacksRole']);
    expect(summaryOf(outcome)?.data).toEqual({
      ...access,
      inactive: true,
      noAccess: true,
      lacksRole: true,
      hasToken: false,
    });
  });

  it('fails an inactive user whose roles cannot be read, saying so after the problem', () => {
    const employee = actOnSyncEmployee({ inactive: true, roleIds: unreadable('Permission Violation') });
    const outcome = userAccessOutcome(syncCandidate, aSnapshot({ employees: ok([anEmployee(), employee]) }));

    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      { id: 'inactive', data: { employee: SYNC } },
      { id: 'employeeRolesUnreadable', data: { employee: SYNC, ...PERMISSION_VIOLATION } },
    ]);
  });

  it('is unknown for an active user with access whose roles cannot be read, with a find-out fix', () => {
    const employee = actOnSyncEmployee({ roleIds: unreadable('Permission Violation') });
    const outcome = userAccessOutcome(syncCandidate, aSnapshot({ employees: ok([anEmployee(), employee]) }));

    expect(outcome.status).toBe('unknown');
    expect(idsOf(outcome)).toEqual(['activeWithAccess', 'employeeRolesUnreadable']);
    expect(fixOf(outcome).data).toEqual({ employee: SYNC, unread: 'roles' });
  });
});

describe('role.web-services-only, an information check', () => {
  it('says Administrator is not Web Services Only without reading the roles', () => {
    expect(webServicesOnlyOutcome(adminCandidate, aSnapshot({ roles: unreadable('Permission Violation') }))).toEqual({
      status: 'info',
      findings: [{ id: 'administratorIsNot', data: {} }],
    });
  });

  it('informs that the roles could not be read', () => {
    expect(webServicesOnlyOutcome(syncCandidate, aSnapshot({ roles: unreadable('Permission Violation') }))).toEqual({
      status: 'info',
      findings: [{ id: 'rolesUnreadable', data: PERMISSION_VIOLATION }],
    });
  });

  it('says no role has the id', () => {
    expect(webServicesOnlyOutcome(syncCandidate, aSnapshot({ roles: ok([administratorRole()]) }))).toEqual({
      status: 'info',
      findings: [{ id: 'noSuchRole', data: { roleId: 1001 } }],
    });
  });

  it('says a customized role is not Web Services Only, with nothing to do', () => {
    expect(webServicesOnlyOutcome(syncCandidate, aSnapshot())).toEqual({
      status: 'info',
      findings: [{ id: 'isNot', data: { role: INTEGRATION_ROLE } }],
    });
  });

  it('informs that a Web Services Only role cannot log in to the UI, leaving the fix to token.active', () => {
    const outcome = webServicesOnlyOutcome(
      syncCandidate,
      aSnapshot({ roles: ok([administratorRole(), aRole({ webServicesOnly: true })]) }),
    );

    expect(outcome).toEqual({ status: 'info', findings: [{ id: 'is', data: { role: INTEGRATION_ROLE } }] });
  });
});

describe('role.subsidiary-access, a warning check', () => {
  const oneWorld = allFeaturesOn({ SUBSIDIARIES: ok(true) });
  const restrictedTo = (option: string | null, restriction: string | null = null) =>
    aSnapshot({ features: oneWorld, roleSubsidiaries: ok([{ roleId: ACTON_ROLE.id, option, restriction }]) });
  const LOOK = { id: 'lookAtRestriction', data: { role: INTEGRATION_ROLE }, records: [ROLE_RECORD] };

  it('is unknown when whether the account is OneWorld cannot be read, with a fix that finds out', () => {
    const outcome = subsidiaryAccessOutcome(
      syncCandidate,
      aSnapshot({ features: allFeaturesOn({ SUBSIDIARIES: unreadable('Permission Violation') }) }),
    );

    expect(outcome.status).toBe('unknown');
    expect(outcome.findings).toEqual([{ id: 'oneWorldUnreadable', data: PERMISSION_VIOLATION }]);
    expect(fixOf(outcome).id).toBe('findOutOneWorld');
  });

  it('passes outside OneWorld, saying there are no subsidiaries to restrict', () => {
    expect(subsidiaryAccessOutcome(syncCandidate, aSnapshot())).toEqual({
      status: 'pass',
      findings: [{ id: 'notOneWorld', data: {} }],
    });
  });

  it('passes Administrator in a OneWorld account', () => {
    expect(subsidiaryAccessOutcome(adminCandidate, aSnapshot({ features: oneWorld }))).toEqual({
      status: 'pass',
      findings: [{ id: 'administratorSeesAll', data: {} }],
    });
  });

  it("asks a person to look when the role's restriction was not read", () => {
    const outcome = subsidiaryAccessOutcome(syncCandidate, aSnapshot({ features: oneWorld, roleSubsidiaries: null }));

    expect(outcome.status).toBe('manual');
    expect(idsOf(outcome)).toEqual(['notRead', 'restrictedNote']);
    expect(fixOf(outcome)).toEqual(LOOK);
  });

  it("asks a person to look when the role's restriction cannot be read, quoting why", () => {
    const outcome = subsidiaryAccessOutcome(
      syncCandidate,
      aSnapshot({ features: oneWorld, roleSubsidiaries: unreadable('Permission Violation') }),
    );

    expect(outcome.status).toBe('manual');
    expect(outcome.findings[0]).toEqual({ id: 'restrictionUnreadable', data: PERMISSION_VIOLATION });
  });

  it('asks a person to look when NetSuite gave only other roles a restriction', () => {
    const outcome = subsidiaryAccessOutcome(
      syncCandidate,
      aSnapshot({ features: oneWorld, roleSubsidiaries: ok([{ roleId: 1002, option: 'ALL', restriction: null }]) }),
    );

    expect(outcome.status).toBe('manual');
    expect(outcome.findings).toEqual([{ id: 'noRestrictionGiven', data: { role: INTEGRATION_ROLE } }]);
    expect(fixOf(outcome)).toEqual(LOOK);
  });

  it("asks a person to look when the role's restriction is empty", () => {
    const outcome = subsidiaryAccessOutcome(syncCandidate, restrictedTo(null));

    expect(outcome.status).toBe('manual');
    expect(idsOf(outcome)).toEqual(['noRestrictionGiven']);
  });

  it('passes a role that sees every subsidiary, whatever the case and spacing of the option', () => {
    expect(subsidiaryAccessOutcome(syncCandidate, restrictedTo(' all '))).toEqual({
      status: 'pass',
      findings: [{ id: 'all', data: { role: INTEGRATION_ROLE, option: ' all ' } }],
    });
  });

  it('warns of a role restricted to selected subsidiaries, naming them, with the fix linking to the role', () => {
    const outcome = subsidiaryAccessOutcome(syncCandidate, restrictedTo('SELECTED', 'Parent Company : East'));
    const option = { role: INTEGRATION_ROLE, option: 'SELECTED' };

    expect(outcome.status).toBe('warn');
    expect(outcome.findings).toEqual([
      { id: 'selected', data: { ...option, restriction: 'Parent Company : East' } },
      { id: 'leftOut', data: {} },
    ]);
    expect(summaryOf(outcome)).toEqual({ id: 'restrictedSummary', data: option });
    expect(fixOf(outcome)).toEqual({ id: 'default', data: {}, records: [ROLE_RECORD] });
  });

  it('warns of a restricted role whose subsidiaries NetSuite did not name', () => {
    const outcome = subsidiaryAccessOutcome(syncCandidate, restrictedTo('SELECTED'));

    expect(outcome.findings[0]?.data).toEqual({ role: INTEGRATION_ROLE, option: 'SELECTED', restriction: null });
  });

  it("warns of a role that sees only the user's own subsidiary, naming the token user whose record holds it", () => {
    const outcome = subsidiaryAccessOutcome(syncCandidate, restrictedTo('OWN'));

    expect(outcome.status).toBe('warn');
    expect(outcome.findings[0]).toEqual({ id: 'own', data: { role: INTEGRATION_ROLE, option: 'OWN', user: SYNC } });
  });

  it('passes a role that sees every active subsidiary, saying inactive ones are left out', () => {
    const outcome = subsidiaryAccessOutcome(syncCandidate, restrictedTo('ALLACTIVE'));

    expect(outcome).toEqual({
      status: 'pass',
      findings: [{ id: 'allActive', data: { role: INTEGRATION_ROLE, option: 'ALLACTIVE' } }],
    });
  });

  it('asks a person to look at a restriction value it does not know, quoting it', () => {
    const outcome = subsidiaryAccessOutcome(syncCandidate, restrictedTo('PARENTONLY'));

    expect(outcome.status).toBe('manual');
    expect(outcome.findings[0]).toEqual({
      id: 'unknownOption',
      data: { role: INTEGRATION_ROLE, option: 'PARENTONLY' },
    });
    expect(fixOf(outcome)).toEqual(LOOK);
  });

  it.each([
    ['outside OneWorld', aSnapshot()],
    ['unreadable OneWorld', aSnapshot({ features: allFeaturesOn({ SUBSIDIARIES: unreadable('denied') }) })],
    ['restricted', restrictedTo('OWN')],
    ['unknown option', restrictedTo('PARENTONLY')],
  ])('is never information (%s): a warning check passes or asks for something', (_case, snapshot) => {
    expect(subsidiaryAccessOutcome(syncCandidate, snapshot).status).not.toBe('info');
  });
});
