/**
 * One reader per SuiteQL query: build the statement, run it through the runner, map the rows.
 * Each returns a probe and never throws. The lists the rules count (queries 1 to 4) say whether
 * the statement's bound cut them; roles and employees are looked up by id instead.
 *
 * Names are never compared in SQL: records and applications are read, matched here with
 * {@link integrationNamesMatch}, and the integration's tokens are then read by application id.
 * A fallback statement runs only when the one before it could not answer.
 */
import { integrationNamesMatch } from '../core/integrationNames';
import { ADMINISTRATOR_ROLE_ID } from '../core/snapshot';
import { mapProbe } from '../core/probes';
import type {
  AccessTokenFact,
  BoundedList,
  EmployeeFact,
  IntegrationRecordFact,
  LoginAttemptFact,
  Probe,
  RoleFact,
  RoleSubsidiaryFact,
  TokenApplicationFact,
} from '../core/snapshot';
import { probeFailure, probeValue } from './probes';
import {
  employeesStatement,
  integrationsStatement,
  loginAttemptsStatement,
  MAX_STATEMENTS,
  rolePermissionsStatement,
  roleSubsidiariesStatement,
  tokenApplicationsStatement,
  tokensStatement,
} from './queries';
import { groupRolePermissionRows } from './roleRows';
import {
  mapAccessTokenRow,
  mapEmployeeRow,
  mapIntegrationRow,
  mapRows,
  mapRoleSubsidiaryRow,
  mapTokenApplicationRow,
  mapLoginAttemptRow,
} from './rowMappers';
import type { ResultRow } from './rowValues';
import type { StatementRows, SuiteQLRunner } from './suiteql';

/** Maps a statement's rows into a list that is complete unless the statement's bound cut it. */
export function mapBoundedRows<T>(
  rows: StatementRows,
  mapRow: (row: ResultRow) => T,
  subject: string,
): Probe<BoundedList<T>> {
  return mapProbe(mapRows(rows.rows, mapRow, subject), (mapped): BoundedList<T> => ({
    rows: mapped,
    complete: !rows.truncated,
  }));
}

/**
 * Query 1: the integration records, lowest ids first (bounded), from `integration`; only when
 * NetSuite refuses that table, from `integrationapp`.
 */
export function readIntegrations(runner: SuiteQLRunner): Probe<BoundedList<IntegrationRecordFact>> {
  const statement = integrationsStatement('integration');
  const fallback = integrationsStatement('integrationapp');
  const result = runner.run(statement);
  if (result.ok) {
    runner.skip(fallback, 'The integration table answered.');
    return mapBoundedRows(result.value, mapIntegrationRow, statement.subject);
  }
  const second = runner.run(fallback);
  if (second.ok) return mapBoundedRows(second.value, mapIntegrationRow, fallback.subject);
  return probeFailure(`${result.reason} ${second.reason}`, result.code);
}

/** Query 2: the applications that have tokens, with their token counts (bounded). */
export function readTokenApplications(runner: SuiteQLRunner): Probe<BoundedList<TokenApplicationFact>> {
  const statement = tokenApplicationsStatement();
  const result = runner.run(statement);
  return result.ok ? mapBoundedRows(result.value, mapTokenApplicationRow, statement.subject) : result;
}

/** Whether tokens number applications as the integration records do, as far as query 3's rows show. */
export type ApplicationNumbering = 'same' | 'different' | 'unknown';

/** Query 3's rows: the tokens of the integration, and what the rows say of the numbering. */
interface TokensRead {
  readonly tokens: Probe<BoundedList<AccessTokenFact>>;
  readonly numbering: ApplicationNumbering;
}

/**
 * What the tokens read say of the numbering: a token whose application id is a record's id and
 * whose application name is that record's name shows the two agree; one with another record's
 * name shows they do not. No token at all (the probe finds none) means the account has none, so
 * no numbering can hide one.
 */
