/**
 * One reader per SuiteQL query: build the statement, run it through the runner, map the rows.
 * Each returns a probe and never throws. The lists the rules count (queries 1 to 4) say whether
 * the statement's bound cut them; roles and employees are looked up by id instead.
 */
import { normaliseIntegrationName } from '../core/inputs';
import { mapProbe } from '../core/probes';
import type {
  AccessTokenFact,
  BoundedList,
  EmployeeFact,
  IntegrationRecordFact,
  LoginAttemptFact,
  Probe,
  RoleFact,
  TokenApplicationFact,
} from '../core/snapshot';
import { probeValue } from './probes';
import {
  employeesStatement,
  integrationsStatement,
  loginAttemptsStatement,
  rolePermissionsStatement,
  tokenApplicationsStatement,
  tokensStatement,
} from './queries';
import { groupRolePermissionRows } from './roleRows';
import {
  mapAccessTokenRow,
  mapEmployeeRow,
  mapIntegrationRow,
  mapLoginAttemptRow,
  mapRows,
  mapTokenApplicationRow,
} from './rowMappers';
import type { ResultRow } from './rowValues';
import type { StatementRows, SuiteQLRunner } from './suiteql';

/** Maps a statement's rows into a list that is complete unless the statement's bound cut it. */
export function mapBoundedRows<T>(rows: StatementRows, mapRow: (row: ResultRow) => T, subject: string): Probe<BoundedList<T>> {
  return mapProbe(mapRows(rows.rows, mapRow, subject), (mapped): BoundedList<T> => ({ rows: mapped, complete: !rows.truncated }));
}

/** Query 1: the integration records, lowest ids first (bounded). */
export function readIntegrations(runner: SuiteQLRunner): Probe<BoundedList<IntegrationRecordFact>> {
  const statement = integrationsStatement();
  const result = runner.run(statement);
  return result.ok ? mapBoundedRows(result.value, mapIntegrationRow, statement.subject) : result;
}

/** Query 2: the tokens of the requested integration, usable first, newest first (bounded). */
export function readTokens(runner: SuiteQLRunner, integrationName: string): Probe<BoundedList<AccessTokenFact>> {
  const statement = tokensStatement(integrationName);
  const result = runner.run(statement);
  return result.ok ? mapBoundedRows(result.value, mapAccessTokenRow, statement.subject) : result;
}

/** Query 3: the applications that have tokens, with their token counts (bounded). */
export function readTokenApplications(runner: SuiteQLRunner): Probe<BoundedList<TokenApplicationFact>> {
  const statement = tokenApplicationsStatement();
  const result = runner.run(statement);
  return result.ok ? mapBoundedRows(result.value, mapTokenApplicationRow, statement.subject) : result;
}

/** Query 4: the last 30 days of the integration's logins and unattributed token failures, newest first (bounded). */
export function readLoginAttempts(runner: SuiteQLRunner, integrationName: string, now: Date): Probe<BoundedList<LoginAttemptFact>> {
  const statement = loginAttemptsStatement(integrationName, now);
  const result = runner.run(statement);
  return result.ok ? mapBoundedRows(result.value, mapLoginAttemptRow, statement.subject) : result;
}

/** Query 5: the candidate roles and their audited permissions; no statement for no ids. */
export function readRoles(runner: SuiteQLRunner, roleIds: readonly number[]): Probe<RoleFact[]> {
  if (roleIds.length === 0) return probeValue([]);
  const statement = rolePermissionsStatement(roleIds);
  const result = runner.run(statement);
  return result.ok ? groupRolePermissionRows(result.value.rows, result.value.truncated, statement.subject) : result;
}

/**
 * Query 6: the candidate users; no statement for no ids. One row per id, and the ids (the
 * candidate tokens' users and the requested one) stay far below the bound, so it never cuts.
 */
export function readEmployees(runner: SuiteQLRunner, employeeIds: readonly number[]): Probe<EmployeeFact[]> {
  if (employeeIds.length === 0) return probeValue([]);
  const statement = employeesStatement(employeeIds);
  const result = runner.run(statement);
  return result.ok ? mapRows(result.value.rows, mapEmployeeRow, statement.subject) : result;
}

/**
 * Whether queries 1 and 2 found the integration: a record with the same normalised name, or
 * any token for it. Query 3 (near-name suggestions) is only worth its 10 units when neither did.
 */
export function integrationFound(
  integrations: Probe<BoundedList<IntegrationRecordFact>>,
  tokens: Probe<BoundedList<AccessTokenFact>>,
  integrationName: string,
): boolean {
  const wanted = normaliseIntegrationName(integrationName);
  const byRecord = integrations.ok && integrations.value.rows.some((record) => normaliseIntegrationName(record.name) === wanted);
  const byToken = tokens.ok && tokens.value.rows.length > 0;
  return byRecord || byToken;
}
