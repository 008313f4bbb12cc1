/**
 * The check catalogue: every check's stable id, section, title, severity, why it matters and
 * where it is fixed. Renderers, the README and consultants' tooling read this table; rules
 * only decide outcomes. Ids are a public contract: never rename one.
 */
import type { FixLink } from './report';

export type Severity = 'blocker' | 'warning' | 'info';

/** Sections, in the order of Act-On's set-up guide. */
export type CheckSection = 'features' | 'integration' | 'credentials' | 'logins' | 'account';

export const SECTIONS: readonly { readonly id: CheckSection; readonly title: string }[] = [
  { id: 'features', title: 'Features' },
  { id: 'integration', title: 'Integration record' },
  { id: 'credentials', title: 'Role, user and access token' },
  { id: 'logins', title: 'Recent logins' },
  { id: 'account', title: 'Account' },
];

/** NetSuite UI paths (relative to the account's UI host). */
export const NETSUITE_PAGES = {
  enableFeatures: '/app/setup/features.nl',
  manageIntegrations: '/app/common/integration/integrapplist.nl',
  integration: '/app/common/integration/integrapp.nl',
  accessTokens: '/app/setup/accesstokens.nl',
  newAccessToken: '/app/setup/accesstoken.nl',
  manageRoles: '/app/setup/rolelist.nl',
  role: '/app/setup/role.nl',
  employees: '/app/common/entity/employeelist.nl',
  employee: '/app/common/entity/employee.nl',
  companyInformation: '/app/common/otherlists/company.nl',
} as const;

export interface CheckDefinition {
  readonly id: string;
  readonly section: CheckSection;
  readonly title: string;
  readonly severity: Severity;
  /** What the check looks at, for the catalogue table in the docs. */
  readonly checks: string;
  /** Why it matters to Act-On. */
  readonly why: string;
  /** Where the fix is made, in NetSuite's menu words. */
  readonly navigation: string;
  /** The default fix steps; rules may give more specific ones. */
  readonly steps: readonly string[];
  readonly links: readonly FixLink[];
}

const ENABLE_FEATURES_LINK: FixLink = { label: 'Enable Features', href: NETSUITE_PAGES.enableFeatures };
const SUITECLOUD_TAB = 'Setup > Company > Enable Features > SuiteCloud';
const MANAGE_INTEGRATIONS_LINK: FixLink = { label: 'Manage Integrations', href: NETSUITE_PAGES.manageIntegrations };
const MANAGE_ROLES_LINK: FixLink = { label: 'Manage Roles', href: NETSUITE_PAGES.manageRoles };
const ACCESS_TOKENS_LINK: FixLink = { label: 'Access Tokens', href: NETSUITE_PAGES.accessTokens };

function featureCheck<Id extends string>(
  id: Id,
  label: string,
  group: string,
  severity: Severity,
  why: string,
): CheckDefinition & { readonly id: Id } {
  return {
    id,
    section: 'features',
    title: `${label} is enabled`,
    severity,
    checks: `The ${label} feature (SuiteCloud tab, ${group}).`,
    why,
    navigation: SUITECLOUD_TAB,
    steps: [
      'Go to Setup > Company > Enable Features and open the SuiteCloud subtab.',
      `Under ${group}, check ${label} and accept the terms if NetSuite shows them.`,
      'Click Save.',
    ],
    links: [ENABLE_FEATURES_LINK],
  };
}

/**
 * The steps of role.acton-permissions: edit the role, add each missing permission (the rule
 * names the ones it found missing instead), enable the entry forms, save.
 */
export const ACTON_PERMISSIONS_STEPS = [
  'Go to Setup > Users/Roles > Manage Roles and edit the role.',
  'Add each missing permission at the level shown, on the Lists and Setup subtabs of Permissions.',
  'On the Forms subtab, enable the Contact and Customer/Lead/Prospect entry forms.',
  'Click Save.',
] as const;

