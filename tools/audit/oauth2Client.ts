/**
 * OAuth 2.0 client credentials (machine to machine) as NetSuite takes them for RESTlets: the
 * consultant's private key, whose certificate is uploaded in the client account, signs a JWT
 * assertion (built by the `jose` library) that the token endpoint trades for an access token.
 * This module holds the client's description, reads its key and makes the assertion.
 */
import { constants, createPrivateKey, sign } from 'crypto';
import type { KeyObject } from 'crypto';
import { SignJWT } from 'jose';
import { toHostId } from '../../src/core/accountIdentity';
import { MAX_KEY_FILE_BYTES, readSecretFile } from './filePermissions';

/** The JWS algorithms NetSuite accepts for the assertion; RSASSA-PKCS1 v1.5 (RS256...) is refused. */
export type AssertionAlgorithm = 'PS256' | 'ES256' | 'ES384' | 'ES512';

export interface OAuth2Client {
  /** The integration record's Client ID: the assertion's `iss`. */
  readonly clientId: string;
  /** The id NetSuite shows for the uploaded certificate: the assertion's `kid`. */
  readonly certificateId: string;
  readonly privateKey: KeyObject;
  /** The file the key was read from, so no output is written over it. */
  readonly keyFile?: string;
  readonly algorithm: AssertionAlgorithm;
  /** The token endpoint: the assertion's `aud`. */
  readonly tokenUrl: URL;
  readonly scopes: readonly string[];
}

export const DEFAULT_SCOPE = 'restlets';

/** NetSuite's token endpoint of an account. */
export function defaultTokenUrl(accountId: string): string {
  return `https://${toHostId(accountId)}.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token`;
}

/** `restlets`, `restlets,rest_webservices` or `restlets rest_webservices` as a list. */
export function scopesOf(text: string): readonly string[] {
  return text.split(/[\s,]+/).filter((scope) => scope !== '');
}

/** The EC curves NetSuite takes, by Node's curve name. */
const EC_ALGORITHMS: ReadonlyMap<string, AssertionAlgorithm> = new Map([
  ['prime256v1', 'ES256'],
  ['secp384r1', 'ES384'],
  ['secp521r1', 'ES512'],
]);

/**
 * The RSA sizes NetSuite takes a certificate of (Oracle Help, subsect_162755332391): 3072 or
 * 4096 bits. A smaller key would pass here and be refused there, or fail in jose mid-run.
 */
export const RSA_CERTIFICATE_BITS: readonly number[] = [3072, 4096];

const RSA_SIZE_RULE =
  'NetSuite takes certificates of RSA keys of 3072 or 4096 bits only (Oracle Help subsect_162755332391)';

/** The hash each algorithm signs with, for the trial signature. */
const HASHES: Readonly<Record<AssertionAlgorithm, string>> = {
  PS256: 'sha256',
  ES256: 'sha256',
  ES384: 'sha384',
  ES512: 'sha512',
};

/**
 * Signs a few bytes the way the assertion will be signed: a key restricted to another hash
 * (an RSA-PSS key limited to SHA-512) fails here, before the run, not at its turn in it.
 */
function canSign(key: KeyObject, algorithm: AssertionAlgorithm): boolean {
  try {
    const padding =
      algorithm === 'PS256'
        ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }
        : { dsaEncoding: 'ieee-p1363' as const };
    sign(HASHES[algorithm], Buffer.from('acton-readiness'), { key, ...padding });
    return true;
  } catch {
    return false;
  }
}

/** The algorithm a key signs with, or why NetSuite cannot take it. */
export function assertionAlgorithm(
  key: KeyObject,
): { readonly algorithm: AssertionAlgorithm } | { readonly problem: string } {
  const type = key.asymmetricKeyType;
  if (type === 'rsa' || type === 'rsa-pss') {
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (!RSA_CERTIFICATE_BITS.includes(bits)) return { problem: `is an RSA key of ${bits} bits; ${RSA_SIZE_RULE}` };
    return canSign(key, 'PS256')
      ? { algorithm: 'PS256' }
      : { problem: `is an ${type} key that cannot sign PS256 (RSA-PSS with SHA-256), the algorithm NetSuite takes` };
  }
  if (type === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown';
    const algorithm = EC_ALGORITHMS.get(curve);
    if (algorithm === undefined)
      return { problem: `is an EC key on curve ${curve}; NetSuite takes P-256, P-384 or P-521` };
    return canSign(key, algorithm) ? { algorithm } : { problem: `is an EC key that cannot sign ${algorithm}` };
  }
  return {
    problem:
      `is ${type === undefined ? 'not an asymmetric' : `an ${type}`} key; NetSuite takes RSA or EC (P-256, P-384, ` +
      `P-521) keys`,
  };
}

export type PrivateKeyReading =
  | { readonly ok: true; readonly key: KeyObject; readonly algorithm: AssertionAlgorithm; readonly mode: number }
  | { readonly ok: false; readonly problem: string };

/** Reads a PEM private key file; a problem never quotes the file's content. */
export function readPrivateKey(file: string): PrivateKeyReading {
  const read = readSecretFile(file, MAX_KEY_FILE_BYTES);
  if ('problem' in read) return { ok: false, problem: read.problem };
  const { text: pem, mode } = read;
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    const encrypted = /ENCRYPTED/.test(pem);
    return {
      ok: false,
      problem: encrypted
        ? 'is encrypted with a passphrase: give the key without one (openssl pkey -in key.pem -out plain.pem)'
        : 'is not a PEM private key',
    };
  }
  const choice = assertionAlgorithm(key);
  return 'problem' in choice
    ? { ok: false, problem: choice.problem }
    : { ok: true, key, algorithm: choice.algorithm, mode };
}

/** How long an assertion is valid: NetSuite allows at most an hour; a few minutes is all a token request needs. */
export const ASSERTION_LIFETIME_SECONDS = 300;

/** The signed JWT assertion for one token request, issued at `nowSeconds`. */
export function clientAssertion(client: OAuth2Client, nowSeconds: number): Promise<string> {
  return new SignJWT({ scope: [...client.scopes] })
    .setProtectedHeader({ alg: client.algorithm, typ: 'JWT', kid: client.certificateId })
    .setIssuer(client.clientId)
    .setAudience(client.tokenUrl.href)
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + ASSERTION_LIFETIME_SECONDS)
    .sign(client.privateKey);
}
