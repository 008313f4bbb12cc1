/**
 * The large demo account's people and set-up: 5,000 custom roles, 2,500 employees and 50
 * integration records, ActOnTBA among them. Activity (tokens, logins) is built on top of this
 * in ./largeAccountActivity. Everything comes from a {@link SeededRandom}: same seed, same account.
 */
import { ACTON_REQUIRED_PERMISSIONS } from '../../src/core/permissions';
import type { PermissionLevel } from '../../src/core/snapshot';
import type { ScenarioDocument } from '../emulator/scenario/scenarioSemantics';
import type { SeededRandom } from './seededRandom';

type RoleRecord = NonNullable<ScenarioDocument['roles']>[number];
type EmployeeRecord = NonNullable<ScenarioDocument['employees']>[number];
type IntegrationRecord = NonNullable<ScenarioDocument['integrations']>[number];

/** How big the account is. */
export const LARGE_ACCOUNT_SIZE = {
  roles: 5000,
  employees: 2500,
  integrations: 50,
  tokens: 20_000,
  actOnTokens: 300,
  logins: 100_000,
} as const;

/** The records Act-On's connection uses, fixed so tests and people can find them. */
export const ACT_ON_SET_UP = {
  integrationId: 27,
  integrationName: 'ActOnTBA',
  roleId: 1001,
  roleName: 'Act-On Integration',
  userId: 21,
  userName: 'Act-On Sync',
} as const;

/** The person viewing the Suitelet: an Administrator. */
export const VIEWER = { id: 7, name: 'Ada Admin', roleId: 3 } as const;

const ADMINISTRATOR_ROLE_ID = 3;
const FIRST_ROLE_ID = 1001;
/** Employees 1 to 12 are administrators (7 is the viewer). */
const ADMINISTRATOR_EMPLOYEE_IDS = Array.from({ length: 12 }, (_, index) => index + 1);

/** Act-On's minimum for a non-administrator role (the audit's own list), plus User Access Tokens. */
const ACT_ON_ROLE_PERMISSIONS: Readonly<Record<string, PermissionLevel>> = {
  ADMI_MANAGE_OWN_OAUTH_TOKENS: 4,
  ...Object.fromEntries(ACTON_REQUIRED_PERMISSIONS.map((permission) => [permission.key, permission.level])),
};

const INTEGRATION_NAMES = [
  'SuiteCloud Development Integration',
  'Web Store Connector',
  'Payment Gateway',
  'Sales Tax Engine',
  'Shipping Labels',
  'EDI Gateway',
  'Payroll Export',
  'Expense Reports',
  'Data Warehouse Extract',
  'BI Dashboards',
  'CRM Bridge',
  'Support Desk Sync',
  'Marketplace Orders',
  'Warehouse Scanners',
  'Procurement Portal',
  'Document Signing',
  'Banking Feed',
  'Subscription Billing',
  'Demand Forecasting',
  'Field Service App',
  'Mobile Sales App',
  'Commission Calculator',
  'Fixed Assets Import',
  'Customer Portal',
  'Recruiting Platform',
  'Event Registrations',
] as const;

const DEPARTMENTS = [
  'Sales',
  'Marketing',
  'Finance',
  'Support',
  'Warehouse',
  'Purchasing',
  'People',
  'IT',
  'Operations',
  'Executive',
] as const;
type Department = (typeof DEPARTMENTS)[number];
const JOB_TITLES = ['Rep', 'Manager', 'Analyst', 'Clerk', 'Director', 'Approver', 'Viewer', 'Lead'] as const;
const REGIONS = ['EMEA', 'APAC', 'Americas', 'US West', 'US East', 'DACH', 'Nordics', 'UK'] as const;

/** Permission keys each department's roles draw from (levels are drawn too). */
const DEPARTMENT_PERMISSIONS: Readonly<Record<Department, readonly string[]>> = {
  Sales: ['LIST_CONTACT', 'LIST_CUSTJOB', 'LIST_CONTACTROLE', 'TRAN_SALESORD', 'TRAN_ESTIMATE', 'LIST_ITEM'],
  Marketing: ['LIST_CONTACT', 'LIST_CUSTJOB', 'LIST_CONTACTROLE', 'ADMI_CUSTENTITYFIELD', 'LIST_EMPLOYEE'],
  Finance: ['TRAN_INVOICE', 'TRAN_JOURNAL', 'TRAN_CUSTPYMT', 'TRAN_VENDBILL', 'LIST_CUSTJOB', 'LIST_VENDOR'],
  Support: ['LIST_CASE', 'LIST_CONTACT', 'LIST_CUSTJOB', 'LIST_ITEM'],
  Warehouse: ['LIST_ITEM', 'TRAN_SALESORD', 'TRAN_PURCHORD', 'LIST_VENDOR'],
  Purchasing: ['TRAN_PURCHORD', 'TRAN_VENDBILL', 'LIST_VENDOR', 'LIST_ITEM'],
  People: ['LIST_EMPLOYEE', 'ADMI_AUDITLOGIN'],
  IT: [
    'ADMI_WEBSERVICES',
    'ADMI_RESTWEBSERVICES',
    'ADMI_CUSTFIELD',
    'ADMI_CUSTLIST',
    'ADMI_CUSTENTITYFIELD',
    'ADMI_AUDITLOGIN',
  ],
  Operations: ['LIST_ITEM', 'TRAN_SALESORD', 'LIST_CUSTJOB', 'LIST_EMPLOYEE'],
  Executive: ['LIST_CUSTJOB', 'TRAN_SALESORD', 'TRAN_INVOICE', 'LIST_EMPLOYEE'],
};

