/** The credentials section: the access token, and the role and user it runs as. */
import {
  countLabel,
  joinedWithAnd,
  momentLabel,
  roleLabel,
  roleShortName,
  tokenLabel,
  userLabel,
  userShortName,
} from './words';
import { defineCheck } from './define';
import {
  ACCESS_TOKENS_LINK,
  EMPLOYEES_LINK,
  ENABLE_FEATURES_LINK,
  MANAGE_INTEGRATIONS_LINK,
  MANAGE_ROLES_LINK,
  NETSUITE_PAGES,
} from './pages';
import { unreadableSentence } from './shared';

const unreadable = unreadableSentence;

const ROLE_PERMISSIONS = 'Setup > Users/Roles > Manage Roles > (the role) > Edit > Permissions';
const ROLE_SETUP_PERMISSIONS = `${ROLE_PERMISSIONS} > Setup`;
const EDIT_ROLE = 'Go to Setup > Users/Roles > Manage Roles and edit the role.';

/** A role, user or employee as a finding names it: its internal id and, when known, its name. */
export type Named = { readonly id: number; readonly name: string | null };

/** A token as a finding names it. */
export type TokenRef = { readonly id: number; readonly name: string };

/** What could not be read and NetSuite's reason, for a message that names it itself. */
type Unread = { readonly reason: string; readonly code: string | null };

const role = (named: Named): string => roleLabel(named.id, named.name);
const user = (named: Named): string => userLabel(named.id, named.name);
const roleShort = (named: Named): string => roleShortName(named.id, named.name);
const userShort = (named: Named): string => userShortName(named.id, named.name);

/** Where an administrator creates a token for another user (bridgehead_4248124361). */
const ADMINISTRATOR_TOKEN_NAVIGATION = 'Setup > Users/Roles > Access Tokens > New';
const NEW_ACCESS_TOKEN_LINK = { label: 'New Access Token', href: NETSUITE_PAGES.newAccessToken } as const;
const REVOKED_CANNOT_BE_RESTORED = 'A revoked token cannot be restored: create a new one.';
const COPY_TOKEN =
  'Copy the Token ID and Token Secret at once (NetSuite shows them only once) and enter them in Act-On.';
const OWN_TOKEN_STEPS = [
  'Log in as the user Act-On should use, with the role it should use.',
  'Go to Home > Settings > Manage Access Tokens and click New My Access Token.',
  'Choose the Act-On integration as Application Name, keep the suggested token name and click Save.',
  COPY_TOKEN,
] as const;

type TokenOwner = { readonly integration: string; readonly user: Named | null; readonly role: Named };

function ownerWords(data: { readonly user: Named | null; readonly role: Named }): string {
  return `user ${data.user === null ? '(unknown)' : user(data.user)} and role ${role(data.role)}`;
}

function tokenOf(data: { readonly token: TokenRef; readonly user: Named; readonly role: Named }): string {
  return `${tokenLabel(data.token)}, of user ${user(data.user)} with role ${role(data.role)}`;
}

