import { evaluateReadiness } from '../../../src/core/engine';
import { checkOf, linksOf, statusOf, wordsOf } from '../../fixtures/reportReading';
import {
  ACTON_ROLE,
  ACTON_ROLE_PERMISSIONS,
  ACTON_SYNC,
  actOnSyncEmployee,
  administratorRole,
  aLoginAttempt,
  allFeaturesOn,
  allRows,
  anAuditRequest,
  anEmployee,
  aRole,
  aSnapshot,
  aToken,
  firstRowsOfMore,
  ok,
  unreadable,
  actOnSyncToken,
} from '../../fixtures/snapshotBuilder';

const syncToken = actOnSyncToken();

const INTEGRATION_ROLE = { id: 1001, name: 'Act-On Integration' };

/** The permissions role.acton-permissions found missing, by name, subtab and levels. */
function missingOf(check: ReturnType<typeof checkOf>): unknown {
  return check.findings.find((finding) => finding.id === 'lacks')?.data.missing;
}

/** The Act-On Integration role's token, with the role's permissions replaced. */
function integrationRoleWith(permissions: Record<string, 0 | 1 | 2 | 3 | 4>) {
  return aSnapshot({
    tokens: allRows([syncToken]),
    roles: ok([administratorRole(), aRole({ permissions: ok(permissions) })]),
  });
}

describe('token.active', () => {
  it('passes a token candidate, naming the token and when it was created', () => {
    const check = checkOf(evaluateReadiness(aSnapshot(), anAuditRequest()), 'token.active');

    expect(check.status).toBe('pass');
    expect(wordsOf(check)).toContain('ActOnTBA Ada Admin Administrator (id 5)');
    expect(wordsOf(check)).toContain('1 Oct 2026, 10:00 UTC');
  });

  it('fails naming the inactive token of the same user and role', () => {
    const check = checkOf(
      evaluateReadiness(aSnapshot({ tokens: allRows([aToken({ inactive: true })]) }), anAuditRequest()),
      'token.active',
    );

    expect(check.status).toBe('fail');
    expect(wordsOf(check)).toContain('is marked Inactive');
  });

  it("names the integration's revoked tokens of other users when the request's user has none", () => {
    const revokedSync = aToken({ ...syncToken, revoked: true });

    const check = checkOf(
      evaluateReadiness(aSnapshot({ tokens: allRows([revokedSync]) }), anAuditRequest()),
      'token.active',
    );

    expect(check.status).toBe('fail');
    expect(check.findings.slice(1, 3)).toEqual([
      { id: 'noneForCandidate', data: { read: 1, complete: true } },
      {
        id: 'unusableToken',
        data: {
          token: { id: 8, name: 'ActOnTBA Act-On Sync' },
          user: { id: 21, name: 'Act-On Sync' },
          role: INTEGRATION_ROLE,
          revoked: true,
        },
      },
    ]);
  });

  it('fails saying there is no token for the integration, user and role', () => {
    const check = checkOf(
      evaluateReadiness(aSnapshot({ tokens: allRows([]), loginAttempts: allRows([]) }), anAuditRequest()),
      'token.active',
    );

    expect(check.status).toBe('fail');
    expect(check.findings).toEqual([
      {
        id: 'noUsableToken',
        data: { integration: 'ActOnTBA', user: { id: 7, name: 'Ada Admin' }, role: { id: 3, name: 'Administrator' } },
      },
    ]);
  });

  it('is unknown, not failed, when no token is read although a token login for the integration succeeded in the window', () => {
    const check = checkOf(evaluateReadiness(aSnapshot({ tokens: allRows([]) }), anAuditRequest()), 'token.active');

    expect(check.status).toBe('unknown');
    expect(check.findings.map(({ id }) => id)).toEqual(['unseenTokens', 'unseenTokensNote']);
  });

  it('still fails when the tokens read are all revoked, even after an older successful login', () => {
    const check = checkOf(
      evaluateReadiness(aSnapshot({ tokens: allRows([aToken({ revoked: true })]) }), anAuditRequest()),
      'token.active',
    );

    expect(check.status).toBe('fail');
  });

  it("is unknown, not failed, when a cut token list holds only usable tokens and none is the request's", () => {
    const adminTokens = Array.from({ length: 100 }, (_, index) => aToken({ id: 1000 + index }));

    const check = checkOf(
      evaluateReadiness(aSnapshot({ tokens: firstRowsOfMore(adminTokens) }), anAuditRequest({ roleId: ACTON_ROLE.id })),
      'token.active',
    );

    expect(check.status).toBe('unknown');
    expect(wordsOf(check)).toContain(
      'None of the 100 access tokens read for ActOnTBA is for user Ada Admin (id 7) and role Act-On Integration ' +
        '(id 1001).',
    );
    expect(wordsOf(check)).toContain('a usable one for this user and role may be among the rest');
    expect(linksOf(check)).toContain('/app/setup/accesstokens.nl');
  });

  it('still fails when a cut token list reaches a revoked token, because usable tokens are read first', () => {
    const tokens = [
      aToken({ id: 1000 }),
      ...Array.from({ length: 99 }, (_, index) => aToken({ id: 2000 + index, revoked: true })),
    ];

    const check = checkOf(
      evaluateReadiness(aSnapshot({ tokens: firstRowsOfMore(tokens) }), anAuditRequest({ roleId: ACTON_ROLE.id })),
      'token.active',
    );

    expect(check.status).toBe('fail');
    expect(wordsOf(check)).toContain('None of the 100 tokens read is for this user and role');
    expect(wordsOf(check)).toContain(
      'The integration has more access tokens than the 100 read; usable tokens are read first, so none of the ' +
        'others can be used.',
    );
  });

  it('passes a token candidate from a cut list of usable tokens, saying the others were not examined', () => {
    const adminTokens = Array.from({ length: 100 }, (_, index) => aToken({ id: 1000 + index }));

    const check = checkOf(
      evaluateReadiness(aSnapshot({ tokens: firstRowsOfMore(adminTokens) }), anAuditRequest()),
      'token.active',
    );

    expect(check.status).toBe('pass');
    expect(check.evidence).toContain(
      'The integration has more access tokens than the 100 read, all of them usable; the others were not examined.',
    );
  });

  it('points at active tokens of other users when the request names a user without one', () => {
    const check = checkOf(evaluateReadiness(aSnapshot(), anAuditRequest({ userId: ACTON_SYNC.id })), 'token.active');

    expect(check.status).toBe('fail');
    expect(wordsOf(check)).toContain('is active but belongs to user Ada Admin (id 7)');
  });
});

