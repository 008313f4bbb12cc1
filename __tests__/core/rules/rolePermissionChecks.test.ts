/**
 * The permission checks read outcome by outcome: when the role's levels cannot be known, exactly
 * what is said, and how a requirement is named and summarised.
 */
import type { CheckOutcome } from '../../../src/core/report';
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
const unreadableView = {
  kind: 'unreadable',
  sentences: ['The roles could not be read: Permission Violation.'],
} as const;

function summaryOf(outcome: CheckOutcome): string | undefined {
  return outcome.status === 'pass' || outcome.status === 'info' ? undefined : outcome.summary;
}

describe('a role whose levels cannot be known', () => {
  it('leaves SOAP Web Services unknown, saying why', () => {
    const outcome = soapWebServicesOutcome(role, unreadableView);

    expect(outcome.status).toBe('unknown');
    expect(outcome.evidence).toEqual(['The roles could not be read: Permission Violation.']);
  });

  it("leaves Act-On's minimum unknown, saying why", () => {
    const outcome = actOnPermissionsOutcome(role, unreadableView, ok(false));

    expect(outcome.status).toBe('unknown');
    expect(outcome.evidence).toEqual(['The roles could not be read: Permission Violation.']);
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
      sentences: [
        'The permissions of role Act-On Integration (id 1001) could not be read: RolePermissions is not available.',
        "Your own session's permissions could not be read: runtime permissions are not available.",
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

    expect(summaryOf(outcome)).toBe("The role Act-On Integration lacks 1 permission of Act-On's minimum: Contacts");
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
