/**
 * Turns a scenario into the rows of NetSuite's tables. Values a scenario does not describe
 * (user agents, revocation dates, IP addresses and request URIs it leaves out) are null rather
 * than invented.
 */
import {
  ADMINISTRATOR_ROLE,
  type Scenario,
  type ScenarioCustomer,
  type ScenarioEmployee,
  type ScenarioTable,
} from '../scenario/scenarioTypes';
import { DISPLAY_COLUMNS, tableDefinition, type DisplayedTable } from './accountTables';
import { toStoredDateTime } from './dateTimes';

/** A row's values in the table definition's column order. */
export type RowValues = readonly (string | number | null)[];

/** NetSuite's labels for the permission keys scenarios usually hold (`rolepermissions.name`). */
const PERMISSION_LABELS: Readonly<Record<string, string>> = {
  ADMI_MANAGE_OWN_OAUTH_TOKENS: 'User Access Tokens',
  ADMI_MANAGE_OAUTH_TOKENS: 'Access Token Management',
  ADMI_LOGIN_OAUTH: 'Log in using Access Tokens',
  ADMI_LOGIN_OAUTH2: 'Log in using OAuth 2.0 Access Tokens',
  ADMI_WEBSERVICES: 'SOAP Web Services',
  ADMI_RESTWEBSERVICES: 'REST Web Services',
  ADMI_SUITESIGNON: 'SuiteSignOn',
  ADMI_AUDITLOGIN: 'View Login Audit Trail',
  LIST_CONTACT: 'Contacts',
  LIST_CUSTJOB: 'Customers',
  LIST_CONTACTROLE: 'Contact Roles',
  LIST_EMPLOYEE: 'Employees',
  LIST_EMPLOYEE_RECORD: 'Employee Record',
  LIST_EMPLOYEE_PUBLIC: 'Employee Public',
  ADMI_CUSTENTITYFIELD: 'Custom Entity Fields',
  ADMI_CUSTFIELD: 'Custom Fields',
  ADMI_CUSTLIST: 'Custom Lists',
  ADMI_ENTITYSTATUS: 'Customer Status',
};

/** The custom role script id NetSuite gives role `id`. */
export function roleScriptId(id: number): string {
  return id === ADMINISTRATOR_ROLE.id ? ADMINISTRATOR_ROLE.scriptId : `customrole${id}`;
}

/** A deterministic address for an employee (scenarios do not describe e-mail addresses). */
export function employeeEmail(employee: Pick<ScenarioEmployee, 'id' | 'name'>): string {
  const local = employee.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
  return `${local === '' ? `employee${employee.id}` : local}@example.com`;
}

function flag(value: boolean): 'T' | 'F' {
  return value ? 'T' : 'F';
}

/** First word and the rest of a name, as NetSuite's first and last name fields. */
function nameParts(name: string): [string, string | null] {
  const [first = name, ...rest] = name.trim().split(/\s+/);
  return [first, rest.length > 0 ? rest.join(' ') : null];
}

function integrationRows(scenario: Scenario): RowValues[] {
  return scenario.integrations.map((integration) => [integration.id, integration.name, null, integration.state]);
}

/** The same records as `integration`, under the other table's columns (no creation date is described). */
function integrationAppRows(scenario: Scenario): RowValues[] {
  return scenario.integrations.map((integration) => [integration.id, integration.name, integration.state, null]);
}

function tokenRows(scenario: Scenario): RowValues[] {
  return scenario.tokens.map((token) => {
    const created = toStoredDateTime(token.created);
    return [
      token.id,
      token.name,
      token.integration,
      token.user,
      token.role,
      flag(token.inactive),
      flag(token.revoked),
      null,
      created,
      token.user,
    ];
  });
}

function loginRows(scenario: Scenario): RowValues[] {
  const integrationNames = new Map(scenario.integrations.map((integration) => [integration.id, integration.name]));
  const tokenNames = new Map(scenario.tokens.map((token) => [token.id, token.name]));
  const emails = new Map(scenario.employees.map((employee) => [employee.id, employeeEmail(employee)]));
  return scenario.loginAudit.map((login) => [
    toStoredDateTime(login.date),
    login.status,
    login.integration === null ? null : (integrationNames.get(login.integration) ?? null),
    login.token === null ? null : (tokenNames.get(login.token) ?? null),
    login.user,
    login.role,
    login.user === null ? null : (emails.get(login.user) ?? null),
    login.ipAddress,
    login.requestUri,
    login.detail,
    null,
    null,
  ]);
}

