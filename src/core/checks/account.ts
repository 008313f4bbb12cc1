/** The account section: the Account ID, web services concurrency and NetSuite's platform timeline. */
import { milestoneRelease, releaseLabel } from '../platformTimeline';
import { momentLabel } from './words';
import { defineCheck } from './define';
import { ACCESS_TOKENS_LINK, MANAGE_INTEGRATIONS_LINK } from './pages';

/** The releases of the platform timeline, as text (`2027.1`). */
const TBA_NEW_END = releaseLabel(milestoneRelease('tba-new-integrations-end'));
const TBA_EXISTING_END = releaseLabel(milestoneRelease('tba-existing-end'));
const SOAP_LAST = releaseLabel(milestoneRelease('soap-last-endpoint'));
const SOAP_ONLY_LAST = releaseLabel(milestoneRelease('soap-only-last-endpoint'));
const SOAP_REMOVED = releaseLabel(milestoneRelease('soap-removed'));

/** An account whose refreshes do not copy access tokens. */
type NonProduction = 'sandbox' | 'release-preview';

const NON_PRODUCTION_NAMES: Readonly<Record<NonProduction, string>> = {
  sandbox: 'a sandbox',
  'release-preview': 'a Release Preview account',
};

/** What a refresh copies into a sandbox or Release Preview account and what it does not. */
export function refreshSentence(accountName: string): string {
  return (
    `This is ${accountName}: a refresh copies the integration record's settings from production but not its ` +
    `access tokens, so after each refresh Act-On needs a new token here.`
  );
}

/**
 * Where Oracle shows the SOAP endpoint an integration uses (section_4543338726): the record's
 * Execution Log. The Login Audit Trail's request URI is not documented to carry it.
 */
export const EXECUTION_LOG_ROUTE =
  "Setup > Integration > Manage Integrations > Act-On's integration > Execution Log > SOAP Web Services, column " +
  'API Version';

/** Where the account stands against a milestone: before it, at or past it, or unknown (version unreadable). */
type Standing = 'before' | 'reached' | 'unknown';

/** A SOAP endpoint Act-On's logins used: its release, the request URI shown, its newest use and its support. */
export type EndpointData = {
  readonly endpoint: string;
  readonly uri: string;
  readonly lastAt: string;
  readonly until: string;
  readonly unsupported: boolean;
};

function endpointStanding(data: { readonly until: string; readonly unsupported: boolean }): string {
  return data.unsupported ? `has not been supported since ${data.until}` : `is supported until ${data.until}`;
}

export const ACCOUNT_ID = defineCheck({
  id: 'account.id',
  section: 'account',
  severity: 'info',
  title: 'The Account ID to type into Act-On',
  failureTitle: 'The Account ID must be typed into Act-On',
  checks: 'The account id in the form Act-On and the OAuth realm expect (upper case, underscore), and the host form.',
  why: 'A wrong Account ID form (hyphen or lower case) makes every signature invalid ("InvalidSignature").',
  dependsOn: [],
  fixes: {
    default: {
      title: 'Type the Account ID into Act-On',
      navigation: 'Setup > Company > Company Information > Account ID',
      steps: ['In Act-On, go to Settings > Connectors > CRM > NetSuite and type the Account ID exactly as shown.'],
      links: [],
      owner: 'acton-admin',
    },
    connectAfterRefresh: {
      title: (data: { readonly environment: NonProduction; readonly accountId: string }) =>
        `Give Act-On its own connection to ${NON_PRODUCTION_NAMES[data.environment]}, and a new token after each ` +
        'refresh',
      navigation: 'Act-On: Settings > Connectors > CRM > NetSuite; Setup > Users/Roles > Access Tokens > New',
      steps: (data: { readonly environment: NonProduction; readonly accountId: string }) => [
        `In Act-On, connect this account separately: go to Settings > Connectors > CRM > NetSuite and type ` +
          `${data.accountId} as its Account ID.`,
        'After each refresh, create a new access token for the Act-On integration here (the integration record ' +
          'itself is copied from production; do not delete it or create another), and enter it in Act-On.',
      ],
      links: [ACCESS_TOKENS_LINK],
      owner: 'acton-admin',
    },
  },
  messages: {
    accountId: (data: { readonly accountId: string; readonly formsDiffer: boolean }) =>
      `Type ${data.accountId} into Act-On's Account ID field (it is also the OAuth realm)` +
      `${data.formsDiffer ? ': upper case, with an underscore' : ''}.`,
    hostForm: (data: { readonly hostId: string; readonly uiHost: string; readonly restletHost: string }) =>
      `NetSuite's host names use ${data.hostId} instead (${data.uiHost}, ${data.restletHost}); that form does not ` +
      'belong in Act-On.',
    hostNames: (data: { readonly uiHost: string; readonly restletHost: string }) =>
      `NetSuite's host names for this account are ${data.uiHost} and ${data.restletHost}.`,
    reportedId: (data: { readonly id: string }) => `NetSuite reports the account id as ${data.id}.`,
    refresh: (data: { readonly environment: NonProduction }) => refreshSentence(NON_PRODUCTION_NAMES[data.environment]),
  },
});

