/**
 * The typed snapshot of facts the collector reads from an account.
 *
 * The rules see nothing else: every fact the engine reasons about is here, and every fact
 * that could not be read says why (a {@link Probe} that failed), so a rule can answer
 * `unknown` with the reason instead of guessing.
 */
import type { NetSuiteFeature } from 'N/runtime';

/** The outcome of reading one fact: the value, or the reason it could not be read. */
export type Probe<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      /** Human-readable reason, e.g. "Search error: table 'integration' is not available". */
      readonly reason: string;
      /** NetSuite's error code where there was one, e.g. `INVALID_SEARCH_TYPE`. */
      readonly code?: string;
    };

/**
 * The rows one bounded SuiteQL statement read, and whether they are all the account holds.
 * The collector reads only the first page of each list, so a count taken over `rows` is a
 * lower bound when `complete` is false: the evidence then says "at least N".
 */
export interface BoundedList<T> {
  readonly rows: readonly T[];
  /** False when the account holds more rows than were read (the statement reached its bound). */
  readonly complete: boolean;
}

/** The features the audit reads. Checked against @hitc's feature union so a typo fails the build. */
export type AuditedFeature = Extract<
  NetSuiteFeature,
  | 'CUSTOMCODE'
  | 'SERVERSIDESCRIPTING'
  | 'WEBSERVICESEXTERNAL'
  | 'SUITESIGNON'
  | 'TBA'
  | 'RESTWEBSERVICES'
  | 'OAUTH2'
  | 'ADVANCEDEMPLOYEEPERMISSIONS'
  | 'IPADDRESSRULES'
  | 'SUBSIDIARIES'
>;

export const AUDITED_FEATURES: readonly AuditedFeature[] = [
  'CUSTOMCODE',
  'SERVERSIDESCRIPTING',
  'WEBSERVICESEXTERNAL',
  'SUITESIGNON',
  'TBA',
  'RESTWEBSERVICES',
  'OAUTH2',
  'ADVANCEDEMPLOYEEPERMISSIONS',
  'IPADDRESSRULES',
  'SUBSIDIARIES',
];

/** Permission levels as SuiteQL `RolePermissions.permlevel` and `runtime.Permission` number them. */
export type PermissionLevel = 0 | 1 | 2 | 3 | 4;

/** `runtime.envType` as a string (the typings declare a numeric enum; NetSuite returns these strings). */
export type EnvironmentType = 'PRODUCTION' | 'SANDBOX' | 'BETA' | 'INTERNAL';

/** The Administrator role's internal id: it holds every permission. */
export const ADMINISTRATOR_ROLE_ID = 3;

export interface AccountFacts {
  /** `runtime.accountId` as NetSuite gives it, e.g. `1234567_SB1` or `tstdrv123`. */
  readonly accountId: string;
  /** `runtime.envType`, or the raw value when it is not one of the known strings. */
  readonly envType: EnvironmentType | string;
  /** `runtime.version`, e.g. `2026.2`. */
  readonly version: string;
}

/** The user running the audit (the Suitelet's viewer). */
export interface CurrentUserFacts {
  readonly id: number;
  readonly name: string;
  readonly roleId: number;
  /** Permission levels of the current user's role, read with `User.getPermission` (0 units). */
  readonly permissions: Probe<Readonly<Partial<Record<string, PermissionLevel>>>>;
}

/** A row of the SuiteQL `integration` (or `integrationapp`) table, an often-unavailable bonus source. */
export interface IntegrationRecordFact {
  readonly id: number;
  readonly name: string;
  /** The raw `state` value, e.g. `ENABLED`, `BLOCKED`, `T` or `F`; null when empty. */
  readonly state: string | null;
  /** `BUILTIN.DF(state)`, the state as NetSuite displays it (e.g. `Enabled`); null when empty. */
  readonly stateName: string | null;
}

/** An application name seen on access tokens, with how many tokens use it. */
export interface TokenApplicationFact {
  readonly applicationId: number;
  readonly applicationName: string;
  readonly tokenCount: number;
}

/** A row of the SuiteQL `oauthtoken` table whose application matches the requested integration. */
export interface AccessTokenFact {
  readonly id: number;
  readonly name: string;
  readonly applicationId: number;
  readonly applicationName: string;
  readonly userId: number;
  readonly userName: string;
  readonly roleId: number;
  readonly roleName: string;
  readonly inactive: boolean;
  readonly revoked: boolean;
  /** ISO-8601 date-time or null when NetSuite gave none. */
  readonly createdAt: string | null;
}

