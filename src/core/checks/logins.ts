/** The logins section: what the Login Audit Trail says about Act-On's token logins. */
import { defineCheck } from './define';
import { COMPANY_INFORMATION_LINK, EMPLOYEES_LINK } from './pages';

export const LOGIN_RECENT = defineCheck({
  id: 'login.recent',
  section: 'logins',
  severity: 'warning',
  title: 'Recent token logins succeed',
  failureTitle: 'Recent token logins failed',
  checks: "The last 30 days of the Login Audit Trail for the integration's token logins.",
  why: 'The Login Audit Trail is the only place NetSuite says why a token login failed.',
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
      navigation: 'Setup > Users/Roles > User Management > View Login Audit Trail',
      steps: [
        'Go to Setup > Users/Roles > User Management > View Login Audit Trail.',
        'Add the Detail, Token-based Access Token Name and Token-based Application Name columns and filter on the ' +
          'integration.',
      ],
      // NetSuite has no stable URL for the Login Audit Trail page: the navigation path says where it is.
      links: [],
      // A failing token login with everything upstream in order is mostly credentials typed into Act-On.
      owner: 'acton-admin',
    },
  },
  messages: {},
});

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
      links: [COMPANY_INFORMATION_LINK, EMPLOYEES_LINK],
      owner: 'netsuite-admin',
    },
  },
  messages: {},
});

export const LOGIN_CHECKS = [LOGIN_RECENT, LOGIN_IP_ADDRESS_RULES] as const;