export const ACCOUNT_WEB_SERVICES_CONCURRENCY = defineCheck({
  id: 'account.web-services-concurrency',
  section: 'account',
  severity: 'info',
  title: 'Web services concurrency',
  failureTitle: 'Web services concurrency is not readable by a script',
  checks: "Nothing a script can read: where the account's and the integration's concurrency limits are shown.",
  why:
    'NetSuite limits how many web services and RESTlet requests run at once per account (optionally per ' +
    'integration); a request over the limit is refused, possibly without a Login Audit Trail row.',
  dependsOn: [],
  fixes: {
    default: {
      title: 'Look at Integration Governance',
      navigation: 'Setup > Integration > Integration Management > Integration Governance',
      steps: [
        "Go to Setup > Integration > Integration Management > Integration Governance to see the account's " +
          'concurrency limit, what other integrations use, and whether the Act-On integration has a limit of its ' +
          'own.',
        'If Act-On reports request-limit errors, give the Act-On integration a share of the limit there, or ask ' +
          'the owners of busy integrations to spread their load.',
      ],
      // No URL for the Integration Governance page was found: the navigation path says where it is.
      links: [],
      owner: 'netsuite-admin',
    },
  },
  messages: {
    limits: () =>
      'NetSuite limits how many web services and RESTlet requests run at once in the account; an administrator ' +
      'can give an integration its own share of that limit.',
    refusals: () =>
      'A request over the limit is refused with a request-limit error, and may leave no row in the Login Audit ' +
      'Trail: if Act-On reports such errors while this report is clean, look at the limits.',
    notReadable: () => 'Scripts cannot read the limits: the navigation path says where they are shown.',
  },
});

