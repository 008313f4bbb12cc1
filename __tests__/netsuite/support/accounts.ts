/**
 * Account situations for the collector's tests, as the rows NetSuite's SuiteQL tables hold.
 * The audit runs at {@link AUDIT_NOW}; date-times are UTC, as 'YYYY-MM-DDTHH:MM:SSZ'.
 */
import { AUDITED_PERMISSION_KEYS } from '../../../src/core/permissions';
import type { NamedRow, NamedTableRows } from '../../../tools/emulator/database/namedRows';
import type { FakeNetSuiteSetup } from './fakeNetSuite';

export const AUDIT_NOW = new Date('2026-11-27T12:00:00Z');

/** Every audited feature on. */
export const ALL_FEATURES_ON: Readonly<Record<string, boolean>> = {
  ADVANCEDEMPLOYEEPERMISSIONS: false,
  IPADDRESSRULES: false,
  SUBSIDIARIES: false,
  CUSTOMCODE: true,
  SERVERSIDESCRIPTING: true,
  WEBSERVICESEXTERNAL: true,
  SUITESIGNON: true,
  TBA: true,
  RESTWEBSERVICES: true,
  OAUTH2: true,
};

/** The administrator running the audit: Full on every audited permission. */
export const ADA_ADMIN: FakeNetSuiteSetup['currentUser'] = {
  id: 7,
  name: 'Ada Admin',
  role: 3,
  permissions: Object.fromEntries(AUDITED_PERMISSION_KEYS.map((key) => [key, 4])),
};

const ROLES: readonly NamedRow[] = [
  { id: 3, name: 'Administrator', scriptid: 'administrator', isinactive: 'F', iswebserviceonlyrole: 'F' },
  { id: 1001, name: 'Act-On Integration', scriptid: 'customrole_acton', isinactive: 'F', iswebserviceonlyrole: 'F' },
  { id: 1002, name: 'Sales Rep (custom)', scriptid: 'customrole_sales', isinactive: 'F', iswebserviceonlyrole: 'F' },
];

const ACTON_ROLE_PERMISSIONS: readonly NamedRow[] = [
  { role: 1001, permkey: 'ADMI_MANAGE_OWN_OAUTH_TOKENS', permlevel: 4 },
  { role: 1001, permkey: 'ADMI_WEBSERVICES', permlevel: 4 },
  { role: 1001, permkey: 'LIST_CONTACT', permlevel: 4 },
  { role: 1001, permkey: 'LIST_EMPLOYEE', permlevel: 1 },
  // Not audited: the statement must leave it out.
  { role: 1001, permkey: 'TRAN_SALESORD', permlevel: 4 },
  { role: 1002, permkey: 'LIST_CONTACT', permlevel: 3 },
];

const EMPLOYEES: readonly NamedRow[] = [
  { id: 7, entityid: 'Ada Admin', isinactive: 'F', giveaccess: 'T', rolesforsearch: '3' },
  { id: 21, entityid: 'Act-On Sync', isinactive: 'F', giveaccess: 'T', rolesforsearch: '1001, 1002' },
  { id: 22, entityid: 'Sam Sales', isinactive: 'F', giveaccess: 'T', rolesforsearch: '1002' },
];

const INTEGRATIONS: readonly NamedRow[] = [
  { id: 4, name: 'SuiteCloud Development Integration', state: 'ENABLED' },
  { id: 12, name: 'ActOnTBA', state: 'ENABLED' },
];

/**
 * Act-On connects as "Act-On Sync" with the custom "Act-On Integration" role; an older token of
 * Ada's was revoked. Logins: two recent successes, one outside the window, other integrations'
 * logins, and three failures without an application (one of them TBA-specific).
 */
export function readyWithDedicatedRole(): NamedTableRows {
  return {
    integration: INTEGRATIONS,
    role: ROLES,
    rolepermissions: ACTON_ROLE_PERMISSIONS,
    employee: EMPLOYEES,
    oauthtoken: [
      {
        id: 5,
        tba_token_name: 'ActOnTBA Ada',
        tba_app_name: 12,
        entity_name: 7,
        role_name: 3,
        binactive: 'F',
        brevoked: 'T',
        drevoked: '2026-09-15T14:00:00Z',
        dcreated: '2026-03-01T09:00:00Z',
        createdby: 7,
      },
      {
        id: 6,
        tba_token_name: 'ActOnTBA Act-On Sync',
        tba_app_name: 12,
        entity_name: 21,
        role_name: 1001,
        binactive: 'F',
        brevoked: 'F',
        drevoked: null,
        dcreated: '2026-09-15T14:30:00Z',
        createdby: 7,
      },
      {
        id: 8,
        tba_token_name: 'CLI Ada',
        tba_app_name: 4,
        entity_name: 7,
        role_name: 3,
        binactive: 'F',
        brevoked: 'F',
        drevoked: null,
        dcreated: '2026-10-01T10:00:00Z',
        createdby: 7,
      },
    ],
    loginaudit: [
      {
        date: '2026-11-25T06:00:00Z',
        status: 'Success',
        oauthappname: 'ActOnTBA',
        oauthaccesstokenname: 'ActOnTBA Act-On Sync',
        user: 21,
        role: 1001,
        detail: null,
      },
      {
        date: '2026-11-26T06:00:00Z',
        status: 'Success',
        oauthappname: 'ActOnTBA',
        oauthaccesstokenname: 'ActOnTBA Act-On Sync',
        user: 21,
        role: 1001,
        detail: null,
      },
      {
        date: '2026-10-01T06:00:00Z',
        status: 'Success',
        oauthappname: 'ActOnTBA',
        oauthaccesstokenname: 'ActOnTBA Act-On Sync',
        user: 21,
        role: 1001,
        detail: null,
      },
      {
        date: '2026-11-26T08:15:00Z',
        status: 'Success',
        oauthappname: 'SuiteCloud Development Integration',
        oauthaccesstokenname: 'CLI Ada',
        user: 7,
        role: 3,
        detail: null,
      },
      {
        date: '2026-11-20T10:00:00Z',
        status: 'Failure',
        oauthappname: null,
        oauthaccesstokenname: null,
        user: null,
        role: null,
        detail: 'consumer_key_refused',
      },
      {
        date: '2026-11-21T10:00:00Z',
        status: 'Failure',
        oauthappname: null,
        oauthaccesstokenname: null,
        user: null,
        role: null,
        detail: 'InvalidSignature',
      },
      {
        date: '2026-11-22T10:00:00Z',
        status: 'Success',
        oauthappname: null,
        oauthaccesstokenname: null,
        user: 7,
        role: 3,
        detail: null,
      },
    ],
  };
}

