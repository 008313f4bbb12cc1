/**
 * The record checks of one candidate, read outcome by outcome: role.active, user.access,
 * role.web-services-only and role.subsidiary-access, with their exact evidence, summary and the
 * record their fix links to first.
 */
import type { CandidateIdentity } from '../../../src/core/candidates';
import type { CheckOutcome, Fix } from '../../../src/core/report';
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
function fixOf(outcome: CheckOutcome): Fix {
  if (outcome.status === 'pass' || outcome.fix === undefined)
    throw new Error(`a ${outcome.status} outcome without a fix`);
  return outcome.fix;
}

function summaryOf(outcome: CheckOutcome): string | undefined {
  return outcome.status === 'pass' || outcome.status === 'info' ? undefined : outcome.summary;
}

const syncCandidate = tokenCandidate(actOnSyncToken());
const adminCandidate = tokenCandidate(aToken());
const ROLE_LINK = { label: 'Role Act-On Integration', href: '/app/setup/role.nl?id=1001' };
const SYNC_LINK = { label: 'Employee Act-On Sync', href: '/app/common/entity/employee.nl?id=21' };
const LOOK_AT_RESTRICTIONS =
  'Go to Setup > Users/Roles > Manage Roles, edit the role Act-On Integration (id 1001) and look at Subsidiary ' +
  'Restrictions.';

describe('role.active', () => {
  it('passes an Administrator candidate when the roles cannot be read: Administrator cannot be made inactive', () => {
    const outcome = roleActiveOutcome(adminCandidate, aSnapshot({ roles: unreadable('Permission Violation') }));

    expect(outcome).toEqual({
      status: 'pass',
      evidence: ['Administrator is a standard NetSuite role; only customized roles can be marked Inactive.'],
    });
  });

  it('passes an Administrator candidate whose role was read by naming the role as active', () => {
    expect(roleActiveOutcome(adminCandidate, aSnapshot())).toEqual({
      status: 'pass',
      evidence: ['Role Administrator (id 3) is active.'],
    });
  });

  it('passes an active customized role by naming it', () => {
    expect(roleActiveOutcome(syncCandidate, aSnapshot())).toEqual({
      status: 'pass',
      evidence: ['Role Act-On Integration (id 1001) is active.'],
    });
  });

  it('is unknown for a customized role when the roles cannot be read, linking to the role', () => {
    const outcome = roleActiveOutcome(syncCandidate, aSnapshot({ roles: unreadable('Permission Violation') }));

    expect(outcome.status).toBe('unknown');
    expect(outcome.evidence).toEqual(['The roles could not be read: Permission Violation.']);
    expect(fixOf(outcome).links[0]).toEqual(ROLE_LINK);
  });

  it('fails a role id no role has, saying where to find the right id', () => {
    const outcome = roleActiveOutcome(syncCandidate, aSnapshot({ roles: ok([administratorRole()]) }));

    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toEqual(['There is no role with internal id 1001.']);
    expect(summaryOf(outcome)).toBe('There is no role with internal id 1001');
    expect(fixOf(outcome).steps).toEqual([
      "Check the role's internal id in the ID column at Setup > Users/Roles > Manage Roles, and run this audit " +
        'again with it.',
    ]);
  });

  it('fails an inactive role, naming it and linking to it', () => {
    const outcome = roleActiveOutcome(
      syncCandidate,
      aSnapshot({ roles: ok([administratorRole(), aRole({ inactive: true })]) }),
    );

    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toEqual(['Role Act-On Integration (id 1001) is inactive.']);
    expect(summaryOf(outcome)).toBe('The role Act-On Integration is inactive');
    expect(fixOf(outcome).links[0]).toEqual(ROLE_LINK);
  });
});

