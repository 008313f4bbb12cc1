/**
 * Which way an account is signed in to, from the credential fields it was given (an accounts
 * file entry, or flags and environment variables): all four TBA values, or an OAuth 2.0 client
 * id, certificate id and private key file, never a mix and never neither. Problems name fields,
 * never values; the key file is read here so a bad key is an error before the run.
 */
import { isAbsolute, resolve } from 'path';
import { permissionWarning } from './filePermissions';
import { checkHttpsUrl } from './restletUrl';
import { DEFAULT_SCOPE, defaultTokenUrl, readPrivateKey, scopesOf } from './oauth2Client';
import { foreignNetSuiteHost } from './auditTarget';
import type { AccountAuthentication } from './auditTarget';

export const TBA_FIELDS = ['consumerKey', 'consumerSecret', 'tokenId', 'tokenSecret'] as const;
export const OAUTH2_REQUIRED_FIELDS = ['clientId', 'certificateId', 'privateKeyFile'] as const;
export const OAUTH2_OPTIONAL_FIELDS = ['tokenUrl', 'scope'] as const;

type TbaField = (typeof TBA_FIELDS)[number];
type OAuth2Field = (typeof OAUTH2_REQUIRED_FIELDS)[number] | (typeof OAUTH2_OPTIONAL_FIELDS)[number];
export type CredentialField = TbaField | OAuth2Field;

/** The credential values given, each undefined when absent. */
export type CredentialFields = Partial<Readonly<Record<CredentialField, string>>>;

export interface CredentialContext {
  readonly accountId: string;
  /** The folder a relative privateKeyFile is resolved from. */
  readonly keyFolder: string;
  /** How a field is named in a message (`consumerKey`, or `--consumer-key (or NETSUITE_CONSUMER_KEY)`). */
  readonly nameOf: (field: CredentialField) => string;
  /** The message for a field that is missing. */
  readonly missing: (field: CredentialField) => string;
}

export type CredentialReading =
  | { readonly ok: true; readonly authentication: AccountAuthentication; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

function given(fields: CredentialFields, names: readonly CredentialField[]): CredentialField[] {
  return names.filter((name) => fields[name] !== undefined);
}

function missing(fields: CredentialFields, names: readonly CredentialField[], context: CredentialContext): string[] {
  return names.filter((name) => fields[name] === undefined).map(context.missing);
}

function oauth2Authentication(fields: CredentialFields, context: CredentialContext): CredentialReading {
  const { clientId, certificateId, privateKeyFile } = fields;
  if (clientId === undefined || certificateId === undefined || privateKeyFile === undefined) {
    return { ok: false, problems: missing(fields, OAUTH2_REQUIRED_FIELDS, context) };
  }
  const problems: string[] = [];
  const tokenUrl = checkHttpsUrl(
    fields.tokenUrl ?? defaultTokenUrl(context.accountId),
    'https://<account>.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token',
  );
  if (!tokenUrl.ok) problems.push(`${context.nameOf('tokenUrl')} ${tokenUrl.problem}`);
  const foreign = tokenUrl.ok ? foreignNetSuiteHost(tokenUrl.url, context.accountId) : null;
  if (foreign !== null) problems.push(`${context.nameOf('tokenUrl')} ${foreign}`);
  const scopes = scopesOf(fields.scope ?? DEFAULT_SCOPE);
  if (scopes.length === 0) problems.push(`${context.nameOf('scope')} names no scope`);
  const keyFile = isAbsolute(privateKeyFile) ? privateKeyFile : resolve(context.keyFolder, privateKeyFile);
  const key = readPrivateKey(keyFile);
  if (!key.ok) problems.push(`${context.nameOf('privateKeyFile')} ${privateKeyFile}: ${key.problem}`);
  if (problems.length > 0 || !tokenUrl.ok || !key.ok) return { ok: false, problems };
  const warning = permissionWarning(keyFile, key.mode, 'holds a private key');
  return {
    ok: true,
    authentication: {
      method: 'oauth2',
      client: {
        clientId,
        certificateId,
        privateKey: key.key,
        keyFile,
        algorithm: key.algorithm,
        tokenUrl: tokenUrl.url,
        scopes,
      },
    },
    warnings: warning === null ? [] : [warning],
  };
}

/** The account's authentication, or every problem with its credential fields. */
export function readCredentials(fields: CredentialFields, context: CredentialContext): CredentialReading {
  const tba = given(fields, TBA_FIELDS);
  const oauth2 = given(fields, [...OAUTH2_REQUIRED_FIELDS, ...OAUTH2_OPTIONAL_FIELDS]);
  if (tba.length > 0 && oauth2.length > 0) {
    return {
      ok: false,
      problems: [
        `has credentials of both kinds (Token-Based Authentication: ${tba.map(context.nameOf).join(', ')}; ` +
          `OAuth 2.0: ${oauth2.map(context.nameOf).join(', ')}): keep one kind`,
      ],
    };
  }
  if (tba.length === 0 && oauth2.length === 0) {
    return {
      ok: false,
      problems: [
        `has no credentials: give ${TBA_FIELDS.map(context.nameOf).join(', ')} (Token-Based Authentication) or ` +
          `${OAUTH2_REQUIRED_FIELDS.map(context.nameOf).join(', ')} (OAuth 2.0 client credentials)`,
      ],
    };
  }
  if (oauth2.length > 0) return oauth2Authentication(fields, context);
  const { consumerKey, consumerSecret, tokenId, tokenSecret } = fields;
  if (consumerKey === undefined || consumerSecret === undefined || tokenId === undefined || tokenSecret === undefined) {
    return { ok: false, problems: missing(fields, TBA_FIELDS, context) };
  }
  return {
    ok: true,
    authentication: { method: 'tba', credentials: { consumerKey, consumerSecret, tokenId, tokenSecret } },
    warnings: [],
  };
}