export function applicationNumbering(
  tokens: readonly AccessTokenFact[],
  records: readonly IntegrationRecordFact[],
): ApplicationNumbering {
  if (tokens.length === 0) return 'same';
  const recordsById = new Map(records.map((record) => [record.id, record]));
  let verdict: ApplicationNumbering = 'unknown';
  for (const token of tokens) {
    const record = recordsById.get(token.applicationId);
    if (record === undefined) continue;
    if (!integrationNamesMatch(record.name, token.applicationName)) return 'different';
    verdict = 'same';
  }
  return verdict;
}

/**
 * Query 3: the tokens of the given applications whose application carries the requested name
 * (an id that belongs to another application is dropped here), usable first, newest first.
 * With `records`, the numbering probe joins them and its answer is weighed against the records.
 */
export function readTokensOf(
  runner: SuiteQLRunner,
  applicationIds: readonly number[],
  integrationName: string,
  records: readonly IntegrationRecordFact[] | null = null,
): TokensRead {
  const statement = tokensStatement(applicationIds, records !== null);
  const result = runner.run(statement);
  if (!result.ok) return { tokens: result, numbering: 'unknown' };
  const read = mapBoundedRows(result.value, mapAccessTokenRow, statement.subject);
  if (!read.ok) return { tokens: read, numbering: 'unknown' };
  return {
    tokens: probeValue({
      rows: read.value.rows.filter((token) => integrationNamesMatch(integrationName, token.applicationName)),
      complete: read.value.complete,
    }),
    numbering: records === null ? 'same' : applicationNumbering(read.value.rows, records),
  };
}

/** The integration's tokens, and the application list when it had to be read. */
export interface IntegrationTokens {
  readonly tokens: Probe<BoundedList<AccessTokenFact>>;
  /** Read only when no integration record led to the tokens; null when not read. */
  readonly tokenApplications: Probe<BoundedList<TokenApplicationFact>> | null;
}

const TOKENS_SKIPPED_STATEMENT = tokensStatement([0]);

/**
 * Queries 2 and 3. A readable record with the name gives the application id directly (whether
 * tokens number applications as records do is not documented, so the newest token of the
 * account comes along to show it). Only when that gives no token and cannot show the numbering
 * agrees is the application list read, which also gives the near names the report suggests.
 */
export function readIntegrationTokens(
  runner: SuiteQLRunner,
  integrations: Probe<BoundedList<IntegrationRecordFact>>,
  integrationName: string,
): IntegrationTokens {
  const records = integrations.ok ? integrations.value.rows : [];
  const recordIds = records
    .filter((record) => integrationNamesMatch(integrationName, record.name))
    .map((record) => record.id);
  const byRecord = recordIds.length > 0 ? readTokensOf(runner, recordIds, integrationName, records) : null;
  if (
    byRecord !== null &&
    byRecord.tokens.ok &&
    (byRecord.tokens.value.rows.length > 0 || byRecord.numbering === 'same')
  ) {
    runner.skip(tokenApplicationsStatement(), 'The integration record gave the application id.');
    return { tokens: byRecord.tokens, tokenApplications: null };
  }
  // A refused token statement (its numbering probe included) is not the last word: the application list may still lead
  // to the tokens.
  const applications = readTokenApplications(runner);
  if (!applications.ok) {
    if (byRecord === null) runner.skip(TOKENS_SKIPPED_STATEMENT, 'The applications with tokens could not be read.');
    return { tokens: byRecord?.tokens ?? applications, tokenApplications: applications };
  }
  // An application of the name whose id the record gave was not read in full there: had it been,
  // its tokens would carry the name and have been returned above. So every such id is read.
  const namedIds = applications.value.rows
    .filter((application) => integrationNamesMatch(integrationName, application.applicationName))
    .map((application) => application.applicationId);
  if (namedIds.length > 0)
    return { tokens: readTokensOf(runner, namedIds, integrationName).tokens, tokenApplications: applications };
  if (byRecord === null)
    runner.skip(TOKENS_SKIPPED_STATEMENT, 'No application with tokens carries the requested name.');
  // No token of that name: proven only as far as the application list was read to its end.
  const complete = applications.value.complete;
  return { tokens: probeValue({ rows: [], complete }), tokenApplications: applications };
}

