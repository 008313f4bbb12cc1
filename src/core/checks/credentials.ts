/** The credentials section: the access token, and the role and user it runs as. */
import { defineCheck } from './define';
import { ACCESS_TOKENS_LINK, EMPLOYEES_LINK, MANAGE_ROLES_LINK } from './pages';

const ROLE_SETUP_PERMISSIONS = 'Setup > Users/Roles > Manage Roles > (the role) > Edit > Permissions > Setup';

export const TOKEN_ACTIVE = defineCheck({
  id: 'token.active',
  section: 'credentials',
  severity: 'blocker',
  title: 'An active access token exists for the integration, user and role',
  failureTitle: 'There is no active access token for the integration, user and role',
  checks: 'An access token of the integration that is neither inactive nor revoked, for the user and role Act-On uses.',
  why:
    'Act-On signs each request with the Token ID and Secret; a revoked or inactive token fails with ' +
    '"InvalidToken".',
  dependsOn: ['integration.record', 'integration.state', 'role.active', 'role.token-login', 'user.access'],
  fixes: {
    default: {
      title: 'Create an access token for Act-On',
      navigation: 'Home > Settings > Manage Access Tokens > New My Access Token',
      steps: [
        'Log in as the user Act-On should use, with the role it should use.',
        'Go to Home > Settings > Manage Access Tokens and click New My Access Token.',
        'Choose the Act-On integration as Application Name, keep the suggested token name and click Save.',
        'Copy the Token ID and Token Secret at once (NetSuite shows them only once) and enter them in Act-On.',
      ],
      links: [ACCESS_TOKENS_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {},
});

export const ROLE_TOKEN_LOGIN = defineCheck({
  id: 'role.token-login',
  section: 'credentials',
  severity: 'blocker',
  title: 'The role may log in with access tokens',
  failureTitle: 'The role may not log in with access tokens',
  checks: 'User Access Tokens or Log in using Access Tokens at Full, or the Administrator role.',
  why: 'A role without either permission cannot create or use a token (Access Token Management alone is not enough).',
  dependsOn: ['feature.token-based-authentication', 'role.active'],
  fixes: {
    default: {
      title: 'Add User Access Tokens to the role',
      navigation: ROLE_SETUP_PERMISSIONS,
      steps: [
        'Go to Setup > Users/Roles > Manage Roles and edit the role.',
        'On Permissions > Setup, add User Access Tokens (level Full).',
        'Click Save. If NetSuite does not offer the permission for this role, customize a standard role instead.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {},
});

export const ROLE_SOAP_WEB_SERVICES = defineCheck({
  id: 'role.soap-web-services',
  section: 'credentials',
  severity: 'blocker',
  title: 'The role may use SOAP web services',
  failureTitle: 'The role may not use SOAP web services',
  checks: 'SOAP Web Services (formerly Web Services) at Full, or the Administrator role.',
  why: "Act-On's connector calls NetSuite's SOAP web services; without this permission every call is refused.",
  dependsOn: ['feature.soap-web-services', 'role.active'],
  fixes: {
    default: {
      title: 'Add SOAP Web Services to the role',
      navigation: ROLE_SETUP_PERMISSIONS,
      steps: [
        'Go to Setup > Users/Roles > Manage Roles and edit the role.',
        'On Permissions > Setup, add SOAP Web Services (level Full).',
        'Click Save.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {},
});

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

export const ROLE_ACTON_PERMISSIONS = defineCheck({
  id: 'role.acton-permissions',
  section: 'credentials',
  severity: 'blocker',
  title: "The role has Act-On's minimum permissions",
  failureTitle: "The role lacks some of Act-On's minimum permissions",
  checks:
    "Act-On's minimum for a non-administrator role: contacts, customers, contact roles, employees, custom " +
    'fields and lists, customer status.',
  why:
    'Act-On reads and writes contacts, customers and leads and their custom fields; a missing permission breaks ' +
    'the sync for those records.',
  dependsOn: ['role.active'],
  fixes: {
    default: {
      title: "Add Act-On's missing permissions to the role",
      navigation: 'Setup > Users/Roles > Manage Roles > (the role) > Edit > Permissions',
      steps: ACTON_PERMISSIONS_STEPS,
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {},
});

export const ROLE_ACTIVE = defineCheck({
  id: 'role.active',
  section: 'credentials',
  severity: 'blocker',
  title: 'The role is active',
  failureTitle: 'The role is inactive',
  checks: 'The role is not marked Inactive.',
  why: 'Tokens of an inactive role fail with "EntityOrRoleDisabled".',
  dependsOn: [],
  fixes: {
    default: {
      title: 'Clear Inactive on the role',
      navigation: 'Setup > Users/Roles > Manage Roles > (the role) > Edit',
      steps: [
        'Go to Setup > Users/Roles > Manage Roles (check Show Inactives), edit the role, clear Inactive and click ' +
          'Save.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {},
});

export const USER_ACCESS = defineCheck({
  id: 'user.access',
  section: 'credentials',
  severity: 'blocker',
  title: "The token's user is active, has access and still holds the role",
  failureTitle: "The token's user is inactive, has no access or no longer holds the role",
  checks: "The employee is active, has Give Access checked, and still holds the token's role.",
  why:
    'A token keeps the user and role it was issued for; if the user loses access or the role, NetSuite refuses it ' +
    '("EntityOrRoleDisabled").',
  dependsOn: ['role.active'],
  fixes: {
    default: {
      title: "Give the token's user access and the role back",
      navigation: 'Lists > Employees > Employees > (the employee) > Edit > Access',
      steps: [
        'Go to Lists > Employees > Employees and edit the employee.',
        'On the Access subtab, check Give Access and add the role back to the Roles list if it is missing.',
        'Make sure the employee is not marked Inactive, then click Save.',
      ],
      links: [EMPLOYEES_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {},
});

export const ROLE_WEB_SERVICES_ONLY = defineCheck({
  id: 'role.web-services-only',
  section: 'credentials',
  severity: 'info',
  title: 'Web Services Only role',
  failureTitle: 'The role is a Web Services Only role',
  checks: "The role's Web Services Only Role box.",
  why:
    'A Web Services Only role cannot log in to the NetSuite UI, which keeps an integration role narrow; its token ' +
    'must then be created by an administrator.',
  dependsOn: [],
  fixes: {
    default: {
      title: 'Have an administrator create the token',
      navigation: 'Setup > Users/Roles > Access Tokens > New',
      steps: [
        'Log in as an administrator and go to Setup > Users/Roles > Access Tokens > New.',
        'Choose the Act-On integration as Application Name, the user, and this role; click Save.',
        'Copy the Token ID and Token Secret at once and enter them in Act-On.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {},
});

export const ROLE_SUBSIDIARY_ACCESS = defineCheck({
  id: 'role.subsidiary-access',
  section: 'credentials',
  severity: 'warning',
  title: 'The role sees every subsidiary',
  failureTitle: 'The role does not see every subsidiary',
  checks: "In a OneWorld account, the role's subsidiary restriction (subsidiaryoption).",
  why:
    'Act-On sees only the customers and contacts of the subsidiaries its role may see; the rest are silently left ' +
    'out of the sync.',
  dependsOn: ['role.active'],
  fixes: {
    default: {
      title: "Widen the role's subsidiary restriction",
      navigation: 'Setup > Users/Roles > Manage Roles > (the role) > Edit > Subsidiary Restrictions',
      steps: [
        'Go to Setup > Users/Roles > Manage Roles and edit the role.',
        'Under Subsidiary Restrictions, choose All, or select every subsidiary whose customers and contacts Act-On ' +
          'should sync.',
        'Click Save.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {},
});

export const CREDENTIAL_CHECKS = [
  TOKEN_ACTIVE,
  ROLE_TOKEN_LOGIN,
  ROLE_SOAP_WEB_SERVICES,
  ROLE_ACTON_PERMISSIONS,
  ROLE_ACTIVE,
  USER_ACCESS,
  ROLE_WEB_SERVICES_ONLY,
  ROLE_SUBSIDIARY_ACCESS,
] as const;