/** An unusable token: which one, whose, and why it cannot be used. */
type UnusableToken = {
  readonly token: TokenRef;
  readonly user: Named;
  readonly role: Named;
  readonly revoked: boolean;
};

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
      steps: OWN_TOKEN_STEPS,
      links: [NEW_ACCESS_TOKEN_LINK, ACCESS_TOKENS_LINK],
      owner: 'netsuite-admin',
    },
    replaceRevokedToken: {
      title: 'Create a new access token for Act-On',
      navigation: 'Home > Settings > Manage Access Tokens > New My Access Token',
      steps: [REVOKED_CANNOT_BE_RESTORED, ...OWN_TOKEN_STEPS],
      links: [NEW_ACCESS_TOKEN_LINK, ACCESS_TOKENS_LINK],
      owner: 'netsuite-admin',
    },
    /** A Web Services Only role's user cannot log in to the UI: an administrator creates its token. */
    administratorCreatesToken: {
      title: (data: TokenOwner & { readonly revoked: boolean }) =>
        `Have an administrator create Act-On's access token for role ${roleShort(data.role)}`,
      navigation: ADMINISTRATOR_TOKEN_NAVIGATION,
      steps: (data: TokenOwner & { readonly revoked: boolean }) => [
        ...(data.revoked ? [REVOKED_CANNOT_BE_RESTORED] : []),
        `Log in as an administrator and go to ${ADMINISTRATOR_TOKEN_NAVIGATION}.`,
        `Choose ${data.integration} as Application Name, ${data.user === null ? "Act-On's user" : user(data.user)} ` +
          `as User and ${role(data.role)} as Role; click Save.`,
        COPY_TOKEN,
      ],
      links: [NEW_ACCESS_TOKEN_LINK, ACCESS_TOKENS_LINK],
      owner: 'netsuite-admin',
    },
    /** NetSuite does not let an administrator create a token for another administrator. */
    administratorCreatesOwnToken: {
      title: (data: { readonly user: Named; readonly revoked: boolean }) =>
        `Ask ${userShort(data.user)} to create Act-On's access token`,
      navigation: 'Home > Settings > Manage Access Tokens > New My Access Token',
      steps: (data: { readonly user: Named; readonly revoked: boolean }) => [
        ...(data.revoked ? [REVOKED_CANNOT_BE_RESTORED] : []),
        `Ask ${user(data.user)} to log in with the Administrator role, go to Home > Settings > Manage Access ` +
          'Tokens and click New My Access Token.',
        ...OWN_TOKEN_STEPS.slice(2),
      ],
      links: [NEW_ACCESS_TOKEN_LINK, ACCESS_TOKENS_LINK],
      owner: 'netsuite-admin',
    },
    /** The tokens could not all be read: look before creating one. */
    findOutToken: {
      title: (data: TokenOwner & { readonly cause: 'unreadable' | 'beyondBound' | 'unseen' }) =>
        data.cause === 'unreadable'
          ? `Find out whether ${data.integration} has an active access token (the access tokens could not be read)`
          : `Find out whether ${data.integration} has an active access token the audit did not read`,
      navigation: 'Setup > Users/Roles > Access Tokens',
      steps: (data: TokenOwner & { readonly cause: 'unreadable' | 'beyondBound' | 'unseen' }) => [
        ...(data.cause === 'unreadable'
          ? [
              'The access tokens (table oauthtoken) could not be read: run the audit with a role that has the ' +
                'Access Token Management permission (the Administrator role has it), or look by hand.',
            ]
          : []),
        data.cause === 'unseen'
          ? `Go to Setup > Users/Roles > Access Tokens and look for the active token of ${data.integration} that ` +
            'Act-On uses; if there is one, nothing needs creating.'
          : `Go to Setup > Users/Roles > Access Tokens and look for an active token of ${data.integration} for ` +
            `${ownerWords(data)}; if there is one, Act-On can use it and nothing needs creating.`,
        'If there is none, create one: Home > Settings > Manage Access Tokens > New My Access Token, logged in as ' +
          "Act-On's user with its role (for a Web Services Only role, an administrator uses Setup > Users/Roles > " +
          'Access Tokens > New).',
      ],
      links: [ACCESS_TOKENS_LINK],
      owner: 'consultant',
    },
    /** No integration record can exist on this release: the integration record's step comes first. */
    waitForIntegration: {
      title: (data: { readonly integration: string; readonly version: string }) =>
        `Create the token once Act-On has a way to connect on NetSuite ${data.version}`,
      navigation: 'Setup > Integration > Manage Integrations',
      steps: (data: { readonly integration: string; readonly version: string }) => [
        `An access token belongs to an integration record; ${data.integration} does not exist and NetSuite ` +
          `${data.version} does not let a new one use Token-Based Authentication.`,
        'Follow the integration record step first: Act-On says which route it supports on this release, and the ' +
          'token (if any) is created after that.',
      ],
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'acton-support',
    },
    /** The integration record is missing but can still be created: the token comes after it. */
    createTokenAfterIntegration: {
      title: (data: { readonly integration: string }) =>
        `Create an access token for Act-On once the integration record ${data.integration} exists`,
      navigation: 'Home > Settings > Manage Access Tokens > New My Access Token',
      steps: (data: { readonly integration: string }) => [
        `An access token belongs to an integration record: create ${data.integration} first (the integration ` +
          'record step), then:',
        ...OWN_TOKEN_STEPS,
      ],
      links: [NEW_ACCESS_TOKEN_LINK, ACCESS_TOKENS_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {
    active: (data: {
      readonly token: TokenRef;
      readonly user: Named;
      readonly role: Named;
      readonly createdAt: string | null;
    }) => `Token ${tokenOf(data)}, is active; it was created on ${momentLabel(data.createdAt)}.`,
    usableTokensUnexamined: (data: { readonly read: number }) =>
      `The integration has more access tokens than the ${data.read} read, all of them usable; the others were not ` +
      'examined.',
    firstConnection: (data: { readonly role: Named }) =>
      "Act-On's set-up guide says the connector's first authentication needs an administrator role: if Act-On " +
      `will not connect with the token of role ${role(data.role)} at first, connect once with an Administrator's ` +
      'token, then switch to this one.',
    noUsableToken: (data: TokenOwner) =>
      `There is no usable access token for ${data.integration}, ${ownerWords(data)}.`,
    noneForCandidate: (data: { readonly read: number; readonly complete: boolean }) =>
      `None of ${data.complete ? "the integration's tokens" : `the ${data.read} tokens read`} is for this user and ` +
      'role, and these can no longer be used:',
    unusableToken: (data: UnusableToken) =>
      `Token ${tokenOf(data)}, ${data.revoked ? 'was revoked' : 'is marked Inactive'}.`,
    activeForOthers: (data: { readonly token: TokenRef; readonly user: Named; readonly role: Named }) =>
      `Token ${tokenLabel(data.token)} is active but belongs to user ${user(data.user)} with role ${role(data.role)}.`,
    moreNotListed: (data: { readonly count: number }) => `${data.count} more are not listed.`,
    othersUnusable: (data: { readonly read: number }) =>
      `The integration has more access tokens than the ${data.read} read; usable tokens are read first, so none of ` +
      'the others can be used.',
    webServicesOnlyRole: (data: { readonly role: Named }) =>
      `Role ${role(data.role)} is a Web Services Only role: its user cannot log in to the NetSuite UI, so an ` +
      'administrator creates the token.',
    administratorForAdministrator: (data: { readonly user: Named }) =>
      `NetSuite does not let an administrator create a token for another administrator: ${user(data.user)} must ` +
      'create it.',
    tokensNeedPermission: () =>
      'Reading them needs the Access Token Management permission (the Administrator role has it).',
    noneReadForCandidate: (data: TokenOwner & { readonly read: number }) =>
      `None of the ${data.read} access tokens read for ${data.integration} is for ${ownerWords(data)}.`,
    usableMayBeUnread: (data: { readonly read: number }) =>
      `The integration has more access tokens than the ${data.read} read and all of those are usable (usable ` +
      'tokens are read first), so a usable one for this user and role may be among the rest.',
    unseenTokens: (data: { readonly integration: string; readonly at: string }) =>
      `No access token of ${data.integration} was read, yet a token login for it succeeded on ` +
      `${momentLabel(data.at)}.`,
    unseenTokensNote: () =>
      'NetSuite accepted a token that this audit cannot see, so the token list it read is not what NetSuite sees: ' +
      'please send this report (JSON) to the bundle maintainers.',
    noRecordOnClosedRelease: (data: { readonly integration: string; readonly version: string }) =>
      `No access token can exist for ${data.integration}: there is no such integration record, and on NetSuite ` +
      `${data.version} a new one cannot use Token-Based Authentication.`,
    noRecordSummary: (data: { readonly integration: string }) =>
      `No access token can exist for ${data.integration}: there is no such integration record`,
    tokenUnusableSummary: (data: { readonly name: string; readonly revoked: boolean }) =>
      `The access token ${data.name} ${data.revoked ? 'was revoked' : 'is marked Inactive'}`,
    noActiveTokenSummary: (data: TokenOwner) =>
      `There is no active access token of ${data.integration} for ` +
      `${data.user === null ? 'an unknown user' : userShort(data.user)} with role ${roleShort(data.role)}`,
  },
});