describe('user.access', () => {
  it('is unknown when the candidate has no user', () => {
    const outcome = userAccessOutcome(requestedSync({ userId: null, userName: null }), aSnapshot());

    expect(outcome.status).toBe('unknown');
    expect(outcome.evidence).toEqual(['No user is known for this candidate.']);
  });

  it('is unknown when the employees cannot be read, linking to the employee', () => {
    const outcome = userAccessOutcome(syncCandidate, aSnapshot({ employees: unreadable('Permission Violation') }));

    expect(outcome.status).toBe('unknown');
    expect(outcome.evidence).toEqual(['The employees could not be read: Permission Violation.']);
    expect(fixOf(outcome).links[0]).toEqual(SYNC_LINK);
  });

  it("fails the request's user id that no employee has", () => {
    const outcome = userAccessOutcome(requestedSync(), aSnapshot({ employees: ok([anEmployee()]) }));

    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toEqual(['There is no employee with internal id 21.']);
    expect(summaryOf(outcome)).toBe('There is no employee with internal id 21');
  });

  it("is unknown for a token's user that is not among the employees read: it may not be an employee", () => {
    const outcome = userAccessOutcome(syncCandidate, aSnapshot({ employees: ok([anEmployee()]) }));

    expect(outcome.status).toBe('unknown');
    expect(outcome.evidence).toEqual([
      'User Act-On Sync (id 21) of token ActOnTBA Act-On Sync (id 8) is not among the employees read; it may not ' +
        'be an employee record.',
    ]);
    expect(fixOf(outcome).links[0]).toEqual(SYNC_LINK);
  });

  it("passes the token's user who is active, has Give Access and holds the role", () => {
    expect(userAccessOutcome(syncCandidate, aSnapshot())).toEqual({
      status: 'pass',
      evidence: [
        'Employee Act-On Sync (id 21) is active, has Give Access checked and holds role Act-On Integration (id 1001).',
      ],
    });
  });

  it("fails the token's inactive user", () => {
    const outcome = userAccessOutcome(
      syncCandidate,
      aSnapshot({ employees: ok([anEmployee(), actOnSyncEmployee({ inactive: true })]) }),
    );

    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toEqual(['Employee Act-On Sync (id 21) is inactive.']);
    expect(summaryOf(outcome)).toBe("The token's user Act-On Sync is inactive");
    expect(fixOf(outcome).links[0]).toEqual(SYNC_LINK);
  });

  it("fails the token's user without Give Access", () => {
    const outcome = userAccessOutcome(
      syncCandidate,
      aSnapshot({ employees: ok([anEmployee(), actOnSyncEmployee({ giveAccess: false })]) }),
    );

    expect(outcome.evidence).toEqual([
      'Employee Act-On Sync (id 21) does not have Give Access checked, so it cannot log in at all.',
    ]);
    expect(summaryOf(outcome)).toBe("The token's user Act-On Sync does not have Give Access checked");
  });

  it("fails the token's user who holds other roles but no longer the token's", () => {
    const outcome = userAccessOutcome(
      syncCandidate,
      aSnapshot({ employees: ok([anEmployee(), actOnSyncEmployee({ roleIds: ok([3]) })]) }),
    );

    expect(outcome.evidence).toEqual([
      'Employee Act-On Sync (id 21) no longer holds role Act-On Integration (id 1001): the role was removed from ' +
        'the user after the token was issued, and NetSuite refuses the token.',
    ]);
    expect(summaryOf(outcome)).toBe("The token's user Act-On Sync no longer holds the role Act-On Integration");
  });

  it("fails the request's user who does not hold the requested role, saying to add it before creating the token", () => {
    const outcome = userAccessOutcome(
      requestedSync(),
      aSnapshot({ employees: ok([anEmployee(), actOnSyncEmployee({ roleIds: ok([3]) })]) }),
    );

    expect(outcome.evidence).toEqual([
      'Employee Act-On Sync (id 21) does not hold role Act-On Integration (id 1001); add the role before creating ' +
        'the token.',
    ]);
    expect(summaryOf(outcome)).toBe('The user Act-On Sync does not hold the role Act-On Integration');
  });

  it('fails a user with every problem at once, one sentence each and one summary joining them', () => {
    const employee = actOnSyncEmployee({ inactive: true, giveAccess: false, roleIds: ok([]) });
    const outcome = userAccessOutcome(requestedSync(), aSnapshot({ employees: ok([anEmployee(), employee]) }));

    expect(outcome.evidence).toHaveLength(3);
    expect(summaryOf(outcome)).toBe(
      'The user Act-On Sync is inactive, does not have Give Access checked and does not hold the role Act-On ' +
        'Integration',
    );
  });

  it('fails an inactive user whose roles cannot be read, saying so after the problem', () => {
    const employee = actOnSyncEmployee({ inactive: true, roleIds: unreadable('Permission Violation') });
    const outcome = userAccessOutcome(syncCandidate, aSnapshot({ employees: ok([anEmployee(), employee]) }));

    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toEqual([
      'Employee Act-On Sync (id 21) is inactive.',
      'The roles of employee Act-On Sync (id 21) could not be read: Permission Violation.',
    ]);
    expect(summaryOf(outcome)).toBe("The token's user Act-On Sync is inactive");
  });

  it('is unknown for an active user with access whose roles cannot be read', () => {
    const employee = actOnSyncEmployee({ roleIds: unreadable('Permission Violation') });
    const outcome = userAccessOutcome(syncCandidate, aSnapshot({ employees: ok([anEmployee(), employee]) }));

    expect(outcome.status).toBe('unknown');
    expect(outcome.evidence).toEqual([
      'Employee Act-On Sync (id 21) is active and has Give Access checked.',
      'The roles of employee Act-On Sync (id 21) could not be read: Permission Violation.',
    ]);
  });
});