function roleRows(scenario: Scenario): RowValues[] {
  const administrator: RowValues = [
    ADMINISTRATOR_ROLE.id,
    ADMINISTRATOR_ROLE.name,
    ADMINISTRATOR_ROLE.scriptId,
    'F',
    'F',
    'BASIC',
    'ALL',
    null,
  ];
  return [
    administrator,
    ...scenario.roles.map((role) => [
      role.id,
      role.name,
      roleScriptId(role.id),
      flag(role.isinactive),
      flag(role.webServicesOnly),
      'BASIC',
      role.subsidiaryOption,
      role.subsidiaryRestriction,
    ]),
  ];
}

/**
 * One row per permission a role holds above NONE. The Administrator role has no rows: whether
 * NetSuite lists them is unverified, so a script must not depend on them.
 */
function rolePermissionRows(scenario: Scenario): RowValues[] {
  return scenario.roles.flatMap((role) =>
    Object.entries(role.permissions)
      .filter(([, level]) => level > 0)
      .map(([key, level]) => [role.id, key, PERMISSION_LABELS[key] ?? key, level, null]),
  );
}

function employeeRows(scenario: Scenario): RowValues[] {
  return scenario.employees.map((employee) => {
    const [first, last] = nameParts(employee.name);
    const rolesForSearch = employee.roles.length > 0 ? employee.roles.join(', ') : null;
    return [
      employee.id,
      employee.name,
      first,
      last,
      employeeEmail(employee),
      flag(employee.isinactive),
      flag(employee.giveaccess),
      rolesForSearch,
    ];
  });
}

/** `customer.searchstage` as NetSuite spells the stages (public code shows 'Lead' and 'Customer'). */
export const SEARCH_STAGES = { LEAD: 'Lead', PROSPECT: 'Prospect', CUSTOMER: 'Customer' } as const;

/** Customer statuses are entity statuses of customers; project statuses (JOB) are not described. */
function entityStatusRows(scenario: Scenario): RowValues[] {
  return scenario.customerStatuses.map((status) => [status.id, status.name, 'CUSTOMER', flag(status.inactive)]);
}

/** Script ids upper-cased: NetSuite's case is not documented, so the emulator takes the one that exposes a case-sensitive compare. */
function customFieldRows(scenario: Scenario): RowValues[] {
  return scenario.customFields.map((field, index) => [
    index + 1,
    field.scriptId.toUpperCase(),
    field.label,
    'ENTITY',
    field.type,
  ]);
}

/** The first active status of each stage, as a new record of that stage would take. */
function defaultStatusOf(scenario: Scenario, stage: ScenarioCustomer['stage']): number | null {
  return scenario.customerStatuses.find((status) => status.stage === stage && !status.inactive)?.id ?? null;
}

function customerRows(scenario: Scenario): RowValues[] {
  return scenario.customers.map((customer) => [
    customer.id,
    SEARCH_STAGES[customer.stage],
    defaultStatusOf(scenario, customer.stage),
    customer.email,
    flag(customer.inactive),
    customer.salesRep,
  ]);
}

function contactRows(scenario: Scenario): RowValues[] {
  return scenario.contacts.map((contact) => [contact.id, contact.email, flag(contact.inactive), contact.company]);
}

/** Every table's rows for a scenario. */
export function accountRows(scenario: Scenario): Readonly<Record<ScenarioTable, RowValues[]>> {
  return {
    integration: integrationRows(scenario),
    integrationapp: integrationAppRows(scenario),
    oauthtoken: tokenRows(scenario),
    loginaudit: loginRows(scenario),
    role: roleRows(scenario),
    rolepermissions: rolePermissionRows(scenario),
    employee: employeeRows(scenario),
    entitystatus: entityStatusRows(scenario),
    customfield: customFieldRows(scenario),
    customer: customerRows(scenario),
    contact: contactRows(scenario),
  };
}

/** The `[id, display name]` pairs of one referenced table, read from its rows. */
function displayNamesOf(table: DisplayedTable, rows: readonly RowValues[]): RowValues[] {
  const columns = tableDefinition(table)?.columns ?? [];
  const idIndex = columns.findIndex((column) => column.name === 'id');
  const nameIndex = columns.findIndex((column) => column.name === DISPLAY_COLUMNS[table]);
  return rows.map((row) => [row[idIndex] ?? null, row[nameIndex] ?? null]);
}

/**
 * Display names by internal id for each referenced table, from the tables' rows. Taken before
 * any table is left out as unavailable: BUILTIN.DF answers for those too.
 */
export function displayNameRows(
  rows: Readonly<Record<ScenarioTable, readonly RowValues[]>>,
): Readonly<Record<DisplayedTable, RowValues[]>> {
  return {
    integration: displayNamesOf('integration', rows.integration),
    employee: displayNamesOf('employee', rows.employee),
    role: displayNamesOf('role', rows.role),
  };
}