/** Why a role's permission levels are not known: shared by the three checks that read them. */
const PERMISSION_VIEW_MESSAGES = {
  roleNotFound: (data: { readonly roleId: number }) => `No role with internal id ${data.roleId} was found.`,
  rolesUnreadable: (data: Unread) => unreadable({ what: 'The roles', ...data }),
  permissionsUnreadable: (data: Unread & { readonly role: Named }) =>
    unreadable({ what: `The permissions of role ${role(data.role)}`, ...data }),
  sessionUnreadable: (data: Unread) => unreadable({ what: "Your own session's permissions", ...data }),
  sessionLevels: () => 'The levels shown are those of your own session, which uses this role.',
  administratorHasAll: () => 'Administrator has every permission.',
} as const;

/** What the audit could not read about a role's permissions: the roles table, or the role's own rows. */
type PermissionsUnread = { readonly role: Named; readonly unread: 'roles' | 'permissions' };

/**
 * The find-out fix of the three permission checks: the same title and steps for each, so one plan
 * step covers all three when the same role's permissions could not be read.
 */
const FIND_OUT_PERMISSIONS = {
  title: (data: PermissionsUnread) => `Find out the permissions of role ${roleShort(data.role)}`,
  navigation: ROLE_PERMISSIONS,
  steps: (data: PermissionsUnread) => [
    data.unread === 'roles'
      ? 'The roles (table role) could not be read: run the audit with the Administrator role, or look by hand.'
      : 'NetSuite listed none of the audited permissions of this role (table rolepermissions): look by hand.',
    `Go to Setup > Users/Roles > Manage Roles, edit role ${role(data.role)} and look at Permissions: Act-On needs ` +
      "User Access Tokens (or Log in using Access Tokens) and SOAP Web Services at Full, and Act-On's minimum on " +
      'the Lists subtab.',
  ],
  links: [MANAGE_ROLES_LINK],
  owner: 'consultant',
} as const;

