/**
 * Each check's wording beside its catalogue title: what it means when it does not pass (the
 * verdict lists failures in these words, so a failure never reads like a pass) and what to do,
 * in NetSuite's words (the fix plan's step titles).
 */
import type { CheckId } from './catalogue';
import type { CheckStatus } from './report';

export interface CheckWording {
  /** The problem, as a sentence, e.g. "Token-Based Authentication is not enabled". */
  readonly failure: string;
  /** The action that fixes it, e.g. "Enable Token-Based Authentication". */
  readonly action: string;
}

function feature(label: string): CheckWording {
  return { failure: `${label} is not enabled`, action: `Enable ${label}` };
}

export const CHECK_WORDING: Readonly<Record<CheckId, CheckWording>> = {
  'feature.client-suitescript': feature('Client SuiteScript'),
  'feature.server-suitescript': feature('Server SuiteScript'),
  'feature.soap-web-services': feature('SOAP Web Services'),
  'feature.token-based-authentication': feature('Token-Based Authentication'),
  'feature.suitesignon': feature('SuiteSignOn'),
  'feature.rest-web-services': feature('REST Web Services'),
  'feature.oauth2': feature('OAuth 2.0'),
  'integration.record': {
    failure: 'There is no Act-On integration record',
    action: 'Set up the Act-On integration record',
  },
  'integration.state': {
    failure: 'The integration is not Enabled',
    action: "Set the integration record's State to Enabled",
  },
  'integration.authentication': {
    failure: 'The integration is not proven to allow Token-Based Authentication',
    action: 'Check Token-Based Authentication on the integration record',
  },
  'token.active': {
    failure: 'There is no active access token for the integration, user and role',
    action: 'Create an access token for Act-On',
  },
  'role.token-login': {
    failure: 'The role may not log in with access tokens',
    action: 'Add User Access Tokens to the role',
  },
  'role.soap-web-services': {
    failure: 'The role may not use SOAP web services',
    action: 'Add SOAP Web Services to the role',
  },
  'role.acton-permissions': {
    failure: "The role lacks some of Act-On's minimum permissions",
    action: "Add Act-On's missing permissions to the role",
  },
  'role.active': { failure: 'The role is inactive', action: 'Clear Inactive on the role' },
  'user.access': {
    failure: "The token's user is inactive, has no access or no longer holds the role",
    action: "Give the token's user access and the role back",
  },
  'role.web-services-only': {
    failure: 'The role is a Web Services Only role',
    action: 'Have an administrator create the token',
  },
  'role.subsidiary-access': {
    failure: 'The role does not see every subsidiary',
    action: "Widen the role's subsidiary restriction",
  },
  'login.recent': {
    failure: 'Recent token logins failed',
    action: 'Look up the failed logins in the Login Audit Trail',
  },
  'login.ip-address-rules': {
    failure: "IP address rules may refuse Act-On's servers",
    action: "Allow Act-On's server addresses",
  },
  'account.id': { failure: 'The Account ID must be typed into Act-On', action: 'Type the Account ID into Act-On' },
  'account.web-services-concurrency': {
    failure: 'Web services concurrency is not readable by a script',
    action: 'Look at Integration Governance',
  },
  'platform.tba-future': {
    failure: 'Token-Based Authentication is ending',
    action: 'Keep the existing integration record',
  },
  'platform.soap-retirement': {
    failure: "SOAP web services, which Act-On's connector uses, are being retired",
    action: 'Ask Act-On how its connector will connect once SOAP is removed',
  },
  'platform.two-factor': {
    failure: 'Two-factor authentication is required for privileged roles',
    action: 'Use Token-Based Authentication',
  },
};

const WORDING: ReadonlyMap<string, CheckWording> = new Map(Object.entries(CHECK_WORDING));

/** A check's wording by id; undefined for an id this version does not know (a saved document may hold one). */
export function checkWordingOf(id: string): CheckWording | undefined {
  return WORDING.get(id);
}

/**
 * The catalogue's summary of a check that does not pass, for a rule that names nothing better:
 * its failure words for a failure or warning; for what could not be read or must be looked at,
 * that, with the title. A check this version does not know gets its title.
 */
export function catalogueSummary(check: {
  readonly id: string;
  readonly title: string;
  readonly status: CheckStatus;
}): string {
  if (check.status === 'unknown') return `Could not be read: ${check.title}`;
  if (check.status === 'manual') return `To check by hand: ${check.title}`;
  return checkWordingOf(check.id)?.failure ?? check.title;
}