describe('role.web-services-only', () => {
  it('says Administrator is not Web Services Only without reading the roles', () => {
    expect(webServicesOnlyOutcome(adminCandidate, aSnapshot({ roles: unreadable('Permission Violation') }))).toEqual({
      status: 'info',
      evidence: ['Administrator is not a Web Services Only role.'],
    });
  });

  it('says the roles could not be read', () => {
    expect(webServicesOnlyOutcome(syncCandidate, aSnapshot({ roles: unreadable('Permission Violation') }))).toEqual({
      status: 'info',
      evidence: ['The roles could not be read: Permission Violation.'],
    });
  });

  it('says no role has the id', () => {
    expect(webServicesOnlyOutcome(syncCandidate, aSnapshot({ roles: ok([administratorRole()]) }))).toEqual({
      status: 'info',
      evidence: ['There is no role with internal id 1001.'],
    });
  });

  it('says a customized role is not Web Services Only, with nothing to do', () => {
    expect(webServicesOnlyOutcome(syncCandidate, aSnapshot())).toEqual({
      status: 'info',
      evidence: ['Role Act-On Integration (id 1001) is not a Web Services Only role.'],
    });
  });

  it('says a Web Services Only role cannot log in to the UI, linking to the role', () => {
    const outcome = webServicesOnlyOutcome(
      syncCandidate,
      aSnapshot({ roles: ok([administratorRole(), aRole({ webServicesOnly: true })]) }),
    );

    expect(outcome.status).toBe('info');
    expect(outcome.evidence).toEqual([
      'Role Act-On Integration (id 1001) is a Web Services Only role: it cannot log in to the NetSuite UI.',
    ]);
    expect(fixOf(outcome).links[0]).toEqual(ROLE_LINK);
  });
});

