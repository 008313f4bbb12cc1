/**
 * Signs requests the way NetSuite's Token-Based Authentication wants them: OAuth 1.0a with
 * HMAC-SHA256, the account id (upper case, underscore) as realm, RFC 3986 percent-encoding and
 * a fresh nonce and timestamp for every request. The signature base string is built by the
 * `oauth-1.0a` library; this module only feeds it decoded parameters and Node's HMAC.
 */
import { createHmac, randomBytes } from 'crypto';
import * as OAuth from 'oauth-1.0a';

/** The four secrets a TBA login needs: the integration's consumer pair and the user's token pair. */
export interface TbaCredentials {
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokenId: string;
  readonly tokenSecret: string;
}

/**
 * `HMAC-SHA256` is what NetSuite accepts. `HMAC-SHA1` (refused by NetSuite) is kept only so the
 * signing mechanics can be checked against the OAuth specifications' published examples.
 */
export type SignatureMethod = 'HMAC-SHA256' | 'HMAC-SHA1';

/** Where nonces and timestamps come from; tests fix them to reproduce published examples. */
export interface OAuthClock {
  /** A value never used before with these credentials. */
  readonly nonce: () => string;
  /** Seconds since the Unix epoch. */
  readonly timestampSeconds: () => number;
}

const NONCE_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const NONCE_LENGTH = 32;

/** 32 characters from a cryptographic source (the library's own nonce uses Math.random). */
export function cryptographicNonce(): string {
  const bytes = randomBytes(NONCE_LENGTH);
  let nonce = '';
  // 256 is a multiple of 62 plus 8: the bias this leaves is negligible for a nonce, which only needs to be unique.
  for (const byte of bytes) nonce += NONCE_ALPHABET[byte % NONCE_ALPHABET.length];
  return nonce;
}

export const SYSTEM_CLOCK: OAuthClock = {
  nonce: cryptographicNonce,
  timestampSeconds: () => Math.floor(Date.now() / 1000),
};

/** A request to sign: its method, full URL, and form-encoded body parameters if it has any. */
export interface RequestToSign {
  readonly method: string;
  readonly url: string;
  readonly formParameters?: readonly (readonly [string, string])[];
}

/** The request's parameters decoded once (query, then form body), as the library expects them. */
function decodedParameters(request: RequestToSign): Record<string, string | string[]> {
  const parameters: Record<string, string | string[]> = {};
  const add = (name: string, value: string): void => {
    const existing = parameters[name];
    if (existing === undefined) parameters[name] = value;
    else parameters[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  };
  // URLSearchParams decodes `+` as a space and `%XX` in names too, as RFC 5849 section 3.4.1.3.1 asks.
  for (const [name, value] of new URL(request.url).searchParams) add(name, value);
  for (const [name, value] of request.formParameters ?? []) add(name, value);
  return parameters;
}

/** The base string URI: scheme and host in lower case, default port dropped, no query (RFC 5849 3.4.1.2). */
function baseStringUri(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}

function hmac(method: SignatureMethod): (baseString: string, key: string) => string {
  const algorithm = method === 'HMAC-SHA256' ? 'sha256' : 'sha1';
  return (baseString, key) => createHmac(algorithm, key).update(baseString).digest('base64');
}

/** The library configured for these credentials; `realm` goes into the header, never into the signature. */
function oauthFor(credentials: TbaCredentials, realm: string | undefined, method: SignatureMethod): OAuth {
  return new OAuth({
    consumer: { key: credentials.consumerKey, secret: credentials.consumerSecret },
    signature_method: method,
    hash_function: hmac(method),
    ...(realm === undefined ? {} : { realm }),
  });
}

/** The OAuth protocol parameters of one signing, without the signature. */
export interface OAuthProtocolParameters {
  readonly oauth_consumer_key: string;
  readonly oauth_token: string;
  readonly oauth_nonce: string;
  readonly oauth_timestamp: number;
  readonly oauth_signature_method: SignatureMethod;
  readonly oauth_version?: string;
}

/** The library's type requires oauth_version; RFC 5849 (3.1) makes it optional and its examples leave it out. */
function libraryData(protocol: OAuthProtocolParameters): OAuth.Data {
  return { ...protocol } as OAuth.Data;
}

/** The signature base string (RFC 5849 3.4.1) of a request with the given protocol parameters. */
export function signatureBaseString(
  request: RequestToSign,
  protocol: OAuthProtocolParameters,
  credentials: TbaCredentials,
): string {
  const oauth = oauthFor(credentials, undefined, protocol.oauth_signature_method);
  return oauth.getBaseString(
    { method: request.method, url: baseStringUri(request.url), data: decodedParameters(request) },
    libraryData(protocol),
  );
}

/** The signature (base64) of a request with the given protocol parameters. */
export function requestSignature(
  request: RequestToSign,
  protocol: OAuthProtocolParameters,
  credentials: TbaCredentials,
): string {
  const oauth = oauthFor(credentials, undefined, protocol.oauth_signature_method);
  const libraryRequest = { method: request.method, url: baseStringUri(request.url), data: decodedParameters(request) };
  return oauth.getSignature(libraryRequest, credentials.tokenSecret, libraryData(protocol));
}

/**
 * The `Authorization` header value for one request, signed with HMAC-SHA256 for the given realm
 * (the account id in upper case with underscores). Every call draws a fresh nonce and timestamp,
 * so a retried request must be signed again.
 */
export function tbaAuthorizationHeader(
  request: RequestToSign,
  credentials: TbaCredentials,
  realm: string,
  clock: OAuthClock = SYSTEM_CLOCK,
): string {
  const oauth = oauthFor(credentials, realm, 'HMAC-SHA256');
  oauth.getNonce = clock.nonce;
  oauth.getTimeStamp = clock.timestampSeconds;
  const authorization = oauth.authorize(
    { method: request.method, url: baseStringUri(request.url), data: decodedParameters(request) },
    { key: credentials.tokenId, secret: credentials.tokenSecret },
  );
  return oauth.toHeader(authorization).Authorization;
}
