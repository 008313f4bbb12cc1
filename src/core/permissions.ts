/**
 * The permissions the audit asks about, by SuiteQL/SDF permission key.
 * Source: NetSuite's "Permission Names and IDs" list and Act-On's connector page.
 */
import type { PermissionLevel } from './snapshot';

export const PERMISSION_LEVEL_NAMES: Readonly<Record<PermissionLevel, string>> = {
  0: 'None',
  1: 'View',
  2: 'Create',
  3: 'Edit',
  4: 'Full',
};

/** Token-login permissions: either one at Full lets a role log in with a token. */
export const TOKEN_LOGIN_PERMISSIONS = [
  { key: 'ADMI_MANAGE_OWN_OAUTH_TOKENS', label: 'User Access Tokens' },
  { key: 'ADMI_LOGIN_OAUTH', label: 'Log in using Access Tokens' },
] as const;

/** Manages other users' tokens but does not let the role log in with one: reported, never accepted. */
export const ACCESS_TOKEN_MANAGEMENT = { key: 'ADMI_MANAGE_OAUTH_TOKENS', label: 'Access Token Management' } as const;

export const SOAP_WEB_SERVICES = { key: 'ADMI_WEBSERVICES', label: 'SOAP Web Services' } as const;

/** A permission by key and the label NetSuite shows for it. */
export interface NamedPermission {
  readonly key: string;
  readonly label: string;
}

/** One permission of Act-On's minimum for a non-administrator role. */
export interface RequiredPermission extends NamedPermission {
  /** The Permissions subtab it is on. */
  readonly subtab: 'Lists' | 'Setup';
  readonly level: PermissionLevel;
  /**
   * In accounts with Advanced Employee Permissions (feature ADVANCEDEMPLOYEEPERMISSIONS) roles are
   * given these instead (the key still exists and, where held, takes precedence); any of them at
   * the same level meets the requirement.
   */
  readonly advancedEmployeeVariants?: readonly NamedPermission[];
}

/** Act-On's minimum for a non-administrator role (its connector page). */
export const ACTON_REQUIRED_PERMISSIONS: readonly RequiredPermission[] = [
  { key: 'LIST_CONTACT', label: 'Contacts', subtab: 'Lists', level: 4 },
  { key: 'LIST_CUSTJOB', label: 'Customers', subtab: 'Lists', level: 4 },
  { key: 'LIST_CONTACTROLE', label: 'Contact Roles', subtab: 'Lists', level: 1 },
  {
    key: 'LIST_EMPLOYEE',
    label: 'Employees',
    subtab: 'Lists',
    level: 1,
    advancedEmployeeVariants: [
      { key: 'LIST_EMPLOYEE_RECORD', label: 'Employee Record' },
      { key: 'LIST_EMPLOYEE_PUBLIC', label: 'Employee Public' },
    ],
  },
  { key: 'ADMI_WEBSERVICES', label: 'SOAP Web Services', subtab: 'Setup', level: 4 },
  { key: 'ADMI_CUSTENTITYFIELD', label: 'Custom Entity Fields', subtab: 'Setup', level: 3 },
  { key: 'ADMI_CUSTFIELD', label: 'Custom Fields', subtab: 'Setup', level: 3 },
  { key: 'ADMI_CUSTLIST', label: 'Custom Lists', subtab: 'Setup', level: 3 },
  { key: 'ADMI_ENTITYSTATUS', label: 'Customer Status', subtab: 'Setup', level: 4 },
];

/** Every permission key the collector reads for a role (bounded, fixed list). */
export const AUDITED_PERMISSION_KEYS: readonly string[] = Array.from(
  new Set<string>([
    ...TOKEN_LOGIN_PERMISSIONS.map((permission) => permission.key),
    ACCESS_TOKEN_MANAGEMENT.key,
    SOAP_WEB_SERVICES.key,
    ...ACTON_REQUIRED_PERMISSIONS.flatMap((permission) => [
      permission.key,
      ...(permission.advancedEmployeeVariants ?? []).map((variant) => variant.key),
    ]),
  ]),
);
