/**
 * The SuiteQL statements the collector runs, and pure builders for their parameters.
 *
 * The statements must run unchanged in NetSuite and in the local SQLite emulator, so they keep
 * to a shared subset: plain SELECT/JOIN/GROUP BY/ORDER BY, `?` parameters, UPPER, COUNT,
 * IS NULL, TO_CHAR/TO_DATE with the format below, and BUILTIN.DF(alias.column) in the select
 * list only: filtering on it in WHERE is unreliable in real accounts, and NetSuite refuses it in
 * a SELECT that groups or is DISTINCT. Every alias is lower case, as SuiteQL returns them. No LIMIT/FETCH
 * FIRST/ROWNUM (rows are bounded by the page size), no SYSDATE (the window start is a
 * parameter). Every ORDER BY is unique, as paging asks. Every account- or user-supplied value
 * travels as a parameter, never inside the SQL text.
 */
import { AUDITED_PERMISSION_KEYS } from '../core/permissions';
import { TBA_FAILURE_DETAIL_SPELLINGS } from '../core/loginDetails';

/** The one date-time format the statements convert with (NetSuite otherwise uses the user's format). */
export const SUITEQL_DATE_TIME_FORMAT = 'YYYY-MM-DD HH24:MI:SS';

/** How far back the Login Audit Trail is read. */
export const LOGIN_WINDOW_DAYS = 30;

/**
 * Most rows read per statement (NetSuite pages hold 5 to 1,000 rows). The role bound covers
 * 28 candidate roles × every audited permission key with room to spare.
 */
export const ROW_BOUNDS = {
  integrations: 200,
  tokens: 100,
  tokenApplications: 200,
  loginAttempts: 200,
  rolePermissions: 1000,
  employees: 100,
} as const;

/** Most statements one audit runs, fallbacks included: 80 of a Suitelet's 1,000 units. */
export const MAX_STATEMENTS = 8;

/** Most application ids and names one statement asks about: the integration rarely has more than one. */
export const MAX_MATCHED_APPLICATIONS = 10;

/** A parameter value as N/query accepts it. */
export type SuiteQLParameter = string | number;

/** A statement ready to run: its SQL, its parameters in `?` order, and how many rows to read at most. */
export interface BoundedStatement {
  /** What the statement reads, for failure reasons: e.g. `the oauthtoken table`. */
  readonly subject: string;
  readonly sql: string;
  readonly params: readonly SuiteQLParameter[];
  readonly maxRows: number;
}

/** `count` comma-separated `?` placeholders for an IN list; NetSuite and SQLite both reject `IN ()`. */
export function placeholders(count: number): string {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`An IN list needs at least one value, not ${count}.`);
  return Array.from({ length: count }, () => '?').join(', ');
}

/** Formats an instant in UTC as `YYYY-MM-DD HH:MM:SS`, the text {@link SUITEQL_DATE_TIME_FORMAT} parses. */
export function formatSuiteQLDateTime(instant: Date): string {
  return instant.toISOString().slice(0, 19).replace('T', ' ');
}

/** The start of the login window: `now` minus {@link LOGIN_WINDOW_DAYS} days, as SuiteQL date-time text. */
export function loginWindowStart(now: Date): string {
  return formatSuiteQLDateTime(new Date(now.getTime() - LOGIN_WINDOW_DAYS * 24 * 60 * 60 * 1000));
}

/** The two tables integration records are read from: the second only when the first is refused. */
export type IntegrationTable = 'integration' | 'integrationapp';

/**
 * Query 1: every integration record, with its state raw and as NetSuite displays it. The table
 * is often unreadable; `integrationapp` (same columns) is tried next.
 */
export function integrationsSql(table: IntegrationTable): string {
  return `SELECT i.id, i.name, i.state, BUILTIN.DF(i.state) AS state_name FROM ${table} i ORDER BY i.id`;
}

/**
 * Query 2: the applications tokens exist for, with their token counts: how the integration's
 * application ids are found by name (compared in TypeScript, never in WHERE). NetSuite refuses
 * BUILTIN.DF beside GROUP BY or DISTINCT (Oracle's SuiteCloud SDK guide, SuiteQL pitfall 10), so
 * the inline view groups the raw ids alone and keeps each application's first token; the outer
 * statement, which does not group, reads the name through that token.
 */
