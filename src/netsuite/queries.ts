/**
 * The SuiteQL statements the collector runs, and pure builders for their parameters.
 *
 * The statements must run unchanged in NetSuite and in the local SQLite emulator, so they keep
 * to a shared subset: plain SELECT/JOIN/GROUP BY/ORDER BY, `?` parameters, UPPER, REPLACE,
 * COUNT, IS NULL, TO_CHAR/TO_DATE with the two formats below, and BUILTIN.DF(alias.column).
 * No LIMIT/FETCH FIRST/ROWNUM (rows are bounded by the page size), no SYSDATE (the window
 * start is a parameter). Every account- or user-supplied value travels as a parameter, never
 * inside the SQL text.
 */
import { normaliseIntegrationName } from '../core/inputs';
import { AUDITED_PERMISSION_KEYS } from '../core/permissions';

/** The one date-time format the statements convert with (NetSuite otherwise uses the user's format). */
export const SUITEQL_DATE_TIME_FORMAT = 'YYYY-MM-DD HH24:MI:SS';

/** How far back the Login Audit Trail is read. */
export const LOGIN_WINDOW_DAYS = 30;

/**
 * Login Audit Trail details of token logins NetSuite refused before it knew the integration,
 * so the row carries no application name: TBA off, unknown consumer key, blocked integration.
 * Kept small on purpose: other failures (InvalidSignature...) name their application.
 */
export const TBA_UNATTRIBUTED_FAILURE_DETAILS: readonly string[] = [
  'FeatureDisabled',
  'consumer_key_unknown',
  'UnknownIntegration',
  'consumer_key_refused',
];

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

/** Query 1: every integration record. The table is often unreadable; its failure is expected. */
export const INTEGRATIONS_SQL = 'SELECT i.id, i.name, i.state FROM integration i ORDER BY i.id';

/**
 * Query 2: the access tokens whose application name matches the requested integration once
 * upper-cased without spaces. Usable tokens first, then newest first; `t.id` makes the order unique.
 */
export const TOKENS_SQL = `SELECT t.id, t.tba_token_name AS token_name,
  t.tba_app_name AS app_id, BUILTIN.DF(t.tba_app_name) AS app_name,
  t.entity_name AS user_id, BUILTIN.DF(t.entity_name) AS user_name,
  t.role_name AS role_id, BUILTIN.DF(t.role_name) AS role_name,
  t.binactive AS inactive, t.brevoked AS revoked,
  TO_CHAR(t.drevoked, '${SUITEQL_DATE_TIME_FORMAT}') AS revoked_at,
  TO_CHAR(t.dcreated, '${SUITEQL_DATE_TIME_FORMAT}') AS created_at
FROM oauthtoken t
WHERE UPPER(REPLACE(BUILTIN.DF(t.tba_app_name), ' ', '')) = ?
ORDER BY t.binactive, t.brevoked, t.dcreated DESC, t.id DESC`;

/**
 * Query 3: the applications tokens exist for, to suggest near names when the integration was
 * not found. BUILTIN.DF is grouped on too: NetSuite turns it into a joined name column, which
 * Oracle only accepts beside COUNT when it is a GROUP BY expression.
 */
export const TOKEN_APPLICATIONS_SQL = `SELECT t.tba_app_name AS app_id, BUILTIN.DF(t.tba_app_name) AS app_name, COUNT(*) AS token_count
FROM oauthtoken t
GROUP BY t.tba_app_name, BUILTIN.DF(t.tba_app_name)
ORDER BY t.tba_app_name`;

/**
 * Query 4: the last {@link LOGIN_WINDOW_DAYS} days of logins through the integration, plus token
 * failures that name no application (see {@link TBA_UNATTRIBUTED_FAILURE_DETAILS}). Newest first.
 */
export const LOGIN_ATTEMPTS_SQL = `SELECT TO_CHAR(l.date, '${SUITEQL_DATE_TIME_FORMAT}') AS login_at, l.status,
  l.oauthappname AS app_name, l.oauthaccesstokenname AS token_name,
  l.user AS user_id, BUILTIN.DF(l.user) AS user_name,
  l.role AS role_id, BUILTIN.DF(l.role) AS role_name,
  l.detail
FROM loginaudit l
WHERE l.date >= TO_DATE(?, '${SUITEQL_DATE_TIME_FORMAT}')
  AND (UPPER(REPLACE(l.oauthappname, ' ', '')) = ?
    OR (l.oauthappname IS NULL AND l.detail IN (${placeholders(TBA_UNATTRIBUTED_FAILURE_DETAILS.length)})))
ORDER BY l.date DESC`;

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
ORDER BY r.id, rp.permkey`;
}

/** Query 6: the candidate users, with their role ids as NetSuite's comma-separated text. */
export function employeesSql(employeeCount: number): string {
  return `SELECT e.id, e.entityid, e.isinactive, e.giveaccess, e.rolesforsearch
FROM employee e
WHERE e.id IN (${placeholders(employeeCount)})
ORDER BY e.id`;
}

/** Statement for query 1. */
export function integrationsStatement(): BoundedStatement {
  return { subject: 'the integration table', sql: INTEGRATIONS_SQL, params: [], maxRows: ROW_BOUNDS.integrations };
}

/** Statement for query 2: the requested name, normalised as the SQL normalises the stored one. */
export function tokensStatement(integrationName: string): BoundedStatement {
  return {
    subject: 'the oauthtoken table',
    sql: TOKENS_SQL,
    params: [normaliseIntegrationName(integrationName)],
    maxRows: ROW_BOUNDS.tokens,
  };
}

/** Statement for query 3. */
export function tokenApplicationsStatement(): BoundedStatement {
  return {
    subject: 'the oauthtoken table (applications)',
    sql: TOKEN_APPLICATIONS_SQL,
    params: [],
    maxRows: ROW_BOUNDS.tokenApplications,
  };
}

/** Statement for query 4: window start, normalised name, then the unattributed failure details. */
export function loginAttemptsStatement(integrationName: string, now: Date): BoundedStatement {
  return {
    subject: 'the loginaudit table',
    sql: LOGIN_ATTEMPTS_SQL,
    params: [loginWindowStart(now), normaliseIntegrationName(integrationName), ...TBA_UNATTRIBUTED_FAILURE_DETAILS],
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

/** Statement for query 6. */
export function employeesStatement(employeeIds: readonly number[]): BoundedStatement {
  return {
    subject: 'the employee table',
    sql: employeesSql(employeeIds.length),
    params: [...employeeIds],
    maxRows: ROW_BOUNDS.employees,
  };
}
