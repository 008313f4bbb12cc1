/** The logins section: what the Login Audit Trail says about Act-On's token logins. */
import { explainLoginDetail, type LoginFailureFixId } from '../loginDetails';
import { boundedCountLabel, capitalised, momentLabel, roleLabel, userLabel } from './words';
import { defineCheck, type FixDefinition } from './define';
import {
  ACCESS_TOKENS_LINK,
  COMPANY_INFORMATION_LINK,
  EMPLOYEES_LINK,
  ENABLE_FEATURES_LINK,
  MANAGE_INTEGRATIONS_LINK,
  MANAGE_ROLES_LINK,
} from './pages';

const LOGIN_AUDIT_TRAIL = 'Setup > Users/Roles > User Management > View Login Audit Trail';
const ACTON_CONNECTOR = 'Act-On: Settings > Connectors > CRM > NetSuite';

/** How a login row was tied to the integration (see ../integrationEvidence). */
type Attribution = 'name' | 'token' | 'user-role' | 'before-integration';

/** One token login as a finding names it: when, and whatever the row recorded of who made it. */
export type LoginData = {
  readonly at: string;
  readonly attribution: Attribution;
  readonly tokenName: string | null;
  readonly userId: number | null;
  readonly userName: string | null;
  readonly roleId: number | null;
  readonly roleName: string | null;
};

/** A failed login: the same, with the Login Audit Trail's Detail as NetSuite wrote it. */
export type FailedLoginData = LoginData & { readonly detail: string | null };

/** Failures of one Detail value: how often (a lower bound when the trail was cut) and when last. */
type FailureGroupData = {
  readonly detail: string | null;
  readonly count: number;
  readonly complete: boolean;
  readonly lastAt: string;
};

/** One address Act-On's logins came from. */
export type AddressData = {
  readonly address: string;
  readonly logins: number;
  readonly failures: number;
  readonly lastAt: string;
};

/** What the evidence says of a row that names no application, by how it was tied to the integration. */
const ATTRIBUTION_NOTES: Readonly<Record<Attribution, string | null>> = {
  name: null,
  token: 'no application recorded; it is tied to the integration by its token',
  'user-role': "no application recorded; it is tied to the integration by its token's user and role",
  'before-integration': 'no application recorded, as NetSuite refused it before knowing the integration',
};

