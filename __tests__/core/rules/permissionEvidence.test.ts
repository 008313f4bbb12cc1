import { evaluateReadiness } from '../../../src/core/engine';
import { checkOf, linksOf, fixIdOf } from '../../fixtures/reportReading';
import {
  ACTON_ROLE,
  ACTON_ROLE_PERMISSIONS,
  ACTON_SYNC,
  actOnSyncToken,
  administratorRole,
  allRows,
  anAuditRequest,
  aRole,
  aSnapshot,
  ok,
  unreadable,
} from '../../fixtures/snapshotBuilder';
import type { PermissionLevel } from '../../../src/core/snapshot';

// The findings and fixes of the permission checks, for the role Act-On's token uses.

const ROLE_RECORD = '/app/setup/role.nl?id=1001';
const INTEGRATION_ROLE = { id: 1001, name: 'Act-On Integration' };
const ENTRY_FORMS = { id: 'entryForms', data: {} };

function integrationRoleWith(permissions: Record<string, PermissionLevel>) {
  return aSnapshot({
    tokens: allRows([actOnSyncToken()]),
    roles: ok([administratorRole(), aRole({ permissions: ok(permissions) })]),
  });
}

function checkWith(
  permissions: Record<string, PermissionLevel>,
  id: 'role.token-login' | 'role.soap-web-services' | 'role.acton-permissions',
) {
  return checkOf(evaluateReadiness(integrationRoleWith(permissions), anAuditRequest()), id);
}

/** The fix a check chose, by id and data. */

describe('a role that holds every permission', () => {
  it('names the token-login permission it holds at Full', () => {
    expect(checkWith(ACTON_ROLE_PERMISSIONS, 'role.token-login').findings).toEqual([
      { id: 'granted', data: { role: INTEGRATION_ROLE, permission: 'User Access Tokens' } },
    ]);
  });

  it('names the level of SOAP Web Services it holds', () => {
    expect(checkWith(ACTON_ROLE_PERMISSIONS, 'role.soap-web-services').findings).toEqual([
      { id: 'level', data: { role: INTEGRATION_ROLE, permission: 'SOAP Web Services', level: 'Full' } },
    ]);
  });

  it("counts all nine permissions of Act-On's minimum, and leaves the entry forms to the person", () => {
    expect(checkWith(ACTON_ROLE_PERMISSIONS, 'role.acton-permissions').findings).toEqual([
      { id: 'hasMinimum', data: { role: INTEGRATION_ROLE, count: 9 } },
      ENTRY_FORMS,
    ]);
  });
});

describe('the Administrator role', () => {
  it('passes each permission check because Administrator holds every permission', () => {
    const report = evaluateReadiness(aSnapshot(), anAuditRequest());

    expect(checkOf(report, 'role.token-login').findings).toEqual([{ id: 'administratorHasAll', data: {} }]);
    expect(checkOf(report, 'role.soap-web-services').findings).toEqual([{ id: 'administratorHasAll', data: {} }]);
    expect(checkOf(report, 'role.acton-permissions').findings).toEqual([
      { id: 'administratorHasMinimum', data: {} },
      ENTRY_FORMS,
    ]);
  });
});

describe('a role that lacks a permission', () => {
  it('names Access Token Management and its level: it is not enough to log in with a token', () => {
    const { ADMI_MANAGE_OWN_OAUTH_TOKENS: _removed, ...rest } = ACTON_ROLE_PERMISSIONS;

    expect(checkWith({ ...rest, ADMI_MANAGE_OAUTH_TOKENS: 3 }, 'role.token-login').findings).toEqual([
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
      { id: 'managementOnly', data: { permission: 'Access Token Management', level: 'Edit' } },
    ]);
  });

  it.each(['role.token-login', 'role.soap-web-services', 'role.acton-permissions'] as const)(
    '%s links the fix to the role record',
    (id) => {
      const { ADMI_MANAGE_OWN_OAUTH_TOKENS: _token, ADMI_WEBSERVICES: _soap, ...rest } = ACTON_ROLE_PERMISSIONS;

      expect(linksOf(checkWith(rest, id))).toContain(ROLE_RECORD);
    },
  );

  it('lists each missing permission with the level held and needed, and chooses the fix that sets them', () => {
    const { LIST_CONTACTROLE: _removed, ...rest } = ACTON_ROLE_PERMISSIONS;
    const missing = [
      { permission: 'Contact Roles', subtab: 'Lists', held: 'None', needed: 'View' },
      { permission: 'Custom Fields', subtab: 'Setup', held: 'Create', needed: 'Edit' },
    ];

    const check = checkWith({ ...rest, ADMI_CUSTFIELD: 2 }, 'role.acton-permissions');

    expect(check.findings).toEqual([{ id: 'lacks', data: { role: INTEGRATION_ROLE, missing } }, ENTRY_FORMS]);
    expect(fixIdOf(check)).toBe('addMissingPermissions');
  });
});

describe('a role whose permissions cannot be read', () => {
  const unreadableRole = aSnapshot({
    tokens: allRows([actOnSyncToken()]),
    roles: ok([administratorRole(), aRole({ permissions: unreadable('RolePermissions is not available') })]),
  });

  it("chooses the find-out fix for Act-On's minimum, linking the role record", () => {
    const check = checkOf(evaluateReadiness(unreadableRole, anAuditRequest()), 'role.acton-permissions');

    expect(check.status).toBe('unknown');
    expect(fixIdOf(check)).toBe('findOutPermissions');
    expect(linksOf(check)).toContain(ROLE_RECORD);
  });

  it('says whose permissions could not be read, and why', () => {
    expect(checkOf(evaluateReadiness(unreadableRole, anAuditRequest()), 'role.soap-web-services').findings).toEqual([
      {
        id: 'permissionsUnreadable',
        data: { role: INTEGRATION_ROLE, reason: 'RolePermissions is not available', code: null },
      },
    ]);
  });

  it('says the roles could not be read when the role list itself failed', () => {
    const snapshot = aSnapshot({
      tokens: allRows([actOnSyncToken()]),
      roles: unreadable('Role table is not available'),
    });

    expect(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.soap-web-services').findings).toEqual([
      { id: 'rolesUnreadable', data: { reason: 'Role table is not available', code: null } },
    ]);
  });

  it('says no role has the id when the role is not among those read', () => {
    const snapshot = aSnapshot({ tokens: allRows([actOnSyncToken()]), roles: ok([administratorRole()]) });

    expect(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.soap-web-services').findings).toEqual([
      { id: 'roleNotFound', data: { roleId: ACTON_ROLE.id } },
    ]);
  });

  it("says the levels come from the person's own session when the role is theirs", () => {
    const snapshot = aSnapshot({
      tokens: allRows([actOnSyncToken()]),
      roles: unreadable('Role table is not available'),
      currentUser: {
        id: ACTON_SYNC.id,
        name: ACTON_SYNC.name,
        roleId: ACTON_ROLE.id,
        permissions: ok(ACTON_ROLE_PERMISSIONS),
      },
    });

    expect(
      checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.soap-web-services').findings.map(({ id }) => id),
    ).toEqual(['rolesUnreadable', 'sessionLevels', 'level']);
  });
});
