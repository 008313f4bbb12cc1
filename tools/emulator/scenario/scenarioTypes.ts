/**
 * The typed form of a scenario file: a described NetSuite account the emulator serves.
 * The file format is published as `scenarios/scenario.schema.json`; {@link loadScenario}
 * validates a file against it and fills in the documented defaults, so code downstream sees
 * every key present.
 */

/** `runtime.envType` values. */
export type ScenarioEnvironmentType = 'PRODUCTION' | 'SANDBOX' | 'BETA' | 'INTERNAL';

/** Feature ids a scenario can switch on (the ones the audit reads). */
export const SCENARIO_FEATURES = [
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
] as const;

export type ScenarioFeature = (typeof SCENARIO_FEATURES)[number];

/** The SuiteQL tables the emulator serves; `unavailable` may name any of them. */
export const SCENARIO_TABLES = [
  'integration',
  'integrationapp',
  'oauthtoken',
  'loginaudit',
  'role',
  'rolepermissions',
  'employee',
  'entitystatus',
  'customfield',
  'customer',
  'contact',
] as const;

export type ScenarioTable = (typeof SCENARIO_TABLES)[number];

/** Permission levels: NONE 0, VIEW 1, CREATE 2, EDIT 3, FULL 4. */
export type ScenarioPermissionLevel = 0 | 1 | 2 | 3 | 4;

/** The built-in Administrator role: present in every account, never listed in a scenario. */
export const ADMINISTRATOR_ROLE = { id: 3, name: 'Administrator', scriptId: 'administrator' } as const;

export interface ScenarioAccount {
  readonly id: string;
  readonly envType: ScenarioEnvironmentType;
  readonly version: string;
}

export interface ScenarioCurrentUser {
  /** Employee id of the person viewing the Suitelet. */
  readonly id: number;
  /** The role they are logged in with. */
  readonly role: number;
}

export interface ScenarioRole {
  readonly id: number;
  readonly name: string;
  readonly isinactive: boolean;
  readonly webServicesOnly: boolean;
  /** Permission levels by permission key; keys not listed are NONE. */
  readonly permissions: Readonly<Record<string, ScenarioPermissionLevel>>;
  /** `subsidiaryoption` (OneWorld accounts): `ALL` or a restriction such as `SELECTED`. */
  readonly subsidiaryOption: string;
  /** The subsidiaries a restricted role sees, as NetSuite displays them; null for none listed. */
  readonly subsidiaryRestriction: string | null;
}

export interface ScenarioEmployee {
  readonly id: number;
  /** The employee's entity id (what NetSuite shows as the name). */
  readonly name: string;
  readonly isinactive: boolean;
  readonly giveaccess: boolean;
  /** Role ids the employee holds. */
  readonly roles: readonly number[];
}

export type IntegrationState = 'ENABLED' | 'BLOCKED';

export interface ScenarioIntegration {
  readonly id: number;
  readonly name: string;
  readonly state: IntegrationState;
}

export interface ScenarioToken {
  readonly id: number;
  readonly name: string;
  /** Integration record id. */
  readonly integration: number;
  /** Employee id. */
  readonly user: number;
  /** Role id. */
  readonly role: number;
  readonly inactive: boolean;
  readonly revoked: boolean;
  /** ISO-8601 date-time. */
  readonly created: string;
}

export type LoginStatus = 'Success' | 'Failure';

/** A Login Audit Trail row. References left out of the file are taken from `token` when it is given. */
export interface ScenarioLogin {
  readonly date: string;
  readonly status: LoginStatus;
  readonly integration: number | null;
  readonly token: number | null;
  readonly user: number | null;
  readonly role: number | null;
  readonly detail: string | null;
  readonly ipAddress: string | null;
  readonly requestUri: string | null;
}

/** Custom entity field types as NetSuite names them (SDF `fieldtype`). */
export const CUSTOM_FIELD_TYPES = [
  'INTEGER',
  'FLOAT',
  'PERCENT',
  'CURRENCY',
  'FREEFORMTEXT',
  'TEXTAREA',
  'CLOBTEXT',
  'CHECKBOX',
  'SELECT',
  'MULTISELECT',
  'DATE',
  'DATETIMETZ',
  'EMAIL',
  'PHONE',
  'URL',
] as const;

export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** The entity record types a custom entity field may apply to, and the emulator opens as new records. */
export const ENTITY_RECORD_TYPES = ['lead', 'prospect', 'customer', 'contact'] as const;

export type EntityRecordType = (typeof ENTITY_RECORD_TYPES)[number];

/** A custom entity field (Customization > Lists, Records, & Fields > Entity Fields). */
export interface ScenarioCustomField {
  /** `custentity...`, as the administrator typed it. */
  readonly scriptId: string;
  readonly label: string;
  readonly type: CustomFieldType;
  readonly appliesTo: readonly EntityRecordType[];
  readonly mandatory: boolean;
  /** Display type Inline Text or Disabled: the field cannot be edited on the form. */
  readonly readOnly: boolean;
}

export type CustomerStage = 'LEAD' | 'PROSPECT' | 'CUSTOMER';

/** A customer status (Setup > Sales > Customer Statuses). */
export interface ScenarioCustomerStatus {
  readonly id: number;
  readonly name: string;
  readonly stage: CustomerStage;
  readonly inactive: boolean;
}

/** A lead, prospect or customer record; its stage says which. */
export interface ScenarioCustomer {
  readonly id: number;
  readonly stage: CustomerStage;
  readonly email: string | null;
  readonly inactive: boolean;
  /** Employee id of the sales rep; null for none. */
  readonly salesRep: number | null;
}

export interface ScenarioContact {
  readonly id: number;
  readonly email: string | null;
  readonly inactive: boolean;
  /** The customer record the contact belongs to; null for none. */
  readonly company: number | null;
}

/** A validated scenario, with every optional key filled in by its documented default. */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  /** The account's clock (ISO-8601), or null to use the caller's. */
  readonly now: string | null;
  readonly account: ScenarioAccount;
  readonly currentUser: ScenarioCurrentUser;
  /** Every audited feature; those the file did not list are false. */
  readonly features: Readonly<Record<ScenarioFeature, boolean>>;
  readonly roles: readonly ScenarioRole[];
  readonly employees: readonly ScenarioEmployee[];
  readonly integrations: readonly ScenarioIntegration[];
  readonly tokens: readonly ScenarioToken[];
  readonly loginAudit: readonly ScenarioLogin[];
  readonly customFields: readonly ScenarioCustomField[];
  readonly customerStatuses: readonly ScenarioCustomerStatus[];
  readonly customers: readonly ScenarioCustomer[];
  readonly contacts: readonly ScenarioContact[];
  /** Tables whose statements throw the given NetSuite error code (N/record and N/search reads of them too). */
  readonly unavailable: Readonly<Partial<Record<ScenarioTable, string>>>;
}
