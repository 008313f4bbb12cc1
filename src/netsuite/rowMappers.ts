/**
 * Pure mappings from SuiteQL result rows (keyed by the aliases in ./queries) to snapshot facts.
 * A malformed row never crashes the audit: where the snapshot has a probe for the one field it
 * fails that probe; otherwise the whole list becomes a failed probe naming the row and column,
 * because silently dropping a row could turn into a wrong verdict.
 */
import type {
  AccessTokenFact,
  EmployeeFact,
  IntegrationRecordFact,
  LoginAttemptFact,
  Probe,
  RoleSubsidiaryFact,
  TokenApplicationFact,
} from '../core/snapshot';
import { probeFailure, probeValue } from './probes';
import {
  MalformedRowError,
  parseRoleIdList,
  readDateTime,
  readFlag,
  readInteger,
  readName,
  readOptionalDateTime,
  readOptionalInteger,
  readOptionalText,
  readStoredName,
  type ResultRow,
} from './rowValues';

/**
 * Maps every row, or fails with the first malformed one: "Row 3 of the oauthtoken table is
 * malformed: column "created_at" holds "31/12/2026", expected a date-time ...".
 */
export function mapRows<T>(rows: readonly ResultRow[], mapRow: (row: ResultRow) => T, subject: string): Probe<T[]> {
  const mapped: T[] = [];
  for (const [index, row] of rows.entries()) {
    try {
      mapped.push(mapRow(row));
    } catch (thrown) {
      const detail = thrown instanceof Error ? thrown.message : String(thrown);
      return probeFailure(`Row ${index + 1} of ${subject} is malformed: ${detail}.`);
    }
  }
  return probeValue(mapped);
}

/** Query 1 row: `id, name, state, state_name`. */
export function mapIntegrationRow(row: ResultRow): IntegrationRecordFact {
  return {
    id: readInteger(row, 'id'),
    name: readStoredName(row, 'name'),
    state: readOptionalText(row, 'state'),
    stateName: readOptionalText(row, 'state_name'),
  };
}

/** Query 3 row. */
export function mapAccessTokenRow(row: ResultRow): AccessTokenFact {
  return {
    id: readInteger(row, 'id'),
    name: readName(row, 'token_name'),
    applicationId: readInteger(row, 'app_id'),
    applicationName: readStoredName(row, 'app_name'),
    userId: readInteger(row, 'user_id'),
    userName: readName(row, 'user_name'),
    roleId: readInteger(row, 'role_id'),
    roleName: readName(row, 'role_name'),
    inactive: readFlag(row, 'inactive'),
    revoked: readFlag(row, 'revoked'),
    createdAt: readOptionalDateTime(row, 'created_at'),
  };
}

/** Query 2 row: `app_id, app_name, token_count`. */
export function mapTokenApplicationRow(row: ResultRow): TokenApplicationFact {
  return {
    applicationId: readInteger(row, 'app_id'),
    applicationName: readStoredName(row, 'app_name'),
    tokenCount: readInteger(row, 'token_count'),
  };
}

/** Query 4 row. User and role are empty for logins NetSuite could not attribute. */
export function mapLoginAttemptRow(row: ResultRow): LoginAttemptFact {
  const status = readOptionalText(row, 'status');
  if (status === null) throw new MalformedRowError('status', row.status, "'Success' or 'Failure'");
  return {
    at: readDateTime(row, 'login_at'),
    status,
    applicationName: readOptionalText(row, 'app_name'),
    tokenName: readOptionalText(row, 'token_name'),
    userId: readOptionalInteger(row, 'user_id'),
    userName: readOptionalText(row, 'user_name'),
    roleId: readOptionalInteger(row, 'role_id'),
    roleName: readOptionalText(row, 'role_name'),
    detail: readOptionalText(row, 'detail'),
    ipAddress: readOptionalText(row, 'ip_address'),
    requestUri: readOptionalText(row, 'request_uri'),
  };
}

/** Query 7 row: `role_id, subsidiary_option, subsidiary_restriction`. */
export function mapRoleSubsidiaryRow(row: ResultRow): RoleSubsidiaryFact {
  return {
    roleId: readInteger(row, 'role_id'),
    option: readOptionalText(row, 'subsidiary_option'),
    restriction: readOptionalText(row, 'subsidiary_restriction'),
  };
}

/** The role ids in `rolesforsearch`, or a failed probe saying what the column held instead. */
export function roleIdsProbe(row: ResultRow): Probe<readonly number[]> {
  const text = readOptionalText(row, 'rolesforsearch');
  const roleIds = parseRoleIdList(text);
  if (roleIds !== null) return probeValue(roleIds);
  // Empty text is no roles, so the text here is never null.
  return probeFailure(`The employee's roles ("${String(text).slice(0, 60)}") are not a list of role ids.`);
}

/** Query 6 row: `id, entityid, isinactive, giveaccess, rolesforsearch`. */
export function mapEmployeeRow(row: ResultRow): EmployeeFact {
  return {
    id: readInteger(row, 'id'),
    name: readName(row, 'entityid'),
    inactive: readFlag(row, 'isinactive'),
    giveAccess: readFlag(row, 'giveaccess'),
    roleIds: roleIdsProbe(row),
  };
}