/** Permissions of a role an integration signs in with: tokens, web services and what it syncs. */
const INTEGRATION_ROLE_PERMISSIONS = [
  'LIST_CUSTJOB',
  'LIST_ITEM',
  'TRAN_SALESORD',
  'TRAN_INVOICE',
  'LIST_CONTACT',
  'LIST_VENDOR',
] as const;

const FIRST_NAMES = [
  'Alex',
  'Billie',
  'Chen',
  'Dana',
  'Emeka',
  'Fatima',
  'Giulia',
  'Hiro',
  'Ines',
  'Jonas',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Oskar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
] as const;
const LAST_NAMES = [
  'Andersen',
  'Barros',
  'Costa',
  'Dubois',
  'Eriksson',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quispe',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Umarov',
  'Varga',
  'Weber',
  'Yilmaz',
] as const;
const INITIALS = 'ABCDEFGHIJKLMNOPRSTVW';

/** Someone who can hold an access token: an employee and a role they hold that may log in with tokens. */
export interface TokenHolder {
  readonly userId: number;
  readonly roleId: number;
}

/** The account's directory, and who may hold tokens for which integration. */
export interface LargeAccountDirectory {
  readonly roles: RoleRecord[];
  readonly employees: EmployeeRecord[];
  readonly integrations: IntegrationRecord[];
  /** Token holders by integration id (ActOnTBA excluded: its tokens are laid out on purpose). */
  readonly holdersByIntegration: ReadonlyMap<number, readonly TokenHolder[]>;
  /** Administrators who may also hold tokens of any integration. */
  readonly administratorHolders: readonly TokenHolder[];
}

/**
 * The 50 integration records, ActOnTBA at its fixed id. Several tools were replaced by a "v2"
 * record; about half of the replaced ones were Blocked so old clients stop signing in.
 */
function buildIntegrations(random: SeededRandom): IntegrationRecord[] {
  const otherCount = LARGE_ACCOUNT_SIZE.integrations - 1;
  const replaced = INTEGRATION_NAMES.slice(1, 1 + otherCount - INTEGRATION_NAMES.length);
  const names = [...INTEGRATION_NAMES, ...replaced.map((name) => `${name} v2`)];
  const replacedNames = new Set<string>(replaced);
  const states = names.map((name): IntegrationRecord['state'] =>
    replacedNames.has(name) && random.chance(0.5) ? 'BLOCKED' : 'ENABLED',
  );
  const records: IntegrationRecord[] = [];
  let next = 0;
  for (let id = 1; id <= LARGE_ACCOUNT_SIZE.integrations; id += 1) {
    if (id === ACT_ON_SET_UP.integrationId) {
      records.push({ id, name: ACT_ON_SET_UP.integrationName, state: 'ENABLED' });
      continue;
    }
    records.push({ id, name: names[next] ?? `Integration ${id}`, state: states[next] ?? 'ENABLED' });
    next += 1;
  }
  return records;
}

function departmentRolePermissions(random: SeededRandom, department: Department): Record<string, 0 | 1 | 2 | 3 | 4> {
  const keys = random.sample(
    DEPARTMENT_PERMISSIONS[department],
    random.integer(2, DEPARTMENT_PERMISSIONS[department].length),
  );
  return Object.fromEntries(keys.map((key) => [key, random.integer(1, 4) as 1 | 2 | 3 | 4]));
}

function integrationRolePermissions(random: SeededRandom): Record<string, 0 | 1 | 2 | 3 | 4> {
  const synced = random.sample(INTEGRATION_ROLE_PERMISSIONS, random.integer(2, 5));
  return {
    ADMI_MANAGE_OWN_OAUTH_TOKENS: 4,
    ADMI_WEBSERVICES: 4,
    ...Object.fromEntries(synced.map((key) => [key, random.pick([1, 3, 4] as const)])),
  };
}

interface RolePlan {
  readonly roles: RoleRecord[];
  /** Role ids per integration id, for the integrations' own sign-in roles. */
  readonly integrationRoleIds: ReadonlyMap<number, readonly number[]>;
  /** Ordinary department roles, for employees. */
  readonly staffRoleIds: readonly number[];
}