export const PLATFORM_TBA_FUTURE = defineCheck({
  id: 'platform.tba-future',
  section: 'account',
  severity: 'info',
  title: 'Token-Based Authentication roadmap',
  failureTitle: 'Token-Based Authentication is ending',
  checks: "The account's NetSuite release against the TBA milestones, and the OAuth 2.0 feature.",
  why:
    'From NetSuite 2027.1 no new integration can use Token-Based Authentication; existing ones keep working, and ' +
    'Oracle tentatively ends TBA for them in 2028.2. OAuth 2.0, the successor, serves REST web services and ' +
    'RESTlets, not SOAP.',
  dependsOn: [],
  fixes: {
    default: {
      title: 'Keep the existing integration record',
      navigation: 'Setup > Integration > Manage Integrations',
      steps: [
        'Keep the existing Act-On integration record: do not delete it or reset it, since from 2027.1 it cannot be ' +
          're-created with Token-Based Authentication.',
      ],
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {
    release: (data: { readonly version: string; readonly standing: Standing }) => {
      switch (data.standing) {
        case 'before':
          return (
            `This account runs NetSuite ${data.version}. From ${TBA_NEW_END}, no new integration can use ` +
            'Token-Based Authentication (SOAP web services, REST web services and RESTlets alike); existing ones ' +
            'keep working.'
          );
        case 'reached':
          return (
            `This account runs NetSuite ${data.version}: no new integration can use Token-Based Authentication any ` +
            `more (since ${TBA_NEW_END}); existing ones keep working.`
          );
        case 'unknown':
          return (
            `NetSuite reports its version as "${data.version}", which this audit cannot compare. From ` +
            `${TBA_NEW_END}, no new integration can use Token-Based Authentication; existing ones keep working.`
          );
      }
    },
    existingEnd: () => `Oracle tentatively plans to end TBA support for existing integrations in ${TBA_EXISTING_END}.`,
    oauth2: (data: { readonly enabled: boolean }) =>
      'OAuth 2.0, the successor for REST web services and RESTlets (it does not serve SOAP web services), is ' +
      `${data.enabled ? 'enabled' : 'not enabled'} in this account.`,
  },
});

export const PLATFORM_SOAP_RETIREMENT = defineCheck({
  id: 'platform.soap-retirement',
  section: 'account',
  severity: 'warning',
  title: "SOAP web services retirement and Act-On's connector",
  failureTitle: "SOAP web services, which Act-On's connector uses, are being retired",
  checks:
    "The account's NetSuite release against SOAP's milestones, and Act-On's SOAP endpoint: from the Request URI " +
    "of its token logins where that shows a version, otherwise from the integration's Execution Log by hand.",
  why:
    "Act-On's connector uses SOAP web services: 2025.2 is the last SOAP endpoint, from 2027.1 only it is " +
    'supported, and with 2028.2 SOAP is removed and existing SOAP integrations stop working. OAuth 2.0 does not ' +
    'serve SOAP.',
  dependsOn: ['feature.soap-web-services'],
  fixes: {
    default: {
      title: 'Ask Act-On how its connector will connect once SOAP is removed',
      navigation: 'Setup > Users/Roles > User Management > View Login Audit Trail (Request URI column)',
      steps: [
        'Ask Act-On support which SOAP endpoint its NetSuite connector uses and how it will connect once SOAP web ' +
          'services are removed in 2028.2.',
        'Nothing in NetSuite needs changing for this: keep the integration record and the token as they are.',
      ],
      links: [],
      owner: 'acton-support',
    },
    moveEndpoint: {
      title: `Ask Act-On to move its connector to the ${SOAP_LAST} SOAP endpoint`,
      navigation: 'Setup > Users/Roles > User Management > View Login Audit Trail (Request URI column)',
      steps: [
        `Ask Act-On support to move its NetSuite connector to the ${SOAP_LAST} SOAP endpoint: older ones are no ` +
          `longer supported from ${SOAP_ONLY_LAST}.`,
        'Ask Act-On support which SOAP endpoint its NetSuite connector uses and how it will connect once SOAP web ' +
          `services are removed in ${SOAP_REMOVED}.`,
        'Nothing in NetSuite needs changing for this: keep the integration record and the token as they are.',
      ],
      links: [],
      owner: 'acton-support',
    },
    readExecutionLog: {
      title: "Look up Act-On's SOAP endpoint in the integration's Execution Log",
      navigation: EXECUTION_LOG_ROUTE,
      steps: [
        `Look at ${EXECUTION_LOG_ROUTE}: every API Version there should be ${SOAP_LAST}.`,
        `If one is older, ask Act-On support to move its NetSuite connector to the ${SOAP_LAST} SOAP endpoint, and ` +
          `how it will connect once SOAP web services are removed in ${SOAP_REMOVED}.`,
      ],
      links: [MANAGE_INTEGRATIONS_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {
    timeline: () =>
      `Act-On's connector uses SOAP web services: ${SOAP_LAST} is the last SOAP endpoint, from ${SOAP_ONLY_LAST} ` +
      `only that endpoint is supported, and with ${SOAP_REMOVED} SOAP web services are removed and existing SOAP ` +
      'integrations stop working. OAuth 2.0 does not serve SOAP.',
    endpoint: (data: EndpointData) =>
      `Act-On's token logins use the ${data.endpoint} SOAP endpoint (${data.uri}, last on ` +
      `${momentLabel(data.lastAt)}): it ${endpointStanding(data)}.`,
    unrecognisedUris: (data: { readonly uris: readonly string[] }) =>
      "Act-On's token logins name request URIs this audit does not read as a SOAP endpoint " +
      `(${data.uris.map((uri) => `"${uri}"`).join(', ')}), so which endpoint it uses is not known.`,
    noRequestUri: () =>
      "The Login Audit Trail recorded no request URI for Act-On's token logins, so which SOAP endpoint it uses is " +
      'not known.',
    noEndpointSeen: () => 'No successful token login of Act-On in the last 30 days shows which SOAP endpoint it uses.',
    executionLog: () =>
      `Which SOAP endpoint Act-On's connector uses is shown at ${EXECUTION_LOG_ROUTE} (kept 21 days in production, ` +
      `7 in a sandbox). An endpoint older than ${SOAP_LAST} is not supported from ${SOAP_ONLY_LAST}.`,
    lastSoapRelease: (data: { readonly version: string }) =>
      `This account runs NetSuite ${data.version}, the last release with SOAP web services before their removal ` +
      `in ${SOAP_REMOVED}.`,
    oldEndpointSummary: (data: EndpointData) =>
      `Act-On's connector uses the ${data.endpoint} SOAP endpoint, which ${endpointStanding(data)}`,
    lastSoapReleaseSummary: (data: { readonly version: string }) =>
      `NetSuite ${data.version} is the last release with SOAP web services, which Act-On's connector uses`,
    endpointUnknownSummary: () =>
      `Which SOAP endpoint Act-On's connector uses is not known, and from ${SOAP_ONLY_LAST} only ${SOAP_LAST} is ` +
      'supported',
  },
});

export const PLATFORM_TWO_FACTOR = defineCheck({
  id: 'platform.two-factor',
  section: 'account',
  severity: 'info',
  title: 'Why Token-Based Authentication',
  failureTitle: 'Two-factor authentication is required for privileged roles',
  checks: 'Nothing to check: background.',
  why:
    'Since NetSuite 2019.1, two-factor authentication is required for Administrator and other highly privileged ' +
    'roles, so Act-On cannot log in with a user name and password: it uses TBA.',
  dependsOn: [],
  fixes: {
    default: {
      title: 'Use Token-Based Authentication',
      navigation: 'Setup > Users/Roles > Two-Factor Authentication Roles',
      steps: [],
      links: [],
      owner: 'consultant',
    },
  },
  messages: {
    passwordLogins: () =>
      'Since NetSuite 2019.1, Administrator and other highly privileged roles must sign in with two-factor ' +
      'authentication, so an integration cannot log in with a user name and password.',
    whyTba: () =>
      'Token-Based Authentication lets Act-On connect without a password login; that is why its connector uses it.',
  },
});

export const ACCOUNT_CHECKS = [
  ACCOUNT_ID,
  ACCOUNT_WEB_SERVICES_CONCURRENCY,
  PLATFORM_TBA_FUTURE,
  PLATFORM_SOAP_RETIREMENT,
  PLATFORM_TWO_FACTOR,
] as const;