describe('role.subsidiary-access', () => {
  const oneWorld = allFeaturesOn({ SUBSIDIARIES: ok(true) });

  it('is unknown when whether the account is OneWorld cannot be read, linking to the role', () => {
    const outcome = subsidiaryAccessOutcome(
      syncCandidate,
      aSnapshot({ features: allFeaturesOn({ SUBSIDIARIES: unreadable('Permission Violation') }) }),
    );

    expect(outcome.status).toBe('unknown');
    expect(outcome.evidence).toEqual([
      'Whether this is a OneWorld account (feature SUBSIDIARIES) could not be read: Permission Violation.',
    ]);
    expect(fixOf(outcome).links[0]).toEqual(ROLE_LINK);
  });

  it('says roles are not restricted by subsidiary outside OneWorld', () => {
    expect(subsidiaryAccessOutcome(syncCandidate, aSnapshot())).toEqual({
      status: 'info',
      evidence: [
        'This is not a OneWorld account (feature SUBSIDIARIES is off): roles are not restricted by subsidiary.',
      ],
    });
  });

  it('passes Administrator in a OneWorld account', () => {
    expect(subsidiaryAccessOutcome(adminCandidate, aSnapshot({ features: oneWorld }))).toEqual({
      status: 'pass',
      evidence: ['Administrator sees every subsidiary.'],
    });
  });

  it("asks a person to look when the role's restriction was not read", () => {
    const outcome = subsidiaryAccessOutcome(syncCandidate, aSnapshot({ features: oneWorld, roleSubsidiaries: null }));

    expect(outcome.status).toBe('manual');
    expect(outcome.evidence).toEqual([
      "The role's subsidiary restriction was not read.",
      'If the role is restricted, Act-On sees only the customers and contacts of the subsidiaries it allows.',
    ]);
    expect(fixOf(outcome).steps[0]).toBe(LOOK_AT_RESTRICTIONS);
    expect(fixOf(outcome).links[0]).toEqual(ROLE_LINK);
  });

  it("asks a person to look when the role's restriction cannot be read, quoting why", () => {
    const outcome = subsidiaryAccessOutcome(
      syncCandidate,
      aSnapshot({ features: oneWorld, roleSubsidiaries: unreadable('Permission Violation') }),
    );

    expect(outcome.status).toBe('manual');
    expect(outcome.evidence).toEqual([
      "The role's subsidiary restriction could not be read: Permission Violation.",
      'If the role is restricted, Act-On sees only the customers and contacts of the subsidiaries it allows.',
    ]);
  });

  it('asks a person to look when NetSuite gave only other roles a restriction', () => {
    const outcome = subsidiaryAccessOutcome(
      syncCandidate,
      aSnapshot({ features: oneWorld, roleSubsidiaries: ok([{ roleId: 1002, option: 'ALL', restriction: null }]) }),
    );

    expect(outcome.status).toBe('manual');
    expect(outcome.evidence).toEqual([
      'NetSuite gave no subsidiary restriction for role Act-On Integration (id 1001).',
    ]);
    expect(fixOf(outcome).steps[0]).toBe(LOOK_AT_RESTRICTIONS);
    expect(fixOf(outcome).links[0]).toEqual(ROLE_LINK);
  });

  it("asks a person to look when the role's restriction is empty", () => {
    const outcome = subsidiaryAccessOutcome(
      syncCandidate,
      aSnapshot({
        features: oneWorld,
        roleSubsidiaries: ok([{ roleId: ACTON_ROLE.id, option: null, restriction: null }]),
      }),
    );

    expect(outcome.status).toBe('manual');
    expect(outcome.evidence).toEqual([
      'NetSuite gave no subsidiary restriction for role Act-On Integration (id 1001).',
    ]);
  });

  it('passes a role that sees every subsidiary, whatever the case and spacing of the option', () => {
    const outcome = subsidiaryAccessOutcome(
      syncCandidate,
      aSnapshot({
        features: oneWorld,
        roleSubsidiaries: ok([{ roleId: ACTON_ROLE.id, option: ' all ', restriction: null }]),
      }),
    );

    expect(outcome).toEqual({
      status: 'pass',
      evidence: ['Role Act-On Integration (id 1001) sees every subsidiary (subsidiary restriction " all ").'],
    });
  });

  it('warns of a role restricted to selected subsidiaries, naming them', () => {
    const restricted = { roleId: ACTON_ROLE.id, option: 'SELECTED', restriction: 'Parent Company : East' };
    const outcome = subsidiaryAccessOutcome(
      syncCandidate,
      aSnapshot({ features: oneWorld, roleSubsidiaries: ok([restricted]) }),
    );

    expect(outcome.status).toBe('warn');
    expect(outcome.evidence).toEqual([
      'Role Act-On Integration (id 1001) is restricted to some subsidiaries (subsidiary restriction "SELECTED": ' +
        'Parent Company : East).',
      'Act-On sees only the customers and contacts of those subsidiaries; the others are left out of the sync.',
    ]);
    expect(summaryOf(outcome)).toBe(
      'The role Act-On Integration sees only some subsidiaries (subsidiary restriction "SELECTED")',
    );
    expect(fixOf(outcome).links[0]).toEqual(ROLE_LINK);
  });

  it('warns of a restricted role whose subsidiaries NetSuite did not name', () => {
    const outcome = subsidiaryAccessOutcome(
      syncCandidate,
      aSnapshot({
        features: oneWorld,
        roleSubsidiaries: ok([{ roleId: ACTON_ROLE.id, option: 'SELECTED', restriction: null }]),
      }),
    );

    expect(outcome.evidence[0]).toBe(
      'Role Act-On Integration (id 1001) is restricted to some subsidiaries (subsidiary restriction "SELECTED").',
    );
  });

  it("warns of a role that sees only the user's own subsidiary, naming the token user whose record holds it", () => {
    const outcome = subsidiaryAccessOutcome(
      syncCandidate,
      aSnapshot({
        features: oneWorld,
        roleSubsidiaries: ok([{ roleId: ACTON_ROLE.id, option: 'OWN', restriction: null }]),
      }),
    );

    expect(outcome.status).toBe('warn');
    expect(outcome.evidence[0]).toBe(
      'Role Act-On Integration (id 1001) sees only the user\'s own subsidiary (subsidiary restriction "OWN"): the ' +
        'subsidiary on the employee record of Act-On Sync (id 21) (Lists > Employees > Employees > the employee > ' +
        'Subsidiary).',
    );
  });

  it('passes a role that sees every active subsidiary, saying inactive ones are left out', () => {
    const outcome = subsidiaryAccessOutcome(
      syncCandidate,
      aSnapshot({
        features: oneWorld,
        roleSubsidiaries: ok([{ roleId: ACTON_ROLE.id, option: 'ALLACTIVE', restriction: null }]),
      }),
    );

    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toEqual([
      'Role Act-On Integration (id 1001) sees every active subsidiary (subsidiary restriction "ALLACTIVE"): inactive ' +
        'subsidiaries, and their customers and contacts, are left out of the sync.',
    ]);
  });

  it('asks a person to look at a restriction value it does not know, quoting it', () => {
    const outcome = subsidiaryAccessOutcome(
      syncCandidate,
      aSnapshot({
        features: oneWorld,
        roleSubsidiaries: ok([{ roleId: ACTON_ROLE.id, option: 'PARENTONLY', restriction: null }]),
      }),
    );

    expect(outcome.status).toBe('manual');
    expect(outcome.evidence[0]).toBe(
      'NetSuite gave the subsidiary restriction "PARENTONLY" for role Act-On Integration (id 1001), a value this ' +
        'audit does not know (SDF lists ALL, ALLACTIVE, OWN and SELECTED).',
    );
    expect(fixOf(outcome).steps[0]).toBe(LOOK_AT_RESTRICTIONS);
  });
});
