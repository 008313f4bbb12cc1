/**
 * What NetSuite's token endpoint can answer instead of an access token, and what to do about
 * each: data, so the wording lives in one place. Its answers follow RFC 6749 section 5.2
 * (`{"error": "invalid_grant"}`); NetSuite's Login Audit Trail holds the precise reason.
 */
import { LOGIN_AUDIT_TRAIL_PATH } from './failureRemedies';

export const M2M_SETUP_PATH = 'Setup > Integration > Manage Authentication > OAuth 2.0 Client Credentials (M2M) Setup';

export interface TokenRefusal {
  /** What NetSuite's answer means, in a sentence. */
  readonly meaning: string;
  /** The causes to check, most likely first. */
  readonly remedy: string;
}

const READ_THE_TRAIL = `Then read the Detail column of the failed login at ${LOGIN_AUDIT_TRAIL_PATH}.`;

/** By RFC 6749 error code. A Map: the code comes from the remote side. */
export const TOKEN_REFUSALS: ReadonlyMap<string, TokenRefusal> = new Map([
  [
    'invalid_client',
    {
      meaning: 'NetSuite does not accept this client',
      remedy:
        'Check clientId: it is the Client ID of the integration record (Setup > Integration > Manage Integrations). ' +
        'The integration must be Enabled, with Client Credentials (Machine to Machine) Grant checked. ' +
        READ_THE_TRAIL,
    },
  ],
  [
    'invalid_grant',
    {
      meaning: 'NetSuite refused the signed assertion',
      remedy:
        `Check, at ${M2M_SETUP_PATH}: that certificateId is the Certificate ID of the certificate made from ` +
        `privateKeyFile (a certificate of another key fails the signature); ` +
        ('that the certificate is mapped to this integration, to your employee and to a role with the permission ' +
          'Log in using OAuth 2.0 Access Tokens; ') +
        "that it has not expired or been revoked, and is one of the integration's active certificates (since " +
        '2026.1 an integration record holds at most five, Oracle Help section_158921905537: revoke an old one ' +
        "before mapping a sixth); and that this machine's clock is right. " +
        READ_THE_TRAIL,
    },
  ],
  [
    'invalid_request',
    {
      meaning: 'NetSuite could not read the token request',
      remedy:
        'Check tokenUrl (https://<account id in host ' +
        'form>.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token) and that the key is RSA (3072 or ' +
        '4096 bits) or EC ' +
        '(P-256, P-384, P-521): ' +
        'NetSuite takes PS256 and ES256/384/512 assertions only. ' +
        READ_THE_TRAIL,
    },
  ],
  [
    'invalid_scope',
    {
      meaning: 'NetSuite does not grant the scope asked for',
      remedy:
        'Check the integration record: under OAuth 2.0, the RESTlets scope must be checked; and check scope in ' +
        'the accounts file (default restlets).',
    },
  ],
  [
    'unauthorized_client',
    {
      meaning: 'The integration may not use the client credentials grant',
      remedy:
        'Edit the integration record: check Client Credentials (Machine to Machine) Grant and the RESTlets scope ' +
        'under OAuth 2.0, and save.',
    },
  ],
  [
    'unsupported_grant_type',
    {
      meaning: 'NetSuite does not offer the client credentials grant here',
      remedy:
        'Check that the OAuth 2.0 feature is on (Setup > Company > Enable Features > SuiteCloud > Manage ' +
        "Authentication) and that tokenUrl is the account's token endpoint.",
    },
  ],
]);

/** Any other error code, or an answer without one. */
export const UNKNOWN_TOKEN_REFUSAL: TokenRefusal = {
  meaning: 'NetSuite refused the token request',
  remedy:
    `Check clientId, certificateId, privateKeyFile and tokenUrl, and the mapping at ${M2M_SETUP_PATH}. ` +
    `${READ_THE_TRAIL}`,
};

/** When NetSuite's description names the cause (not every answer carries one). */
export const DESCRIBED_CAUSES: readonly { readonly pattern: RegExp; readonly refusal: TokenRefusal }[] = [
  {
    pattern: /\b(kid|certificate)\b/i,
    refusal: {
      meaning: 'NetSuite does not know the certificate the assertion names',
      remedy:
        `Check certificateId: copy the Certificate ID shown at ${M2M_SETUP_PATH} for the certificate of ` +
        `privateKeyFile, and check that its mapping is active and not expired.`,
    },
  },
  {
    pattern: /\bexp(ired)?\b/i,
    refusal: {
      meaning: 'NetSuite found the assertion expired',
      remedy:
        "Set this machine's clock right (NTP): the assertion is valid for a few minutes from this machine's time, " +
        'and NetSuite judges it by its own.',
    },
  },
];

/** How far apart this machine's clock and NetSuite's may be before it is named as the cause. */
export const CLOCK_SKEW_TOLERANCE_SECONDS = 120;

export function clockSkewRefusal(skewSeconds: number): TokenRefusal {
  const direction = skewSeconds > 0 ? 'ahead of' : 'behind';
  return {
    meaning: `This machine's clock is ${Math.abs(Math.round(skewSeconds))} s ${direction} NetSuite's`,
    remedy:
      "Set this machine's clock right (NTP) and run again: the assertion's iat and exp are judged by NetSuite's " +
      'clock, so a skewed clock makes it expired or not yet valid.',
  };
}