/** A permission and its level, as NetSuite names them. */
type PermissionAtLevel = { readonly permission: string; readonly level: string };

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
        EDIT_ROLE,
        'On Permissions > Setup, add User Access Tokens (level Full).',
        'Click Save. If NetSuite does not offer the permission for this role, customize a standard role instead.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
    findOutPermissions: FIND_OUT_PERMISSIONS,
  },
  messages: {
    ...PERMISSION_VIEW_MESSAGES,
    provenByLogin: (data: { readonly role: Named; readonly at: string | null }) =>
      `A token login with role ${role(data.role)} succeeded on ${momentLabel(data.at)}: NetSuite accepts token ` +
      'logins only for roles allowed to log in with access tokens.',
    granted: (data: { readonly role: Named; readonly permission: string }) =>
      `Role ${role(data.role)} has ${data.permission} at Full.`,
    levels: (data: { readonly role: Named; readonly held: readonly PermissionAtLevel[] }) =>
      `Role ${role(data.role)} has ${data.held.map((held) => `${held.permission} at ${held.level}`).join(' and ')}.`,
    managementOnly: (data: PermissionAtLevel) =>
      `It has ${data.permission} at ${data.level}, which manages other users' tokens but does not let the role log ` +
      'in with a token.',
    neitherSummary: (data: { readonly role: Named; readonly permissions: readonly string[] }) =>
      `The role ${roleShort(data.role)} has neither ${data.permissions.join(' nor ')} at Full`,
  },
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
      steps: [EDIT_ROLE, 'On Permissions > Setup, add SOAP Web Services (level Full).', 'Click Save.'],
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
    findOutPermissions: FIND_OUT_PERMISSIONS,
  },
  messages: {
    ...PERMISSION_VIEW_MESSAGES,
    level: (data: { readonly role: Named } & PermissionAtLevel) =>
      `Role ${role(data.role)} has ${data.permission} at ${data.level}${data.level === 'Full' ? '' : '; Act-On needs Full'}.`,
    notFullSummary: (data: { readonly role: Named } & PermissionAtLevel) =>
      `The role ${roleShort(data.role)} has ${data.permission} at ${data.level}, not Full`,
  },
});

