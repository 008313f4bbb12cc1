/**
 * One reader per SuiteQL query: build the statement, run it through the runner, map the rows.
 * Each returns a probe and never throws.
 */
import { normaliseIntegrationName } from '../core/inputs';
import type {
  AccessTokenFact,
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
import type { SuiteQLRunner } from './suiteql';

/** Query 1: every integration record (bounded). */
export function readIntegrations(runner: SuiteQLRunner): Probe<IntegrationRecordFact[]> {
  const statement = integrationsStatement();
  const result = runner.run(statement);
  return result.ok ? mapRows(result.value.rows, mapIntegrationRow, statement.subject) : result;
}

/** Query 2: the tokens of the requested integration, usable first, newest first (bounded). */
export function readTokens(runner: SuiteQLRunner, integrationName: string): Probe<AccessTokenFact[]> {
  const statement = tokensStatement(integrationName);
  const result = runner.run(statement);
  return result.ok ? mapRows(result.value.rows, mapAccessTokenRow, statement.subject) : result;
}

/** Query 3: the applications that have tokens, with their token counts. */
export function readTokenApplications(runner: SuiteQLRunner): Probe<TokenApplicationFact[]> {
  const statement = tokenApplicationsStatement();
  const result = runner.run(statement);
  return result.ok ? mapRows(result.value.rows, mapTokenApplicationRow, statement.subject) : result;
}

/** Query 4: the last 30 days of the integration's logins and unattributed token failures (bounded). */
export function readLoginAttempts(runner: SuiteQLRunner, integrationName: string, now: Date): Probe<LoginAttemptFact[]> {
  const statement = loginAttemptsStatement(integrationName, now);
  const result = runner.run(statement);
  return result.ok ? mapRows(result.value.rows, mapLoginAttemptRow, statement.subject) : result;
}

/** Query 5: the candidate roles and their audited permissions; no statement for no ids. */
export function readRoles(runner: SuiteQLRunner, roleIds: readonly number[]): Probe<RoleFact[]> {
  if (roleIds.length === 0) return probeValue([]);
  const statement = rolePermissionsStatement(roleIds);
  const result = runner.run(statement);
  return result.ok ? groupRolePermissionRows(result.value.rows, result.value.truncated, statement.subject) : result;
}

/** Query 6: the candidate users; no statement for no ids. */
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
  integrations: Probe<readonly IntegrationRecordFact[]>,
  tokens: Probe<readonly AccessTokenFact[]>,
  integrationName: string,
): boolean {
  const wanted = normaliseIntegrationName(integrationName);
  const byRecord = integrations.ok && integrations.value.some((record) => normaliseIntegrationName(record.name) === wanted);
  const byToken = tokens.ok && tokens.value.length > 0;
  return byRecord || byToken;
}
