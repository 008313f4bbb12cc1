/**
 * Finding a candidate's role and the permission levels it holds. The role's own permission list
 * is preferred; when it cannot be read and the candidate's role is the one the person running
 * the audit is using, the levels of their own session stand in (same role, same levels).
 */
import type { Finding } from '../checks/define';
import type { ProbeFailure } from '../probes';
import {
  ADMINISTRATOR_ROLE_ID,
  type AccountSnapshot,
  type PermissionLevel,
  type Probe,
  type RoleFact,
} from '../snapshot';

export type RoleLookup =
  | { readonly kind: 'found'; readonly role: RoleFact }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly failure: ProbeFailure };

export type PermissionLevels = Readonly<Partial<Record<string, PermissionLevel>>>;

export type RolePermissionView =
  | { readonly kind: 'administrator' }
  | {
      readonly kind: 'levels';
      readonly levels: PermissionLevels;
      /** Findings saying the levels come from the person's own session, and why; empty otherwise. */
      readonly provenance: readonly Finding[];
    }
  | {
      readonly kind: 'unreadable';
      readonly findings: readonly Finding[];
      /** What could not be read: the roles table, or the role's own permission rows. */
      readonly unread: 'roles' | 'permissions';
    };

/** Looks a role up among the roles the collector read. */
export function findRole(roleId: number, roles: Probe<readonly RoleFact[]>): RoleLookup {
  if (!roles.ok) return { kind: 'unreadable', failure: roles };
  const role = roles.value.find((candidate) => candidate.id === roleId);
  return role === undefined ? { kind: 'missing' } : { kind: 'found', role };
}

/** A permission's level in a readable list: a key the list does not hold is None. */
export function levelOf(levels: PermissionLevels, key: string): PermissionLevel {
  // Own keys only: the list's keys come from the account, and `constructor` is on every object.
  return Object.prototype.hasOwnProperty.call(levels, key) ? (levels[key] ?? 0) : 0;
}

/** A probe's failure as a finding's data. */
function unread(failure: ProbeFailure): { readonly reason: string; readonly code: string | null } {
  return { reason: failure.reason, code: failure.code ?? null };
}

/** The role's own permission levels, or why they cannot be read (messages every permission check has). */
function ownLevels(
  roleId: number,
  lookup: RoleLookup,
):
  | { readonly ok: true; readonly levels: PermissionLevels }
  | { readonly ok: false; readonly why: Finding; readonly unread: 'roles' | 'permissions' } {
  switch (lookup.kind) {
    case 'found': {
      const { permissions } = lookup.role;
      if (permissions.ok) return { ok: true, levels: permissions.value };
      const role = { id: roleId, name: lookup.role.name };
      return {
        ok: false,
        unread: 'permissions',
        why: { id: 'permissionsUnreadable', data: { role, ...unread(permissions) } },
      };
    }
    case 'missing':
      return { ok: false, unread: 'permissions', why: { id: 'roleNotFound', data: { roleId } } };
    case 'unreadable':
      return { ok: false, unread: 'roles', why: { id: 'rolesUnreadable', data: unread(lookup.failure) } };
  }
}

/** The permission levels of a candidate's role, or why they cannot be known. */
export function viewRolePermissions(roleId: number, snapshot: AccountSnapshot): RolePermissionView {
  if (roleId === ADMINISTRATOR_ROLE_ID) return { kind: 'administrator' };
  const own = ownLevels(roleId, findRole(roleId, snapshot.roles));
  // Stryker disable next-line StringLiteral: no check tests for 'levels'
  if (own.ok) return { kind: 'levels', levels: own.levels, provenance: [] };
  const { why } = own;
  const session = snapshot.currentUser.permissions;
  if (roleId !== snapshot.currentUser.roleId) return { kind: 'unreadable', findings: [why], unread: own.unread };
  if (!session.ok)
    return {
      kind: 'unreadable',
      findings: [why, { id: 'sessionUnreadable', data: unread(session) }],
      unread: own.unread,
    };
  return {
    // Stryker disable next-line StringLiteral: no check tests for 'levels'
    kind: 'levels',
    levels: session.value,
    provenance: [why, { id: 'sessionLevels', data: {} }],
  };
}