describe('role.token-login', () => {
  it('passes the Administrator role without reading its permissions', () => {
    const snapshot = aSnapshot({
      roles: ok([{ ...administratorRole(), permissions: unreadable('no rows for role 3') }]),
    });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.token-login')).toBe('pass');
  });

  it('passes a role with Log in using Access Tokens instead of User Access Tokens', () => {
    const { ADMI_MANAGE_OWN_OAUTH_TOKENS: _removed, ...rest } = ACTON_ROLE_PERMISSIONS;

    expect(
      statusOf(
        evaluateReadiness(integrationRoleWith({ ...rest, ADMI_LOGIN_OAUTH: 4 }), anAuditRequest()),
        'role.token-login',
      ),
    ).toBe('pass');
  });

  it('fails a role with neither permission, saying both are at None', () => {
    const { ADMI_MANAGE_OWN_OAUTH_TOKENS: _removed, ...rest } = ACTON_ROLE_PERMISSIONS;

    const check = checkOf(evaluateReadiness(integrationRoleWith(rest), anAuditRequest()), 'role.token-login');

    expect(check.status).toBe('fail');
    expect(check.findings).toEqual([
      {
        id: 'levels',
        data: {
          role: INTEGRATION_ROLE,
          held: [
            { permission: 'User Access Tokens', level: 'None' },
            { permission: 'Log in using Access Tokens', level: 'None' },
          ],
        },
      },
    ]);
  });

  it("is unknown, quoting the reason, when the role's permissions cannot be read", () => {
    const snapshot = aSnapshot({
      tokens: allRows([syncToken]),
      roles: ok([aRole({ permissions: unreadable('RolePermissions is not available') })]),
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.token-login');

    expect(check.status).toBe('unknown');
    expect(wordsOf(check)).toContain('RolePermissions is not available');
  });

  it('passes, saying why, when the role lists no permission rows but a token login with it succeeded in the window', () => {
    const unlisted = unreadable(
      'NetSuite listed none of the audited permissions for role Act-On Integration (id 1001).',
    );
    const login = aLoginAttempt({
      tokenName: syncToken.name,
      userId: ACTON_SYNC.id,
      userName: ACTON_SYNC.name,
      roleId: ACTON_ROLE.id,
      roleName: ACTON_ROLE.name,
    });
    const snapshot = aSnapshot({
      tokens: allRows([syncToken]),
      roles: ok([administratorRole(), aRole({ permissions: unlisted })]),
      loginAttempts: allRows([login]),
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.token-login');

    expect(check.status).toBe('pass');
    expect(check.findings.at(-1)).toEqual({ id: 'provenByLogin', data: { role: INTEGRATION_ROLE, at: login.at } });
  });

  it('stays unknown when the role lists no permission rows and only another role logged in with a token', () => {
    const unlisted = unreadable(
      'NetSuite listed none of the audited permissions for role Act-On Integration (id 1001).',
    );
    const snapshot = aSnapshot({
      tokens: allRows([syncToken]),
      roles: ok([administratorRole(), aRole({ permissions: unlisted })]),
    });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.token-login')).toBe('unknown');
  });

  it("uses the person's own session when the role is theirs and its list cannot be read", () => {
    const snapshot = aSnapshot({
      tokens: allRows([syncToken]),
      roles: unreadable('Role table is not available'),
      currentUser: {
        id: ACTON_SYNC.id,
        name: ACTON_SYNC.name,
        roleId: ACTON_ROLE.id,
        permissions: ok(ACTON_ROLE_PERMISSIONS),
      },
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.token-login');

    expect(check.status).toBe('pass');
    expect(wordsOf(check)).toContain('your own session');
  });
});

describe('role.soap-web-services', () => {
  it('fails a role with SOAP Web Services below Full, naming its level', () => {
    const check = checkOf(
      evaluateReadiness(integrationRoleWith({ ...ACTON_ROLE_PERMISSIONS, ADMI_WEBSERVICES: 1 }), anAuditRequest()),
      'role.soap-web-services',
    );

    expect(check.status).toBe('fail');
    expect(check.findings).toEqual([
      { id: 'level', data: { role: INTEGRATION_ROLE, permission: 'SOAP Web Services', level: 'View' } },
    ]);
  });
});

describe('role.acton-permissions', () => {
  it('lists every missing permission with its level and the level needed', () => {
    const { LIST_CONTACT: _contacts, ...rest } = ACTON_ROLE_PERMISSIONS;

    const check = checkOf(
      evaluateReadiness(integrationRoleWith({ ...rest, ADMI_CUSTLIST: 1 }), anAuditRequest()),
      'role.acton-permissions',
    );

    expect(check.status).toBe('fail');
    expect(missingOf(check)).toEqual([
      { permission: 'Contacts', subtab: 'Lists', held: 'None', needed: 'Full' },
      { permission: 'Custom Lists', subtab: 'Setup', held: 'View', needed: 'Edit' },
    ]);
  });

  it('accepts Employee Record at View for Employees in an account with Advanced Employee Permissions', () => {
    const { LIST_EMPLOYEE: _employees, ...rest } = ACTON_ROLE_PERMISSIONS;
    const snapshot = {
      ...integrationRoleWith({ ...rest, LIST_EMPLOYEE_RECORD: 1 }),
      features: allFeaturesOn({ ADVANCEDEMPLOYEEPERMISSIONS: ok(true) }),
    };

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.acton-permissions')).toBe('pass');
  });

  it('accepts Employee Public at View for Employees too', () => {
    const { LIST_EMPLOYEE: _employees, ...rest } = ACTON_ROLE_PERMISSIONS;
    const snapshot = {
      ...integrationRoleWith({ ...rest, LIST_EMPLOYEE_PUBLIC: 2 }),
      features: allFeaturesOn({ ADVANCEDEMPLOYEEPERMISSIONS: ok(true) }),
    };

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.acton-permissions')).toBe('pass');
  });

  it('names the permissions that exist in an account with Advanced Employee Permissions when none is held', () => {
    const { LIST_EMPLOYEE: _employees, ...rest } = ACTON_ROLE_PERMISSIONS;
    const snapshot = {
      ...integrationRoleWith(rest),
      features: allFeaturesOn({ ADVANCEDEMPLOYEEPERMISSIONS: ok(true) }),
    };

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.acton-permissions');

    expect(check.status).toBe('fail');
    expect(missingOf(check)).toEqual([
      { permission: 'Employee Record or Employee Public', subtab: 'Lists', held: 'None', needed: 'View' },
    ]);
  });

  it('names Employees in an account without Advanced Employee Permissions', () => {
    const { LIST_EMPLOYEE: _employees, ...rest } = ACTON_ROLE_PERMISSIONS;

    const check = checkOf(evaluateReadiness(integrationRoleWith(rest), anAuditRequest()), 'role.acton-permissions');

    expect(missingOf(check)).toEqual([{ permission: 'Employees', subtab: 'Lists', held: 'None', needed: 'View' }]);
  });

  it('names both forms when the feature cannot be read', () => {
    const { LIST_EMPLOYEE: _employees, ...rest } = ACTON_ROLE_PERMISSIONS;
    const snapshot = {
      ...integrationRoleWith(rest),
      features: allFeaturesOn({ ADVANCEDEMPLOYEEPERMISSIONS: unreadable('SSS_INVALID_FEATURE_ID') }),
    };

    expect(missingOf(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.acton-permissions'))).toEqual([
      {
        permission: 'Employees (in accounts with Advanced Employee Permissions: Employee Record or Employee Public)',
        subtab: 'Lists',
        held: 'None',
        needed: 'View',
      },
    ]);
  });

  it('says the entry forms cannot be read, and chooses the fix that sets each missing permission', () => {
    const check = checkOf(evaluateReadiness(integrationRoleWith({}), anAuditRequest()), 'role.acton-permissions');

    expect(check.findings.map(({ id }) => id)).toEqual(['lacks', 'entryForms']);
    expect(check.status !== 'pass' && check.fix?.id).toBe('addMissingPermissions');
    expect(check.status !== 'pass' && check.fix?.steps).toContain('On Permissions > Lists, set Contacts to Full.');
  });
});

describe('role.active', () => {
  it('fails an inactive role with a link to it', () => {
    const snapshot = aSnapshot({ tokens: allRows([syncToken]), roles: ok([aRole({ inactive: true })]) });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.active');

    expect(check.status).toBe('fail');
    expect(linksOf(check)).toContain('/app/setup/role.nl?id=1001');
  });

  it('rejects a requested role that does not exist, like a malformed id, and audits the default role', () => {
    const report = evaluateReadiness(aSnapshot(), anAuditRequest({ roleId: 4242 }));

    expect(report.inputProblems).toEqual([expect.objectContaining({ parameter: 'role', rejectedValue: '4242' })]);
    expect(report.inputs.roleId).toBeNull();
    expect(statusOf(report, 'role.active')).toBe('pass');
    expect(report.verdict).toBe('READY');
  });

  it('audits a requested role as it is when the roles cannot be read: it cannot be proven missing', () => {
    const snapshot = aSnapshot({ roles: unreadable('Role table is not available') });
    const report = evaluateReadiness(snapshot, anAuditRequest({ roleId: 4242 }));

    expect(report.inputProblems).toEqual([]);
    expect(report.inputs.roleId).toBe(4242);
    expect(statusOf(report, 'role.active')).toBe('unknown');
  });

  it('is unknown when the roles cannot be read', () => {
    const snapshot = aSnapshot({ tokens: allRows([syncToken]), roles: unreadable('Role table is not available') });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.active')).toBe('unknown');
  });
});

describe('user.access', () => {
  it('fails an inactive employee', () => {
    const snapshot = aSnapshot({ employees: ok([anEmployee({ inactive: true })]) });

    expect(wordsOf(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'user.access'))).toContain(
      'Employee Ada Admin (id 7) is inactive.',
    );
  });

  it('fails an employee without Give Access', () => {
    const snapshot = aSnapshot({ employees: ok([anEmployee({ giveAccess: false })]) });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'user.access')).toBe('fail');
  });

  it("is unknown, quoting the reason, when the employee's roles cannot be read", () => {
    const snapshot = aSnapshot({
      employees: ok([anEmployee({ roleIds: unreadable('EmployeeRolesForSearch is not available') })]),
    });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'user.access');

    expect(check.status).toBe('unknown');
    expect(wordsOf(check)).toContain('EmployeeRolesForSearch is not available');
  });

  it('still fails on Give Access when the roles cannot be read', () => {
    const snapshot = aSnapshot({
      employees: ok([anEmployee({ giveAccess: false, roleIds: unreadable('not available') })]),
    });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'user.access')).toBe('fail');
  });

  it('rejects a requested user who is not an employee, like a malformed id, and audits the person running the audit', () => {
    const report = evaluateReadiness(aSnapshot(), anAuditRequest({ userId: 999 }));

    expect(report.inputProblems).toEqual([expect.objectContaining({ parameter: 'user', rejectedValue: '999' })]);
    expect(report.inputs.userId).toBeNull();
    expect(statusOf(report, 'user.access')).toBe('pass');
    expect(report.candidates[0]?.userId).toBe(7);
  });

  it("is unknown for a token's user missing from the employees read", () => {
    const snapshot = aSnapshot({ tokens: allRows([syncToken]), employees: ok([anEmployee()]) });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'user.access')).toBe('unknown');
  });

  it('is unknown when the employees cannot be read', () => {
    const snapshot = aSnapshot({ employees: unreadable('employee table is not available') });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'user.access')).toBe('unknown');
  });

  it('passes when the employee holds the role', () => {
    const snapshot = aSnapshot({ tokens: allRows([syncToken]), employees: ok([actOnSyncEmployee()]) });

    expect(statusOf(evaluateReadiness(snapshot, anAuditRequest()), 'user.access')).toBe('pass');
  });
});

describe('role.web-services-only', () => {
  it('says so when the role is Web Services Only', () => {
    const snapshot = aSnapshot({ tokens: allRows([syncToken]), roles: ok([aRole({ webServicesOnly: true })]) });

    const check = checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.web-services-only');

    expect(check.status).toBe('info');
    expect(wordsOf(check)).toContain('is a Web Services Only role');
  });

  it('says so when it is not', () => {
    const snapshot = aSnapshot({ tokens: allRows([syncToken]) });

    expect(wordsOf(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.web-services-only'))).toContain(
      'is not a Web Services Only role',
    );
  });
});