const ENTRY_FORMS_STEP = 'On the Forms subtab, enable the Contact and Customer/Lead/Prospect entry forms.';

/** A permission of Act-On's minimum the role lacks: its name here, subtab, level held and level needed. */
type MissingPermission = {
  readonly permission: string;
  readonly subtab: string;
  readonly held: string;
  readonly needed: string;
};

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
      navigation: ROLE_PERMISSIONS,
      steps: [
        EDIT_ROLE,
        'Add each missing permission at the level shown, on the Lists and Setup subtabs of Permissions.',
        ENTRY_FORMS_STEP,
        'Click Save.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
    /** The permissions found missing, each with the level to set. */
    addMissingPermissions: {
      title: (data: { readonly role: Named; readonly missing: readonly MissingPermission[] }) =>
        `Add Act-On's missing permissions to the role ${roleShort(data.role)}`,
      navigation: ROLE_PERMISSIONS,
      steps: (data: { readonly role: Named; readonly missing: readonly MissingPermission[] }) => [
        EDIT_ROLE,
        ...data.missing.map(
          (missing) => `On Permissions > ${missing.subtab}, set ${missing.permission} to ${missing.needed}.`,
        ),
        ENTRY_FORMS_STEP,
        'Click Save.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
    findOutPermissions: FIND_OUT_PERMISSIONS,
  },
  messages: {
    ...PERMISSION_VIEW_MESSAGES,
    administratorHasMinimum: () => "Administrator has every permission of Act-On's minimum.",
    hasMinimum: (data: { readonly role: Named; readonly count: number }) =>
      `Role ${role(data.role)} has all ${data.count} permissions of Act-On's minimum.`,
    lacks: (data: { readonly role: Named; readonly missing: readonly MissingPermission[] }) =>
      `Role ${role(data.role)} lacks ${countLabel(data.missing.length, 'permission')} of Act-On's minimum: ` +
      `${data.missing.map((missing) => `${missing.permission} (${missing.subtab}): ${missing.held}, needs ${missing.needed}`).join('; ')}.`,
    entryForms: () =>
      "The role's Contact and Customer/Lead/Prospect entry forms cannot be read by a script: check them on the " +
      "role's Forms subtab.",
    lacksSummary: (data: { readonly role: Named; readonly missing: readonly MissingPermission[] }) =>
      `The role ${roleShort(data.role)} lacks ${countLabel(data.missing.length, 'permission')} of Act-On's minimum: ` +
      `${data.missing.map((missing) => missing.permission).join(', ')}`,
  },
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
    /** The role of a token is not among the roles read: which role is it? */
    findRole: {
      title: (data: { readonly roleId: number }) => `Find out which role has internal id ${data.roleId}`,
      navigation: 'Setup > Users/Roles > Manage Roles',
      steps: (data: { readonly roleId: number }) => [
        `Go to Setup > Users/Roles > Manage Roles (check Show Inactives) and look for internal id ${data.roleId} in ` +
          'the ID column; if there is none, the token was issued for a role that no longer exists: create a new ' +
          'token for the role Act-On should use.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'consultant',
    },
    findOutRoles: {
      title: (data: { readonly role: Named }) => `Find out whether the role ${roleShort(data.role)} is active`,
      navigation: 'Setup > Users/Roles > Manage Roles',
      steps: (data: { readonly role: Named }) => [
        'The roles (table role) could not be read: run the audit with the Administrator role, or look by hand.',
        `Go to Setup > Users/Roles > Manage Roles (check Show Inactives) and see whether role ${role(data.role)} is ` +
          'marked Inactive.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'consultant',
    },
  },
  messages: {
    administratorAlwaysActive: () =>
      'Administrator is a standard NetSuite role; only customized roles can be marked Inactive.',
    noSuchRole: (data: { readonly roleId: number }) => `There is no role with internal id ${data.roleId}.`,
    noSuchRoleSummary: (data: { readonly roleId: number }) => `There is no role with internal id ${data.roleId}`,
    inactive: (data: { readonly role: Named }) => `Role ${role(data.role)} is inactive.`,
    inactiveSummary: (data: { readonly role: Named }) => `The role ${roleShort(data.role)} is inactive`,
    active: (data: { readonly role: Named }) => `Role ${role(data.role)} is active.`,
  },
});

/** What is wrong with the employee's access, for the one-sentence summary. */
type AccessProblems = {
  readonly employee: Named;
  readonly role: Named;
  readonly inactive: boolean;
  readonly noAccess: boolean;
  readonly lacksRole: boolean;
  /** Whether a token was issued (the role was removed after), or one is still to be created. */
  readonly hasToken: boolean;
};

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
    /** No user is known (a scheduled run, no token): which employee does Act-On use? */
    findUser: {
      title: "Find out which employee Act-On's token uses",
      navigation: 'Setup > Users/Roles > Access Tokens',
      steps: [
        "Go to Setup > Users/Roles > Access Tokens and note the user of Act-On's token.",
        "Run this audit again with that employee's internal id.",
      ],
      links: [ACCESS_TOKENS_LINK],
      owner: 'consultant',
    },
    /** The employee (or their roles) could not be read, or is not among those read. */
    findOutEmployee: {
      title: (data: { readonly employee: Named; readonly unread: 'employees' | 'roles' | 'missing' }) =>
        `Find out whether ${userShort(data.employee)} has access with the role`,
      navigation: 'Lists > Employees > Employees > (the employee) > Access',
      steps: (data: { readonly employee: Named; readonly unread: 'employees' | 'roles' | 'missing' }) => [
        data.unread === 'employees'
          ? 'The employees (table employee) could not be read: run the audit with the Administrator role, or look ' +
            'by hand.'
          : data.unread === 'roles'
            ? "The employee's roles (table rolesforsearch) could not be read: look by hand."
            : 'The user is not among the employees read (it may not be an employee record): look by hand.',
        `Go to Lists > Employees > Employees, open ${user(data.employee)} and look at the Access subtab: Give Access ` +
          "checked, the token's role in the Roles list, and not Inactive.",
      ],
      links: [EMPLOYEES_LINK],
      owner: 'consultant',
    },
    /** The candidate's user is not an employee of the account. */
    findEmployee: {
      title: (data: { readonly userId: number }) => `Find out which employee has internal id ${data.userId}`,
      navigation: 'Lists > Employees > Employees',
      steps: (data: { readonly userId: number }) => [
        `Go to Lists > Employees > Employees and look for internal id ${data.userId}; Act-On's token must belong to ` +
          'an employee with access.',
      ],
      links: [EMPLOYEES_LINK],
      owner: 'consultant',
    },
  },
  messages: {
    noUserKnown: () => 'No user is known for this candidate.',
    noSuchEmployee: (data: { readonly userId: number }) => `There is no employee with internal id ${data.userId}.`,
    noSuchEmployeeSummary: (data: { readonly userId: number }) =>
      `There is no employee with internal id ${data.userId}`,
    notAmongEmployees: (data: { readonly user: Named; readonly token: TokenRef }) =>
      `User ${user(data.user)} of token ${tokenLabel(data.token)} is not among the employees read; it may not be ` +
      'an employee record.',
    employeesUnreadable: (data: Unread) => unreadable({ what: 'The employees', ...data }),
    employeeRolesUnreadable: (data: Unread & { readonly employee: Named }) =>
      unreadable({ what: `The roles of employee ${user(data.employee)}`, ...data }),
    inactive: (data: { readonly employee: Named }) => `Employee ${user(data.employee)} is inactive.`,
    noAccess: (data: { readonly employee: Named }) =>
      `Employee ${user(data.employee)} does not have Give Access checked, so it cannot log in at all.`,
    lacksRole: (data: { readonly employee: Named; readonly role: Named; readonly hasToken: boolean }) =>
      data.hasToken
        ? `Employee ${user(data.employee)} no longer holds role ${role(data.role)}: the role was removed from the ` +
          'user after the token was issued, and NetSuite refuses the token.'
        : `Employee ${user(data.employee)} does not hold role ${role(data.role)}; add the role before creating the ` +
          'token.',
    accessSummary: (data: AccessProblems) => {
      const clauses = [
        ...(data.inactive ? ['is inactive'] : []),
        ...(data.noAccess ? ['does not have Give Access checked'] : []),
        ...(data.lacksRole
          ? [`${data.hasToken ? 'no longer holds' : 'does not hold'} the role ${roleShort(data.role)}`]
          : []),
      ];
      return `${data.hasToken ? "The token's user" : 'The user'} ${userShort(data.employee)} ${joinedWithAnd(clauses)}`;
    },
    activeWithAccess: (data: { readonly employee: Named }) =>
      `Employee ${user(data.employee)} is active and has Give Access checked.`,
    hasAccess: (data: { readonly employee: Named; readonly role: Named }) =>
      `Employee ${user(data.employee)} is active, has Give Access checked and holds role ${role(data.role)}.`,
  },
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
      navigation: ADMINISTRATOR_TOKEN_NAVIGATION,
      steps: [
        `Log in as an administrator and go to ${ADMINISTRATOR_TOKEN_NAVIGATION}.`,
        'Choose the Act-On integration as Application Name, the user, and this role; click Save.',
        'Copy the Token ID and Token Secret at once and enter them in Act-On.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {
    administratorIsNot: () => 'Administrator is not a Web Services Only role.',
    rolesUnreadable: (data: Unread) => unreadable({ what: 'The roles', ...data }),
    noSuchRole: (data: { readonly roleId: number }) => `There is no role with internal id ${data.roleId}.`,
    isNot: (data: { readonly role: Named }) => `Role ${role(data.role)} is not a Web Services Only role.`,
    is: (data: { readonly role: Named }) =>
      `Role ${role(data.role)} is a Web Services Only role: it cannot log in to the NetSuite UI, so an ` +
      'administrator creates its tokens at Setup > Users/Roles > Access Tokens > New.',
  },
});

