/**
 * The permission checks read outcome by outcome: when the role's levels cannot be known, what is
 * found and which fix is chosen, and how a requirement is named and summarised.
 */
import type { Finding } from '../../../src/core/checks/define';
import type { RuleOutcome } from '../../../src/core/rules/outcomes';
import {
  actOnPermissionsOutcome,
  requirementLabel,
  soapWebServicesOutcome,
} from '../../../src/core/rules/rolePermissionChecks';
import { viewRolePermissions } from '../../../src/core/rules/rolePermissions';
import {
  ACTON_ROLE,
  ACTON_ROLE_PERMISSIONS,
  ACTON_SYNC,
  administratorRole,
  aRole,
  aSnapshot,
  ok,
  unreadable,
} from '../../fixtures/snapshotBuilder';

const role = { roleId: ACTON_ROLE.id, roleName: ACTON_ROLE.name };
const ROLES_UNREADABLE = { id: 'rolesUnreadable', data: { reason: 'Permission Violation', code: null } };
const unreadableView = { kind: 'unreadable', findings: [ROLES_UNREADABLE], unread: 'roles' } as const;
const FIND_OUT = {
  id: 'findOutPermissions',
  data: { role: { id: 1001, name: 'Act-On Integration' }, unread: 'roles' },
  records: [{ kind: 'role', id: 1001, name: 'Act-On Integration' }],
};

function summaryOf(outcome: RuleOutcome): Finding | undefined {
  return outcome.status === 'pass' || outcome.status === 'info' ? undefined : outcome.summary;
}

describe('a role whose levels cannot be known', () => {
  it('leaves SOAP Web Services unknown, saying why, with the find-out fix', () => {
    expect(soapWebServicesOutcome(role, unreadableView)).toEqual({
      status: 'unknown',
      findings: [ROLES_UNREADABLE],
      fix: FIND_OUT,
    });
  });

  it("leaves Act-On's minimum unknown, saying why, with the same find-out fix", () => {
    expect(actOnPermissionsOutcome(role, unreadableView, ok(false))).toEqual({
      status: 'unknown',
      findings: [ROLES_UNREADABLE],
      fix: FIND_OUT,
    });
  });

  it("quotes both failures when neither the role's permissions nor the person's own session can be read", () => {
    const snapshot = aSnapshot({
      roles: ok([administratorRole(), aRole({ permissions: unreadable('RolePermissions is not available') })]),
      currentUser: {
        id: ACTON_SYNC.id,
        name: ACTON_SYNC.name,
        roleId: ACTON_ROLE.id,
        permissions: unreadable('runtime permissions are not available'),
      },
    });

    expect(viewRolePermissions(ACTON_ROLE.id, snapshot)).toEqual({
      kind: 'unreadable',
      unread: 'permissions',
      findings: [
        {
          id: 'permissionsUnreadable',
          data: {
            role: { id: 1001, name: 'Act-On Integration' },
            reason: 'RolePermissions is not available',
            code: null,
          },
        },
        { id: 'sessionUnreadable', data: { reason: 'runtime permissions are not available', code: null } },
      ],
    });
  });
});

describe("Act-On's minimum", () => {
  it('summarises one missing permission by its count and name', () => {
    const { LIST_CONTACT: _contacts, ...withoutContacts } = ACTON_ROLE_PERMISSIONS;
    const outcome = actOnPermissionsOutcome(
      role,
      { kind: 'levels', levels: withoutContacts, provenance: [] },
      ok(false),
    );

    const gaps = {
      role: { id: 1001, name: 'Act-On Integration' },
      missing: [{ permission: 'Contacts', subtab: 'Lists', held: 'None', needed: 'Full' }],
    };

    expect(summaryOf(outcome)).toEqual({ id: 'lacksSummary', data: gaps });
    expect(outcome.status !== 'pass' && outcome.status !== 'info' && outcome.fix).toEqual({
      id: 'addMissingPermissions',
      data: gaps,
      records: [{ kind: 'role', id: 1001, name: 'Act-On Integration' }],
    });
  });

  it('names a requirement with an empty list of variants by its own label', () => {
    const contacts = {
      key: 'LIST_CONTACT',
      label: 'Contacts',
      subtab: 'Lists',
      level: 4,
      advancedEmployeeVariants: [],
    } as const;

    expect(requirementLabel(contacts, ok(true))).toBe('Contacts');
    expect(requirementLabel(contacts, unreadable('Permission Violation'))).toBe('Contacts');
  });
});
