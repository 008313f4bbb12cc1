/**
 * Finding a candidate's role and the permission levels it holds. The role's own permission list
 * is preferred; when it cannot be read and the candidate's role is the one the person running
 * the audit is using, the levels of their own session stand in (same role, same levels).
 */
import type { ProbeFailure } from '../probes';
import {
  ADMINISTRATOR_ROLE_ID,
  type AccountSnapshot,
  type PermissionLevel,
  type Probe,
  type RoleFact,
} from '../snapshot';
import { roleLabel, unreadableSentence } from './wording';

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
      /** Sentences saying the levels come from the person's own session, and why; empty otherwise. */
      readonly provenance: readonly string[];
    }
  | { readonly kind: 'unreadable'; readonly sentences: readonly string[] };

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

function whyRoleListUnreadable(roleId: number, lookup: RoleLookup): string {
  switch (lookup.kind) {
    case 'found':
      // Stryker disable next-line StringLiteral: a found role is asked why only when its permissions are unreadable, so the empty sentence is never used
      return lookup.role.permissions.ok
        ? ''
        : unreadableSentence(`The permissions of role ${roleLabel(roleId, lookup.role.name)}`, lookup.role.permissions);
    case 'missing':
      return `No role with internal id ${roleId} was found.`;
    case 'unreadable':
      return unreadableSentence('The roles', lookup.failure);
  }
}

/** The permission levels of a candidate's role, or why they cannot be known. */
export function viewRolePermissions(roleId: number, snapshot: AccountSnapshot): RolePermissionView {
  if (roleId === ADMINISTRATOR_ROLE_ID) return { kind: 'administrator' };
  const lookup = findRole(roleId, snapshot.roles);
  if (lookup.kind === 'found' && lookup.role.permissions.ok) {
    // Stryker disable next-line StringLiteral: the permission checks tell only 'administrator' and 'unreadable' apart; any other kind reads as levels
    return { kind: 'levels', levels: lookup.role.permissions.value, provenance: [] };
  }
  const why = whyRoleListUnreadable(roleId, lookup);
  const session = snapshot.currentUser.permissions;
  if (roleId !== snapshot.currentUser.roleId) return { kind: 'unreadable', sentences: [why] };
  if (!session.ok)
    return { kind: 'unreadable', sentences: [why, unreadableSentence("Your own session's permissions", session)] };
  return {
    // Stryker disable next-line StringLiteral: the permission checks tell only 'administrator' and 'unreadable' apart; any other kind reads as levels
    kind: 'levels',
    levels: session.value,
    provenance: [why, 'The levels shown are those of your own session, which uses this role.'],
  };
}