/** " (token T, user U, role R)", with whatever the row recorded. */
function madeBy(login: LoginData): string {
  const note = ATTRIBUTION_NOTES[login.attribution];
  const parts = [
    ...(note === null ? [] : [note]),
    ...(login.tokenName === null ? [] : [`token ${login.tokenName}`]),
    ...(login.userId === null ? [] : [`user ${userLabel(login.userId, login.userName)}`]),
    ...(login.roleId === null ? [] : [`role ${roleLabel(login.roleId, login.roleName)}`]),
  ];
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

function shownDetail(detail: string | null): string {
  return explainLoginDetail(detail).detail;
}

/** Who tells Act-On support: the times of the failed logins come from the Login Audit Trail. */
const FOR_ACTON_SUPPORT = `${LOGIN_AUDIT_TRAIL} (the times of the failed logins, for Act-On support)`;

/** The fix for a failed latest login, by its cause (../loginDetails says which cause needs which). */
const FAILURE_FIXES = {
  enableTba: {
    title: 'Enable Token-Based Authentication',
    navigation: 'Setup > Company > Enable Features > SuiteCloud',
    steps: [
      'Go to Setup > Company > Enable Features and open the SuiteCloud subtab.',
      'Under Manage Authentication, check Token-Based Authentication and click Save.',
    ],
    links: [ENABLE_FEATURES_LINK],
    owner: 'netsuite-admin',
  },
  matchConsumerKey: {
    title: "Give Act-On the integration record's Consumer Key",
    navigation: 'Setup > Integration > Manage Integrations > (the integration) > Edit',
    steps: [
      "Compare the Consumer Key in Act-On's NetSuite connector with the integration record's at Setup > " +
        'Integration > Manage Integrations.',
      'NetSuite shows the key only once: if it is lost, open the record, click Edit, then Reset Credentials, and ' +
        'enter the new key and secret in Act-On (anything else using this record needs them too).',
      'If no record exists for Act-On, create one at Setup > Integration > Manage Integrations > New.',
    ],
    links: [MANAGE_INTEGRATIONS_LINK],
    owner: 'netsuite-admin',
  },
  enableIntegration: {
    title: "Set the integration record's State to Enabled",
    navigation: 'Setup > Integration > Manage Integrations > (the integration) > Edit',
    steps: [
      'Go to Setup > Integration > Manage Integrations and open the integration.',
      'Click Edit, set State to Enabled and click Save.',
    ],
    links: [MANAGE_INTEGRATIONS_LINK],
    owner: 'netsuite-admin',
  },
  reEnterInActOn: {
    title: 'Type the Account ID and the four keys into Act-On again',
    navigation: ACTON_CONNECTOR,
    steps: (data: { readonly accountId: string }) => [
      `In Act-On, go to Settings > Connectors > CRM > NetSuite and type the Account ID as ${data.accountId}, ` +
        'exactly so (upper case, with an underscore, never the host form with a hyphen).',
      'Enter the Consumer Key, Consumer Secret, Token ID and Token Secret again, pasting each value without spaces.',
      'If the next login still fails, ask a NetSuite administrator for a new access token (Setup > Users/Roles > ' +
        'Access Tokens > New) and enter its Token ID and Secret in Act-On.',
    ],
    links: [],
    owner: 'acton-admin',
  },
  newToken: {
    title: 'Replace the access token Act-On uses',
    navigation: 'Setup > Users/Roles > Access Tokens',
    steps: [
      'Go to Setup > Users/Roles > Access Tokens and check whether the token for the Act-On integration is ' +
        'Inactive or revoked.',
      'If it is, create a new token (Home > Settings > Manage Access Tokens > New My Access Token, logged in with ' +
        'the role Act-On uses; for a Web Services Only role, whose user cannot log in to the UI, an administrator ' +
        'creates it at Setup > Users/Roles > Access Tokens > New) and enter its Token ID and Secret in Act-On.',
    ],
    links: [ACCESS_TOKENS_LINK],
    owner: 'netsuite-admin',
  },
  restoreUserAccess: {
    title: "Give the token's user its access and role back",
    navigation: 'Lists > Employees > Employees > (the user) > Edit > Access',
    steps: [
      "Go to Lists > Employees > Employees, edit the token's employee and, on the Access subtab, check Give " +
        "Access and make sure the token's role is still in the Roles list.",
      'Go to Setup > Users/Roles > Manage Roles and make sure the role is not Inactive.',
    ],
    links: [EMPLOYEES_LINK, MANAGE_ROLES_LINK],
    owner: 'netsuite-admin',
  },
  askActOnAboutClock: {
    title: "Ask Act-On support to check the clock that signs Act-On's requests",
    navigation: FOR_ACTON_SUPPORT,
    steps: [
      "This comes from the caller's clock, not from NetSuite's settings: give Act-On support the times of the " +
        'failed logins and ask them to check the time on their side (or fix the clock of any middleware that ' +
        'signs requests for Act-On).',
    ],
    links: [],
    owner: 'acton-support',
  },
  askActOnAboutNonces: {
    title: 'Report the refused nonces to Act-On support',
    navigation: FOR_ACTON_SUPPORT,
    steps: [
      'A single replayed nonce is usually a retried request; if it repeats, give Act-On support the times of the ' +
        "failed logins: every request must carry a new nonce of at least six characters, which comes from Act-On's " +
        "signing software, not from NetSuite's settings.",
    ],
    links: [],
    owner: 'acton-support',
  },
} as const satisfies Readonly<Record<Exclude<LoginFailureFixId, 'default'>, FixDefinition<never>>>;

export const LOGIN_RECENT = defineCheck({
  id: 'login.recent',
  section: 'logins',
  severity: 'blocker',
  title: 'Recent token logins succeed',
  failureTitle: 'Recent token logins failed',
  checks: "The last 30 days of the Login Audit Trail for the integration's token logins.",
  why:
    "The Login Audit Trail is the only place NetSuite says why a token login failed; when Act-On's latest login " +
    'failed and none succeeded since, Act-On cannot connect now.',
  dependsOn: [
    'feature.token-based-authentication',
    'integration.state',
    'integration.authentication',
    'role.active',
    'role.token-login',
    'user.access',
    'token.active',
  ],
  fixes: {
    default: {
      title: 'Look up the failed logins in the Login Audit Trail',
      navigation: LOGIN_AUDIT_TRAIL,
      steps: [
        `Go to ${LOGIN_AUDIT_TRAIL}.`,
        'Add the Detail, Token-based Access Token Name and Token-based Application Name columns and filter on the ' +
          'integration.',
        "Look up a Detail this report does not explain in NetSuite's Help Center under Token-based Authentication " +
          'troubleshooting.',
      ],
      // NetSuite has no stable URL for the Login Audit Trail page: the navigation path says where it is.
      links: [],
      owner: 'netsuite-admin',
    },
    ...FAILURE_FIXES,
    findOutLogins: {
      title: "Find out what the Login Audit Trail says of Act-On's token logins",
      navigation: LOGIN_AUDIT_TRAIL,
      steps: (data: { readonly permission: string }) => [
        `NetSuite refused to let this audit read the Login Audit Trail: give the role that runs the audit the ` +
          `${data.permission} permission (Setup > Users/Roles > Manage Roles), or run it with the Administrator ` +
          'role, and audit again.',
        `Or look yourself: go to ${LOGIN_AUDIT_TRAIL} and filter on the integration; the latest token login of the ` +
          'last 30 days must have succeeded.',
      ],
      links: [],
      owner: 'consultant',
    },
  },
  messages: {
    noLogins: (data: { readonly integrationName: string }) =>
      `No token login for ${data.integrationName} failed in the last 30 days, because none was made: that is ` +
      'expected until Act-On is connected; once it is, its logins show here.',
    latestSucceeded: (data: LoginData) =>
      `The latest token login, on ${momentLabel(data.at)}, succeeded${madeBy(data)}.`,
    failedBefore: (data: { readonly count: number; readonly complete: boolean }) =>
      `${capitalised(boundedCountLabel(data.count, data.complete, 'failed token login'))} came before it in the ` +
      'last 30 days.',
    latestFailed: (data: FailedLoginData) =>
      `The latest token login, on ${momentLabel(data.at)}, failed with "${shownDetail(data.detail)}"${madeBy(data)}.`,
    lastSuccess: (data: { readonly at: string }) => `The last successful token login was on ${momentLabel(data.at)}.`,
    noSuccess: () => 'No token login succeeded in the last 30 days.',
    noSuccessInRowsRead: (data: { readonly rows: number }) =>
      `None of the ${data.rows} most recent token logins succeeded; older ones of the last 30 days were not read.`,
    failures: (data: FailureGroupData) =>
      `"${shownDetail(data.detail)}": ${boundedCountLabel(data.count, data.complete, 'time')}, last on ` +
      `${momentLabel(data.lastAt)}. ${explainLoginDetail(data.detail).cause}`,
    unattributed: (data: { readonly count: number; readonly integrationName: string }) =>
      `${data.count === 1 ? '1 failed token login names' : `${data.count} failed token logins name`} no ` +
      `application, and neither a token nor a user and role of ${data.integrationName}; they may be Act-On's: the ` +
      'Login Audit Trail shows their user and IP address.',
    permissionNeeded: (data: { readonly permission: string }) =>
      `Reading it needs the ${data.permission} permission (the Administrator role has it).`,
    latestFailedSummary: (data: {
      readonly integrationName: string;
      readonly at: string;
      readonly detail: string | null;
    }) =>
      `The latest token login for ${data.integrationName}, on ${momentLabel(data.at)}, failed with ` +
      `"${shownDetail(data.detail)}", and none succeeded since`,
    earlierFailuresSummary: (data: { readonly count: number; readonly complete: boolean; readonly at: string }) =>
      `${capitalised(boundedCountLabel(data.count, data.complete, 'token login'))} failed in the last 30 days ` +
      `before the latest one, on ${momentLabel(data.at)}, succeeded`,
  },
});

/** The addresses, most used first: "203.0.113.7 (2 logins, 1 failed, last on ...)". */
function addressList(addresses: readonly AddressData[]): string {
  return addresses
    .map(
      (use) =>
        `${use.address} (${use.logins} ${use.logins === 1 ? 'login' : 'logins'}` +
        `${use.failures === 0 ? '' : `, ${use.failures} failed`}, last on ${momentLabel(use.lastAt)})`,
    )
    .join('; ');
}

/** Where IP address rules are set: the company's allowed addresses and the token user's restriction. */
const IP_RULES_NAVIGATION =
  'Setup > Company > Company Information (Allowed IP addresses); Lists > Employees > Employees > (the user) > ' +
  'Edit > Access';

export const LOGIN_IP_ADDRESS_RULES = defineCheck({
  id: 'login.ip-address-rules',
  section: 'logins',
  severity: 'warning',
  title: "IP address rules let Act-On's servers in",
  failureTitle: "IP address rules may refuse Act-On's servers",
  checks: "The IP Address Rules feature, and the addresses Act-On's token logins came from in the last 30 days.",
  why:
    "With IP address rules on, the company's or the token user's allowed addresses can refuse every request from " +
    "Act-On's servers.",
  dependsOn: [],
  fixes: {
    default: {
      title: "Allow Act-On's server addresses",
      navigation: IP_RULES_NAVIGATION,
      steps: [
        'Go to Setup > Company > Company Information and look at Allowed IP addresses: it must be empty or allow ' +
          'the addresses Act-On connects from.',
        "Go to Lists > Employees > Employees, edit the token's user and, on the Access subtab, look at the IP " +
          'address restriction (and Inherit IP Rules From Company): it must allow the same addresses.',
        'Ask Act-On support for every address its servers connect from, and allow all of them.',
      ],
      links: [COMPANY_INFORMATION_LINK, EMPLOYEES_LINK],
      owner: 'netsuite-admin',
    },
    compareRules: {
      title: "Compare the IP address rules with Act-On's server addresses",
      navigation: IP_RULES_NAVIGATION,
      steps: [
        'Ask Act-On support for every address its servers connect from.',
        'Go to Setup > Company > Company Information and look at Allowed IP addresses: it must be empty or allow ' +
          'all of them.',
        "Go to Lists > Employees > Employees, open the token's user and, on the Access subtab, look at the IP " +
          'address restriction (and Inherit IP Rules From Company): it must allow the same addresses.',
      ],
      links: [COMPANY_INFORMATION_LINK, EMPLOYEES_LINK],
      owner: 'netsuite-admin',
    },
    findOutRules: {
      title: 'Find out whether IP Address Rules are on',
      navigation: 'Setup > Company > Enable Features > Company',
      steps: [
        'NetSuite would not tell this audit whether feature IPADDRESSRULES is in effect: go to Setup > Company > ' +
          'Enable Features, open the Company subtab and see whether IP Address Rules is checked.',
        "If it is, compare the company's Allowed IP addresses (Setup > Company > Company Information) and the " +
          "token user's IP address restriction with the addresses Act-On support says its servers connect from.",
      ],
      links: [ENABLE_FEATURES_LINK],
      owner: 'consultant',
    },
  },
  messages: {
    rulesOff: (data: { readonly feature: string }) =>
      `NetSuite reports feature ${data.feature} as not in effect: no address rule can refuse Act-On's requests.`,
    rulesLetIn: (data: { readonly feature: string; readonly featureRead: boolean; readonly successes: number }) =>
      `${data.featureRead ? `NetSuite reports feature ${data.feature} as in effect, and whatever` : 'Whatever'} ` +
      "the company's and the token user's address rules say, they let Act-On in: " +
      `${data.successes === 1 ? '1 token login' : `${data.successes} token logins`} of Act-On succeeded in the ` +
      'last 30 days.',
    rulesUnproven: (data: { readonly feature: string }) =>
      `NetSuite reports feature ${data.feature} as in effect: the company's allowed addresses and the token ` +
      "user's IP address restriction can refuse requests from Act-On's servers, and no successful token login of " +
      'the last 30 days shows they let it in.',
    rulesNotReadable: () => 'Scripts cannot read those rules; compare them with the addresses Act-On connects from.',
    addresses: (data: { readonly addresses: readonly AddressData[]; readonly cut: boolean }) =>
      `Act-On's token logins of the last 30 days came from${data.cut ? ' (from the most recent logins read)' : ''}: ` +
      `${addressList(data.addresses)}.`,
    moreAddresses: (data: { readonly count: number }) =>
      data.count === 1 ? '1 more address is not listed.' : `${data.count} more addresses are not listed.`,
    noAddresses: () =>
      'No token login of Act-On in the last 30 days recorded an IP address, so the addresses its servers use are ' +
      'not known here.',
  },
});

export const LOGIN_CHECKS = [LOGIN_RECENT, LOGIN_IP_ADDRESS_RULES] as const;