/** The catalogue, in report order. */
export const CHECK_CATALOGUE = [
  featureCheck(
    'feature.client-suitescript',
    'Client SuiteScript',
    'SuiteScript',
    'blocker',
    "Act-On's set-up guide lists it among the SuiteCloud features its connector expects.",
  ),
  featureCheck(
    'feature.server-suitescript',
    'Server SuiteScript',
    'SuiteScript',
    'blocker',
    "Act-On's guide requires it, and this audit itself runs as a server script.",
  ),
  featureCheck(
    'feature.soap-web-services',
    'SOAP Web Services',
    'SuiteTalk (Web Services)',
    'blocker',
    "Act-On's connector reads and writes contacts, customers and leads through NetSuite's SOAP web services.",
  ),
  featureCheck(
    'feature.token-based-authentication',
    'Token-Based Authentication',
    'Manage Authentication',
    'blocker',
    'Without it NetSuite refuses every token login (Login Audit Trail detail "FeatureDisabled").',
  ),
  featureCheck(
    'feature.suitesignon',
    'SuiteSignOn',
    'Manage Authentication',
    'warning',
    "Act-On's guide asks for it because Act-On's embedded views inside NetSuite (sales portal, portlets) use it; " +
      'the TBA data connection does not. NetSuite ended support for SuiteSignOn in 2025.1.',
  ),
  featureCheck(
    'feature.rest-web-services',
    'REST Web Services',
    'SuiteTalk (Web Services)',
    'info',
    "Act-On's connector does not need it; shown so the account's web-service surface is known.",
  ),
  featureCheck(
    'feature.oauth2',
    'OAuth 2.0',
    'Manage Authentication',
    'info',
    'OAuth 2.0 is the successor to Token-Based Authentication for new integrations from NetSuite 2027.1.',
  ),
  {
    id: 'integration.record',
    section: 'integration',
    title: 'The Act-On integration record exists',
    severity: 'blocker',
    checks: 'An integration record whose name matches the requested one (default ActOnTBA), ignoring case and spaces.',
    why: 'The integration record issues the Consumer Key and Secret that Act-On signs every request with.',
    navigation: 'Setup > Integration > Manage Integrations > New',
    steps: [
      'Go to Setup > Integration > Manage Integrations and click New.',
      'Name it ActOnTBA (or the name you gave this audit) and set State to Enabled.',
      'Under Authentication, check Token-Based Authentication and User Credentials; leave TBA: Authorization Flow ' +
        'and OAuth 2.0 unchecked.',
      'Click Save and copy the Consumer Key and Consumer Secret at once: NetSuite shows them only this one time.',
    ],
    links: [MANAGE_INTEGRATIONS_LINK],
  },
  {
    id: 'integration.state',
    section: 'integration',
    title: 'The integration is Enabled',
    severity: 'blocker',
    checks: "The integration record's State (Enabled or Blocked).",
    why:
      'A Blocked integration refuses every login with its Consumer Key (Login Audit Trail detail ' +
      '"consumer_key_refused").',
    navigation: 'Setup > Integration > Manage Integrations > (the integration) > Edit',
    steps: [
      'Go to Setup > Integration > Manage Integrations and open the integration.',
      'Click Edit, set State to Enabled and click Save.',
    ],
    links: [MANAGE_INTEGRATIONS_LINK],
  },
  {
    id: 'integration.authentication',
    section: 'integration',
    title: 'The integration allows Token-Based Authentication',
    severity: 'blocker',
    checks:
      "The integration's Token-Based Authentication and User Credentials boxes (not readable by scripts; proven " +
      'by a successful token login).',
    why: 'Without the Token-Based Authentication box the Consumer Key cannot be used with access tokens at all.',
    navigation: 'Setup > Integration > Manage Integrations > (the integration) > Edit > Authentication',
    steps: [
      'Go to Setup > Integration > Manage Integrations and open the integration.',
      'Click Edit; on the Authentication subtab check Token-Based Authentication and User Credentials.',
      'Click Save. This cannot be read by a script: it is proven once Act-On (or any client) logs in with a token.',
    ],
    links: [MANAGE_INTEGRATIONS_LINK],
  },
  {
    id: 'token.active',
    section: 'credentials',
    title: 'An active access token exists for the integration, user and role',
    severity: 'blocker',
    checks:
      'An access token of the integration that is neither inactive nor revoked, for the user and role Act-On uses.',
    why:
      'Act-On signs each request with the Token ID and Secret; a revoked or inactive token fails with ' +
      '"InvalidToken".',
    navigation: 'Home > Settings > Manage Access Tokens > New My Access Token',
    steps: [
      'Log in as the user Act-On should use, with the role it should use.',
      'Go to Home > Settings > Manage Access Tokens and click New My Access Token.',
      'Choose the Act-On integration as Application Name, keep the suggested token name and click Save.',
      'Copy the Token ID and Token Secret at once (NetSuite shows them only once) and enter them in Act-On.',
    ],
    links: [ACCESS_TOKENS_LINK],
  },
  {
    id: 'role.token-login',
    section: 'credentials',
    title: 'The role may log in with access tokens',
    severity: 'blocker',
    checks: 'User Access Tokens or Log in using Access Tokens at Full, or the Administrator role.',
    why: 'A role without either permission cannot create or use a token (Access Token Management alone is not enough).',
    navigation: 'Setup > Users/Roles > Manage Roles > (the role) > Edit > Permissions > Setup',
    steps: [
      'Go to Setup > Users/Roles > Manage Roles and edit the role.',
      'On Permissions > Setup, add User Access Tokens (level Full).',
      'Click Save. If NetSuite does not offer the permission for this role, customize a standard role instead.',
    ],
    links: [MANAGE_ROLES_LINK],
  },
  {
    id: 'role.soap-web-services',
    section: 'credentials',
    title: 'The role may use SOAP web services',
    severity: 'blocker',
    checks: 'SOAP Web Services (formerly Web Services) at Full, or the Administrator role.',
    why: "Act-On's connector calls NetSuite's SOAP web services; without this permission every call is refused.",
    navigation: 'Setup > Users/Roles > Manage Roles > (the role) > Edit > Permissions > Setup',
    steps: [
      'Go to Setup > Users/Roles > Manage Roles and edit the role.',
      'On Permissions > Setup, add SOAP Web Services (level Full).',
      'Click Save.',
    ],
    links: [MANAGE_ROLES_LINK],
  },
  {
    id: 'role.acton-permissions',
    section: 'credentials',
    title: "The role has Act-On's minimum permissions",
    severity: 'blocker',
    checks:
      "Act-On's minimum for a non-administrator role: contacts, customers, contact roles, employees, custom " +
      'fields and lists, customer status.',
    why:
      'Act-On reads and writes contacts, customers and leads and their custom fields; a missing permission breaks ' +
      'the sync for those records.',
    navigation: 'Setup > Users/Roles > Manage Roles > (the role) > Edit > Permissions',
    steps: ACTON_PERMISSIONS_STEPS,
    links: [MANAGE_ROLES_LINK],
  },
  {
    id: 'role.active',
    section: 'credentials',
    title: 'The role is active',
    severity: 'blocker',
    checks: 'The role is not marked Inactive.',
    why: 'Tokens of an inactive role fail with "EntityOrRoleDisabled".',
    navigation: 'Setup > Users/Roles > Manage Roles > (the role) > Edit',
    steps: [
      'Go to Setup > Users/Roles > Manage Roles (check Show Inactives), edit the role, clear Inactive and click Save.',
    ],
    links: [MANAGE_ROLES_LINK],
  },
  {
    id: 'user.access',
    section: 'credentials',
    title: "The token's user is active, has access and still holds the role",
    severity: 'blocker',
    checks: "The employee is active, has Give Access checked, and still holds the token's role.",
    why:
      'A token keeps the user and role it was issued for; if the user loses access or the role, NetSuite refuses it ' +
      '("EntityOrRoleDisabled").',
    navigation: 'Lists > Employees > Employees > (the employee) > Edit > Access',
    steps: [
      'Go to Lists > Employees > Employees and edit the employee.',
      'On the Access subtab, check Give Access and add the role back to the Roles list if it is missing.',
      'Make sure the employee is not marked Inactive, then click Save.',
    ],
    links: [{ label: 'Employees', href: NETSUITE_PAGES.employees }],
  },
  {
    id: 'role.web-services-only',
    section: 'credentials',
    title: 'Web Services Only role',
    severity: 'info',
    checks: "The role's Web Services Only Role box.",
    why:
      'A Web Services Only role cannot log in to the NetSuite UI, which keeps an integration role narrow; its token ' +
      'must then be created by an administrator.',
    navigation: 'Setup > Users/Roles > Access Tokens > New',
    steps: [
      'Log in as an administrator and go to Setup > Users/Roles > Access Tokens > New.',
      'Choose the Act-On integration as Application Name, the user, and this role; click Save.',
      'Copy the Token ID and Token Secret at once and enter them in Act-On.',
    ],
    links: [MANAGE_ROLES_LINK],
  },
  {
    id: 'role.subsidiary-access',
    section: 'credentials',
    title: 'The role sees every subsidiary',
    severity: 'warning',
    checks: "In a OneWorld account, the role's subsidiary restriction (subsidiaryoption).",
    why:
      'Act-On sees only the customers and contacts of the subsidiaries its role may see; the rest are silently left ' +
      'out of the sync.',
    navigation: 'Setup > Users/Roles > Manage Roles > (the role) > Edit > Subsidiary Restrictions',
    steps: [
      'Go to Setup > Users/Roles > Manage Roles and edit the role.',
      'Under Subsidiary Restrictions, choose All, or select every subsidiary whose customers and contacts Act-On ' +
        'should sync.',
      'Click Save.',
    ],
    links: [MANAGE_ROLES_LINK],
  },
  {
    id: 'login.recent',
    section: 'logins',
    title: 'Recent token logins succeed',
    severity: 'warning',
    checks: "The last 30 days of the Login Audit Trail for the integration's token logins.",
    why: 'The Login Audit Trail is the only place NetSuite says why a token login failed.',
    navigation: 'Setup > Users/Roles > User Management > View Login Audit Trail',
    steps: [
      'Go to Setup > Users/Roles > User Management > View Login Audit Trail.',
      'Add the Detail, Token-based Access Token Name and Token-based Application Name columns and filter on the ' +
        'integration.',
    ],
    // NetSuite has no stable URL for the Login Audit Trail page: the navigation path says where it is.
    links: [],
  },
  {
    id: 'login.ip-address-rules',
    section: 'logins',
    title: "IP address rules let Act-On's servers in",
    severity: 'warning',
    checks: "The IP Address Rules feature, and the addresses Act-On's token logins came from in the last 30 days.",
    why:
      "With IP address rules on, the company's or the token user's allowed addresses can refuse every request from " +
      "Act-On's servers.",
    navigation:
      'Setup > Company > Company Information (Allowed IP addresses); Lists > Employees > Employees > (the user) > ' +
      'Edit > Access',
    steps: [
      'Go to Setup > Company > Company Information and look at Allowed IP addresses: it must be empty or allow ' +
        'the addresses Act-On connects from.',
      "Go to Lists > Employees > Employees, edit the token's user and, on the Access subtab, look at the IP " +
        'address restriction (and Inherit IP Rules From Company): it must allow the same addresses.',
      'Ask Act-On support for every address its servers connect from, and allow all of them.',
    ],
    links: [
      { label: 'Company Information', href: NETSUITE_PAGES.companyInformation },
      { label: 'Employees', href: NETSUITE_PAGES.employees },
    ],
  },
  {
    id: 'account.id',
    section: 'account',
    title: 'The Account ID to type into Act-On',
    severity: 'info',
    checks: 'The account id in the form Act-On and the OAuth realm expect (upper case, underscore), and the host form.',
    why: 'A wrong Account ID form (hyphen or lower case) makes every signature invalid ("InvalidSignature").',
    navigation: 'Setup > Company > Company Information > Account ID',
    steps: ['In Act-On, go to Settings > Connectors > CRM > NetSuite and type the Account ID exactly as shown.'],
    links: [],
  },
  {
    id: 'account.web-services-concurrency',
    section: 'account',
    title: 'Web services concurrency',
    severity: 'info',
    checks: "Nothing a script can read: where the account's and the integration's concurrency limits are shown.",
    why:
      'NetSuite limits how many web services and RESTlet requests run at once per account (optionally per ' +
      'integration); a request over the limit is refused, possibly without a Login Audit Trail row.',
    navigation: 'Setup > Integration > Integration Management > Integration Governance',
    steps: [
      "Go to Setup > Integration > Integration Management > Integration Governance to see the account's " +
        'concurrency limit, what other integrations use, and whether the Act-On integration has a limit of its own.',
      'If Act-On reports request-limit errors, give the Act-On integration a share of the limit there, or ask the ' +
        'owners of busy integrations to spread their load.',
    ],
    // No URL for the Integration Governance page was found: the navigation path says where it is.
    links: [],
  },
  {
    id: 'platform.tba-future',
    section: 'account',
    title: 'Token-Based Authentication roadmap',
    severity: 'info',
    checks: "The account's NetSuite release against the TBA milestones, and the OAuth 2.0 feature.",
    why:
      'From NetSuite 2027.1 no new integration can use Token-Based Authentication; existing ones keep working, and ' +
      'Oracle tentatively ends TBA for them in 2028.2. OAuth 2.0, the successor, serves REST web services and ' +
      'RESTlets, not SOAP.',
    navigation: 'Setup > Integration > Manage Integrations',
    steps: [
      'Keep the existing Act-On integration record: do not delete it or reset it, since from 2027.1 it cannot be ' +
        're-created with Token-Based Authentication.',
    ],
    links: [MANAGE_INTEGRATIONS_LINK],
  },
  {
    id: 'platform.soap-retirement',
    section: 'account',
    title: "SOAP web services retirement and Act-On's connector",
    severity: 'warning',
    checks:
      "The account's NetSuite release against SOAP's milestones, and Act-On's SOAP endpoint: from the Request URI " +
      "of its token logins where that shows a version, otherwise from the integration's Execution Log by hand.",
    why:
      "Act-On's connector uses SOAP web services: 2025.2 is the last SOAP endpoint, from 2027.1 only it is " +
      'supported, and with 2028.2 SOAP is removed and existing SOAP integrations stop working. OAuth 2.0 does not ' +
      'serve SOAP.',
    navigation: 'Setup > Users/Roles > User Management > View Login Audit Trail (Request URI column)',
    steps: [
      'Ask Act-On support which SOAP endpoint its NetSuite connector uses and how it will connect once SOAP web ' +
        'services are removed in 2028.2.',
      'Nothing in NetSuite needs changing for this: keep the integration record and the token as they are.',
    ],
    links: [],
  },
  {
    id: 'platform.two-factor',
    section: 'account',
    title: 'Why Token-Based Authentication',
    severity: 'info',
    checks: 'Nothing to check: background.',
    why:
      'Since NetSuite 2019.1, two-factor authentication is required for Administrator and other highly privileged ' +
      'roles, so Act-On cannot log in with a user name and password: it uses TBA.',
    navigation: 'Setup > Users/Roles > Two-Factor Authentication Roles',
    steps: [],
    links: [],
  },
] as const satisfies readonly CheckDefinition[];

/** Every check id, as a union: misspelling one is a type error. */
export type CheckId = (typeof CHECK_CATALOGUE)[number]['id'];

/** Looks up a check's definition. */
export function checkDefinition(id: CheckId): CheckDefinition {
  const definition = CHECK_CATALOGUE.find((entry) => entry.id === id);
  if (definition === undefined) throw new Error(`Unknown check id ${id}`);
  return definition;
}

/** The credential checks that are evaluated once per candidate. */
export const CREDENTIAL_CHECK_IDS = [
  'token.active',
  'role.token-login',
  'role.soap-web-services',
  'role.acton-permissions',
  'role.active',
  'user.access',
  'role.web-services-only',
  'role.subsidiary-access',
] as const satisfies readonly CheckId[];