/** Act-On's role first, then one to three sign-in roles per other integration, then department roles up to 5,000. */
function buildRoles(random: SeededRandom, integrations: readonly IntegrationRecord[]): RolePlan {
  const roles: RoleRecord[] = [
    {
      id: ACT_ON_SET_UP.roleId,
      name: ACT_ON_SET_UP.roleName,
      isinactive: false,
      webServicesOnly: false,
      permissions: { ...ACT_ON_ROLE_PERMISSIONS },
    },
  ];
  const integrationRoleIds = new Map<number, number[]>();
  let nextId = FIRST_ROLE_ID + 1;
  for (const integration of integrations) {
    if (integration.id === ACT_ON_SET_UP.integrationId) continue;
    const ids: number[] = [];
    for (let copy = 1, count = random.integer(1, 3); copy <= count; copy += 1) {
      ids.push(nextId);
      roles.push({
        id: nextId,
        name: `${integration.name} Integration ${copy}`,
        isinactive: false,
        webServicesOnly: random.chance(0.4),
        permissions: integrationRolePermissions(random),
      });
      nextId += 1;
    }
    integrationRoleIds.set(integration.id, ids);
  }
  const staffRoleIds: number[] = [];
  for (let serial = 1; roles.length < LARGE_ACCOUNT_SIZE.roles; serial += 1) {
    const department = random.pick(DEPARTMENTS);
    const name = `${department} ${random.pick(JOB_TITLES)} (${random.pick(REGIONS)}) ${String(serial).padStart(4, '0')}`;
    roles.push({
      id: nextId,
      name,
      isinactive: random.chance(0.04),
      webServicesOnly: false,
      permissions: departmentRolePermissions(random, department),
    });
    staffRoleIds.push(nextId);
    nextId += 1;
  }
  return { roles, integrationRoleIds, staffRoleIds };
}

/** A person's name not used yet in the account. */
function uniquePersonName(random: SeededRandom, used: Set<string>): string {
  for (;;) {
    const name =
      `${random.pick(FIRST_NAMES)} ${INITIALS.charAt(random.integer(0, INITIALS.length - 1))}. ` +
      `${random.pick(LAST_NAMES)}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

interface EmployeePlan {
  readonly employees: EmployeeRecord[];
  readonly holdersByIntegration: Map<number, TokenHolder[]>;
  readonly administratorHolders: TokenHolder[];
}

/**
 * Administrators (1 to 12), Act-On's sync user (21), one to three sync users per integration,
 * then staff with one to three department roles; a few have left (inactive, no access).
 */
function buildEmployees(
  random: SeededRandom,
  integrations: readonly IntegrationRecord[],
  plan: RolePlan,
): EmployeePlan {
  const used = new Set<string>([VIEWER.name, ACT_ON_SET_UP.userName]);
  const employees: EmployeeRecord[] = [];
  const administratorHolders: TokenHolder[] = [];
  const holdersByIntegration = new Map<number, TokenHolder[]>();
  for (const id of ADMINISTRATOR_EMPLOYEE_IDS) {
    employees.push({
      id,
      name: id === VIEWER.id ? VIEWER.name : uniquePersonName(random, used),
      isinactive: false,
      giveaccess: true,
      roles: [ADMINISTRATOR_ROLE_ID],
    });
    administratorHolders.push({ userId: id, roleId: ADMINISTRATOR_ROLE_ID });
  }
  let lastId = ADMINISTRATOR_EMPLOYEE_IDS.length;
  // The next free employee id; Act-On's sync user keeps its fixed id.
  const take = (): number => {
    lastId += lastId + 1 === ACT_ON_SET_UP.userId ? 2 : 1;
    return lastId;
  };
  employees.push({
    id: ACT_ON_SET_UP.userId,
    name: ACT_ON_SET_UP.userName,
    isinactive: false,
    giveaccess: true,
    roles: [ACT_ON_SET_UP.roleId],
  });
  for (const integration of integrations) {
    const roleIds = plan.integrationRoleIds.get(integration.id);
    if (roleIds === undefined) continue;
    const holders: TokenHolder[] = [];
    for (let copy = 1, count = random.integer(1, 3); copy <= count; copy += 1) {
      const id = take();
      const roleId = random.pick(roleIds);
      employees.push({
        id,
        name: `${integration.name} Sync ${copy}`,
        isinactive: false,
        giveaccess: true,
        roles: [roleId],
      });
      holders.push({ userId: id, roleId });
    }
    holdersByIntegration.set(integration.id, holders);
  }
  while (employees.length < LARGE_ACCOUNT_SIZE.employees) {
    const id = take();
    const hasLeft = random.chance(0.06);
    const roles = hasLeft ? [] : random.sample(plan.staffRoleIds, random.integer(1, 3));
    employees.push({ id, name: uniquePersonName(random, used), isinactive: hasLeft, giveaccess: !hasLeft, roles });
  }
  employees.sort((first, second) => first.id - second.id);
  return { employees, holdersByIntegration, administratorHolders };
}

/** Builds the directory of the large account. */
export function buildLargeAccountDirectory(random: SeededRandom): LargeAccountDirectory {
  const integrations = buildIntegrations(random);
  const rolePlan = buildRoles(random, integrations);
  const employeePlan = buildEmployees(random, integrations, rolePlan);
  return {
    roles: rolePlan.roles,
    employees: employeePlan.employees,
    integrations,
    holdersByIntegration: employeePlan.holdersByIntegration,
    administratorHolders: employeePlan.administratorHolders,
  };
}