/** A Login Audit Trail row for the integration (or an unattributed TBA failure). */
export interface LoginAttemptFact {
  /** ISO-8601 date-time (UTC). */
  readonly at: string;
  readonly status: 'Success' | 'Failure' | string;
  readonly applicationName: string | null;
  readonly tokenName: string | null;
  readonly userId: number | null;
  readonly userName: string | null;
  readonly roleId: number | null;
  readonly roleName: string | null;
  /** NetSuite's Detail column, e.g. `InvalidSignature`; null on success. */
  readonly detail: string | null;
  /** The address the request came from; null when the row has none. */
  readonly ipAddress: string | null;
  /** The path the request was sent to, e.g. `/services/NetSuitePort_2025_2`; null when the row has none. */
  readonly requestUri: string | null;
}

/** A role that matters to the audit, with the permissions the audit asked about. */
export interface RoleFact {
  readonly id: number;
  readonly name: string;
  readonly inactive: boolean;
  readonly webServicesOnly: boolean;
  /**
   * The levels of the permissions the audit asked about, by permission key. A key absent from
   * a readable role means NONE.
   */
  readonly permissions: Probe<Readonly<Partial<Record<string, PermissionLevel>>>>;
}

/** Which subsidiaries a role's users see (OneWorld accounts only). */
export interface RoleSubsidiaryFact {
  readonly roleId: number;
  /** `subsidiaryoption` as stored, e.g. `ALL`; null when empty. */
  readonly option: string | null;
  /** The subsidiaries a restricted role sees, as NetSuite displays them; null when empty. */
  readonly restriction: string | null;
}

/** An employee that matters to the audit (a token's user or the requested user). */
export interface EmployeeFact {
  readonly id: number;
  readonly name: string;
  readonly inactive: boolean;
  /** The employee record's "Give Access" box. */
  readonly giveAccess: boolean;
  /** Role ids the employee holds now; a failed probe when the assignment could not be read. */
  readonly roleIds: Probe<readonly number[]>;
}

/** What one SuiteQL statement of the audit did, for an administrator to send back when the report looks wrong. */
export interface StatementDiagnostic {
  /** What it reads, e.g. `the oauthtoken table`. */
  readonly subject: string;
  /** The SQL text with its `?` placeholders; parameter values are never kept. */
  readonly statement: string;
  readonly outcome: 'ok' | 'failed' | 'skipped';
  /** Why it was skipped. */
  readonly reason?: string;
  /** Rows read (0 when failed or skipped). */
  readonly rows: number;
  /** True when the statement's row bound cut the rows: the account holds more. */
  readonly bounded: boolean;
  /** What NetSuite answered when it failed. */
  readonly error: { readonly code: string | null; readonly message: string } | null;
}

/** How much the collection cost, so a report can show it. */
export interface CollectionUsage {
  readonly queries: number;
  readonly governanceUnits: number;
}

/** Everything the collector learnt about an account, for one audit request. */
export interface AccountSnapshot {
  /** ISO-8601 date-time of "now" for the audit (the 30-day login window ends here). */
  readonly collectedAt: string;
  readonly account: AccountFacts;
  readonly currentUser: CurrentUserFacts;
  readonly features: Readonly<Record<AuditedFeature, Probe<boolean>>>;
  /** Integration records, from the `integration` table, by internal id. */
  readonly integrations: Probe<BoundedList<IntegrationRecordFact>>;
  /** Application names on tokens, read only when nothing matched by name elsewhere; null when not read. */
  readonly tokenApplications: Probe<BoundedList<TokenApplicationFact>> | null;
  /**
   * Tokens of the applications whose name matches the requested integration: usable first, then
   * newest first. Incomplete when the token bound cut it, or when the application list that
   * should have named the integration was itself cut.
   */
  readonly tokens: Probe<BoundedList<AccessTokenFact>>;
  /** Login attempts of the last 30 days for the integration, newest first. */
  readonly loginAttempts: Probe<BoundedList<LoginAttemptFact>>;
  /**
   * The roles of the candidates (token roles, the requested role, Administrator). Looked up by
   * id, not counted: a role whose permission rows were cut at the bound has unreadable permissions.
   */
  readonly roles: Probe<readonly RoleFact[]>;
  /** The users of the candidates, looked up by id; their statement asks for far fewer ids than its bound. */
  readonly employees: Probe<readonly EmployeeFact[]>;
  /**
   * The subsidiary access of the candidates' roles other than Administrator, read only in a
   * OneWorld account (feature SUBSIDIARIES on); null when not read.
   */
  readonly roleSubsidiaries: Probe<readonly RoleSubsidiaryFact[]> | null;
  readonly usage: CollectionUsage;
  /** Every statement the collector ran or skipped, in order. */
  readonly probes: readonly StatementDiagnostic[];
}
