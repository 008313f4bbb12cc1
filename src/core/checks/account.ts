/** The account section: the Account ID, web services concurrency and NetSuite's platform timeline. */
import { defineCheck } from './define';
import { MANAGE_INTEGRATIONS_LINK } from './pages';

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
  },
  messages: {},
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
  messages: {},
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
  messages: {},
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
  },
  messages: {},
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
  messages: {},
});

export const ACCOUNT_CHECKS = [
  ACCOUNT_ID,
  ACCOUNT_WEB_SERVICES_CONCURRENCY,
  PLATFORM_TBA_FUTURE,
  PLATFORM_SOAP_RETIREMENT,
  PLATFORM_TWO_FACTOR,
] as const;
