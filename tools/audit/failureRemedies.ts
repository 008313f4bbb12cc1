/**
 * What to tell the consultant for each kind of failure: data, so wording lives in one place.
 * `{realm}` and `{url}` are filled in with the account's realm and RESTlet host.
 */
import type { AccountFailureKind } from './accountAuditResult';
import type { AuthenticationMethod } from './auditTarget';

export const LOGIN_AUDIT_TRAIL_PATH = 'Setup > Users/Roles > User Management > View Login Audit Trail';

export const FAILURE_LABELS: Readonly<Record<AccountFailureKind, string>> = {
  authentication: 'AUTHENTICATION FAILED',
  'restlet-not-deployed': 'RESTLET NOT DEPLOYED',
  timeout: 'TIMED OUT',
  network: 'UNREACHABLE',
  'not-json': 'NOT JSON',
  'wrong-schema': 'WRONG ANSWER',
  'restlet-error': 'RESTLET ERROR',
  'http-error': 'HTTP ERROR',
  interrupted: 'NOT RUN',
  'tool-error': 'TOOL ERROR',
};

export const FAILURE_REMEDIES: Readonly<Record<AccountFailureKind, string>> = {
  authentication:
    'Check the Account ID (signed as realm {realm}), the Consumer Key and Secret of the integration record, and ' +
    'the Token ID and Secret of the access token. ' +
    `Then, in NetSuite, open ${LOGIN_AUDIT_TRAIL_PATH} and read the Detail column of the failed token login: ` +
    ('InvalidSignature means a secret or the Account ID form is wrong; InvalidToken means the token is revoked or ' +
      'its Token ID is wrong; ') +
    ('consumer_key_unknown or UnknownIntegration means the Consumer Key is wrong; consumer_key_refused means the ' +
      'integration is Blocked; ') +
    'FeatureDisabled means Token-Based Authentication is off; EntityOrRoleDisabled means the user or role lost access.',
  'restlet-not-deployed':
    'Deploy the Act-On readiness bundle to this account (its RESTlet customscript_acton_readiness_rl with ' +
    'deployment customdeploy_acton_readiness_rl, status Released, ' +
    'audience Administrator), or correct restletUrl ({url}).',
  timeout:
    'Try again later or raise --timeout; if it keeps happening, open the readiness Suitelet in the account instead.',
  network: "Check the account id ({realm}) and restletUrl ({url}), and this machine's network and proxy settings.",
  'not-json':
    "The answer was a page, not the RESTlet's report: NetSuite may be under maintenance, or restletUrl ({url}) " +
    'may point somewhere else. Try again later or correct restletUrl.',
  'wrong-schema':
    'Something answered at restletUrl ({url}) but not with a readiness report this tool reads: check that the ' +
    'deployed bundle and this tool are the same version.',
  'restlet-error':
    'Read the message; if the audit itself failed, open the readiness Suitelet in the account to see the same ' +
    'audit with details.',
  'http-error': "Try again later; if it persists, check restletUrl ({url}) and NetSuite's status page.",
  interrupted: 'Run the audit again to include this account.',
  'tool-error':
    'This tool could not finish this account (the other accounts are not affected). Run the audit of this account ' +
    'again; if it fails the same way, open the readiness Suitelet in the account instead and report the message.',
};

/** The remedy in a few words, for the summary's "first fix" column (the full remedy goes in the detail). */
export const FAILURE_FIRST_FIXES: Readonly<Record<AccountFailureKind, string>> = {
  authentication:
    "Check the Account ID ({realm}), Consumer Key and Secret, Token ID and Secret; read the Login Audit Trail's " +
    'Detail column.',
  'restlet-not-deployed':
    'Deploy the Act-On readiness bundle (RESTlet customscript_acton_readiness_rl) or correct restletUrl.',
  timeout: 'Try again later or raise --timeout.',
  network: "Check the account id, restletUrl and this machine's network.",
  'not-json': 'Try again later; check restletUrl.',
  'wrong-schema': 'Deploy the bundle version that matches this tool.',
  'restlet-error': 'Read the error; open the readiness Suitelet in the account for details.',
  'http-error': 'Try again later; check restletUrl.',
  interrupted: 'Run the audit again.',
  'tool-error': 'Run this account again, or open the readiness Suitelet in the account.',
};

/** A RESTlet call whose OAuth 2.0 access token NetSuite refused (the token request itself has its own remedies). */
export const OAUTH2_AUTHENTICATION_REMEDY =
  'NetSuite issued an access token but refused it for the RESTlet: check that the role mapped to the certificate ' +
  'has the permission Log in using OAuth 2.0 Access Tokens ' +
  ("and is the Administrator role the RESTlet's deployment admits, and that the integration record has the " +
    'RESTlets scope checked. ') +
  `Then read the Detail column of the failed login at ${LOGIN_AUDIT_TRAIL_PATH}.`;

const OAUTH2_AUTHENTICATION_FIRST_FIX =
  "Check the client id, certificate id and its mapping (entity, role, integration); read the Login Audit Trail's " +
  'Detail column.';

/** The first fix for a failure kind, with the account's realm filled in. */
export function firstFixFor(kind: AccountFailureKind, realm: string, method: AuthenticationMethod = 'tba'): string {
  if (kind === 'authentication' && method === 'oauth2') return OAUTH2_AUTHENTICATION_FIRST_FIX;
  return FAILURE_FIRST_FIXES[kind].replace('{realm}', realm);
}

/** The remedy for a failure kind, with the account's realm and RESTlet URL filled in. */
export function remedyFor(
  kind: AccountFailureKind,
  realm: string,
  restletHost: string,
  method: AuthenticationMethod = 'tba',
): string {
  if (kind === 'authentication' && method === 'oauth2') return OAUTH2_AUTHENTICATION_REMEDY;
  return FAILURE_REMEDIES[kind].replace('{realm}', realm).replace('{url}', restletHost);
}
