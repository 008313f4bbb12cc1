import { evaluateReadiness } from '../../../src/core/engine';
import { ENTRY_FORMS_NOTE } from '../../../src/core/rules/rolePermissionChecks';
import { checkOf, linksOf } from '../../fixtures/reportReading';
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

// The exact sentences and fixes of the permission checks, for the role Act-On's token uses.

const ROLE_RECORD = '/app/setup/role.nl?id=1001';

/** The fix's steps of a check that has one. */
function stepsOf(check: ReturnType<typeof checkOf>): readonly string[] {
  if (!('fix' in check) || check.fix === undefined) throw new Error(`${check.id} has no fix`);
  return check.fix.steps;
}

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

describe('a role that holds every permission', () => {
  it('says which token-login permission it holds at Full', () => {
    expect(checkWith(ACTON_ROLE_PERMISSIONS, 'role.token-login').evidence).toEqual([
      'Role Act-On Integration (id 1001) has User Access Tokens at Full.',
    ]);
  });

  it('says it holds SOAP Web Services at Full', () => {
    expect(checkWith(ACTON_ROLE_PERMISSIONS, 'role.soap-web-services').evidence).toEqual([
      'Role Act-On Integration (id 1001) has SOAP Web Services at Full.',
    ]);
  });

  it("says it holds all nine permissions of Act-On's minimum, and that the entry forms are left to the person", () => {
    expect(checkWith(ACTON_ROLE_PERMISSIONS, 'role.acton-permissions').evidence).toEqual([
      "Role Act-On Integration (id 1001) has all 9 permissions of Act-On's minimum.",
      ENTRY_FORMS_NOTE,
    ]);
  });
});

describe('the Administrator role', () => {
  it('passes each permission check with its own sentence', () => {
    const report = evaluateReadiness(aSnapshot(), anAuditRequest());

    expect(checkOf(report, 'role.token-login').evidence).toEqual([
      'Administrator has every permission, so it may log in with access tokens.',
    ]);
    expect(checkOf(report, 'role.soap-web-services').evidence).toEqual([
      'Administrator has every permission, including SOAP Web Services.',
    ]);
    expect(checkOf(report, 'role.acton-permissions').evidence).toEqual([
      "Administrator has every permission of Act-On's minimum.",
      ENTRY_FORMS_NOTE,
    ]);
  });
});

describe('a role that lacks a permission', () => {
  it('names Access Token Management and why it is not enough', () => {
    const { ADMI_MANAGE_OWN_OAUTH_TOKENS: _removed, ...rest } = ACTON_ROLE_PERMISSIONS;

    expect(checkWith({ ...rest, ADMI_MANAGE_OAUTH_TOKENS: 3 }, 'role.token-login').evidence).toEqual([
      'Role Act-On Integration (id 1001) has User Access Tokens at None and Log in using Access Tokens at None.',
      "It has Access Token Management at Edit, which manages other users' tokens but does not let the role log in " +
        'with a token.',
    ]);
  });

  it.each(['role.token-login', 'role.soap-web-services', 'role.acton-permissions'] as const)(
    '%s links the fix to the role record',
    (id) => {
      const { ADMI_MANAGE_OWN_OAUTH_TOKENS: _token, ADMI_WEBSERVICES: _soap, ...rest } = ACTON_ROLE_PERMISSIONS;

      expect(linksOf(checkWith(rest, id))).toContain(ROLE_RECORD);
    },
  );

  it('gives the specific steps and the full sentence of the gaps', () => {
    const { LIST_CONTACTROLE: _removed, ...rest } = ACTON_ROLE_PERMISSIONS;

    const check = checkWith({ ...rest, ADMI_CUSTFIELD: 2 }, 'role.acton-permissions');

    expect(check.evidence).toEqual([
      "Role Act-On Integration (id 1001) lacks 2 permissions of Act-On's minimum: Contact Roles (Lists): None, " +
        'needs View; Custom Fields (Setup): Create, needs Edit.',
      ENTRY_FORMS_NOTE,
    ]);
    expect(stepsOf(check)).toEqual([
      'Go to Setup > Users/Roles > Manage Roles and edit the role.',
      'On Permissions > Lists, set Contact Roles to View.',
      'On Permissions > Setup, set Custom Fields to Edit.',
      'On the Forms subtab, enable the Contact and Customer/Lead/Prospect entry forms.',
      'Click Save.',
    ]);
  });

  it('names every missing permission in the summary', () => {
    const { LIST_CONTACTROLE: _removed, ...rest } = ACTON_ROLE_PERMISSIONS;

    expect(checkWith({ ...rest, ADMI_CUSTFIELD: 2 }, 'role.acton-permissions')).toMatchObject({
      summary: "The role Act-On Integration lacks 2 permissions of Act-On's minimum: Contact Roles, Custom Fields",
    });
  });
});

describe('a role whose permissions cannot be read', () => {
  const unreadableRole = aSnapshot({
    tokens: allRows([actOnSyncToken()]),
    roles: ok([administratorRole(), aRole({ permissions: unreadable('RolePermissions is not available') })]),
  });

  it("keeps the catalogue's generic steps for Act-On's minimum, and links the role record", () => {
    const check = checkOf(evaluateReadiness(unreadableRole, anAuditRequest()), 'role.acton-permissions');

    expect(stepsOf(check)).toEqual([
      'Go to Setup > Users/Roles > Manage Roles and edit the role.',
      'Add each missing permission at the level shown, on the Lists and Setup subtabs of Permissions.',
      'On the Forms subtab, enable the Contact and Customer/Lead/Prospect entry forms.',
      'Click Save.',
    ]);
    expect(linksOf(check)).toContain(ROLE_RECORD);
  });

  it('says whose permissions could not be read, and why', () => {
    expect(checkOf(evaluateReadiness(unreadableRole, anAuditRequest()), 'role.soap-web-services').evidence).toEqual([
      'The permissions of role Act-On Integration (id 1001) could not be read: RolePermissions is not available.',
    ]);
  });

  it('says the roles could not be read when the role list itself failed', () => {
    const snapshot = aSnapshot({
      tokens: allRows([actOnSyncToken()]),
      roles: unreadable('Role table is not available'),
    });

    expect(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.soap-web-services').evidence).toEqual([
      'The roles could not be read: Role table is not available.',
    ]);
  });

  it('says no role has the id when the role is not among those read', () => {
    const snapshot = aSnapshot({ tokens: allRows([actOnSyncToken()]), roles: ok([administratorRole()]) });

    expect(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.soap-web-services').evidence).toEqual([
      `No role with internal id ${ACTON_ROLE.id} was found.`,
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

    expect(checkOf(evaluateReadiness(snapshot, anAuditRequest()), 'role.soap-web-services').evidence).toEqual([
      'The roles could not be read: Role table is not available.',
      'The levels shown are those of your own session, which uses this role.',
      'Role Act-On Integration (id 1001) has SOAP Web Services at Full.',
    ]);
  });
});
