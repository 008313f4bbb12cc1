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

/**
 * The record types the audit opens as new, unsaved dynamic records (`record.create`, never saved)
 * to read field metadata: a lead stands for the customer record (leads, prospects and customers
 * share it) and a contact for contacts. Prospect and customer records cost 5 units each more and
 * would tell the same fields.
 */
export type NewRecordType = 'lead' | 'contact';

export const NEW_RECORD_TYPES: readonly NewRecordType[] = ['lead', 'contact'];

/** A field as `Record.getField` shows it on a new, unsaved dynamic record: as the viewer sees it, on their form. */
export interface FieldOnNewRecord {
  /** `Field.type` as NetSuite gives it, e.g. `integer`, `float`, `text`, `select`. */
  readonly type: string;
  /** `Field.label`; '' when NetSuite gave none. */
  readonly label: string;
  readonly mandatory: boolean;
  readonly readOnly: boolean;
}

/** A custom entity field (script id `custentity...`). */
export interface CustomEntityFieldFact {
  /** The script id in lower case, e.g. `custentity_acton_score` (NetSuite's case is not documented). */
  readonly scriptId: string;
  /** `customfield.name`, the field's label; null when the customfield table did not list the field. */
  readonly label: string | null;
  /** `customfield.fieldvaluetype` as stored; null when the table did not list the field. */
  readonly valueType: string | null;
  /** True when the audit's score-field input named it. */
  readonly namedAsScoreField: boolean;
  /**
   * The field on a new record of each type: its metadata; null when `getField` gave none (it does
   * not apply to that record type, or the viewer's form leaves it out); a failed probe when the
   * record could not be opened.
   */
  readonly onNewRecord: Readonly<Record<NewRecordType, Probe<FieldOnNewRecord | null>>>;
}

/**
 * Custom entity fields: those the customfield table lists, those a new lead or contact carries,
 * and the score fields the audit was given, each once.
 */
export interface CustomFieldsFact {
  /** Whether the customfield table was read, and all of it; when not, `fields` holds what the new records showed. */
  readonly listing: Probe<{ readonly complete: boolean }>;
  /** Whether each new record could be opened (the reason when not), and how many custom fields it carries. */
  readonly newRecords: Readonly<Record<NewRecordType, Probe<{ readonly customFieldCount: number }>>>;
  readonly fields: readonly CustomEntityFieldFact[];
}

/** A customer's stage, as Act-On's connector and NetSuite's Customer Statuses name them. */
export type CustomerStage = 'LEAD' | 'PROSPECT' | 'CUSTOMER';

/** A customer status: a row of the `entitystatus` table (project statuses, `entitytype` JOB, left out). */
export interface CustomerStatusFact {
  /** `entitystatus.key`, the status's internal id. */
  readonly id: number;
  readonly name: string;
  /** `entitystatus.entitytype` as stored (Oracle's guide names `CUSTOMER` and `JOB`); null when empty. */
  readonly entityType: string | null;
  /**
   * `LEAD` when a new lead offers the status; null otherwise: no SuiteQL column holds the stage
   * (`entitystatus` has none; `customerstatus.stage` is a record field, not a search column).
   */
  readonly stage: CustomerStage | null;
  readonly inactive: boolean;
}

/** The customer statuses and which ones a new lead may take. */
export interface CustomerStatusesFact {
  readonly statuses: Probe<BoundedList<CustomerStatusFact>>;
  /**
   * The status ids the `entitystatus` field of a new, unsaved lead offers (`getSelectOptions`),
   * null when NetSuite gave no list (a pop-up field); a failed probe when it could not be read.
   */
  readonly offeredOnNewLead: Probe<readonly number[] | null>;
}

/** Active customer records (leads, prospects, customers) of one stage: counts only. */
export interface StageCountFact {
  /** `customer.searchstage` as stored, e.g. `Lead`, `Prospect`, `Customer`. */
  readonly stage: string;
  readonly total: number;
  readonly withoutEmail: number;
  /** With no sales rep, or one who is not an active employee. */
  readonly withoutActiveSalesRep: number;
}

/** Active contacts: counts only. */
export interface ContactCountFact {
  readonly total: number;
  readonly withoutEmail: number;
}

/** Email addresses held by more than one active record of a kind (compared ignoring case): counts only. */
export interface SharedEmailFact {
  /** Addresses shared by two or more records. */
  readonly addresses: number;
  /** The records holding those addresses. */
  readonly records: number;
}

/**
 * What Act-On's sync will meet once it connects: its score fields, the lead statuses, mandatory
 * fields, emails and owners. Every read is account-wide and made as the viewer. Counts only:
 * no email address or personal name is read or kept.
 */
export interface DataFacts {
  /** The score field ids the audit was given (lower case), in the order given. */
  readonly scoreFieldIds: readonly string[];
  readonly customFields: CustomFieldsFact;
  readonly customerStatuses: CustomerStatusesFact;
  /** Active customer records by stage. */
  readonly customers: Probe<readonly StageCountFact[]>;
  readonly contacts: Probe<ContactCountFact>;
  /** Shared addresses among active customer records, and among active contacts. */
  readonly sharedEmails: {
    readonly customers: Probe<SharedEmailFact>;
    readonly contacts: Probe<SharedEmailFact>;
  };
}

/** How much the collection cost, so a report can show it. */
export interface CollectionUsage {
  /** SuiteQL statements sent (failed ones included). */
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
  /** Act-On data readiness: score fields, statuses, mandatory fields, email and owner counts. */
  readonly data: DataFacts;
  readonly usage: CollectionUsage;
  /** Every statement the collector ran or skipped, in order. */
  readonly probes: readonly StatementDiagnostic[];
}