/**
 * The integration's names as NetSuite gave them (matching records and applications, at most a
 * few), the name as requested, and each without stray spaces: the login statement looks for these.
 */
export function integrationNamesSeen(
  integrationName: string,
  integrations: Probe<BoundedList<IntegrationRecordFact>>,
  found: IntegrationTokens,
): readonly string[] {
  const names = [integrationName];
  if (integrations.ok) names.push(...integrations.value.rows.map((record) => record.name));
  if (found.tokens.ok) names.push(...found.tokens.value.rows.map((token) => token.applicationName));
  if (found.tokenApplications !== null && found.tokenApplications.ok) {
    names.push(...found.tokenApplications.value.rows.map((application) => application.applicationName));
  }
  const stored = Array.from(
    new Set(names.filter((name) => name !== '' && integrationNamesMatch(integrationName, name))),
  );
  // Whether the Login Audit Trail keeps a name's stray spaces is not documented: the stored form
  // comes first, then the form without them.
  return Array.from(new Set([...stored, ...stored.map((name) => name.trim().replace(/\s+/g, ' '))]));
}

/** Query 4: the last 30 days of the integration's logins and unattributed token failures, newest first (bounded). */
export function readLoginAttempts(
  runner: SuiteQLRunner,
  integrationNames: readonly string[],
  now: Date,
): Probe<BoundedList<LoginAttemptFact>> {
  const statement = loginAttemptsStatement(integrationNames, now);
  const result = runner.run(statement);
  return result.ok ? mapBoundedRows(result.value, mapLoginAttemptRow, statement.subject) : result;
}

/** Query 5: the candidate roles and their audited permissions; no statement for no ids. */
export function readRoles(runner: SuiteQLRunner, roleIds: readonly number[]): Probe<RoleFact[]> {
  if (roleIds.length === 0) {
    runner.skip(rolePermissionsStatement([0]), 'No role to read.');
    return probeValue([]);
  }
  const statement = rolePermissionsStatement(roleIds);
  const result = runner.run(statement);
  return result.ok ? groupRolePermissionRows(result.value.rows, result.value.truncated, statement.subject) : result;
}

/**
 * Query 6: the candidate users; no statement for no ids. One row per id, and the ids (the
 * candidate tokens' users and the requested one) stay far below the bound, so it never cuts.
 */
export function readEmployees(runner: SuiteQLRunner, employeeIds: readonly number[]): Probe<EmployeeFact[]> {
  if (employeeIds.length === 0) {
    runner.skip(employeesStatement([0]), 'No user to read.');
    return probeValue([]);
  }
  const statement = employeesStatement(employeeIds);
  const result = runner.run(statement);
  return result.ok ? mapRows(result.value.rows, mapEmployeeRow, statement.subject) : result;
}

/**
 * Query 7: the subsidiary access of the given roles, read only in a OneWorld account (the
 * feature is on) and for roles other than Administrator, which sees every subsidiary.
 */
export function readRoleSubsidiaries(
  runner: SuiteQLRunner,
  oneWorld: Probe<boolean>,
  roleIds: readonly number[],
): Probe<RoleSubsidiaryFact[]> | null {
  const ids = roleIds.filter((id) => id !== ADMINISTRATOR_ROLE_ID);
  const statement = roleSubsidiariesStatement(ids.length > 0 ? ids : [0]);
  if (!oneWorld.ok || !oneWorld.value || ids.length === 0) {
    runner.skip(
      statement,
      !oneWorld.ok
        ? 'Whether this is a OneWorld account could not be read.'
        : !oneWorld.value
          ? 'Not a OneWorld account.'
          : 'No role but Administrator to read.',
    );
    return null;
  }
  // The only optional statement: left out when fallbacks already spent the audit's budget.
  if (runner.statementCount >= MAX_STATEMENTS) {
    runner.skip(statement, `The audit's ${MAX_STATEMENTS} statements were spent on fallbacks.`);
    return null;
  }
  const result = runner.run(statement);
  return result.ok ? mapRows(result.value.rows, mapRoleSubsidiaryRow, statement.subject) : result;
}