/** The requested integration does not exist: tokens and records only for "Act-On Legacy". */
export function integrationMissing(): NamedTableRows {
  return {
    integration: [
      { id: 4, name: 'SuiteCloud Development Integration', state: 'ENABLED' },
      { id: 13, name: 'Act-On Legacy', state: 'ENABLED' },
    ],
    role: ROLES,
    rolepermissions: ACTON_ROLE_PERMISSIONS,
    employee: EMPLOYEES,
    oauthtoken: [
      {
        id: 9,
        tba_token_name: 'Legacy 1',
        tba_app_name: 13,
        entity_name: 21,
        role_name: 1001,
        binactive: 'F',
        brevoked: 'F',
        dcreated: '2025-01-01T00:00:00Z',
      },
      {
        id: 10,
        tba_token_name: 'Legacy 2',
        tba_app_name: 13,
        entity_name: 7,
        role_name: 3,
        binactive: 'F',
        brevoked: 'F',
        dcreated: '2025-02-01T00:00:00Z',
      },
      {
        id: 11,
        tba_token_name: 'CLI Ada',
        tba_app_name: 4,
        entity_name: 7,
        role_name: 3,
        binactive: 'F',
        brevoked: 'F',
        dcreated: '2026-10-01T10:00:00Z',
      },
    ],
    loginaudit: [],
  };
}

/** The integration record exists but nobody has created a token for it yet. */
export function integrationWithoutTokens(): NamedTableRows {
  return { ...integrationMissing(), integration: INTEGRATIONS, oauthtoken: [] };
}

/** An account with more integration records than one page holds. */
export function manyIntegrations(count: number): NamedTableRows {
  return {
    ...readyWithDedicatedRole(),
    integration: Array.from({ length: count }, (_, index) => ({
      id: index + 1,
      name: `Integration ${index + 1}`,
      state: 'ENABLED',
    })),
  };
}

/**
 * Act-On's sync user has created `count` ActOnTBA tokens over the years, one a day from
 * 2026-01-01; all but the newest were revoked.
 */
export function manyActOnTokens(count: number): NamedTableRows {
  const day = (index: number) => new Date(Date.UTC(2026, 0, 1 + index)).toISOString().replace('.000Z', 'Z');
  return {
    ...readyWithDedicatedRole(),
    oauthtoken: Array.from({ length: count }, (_, index) => ({
      id: 100 + index,
      tba_token_name: `ActOnTBA Sync ${index + 1}`,
      tba_app_name: 12,
      entity_name: 21,
      role_name: 1001,
      binactive: 'F',
      brevoked: index === count - 1 ? 'F' : 'T',
      drevoked: null,
      dcreated: day(index),
      createdby: 7,
    })),
  };
}

/**
 * Act-On's sync user's first ActOnTBA token, created 2026-01-01, is the one still usable; the
 * `count - 1` made after it, one a day, were all revoked: the usable token is the oldest.
 */
export function usableTokenOlderThanManyRevoked(count: number): NamedTableRows {
  const account = manyActOnTokens(count);
  const tokens = (account.oauthtoken ?? []).map((token, index) => ({ ...token, brevoked: index === 0 ? 'F' : 'T' }));
  return { ...account, oauthtoken: tokens };
}

/** Act-On has logged in `count` times in the last 30 days, one a minute up to 2026-11-27 11:00:00, all successful. */
export function manyActOnLogins(count: number): NamedTableRows {
  const minuteBefore = (index: number) =>
    new Date(Date.UTC(2026, 10, 27, 11, 0) - index * 60_000).toISOString().replace('.000Z', 'Z');
  return {
    ...readyWithDedicatedRole(),
    loginaudit: Array.from({ length: count }, (_, index) => ({
      date: minuteBefore(index),
      status: 'Success',
      oauthappname: 'ActOnTBA',
      oauthaccesstokenname: 'ActOnTBA Act-On Sync',
      user: 21,
      role: 1001,
      detail: null,
    })),
  };
}

/** The usual setup around an account's tables: Ada audits a sandbox with every feature on. */
export function setupFor(tables: NamedTableRows, overrides: Partial<FakeNetSuiteSetup> = {}): FakeNetSuiteSetup {
  return { tables, features: ALL_FEATURES_ON, currentUser: ADA_ADMIN, ...overrides };
}