export const TOKEN_APPLICATIONS_SQL = `SELECT a.app_id, BUILTIN.DF(n.tba_app_name) AS app_name, a.token_count
FROM (SELECT p.tba_app_name AS app_id, COUNT(*) AS token_count, MIN(p.id) AS first_token
  FROM oauthtoken p GROUP BY p.tba_app_name) a
JOIN oauthtoken n ON n.id = a.first_token
ORDER BY a.app_id`;

/**
 * Query 3: the access tokens of the integration's applications (by id). Usable first, then
 * newest first; `t.id` makes the order unique. With `numberingProbe`, the account's newest
 * token joins them whatever its application: its application id and name, set beside the
 * integration records, show whether tokens number applications as the records do (see
 * `readIntegrationTokens`), so that no token for a record's id proves there is none. `drevoked` is not read: Oracle's
 * Records Browser
 * lists it, but no code that runs in accounts reads it, one wrong column would sink the whole
 * statement, and the audit needs only whether a token is revoked.
 */
export function tokensSql(applicationCount: number, numberingProbe = false): string {
  const probe = numberingProbe ? ' OR t.id = (SELECT MAX(p.id) FROM oauthtoken p)' : '';
  return `SELECT t.id, t.tba_token_name AS token_name,
  t.tba_app_name AS app_id, BUILTIN.DF(t.tba_app_name) AS app_name,
  t.entity_name AS user_id, BUILTIN.DF(t.entity_name) AS user_name,
  t.role_name AS role_id, BUILTIN.DF(t.role_name) AS role_name,
  t.binactive AS inactive, t.brevoked AS revoked,
  TO_CHAR(t.dcreated, '${SUITEQL_DATE_TIME_FORMAT}') AS created_at
FROM oauthtoken t
WHERE t.tba_app_name IN (${placeholders(applicationCount)})${probe}
ORDER BY t.binactive, t.brevoked, t.dcreated DESC, t.id DESC`;
}

/**
 * Query 4: the last {@link LOGIN_WINDOW_DAYS} days of logins through the integration (its
 * names exactly, or upper-cased: both compare alike in NetSuite and the emulator), plus token
 * failures that name no application, for every TBA failure detail the catalogue knows; the
 * engine attributes those by token, user and role. The table has no unique column: newest
 * first, then every other column read, so rows that tie are equal in all they show and their
 * order cannot change what the audit sees.
 */
export function loginAttemptsSql(nameCount: number): string {
  return `SELECT TO_CHAR(l.date, '${SUITEQL_DATE_TIME_FORMAT}') AS login_at, l.status,
  l.oauthappname AS app_name, l.oauthaccesstokenname AS token_name,
  l.user AS user_id, BUILTIN.DF(l.user) AS user_name,
  l.role AS role_id, BUILTIN.DF(l.role) AS role_name,
  l.detail, l.ipaddress AS ip_address, l.requesturi AS request_uri
FROM loginaudit l
WHERE l.date >= TO_DATE(?, '${SUITEQL_DATE_TIME_FORMAT}')
  AND (l.oauthappname IN (${placeholders(nameCount)}) OR UPPER(l.oauthappname) IN (${placeholders(nameCount)})
    OR (l.oauthappname IS NULL AND l.detail IN (${placeholders(TBA_FAILURE_DETAIL_SPELLINGS.length)})))
ORDER BY l.date DESC, l.user, l.role, l.oauthaccesstokenname, l.oauthappname, l.status, l.detail, l.ipaddress, l.requesturi`;
}

/**
 * Query 5: the candidate roles with their levels of the audited permissions, one row per
 * (role, permission held); a role holding none of them still gives one row with a null key.
 */
export function rolePermissionsSql(roleCount: number): string {
  return `SELECT r.id AS role_id, r.name AS role_name, r.isinactive AS inactive, r.iswebserviceonlyrole AS web_services_only,
  rp.permkey AS permission_key, rp.permlevel AS permission_level
FROM role r
LEFT JOIN rolepermissions rp ON rp.role = r.id AND rp.permkey IN (${placeholders(AUDITED_PERMISSION_KEYS.length)})
WHERE r.id IN (${placeholders(roleCount)})
ORDER BY r.id, rp.permkey, rp.permlevel`;
}

