/**
 * Folds query 5's rows (one per role and audited permission held, ordered by role) into one
 * {@link RoleFact} per role. Pure.
 */
import type { PermissionLevel, Probe, RoleFact } from '../core/snapshot';
import { probeFailure, probeValue } from './probes';
import { mapRows } from './rowMappers';
import {
  MalformedRowError,
  permissionLevelOrError,
  readFlag,
  readInteger,
  readName,
  readOptionalText,
  type ResultRow,
} from './rowValues';

type PermissionLevels = Readonly<Partial<Record<string, PermissionLevel>>>;

/** One row of query 5, read but not yet grouped. */
interface RolePermissionRow {
  readonly roleId: number;
  readonly roleName: string;
  readonly inactive: boolean;
  readonly webServicesOnly: boolean;
  /** The permission held, null for a role that holds none of the audited ones (LEFT JOIN miss). */
  readonly permission: { readonly key: string; readonly level: PermissionLevel } | null;
  /** Why this row's permission level could not be read; the role's permissions then fail alone. */
  readonly permissionProblem: string | null;
}

function readRolePermissionRow(row: ResultRow): RolePermissionRow {
  const role = {
    roleId: readInteger(row, 'role_id'),
    roleName: readName(row, 'role_name'),
    inactive: readFlag(row, 'inactive'),
    webServicesOnly: readFlag(row, 'web_services_only'),
  };
  const key = readOptionalText(row, 'permission_key');
  if (key === null) return { ...role, permission: null, permissionProblem: null };
  const level = permissionLevelOrError(row, 'permission_level');
  if (level instanceof MalformedRowError)
    return { ...role, permission: null, permissionProblem: `Permission ${key}: ${level.message}.` };
  return { ...role, permission: { key, level }, permissionProblem: null };
}

/** Keeps the higher level when a key is listed twice (e.g. a restricted and an unrestricted grant). */
export function mergePermissionLevel(levels: PermissionLevels, key: string, level: PermissionLevel): PermissionLevels {
  // Own keys only: the key comes from the account.
  const current = Object.prototype.hasOwnProperty.call(levels, key) ? levels[key] : undefined;
  // The higher of two levels 0 to 4 is one of them, a level too.
  return { ...levels, [key]: current === undefined ? level : (Math.max(current, level) as PermissionLevel) };
}

interface RoleAccumulator {
  readonly fact: Omit<RoleFact, 'permissions'>;
  levels: PermissionLevels;
  problem: string | null;
  /** Whether NetSuite listed any audited permission for the role. */
  listed: boolean;
}

/**
 * A role without a single audited permission row is not proven to hold none: whether NetSuite
 * lists permission rows for every role (standard roles included) is not verified.
 */
function unlistedPermissions(fact: Omit<RoleFact, 'permissions'>): string {
  return (
    `NetSuite listed none of the audited permissions for role ${fact.name} (id ${fact.id}); since it is not ` +
    `verified that every role (standard ones included) has permission rows, that does not prove the role lacks ` +
    `them.`
  );
}

function toRoleFact(accumulator: RoleAccumulator): RoleFact {
  const problem = accumulator.problem ?? (accumulator.listed ? null : unlistedPermissions(accumulator.fact));
  const permissions: Probe<PermissionLevels> =
    problem === null ? probeValue(accumulator.levels) : probeFailure(problem);
  return { ...accumulator.fact, permissions };
}

/**
 * Groups query 5's rows into roles, in the order NetSuite gave them. When the rows were cut at
 * the bound, the last role's list may be incomplete, and an absent key would read as NONE: its
 * permissions then fail instead.
 */
export function groupRolePermissionRows(
  rows: readonly ResultRow[],
  truncated: boolean,
  subject: string,
): Probe<RoleFact[]> {
  const read = mapRows(rows, readRolePermissionRow, subject);
  if (!read.ok) return read;
  const roles = new Map<number, RoleAccumulator>();
  for (const row of read.value) {
    const accumulator = roles.get(row.roleId) ?? {
      fact: { id: row.roleId, name: row.roleName, inactive: row.inactive, webServicesOnly: row.webServicesOnly },
      levels: {},
      problem: null,
      listed: false,
    };
    roles.set(row.roleId, accumulator);
    // A row with an unreadable level fails the role's permissions on its own, listed or not.
    if (row.permission !== null) accumulator.listed = true;
    if (row.permission !== null)
      accumulator.levels = mergePermissionLevel(accumulator.levels, row.permission.key, row.permission.level);
    // The first problem stays: rows without one leave it null until one comes.
    if (accumulator.problem === null) accumulator.problem = row.permissionProblem;
  }
  const accumulators = Array.from(roles.values());
  const last = accumulators[accumulators.length - 1];
  if (truncated && last !== undefined) {
    last.problem = `NetSuite holds more permission rows than the ${rows.length} read; this role's list may be incomplete.`;
  }
  return probeValue(accumulators.map(toRoleFact));
}
