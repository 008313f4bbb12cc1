import { evaluateReadiness } from '../../../src/core/engine';
import {
  ACTON_REQUIRED_PERMISSIONS,
  PERMISSION_LEVEL_NAMES,
  SOAP_WEB_SERVICES,
  TOKEN_LOGIN_PERMISSIONS,
} from '../../../src/core/permissions';
import type { CheckId } from '../../../src/core/catalogue';
import type { PermissionLevel } from '../../../src/core/snapshot';
import { statusOf } from '../../fixtures/reportReading';
import {
  ACTON_ROLE_PERMISSIONS,
  actOnSyncToken,
  administratorRole,
  allRows,
  anAuditRequest,
  aRole,
  aSnapshot,
  ok,
} from '../../fixtures/snapshotBuilder';

// Each required permission at each of NetSuite's five levels: a check passes only at or above the
// level it requires, so a role at View never passes a check that needs Full.
const LEVELS: readonly PermissionLevel[] = [0, 1, 2, 3, 4];

const syncToken = actOnSyncToken();

function statusWithRolePermissions(permissions: Record<string, PermissionLevel>, check: CheckId) {
  const snapshot = aSnapshot({
    tokens: allRows([syncToken]),
    roles: ok([administratorRole(), aRole({ permissions: ok(permissions) })]),
  });
  return statusOf(evaluateReadiness(snapshot, anAuditRequest()), check);
}

/** Act-On's role with every token-login permission removed, then `key` set to `level`. */
function onlyTokenPermission(key: string, level: PermissionLevel): Record<string, PermissionLevel> {
  const others = Object.fromEntries(
    Object.entries(ACTON_ROLE_PERMISSIONS).filter(
      ([held]) => !TOKEN_LOGIN_PERMISSIONS.some((permission) => permission.key === held),
    ),
  );
  return { ...others, [key]: level };
}

describe('role.token-login at each level', () => {
  const cases = TOKEN_LOGIN_PERMISSIONS.flatMap((permission) =>
    LEVELS.map((level) => [permission.label, permission.key, level, level === 4 ? 'pass' : 'fail'] as const),
  );

  it.each(cases)('%s (%s) at level %i alone: %s', (_label, key, level, expected) => {
    expect(statusWithRolePermissions(onlyTokenPermission(key, level), 'role.token-login')).toBe(expected);
  });

  it('does not accept Access Token Management at Full in place of a token-login permission', () => {
    expect(
      statusWithRolePermissions(
        { ...onlyTokenPermission('ADMI_LOGIN_OAUTH', 0), ADMI_MANAGE_OAUTH_TOKENS: 4 },
        'role.token-login',
      ),
    ).toBe('fail');
  });
});

describe('role.soap-web-services at each level', () => {
  it.each(LEVELS.map((level) => [PERMISSION_LEVEL_NAMES[level], level, level === 4 ? 'pass' : 'fail'] as const))(
    'SOAP Web Services at %s: %s',
    (_name, level, expected) => {
      expect(
        statusWithRolePermissions(
          { ...ACTON_ROLE_PERMISSIONS, [SOAP_WEB_SERVICES.key]: level },
          'role.soap-web-services',
        ),
      ).toBe(expected);
    },
  );
});

describe("role.acton-permissions at each level of each of Act-On's minimum", () => {
  const cases = ACTON_REQUIRED_PERMISSIONS.flatMap((permission) =>
    LEVELS.map(
      (level) =>
        [
          permission.label,
          PERMISSION_LEVEL_NAMES[level],
          level >= permission.level ? 'pass' : 'fail',
          permission.key,
          level,
        ] as const,
    ),
  );

  it.each(cases)('%s at %s: %s', (_label, _name, expected, key, level) => {
    expect(statusWithRolePermissions({ ...ACTON_ROLE_PERMISSIONS, [key]: level }, 'role.acton-permissions')).toBe(
      expected,
    );
  });

  it('requires the levels of its connector page', () => {
    const required = Object.fromEntries(
      ACTON_REQUIRED_PERMISSIONS.map((permission) => [permission.key, PERMISSION_LEVEL_NAMES[permission.level]]),
    );

    expect(required).toEqual({
      LIST_CONTACT: 'Full',
      LIST_CUSTJOB: 'Full',
      LIST_CONTACTROLE: 'View',
      LIST_EMPLOYEE: 'View',
      ADMI_WEBSERVICES: 'Full',
      ADMI_CUSTENTITYFIELD: 'Edit',
      ADMI_CUSTFIELD: 'Edit',
      ADMI_CUSTLIST: 'Edit',
      ADMI_ENTITYSTATUS: 'Full',
    });
  });
});