/**
 * Query 7 (OneWorld accounts only): the candidate roles' subsidiary access. A statement of its
 * own, so that a column this account lacks costs this check alone.
 */
export function roleSubsidiariesSql(roleCount: number): string {
  return `SELECT r.id AS role_id, r.subsidiaryoption AS subsidiary_option, BUILTIN.DF(r.subsidiaryrestriction) AS subsidiary_restriction
FROM role r
WHERE r.id IN (${placeholders(roleCount)})
ORDER BY r.id`;
}

/** Query 6: the candidate users, with their role ids as NetSuite's comma-separated text. */
export function employeesSql(employeeCount: number): string {
  return `SELECT e.id, e.entityid, e.isinactive, e.giveaccess, e.rolesforsearch
FROM employee e
WHERE e.id IN (${placeholders(employeeCount)})
ORDER BY e.id`;
}

/** Statement for query 1, from `integration` or, when that is refused, `integrationapp`. */
export function integrationsStatement(table: IntegrationTable = 'integration'): BoundedStatement {
  return { subject: `the ${table} table`, sql: integrationsSql(table), params: [], maxRows: ROW_BOUNDS.integrations };
}

/** Statement for query 2. */
export function tokenApplicationsStatement(): BoundedStatement {
  return {
    subject: 'the oauthtoken table (applications)',
    sql: TOKEN_APPLICATIONS_SQL,
    params: [],
    maxRows: ROW_BOUNDS.tokenApplications,
  };
}

/** Distinct values, first seen first, at most {@link MAX_MATCHED_APPLICATIONS}. */
function distinctBounded<T>(values: readonly T[]): T[] {
  return Array.from(new Set(values)).slice(0, MAX_MATCHED_APPLICATIONS);
}

/** Statement for query 3: the application ids, without duplicates, and whether the numbering probe joins them. */
export function tokensStatement(applicationIds: readonly number[], numberingProbe = false): BoundedStatement {
  const ids = distinctBounded(applicationIds);
  return {
    subject: 'the oauthtoken table',
    sql: tokensSql(ids.length, numberingProbe),
    params: ids,
    maxRows: ROW_BOUNDS.tokens,
  };
}

/**
 * Statement for query 4: window start, the integration's names as NetSuite gave them (and the
 * name as requested), the same upper-cased, then the TBA failure details.
 */
export function loginAttemptsStatement(integrationNames: readonly string[], now: Date): BoundedStatement {
  const names = distinctBounded(integrationNames);
  return {
    subject: 'the loginaudit table',
    sql: loginAttemptsSql(names.length),
    params: [
      loginWindowStart(now),
      ...names,
      ...names.map((name) => name.toUpperCase()),
      ...TBA_FAILURE_DETAIL_SPELLINGS,
    ],
    maxRows: ROW_BOUNDS.loginAttempts,
  };
}

/** Statement for query 5: permission keys first (the ON clause precedes WHERE), then role ids. */
export function rolePermissionsStatement(roleIds: readonly number[]): BoundedStatement {
  return {
    subject: 'the role and rolepermissions tables',
    sql: rolePermissionsSql(roleIds.length),
    params: [...AUDITED_PERMISSION_KEYS, ...roleIds],
    maxRows: ROW_BOUNDS.rolePermissions,
  };
}

/** Statement for query 7. */
export function roleSubsidiariesStatement(roleIds: readonly number[]): BoundedStatement {
  return {
    subject: 'the role table (subsidiaries)',
    sql: roleSubsidiariesSql(roleIds.length),
    params: [...roleIds],
    maxRows: ROW_BOUNDS.employees,
  };
}

/** Statement for query 6. */
export function employeesStatement(employeeIds: readonly number[]): BoundedStatement {
  return {
    subject: 'the employee table',
    sql: employeesSql(employeeIds.length),
    params: [...employeeIds],
    maxRows: ROW_BOUNDS.employees,
  };
}