/** Where the role's subsidiary restriction is changed or looked at. */
const SUBSIDIARY_RESTRICTIONS = 'Setup > Users/Roles > Manage Roles > (the role) > Edit > Subsidiary Restrictions';
const RESTRICTED_ROLE_NOTE =
  'If the role is restricted, Act-On sees only the customers and contacts of the subsidiaries it allows.';

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
      navigation: SUBSIDIARY_RESTRICTIONS,
      steps: [
        EDIT_ROLE,
        'Under Subsidiary Restrictions, choose All, or select every subsidiary whose customers and contacts Act-On ' +
          'should sync.',
        'Click Save.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
    /** The restriction was not read or not understood: look at it. */
    lookAtRestriction: {
      title: (data: { readonly role: Named }) => `Look at the subsidiary restriction of role ${roleShort(data.role)}`,
      navigation: SUBSIDIARY_RESTRICTIONS,
      steps: (data: { readonly role: Named }) => [
        `Go to Setup > Users/Roles > Manage Roles, edit the role ${role(data.role)} and look at Subsidiary ` +
          'Restrictions.',
        'If it is not All, choose All, or select every subsidiary whose customers and contacts Act-On should sync, ' +
          'and click Save.',
      ],
      links: [MANAGE_ROLES_LINK],
      owner: 'netsuite-admin',
    },
    /** Whether the account is OneWorld could not be read. */
    findOutOneWorld: {
      title: 'Find out whether this is a OneWorld account (feature SUBSIDIARIES could not be read)',
      navigation: 'Setup > Company > Enable Features > Company',
      steps: [
        'Go to Setup > Company > Enable Features, open the Company subtab and see whether Subsidiaries is checked ' +
          '(a OneWorld account).',
        "If it is, look at Subsidiary Restrictions on the role Act-On's token uses (Setup > Users/Roles > Manage " +
          'Roles > the role > Edit).',
      ],
      links: [ENABLE_FEATURES_LINK],
      owner: 'consultant',
    },
  },
  messages: {
    oneWorldUnreadable: (data: Unread) =>
      unreadable({ what: 'Whether this is a OneWorld account (feature SUBSIDIARIES)', ...data }),
    notOneWorld: () =>
      'This is not a OneWorld account (feature SUBSIDIARIES is off): there are no subsidiaries to restrict, so the ' +
      "role's records are all visible to Act-On.",
    administratorSeesAll: () => 'Administrator is never restricted by subsidiary.',
    notRead: () => "The role's subsidiary restriction was not read.",
    restrictionUnreadable: (data: Unread) => unreadable({ what: "The role's subsidiary restriction", ...data }),
    noRestrictionGiven: (data: { readonly role: Named }) =>
      `NetSuite gave no subsidiary restriction for role ${role(data.role)}.`,
    unknownOption: (data: { readonly role: Named; readonly option: string }) =>
      `NetSuite gave the subsidiary restriction "${data.option}" for role ${role(data.role)}, a value this audit ` +
      'does not know (SDF lists ALL, ALLACTIVE, OWN and SELECTED).',
    restrictedNote: () => RESTRICTED_ROLE_NOTE,
    all: (data: { readonly role: Named; readonly option: string }) =>
      `Role ${role(data.role)} has the subsidiary restriction "${data.option}".`,
    allActive: (data: { readonly role: Named; readonly option: string }) =>
      `Role ${role(data.role)} sees every active subsidiary (subsidiary restriction "${data.option}"): inactive ` +
      'subsidiaries, and their customers and contacts, are left out of the sync.',
    own: (data: { readonly role: Named; readonly option: string; readonly user: Named | null }) =>
      `Role ${role(data.role)} sees only the user's own subsidiary (subsidiary restriction "${data.option}"): ` +
      (data.user === null
        ? "the subsidiary on the token user's employee record."
        : `the subsidiary on the employee record of ${user(data.user)} (Lists > Employees > Employees > the ` +
          'employee > Subsidiary).'),
    selected: (data: { readonly role: Named; readonly option: string; readonly restriction: string | null }) =>
      `Role ${role(data.role)} is restricted to some subsidiaries (subsidiary restriction "${data.option}"` +
      `${data.restriction === null ? '' : `: ${data.restriction}`}).`,
    leftOut: () =>
      'Act-On sees only the customers and contacts of those subsidiaries; the others are left out of the sync.',
    restrictedSummary: (data: { readonly role: Named; readonly option: string }) =>
      `The role ${roleShort(data.role)} sees only some subsidiaries (subsidiary restriction "${data.option}")`,
  },
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
