/**
 * The mock NetSuite's own check of an OAuth 2.0 client assertion, written from RFC 7515/7519
 * and NetSuite's documented rules over Node's crypto, without the client's JOSE library: the
 * JWT is split, decoded and verified here, so a mistake in how the client builds it shows.
 */
import { constants, createPublicKey, verify } from 'crypto';
import type { KeyObject } from 'crypto';

/** An uploaded certificate, as the mock holds it: its id and public key. */
export interface MockCertificate {
  readonly id: string;
  readonly publicKey: KeyObject;
}

/** Why an assertion is refused: the RFC 6749 error code to answer and the Login Audit Trail detail to record. */
export interface AssertionRefusal {
  readonly error: 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'invalid_scope';
  readonly detail: string;
}

/** NetSuite takes the assertion at most an hour long, and judges times with some leeway. */
const MAX_ASSERTION_SECONDS = 3600;
const CLOCK_LEEWAY_SECONDS = 300;

/** The algorithms NetSuite takes, with the hash and, for EC, the curve each needs; RS256 and friends are absent. */
const ALGORITHMS: ReadonlyMap<string, { readonly hash: string; readonly curve: string | null }> = new Map([
  ['PS256', { hash: 'sha256', curve: null }],
  ['PS384', { hash: 'sha384', curve: null }],
  ['PS512', { hash: 'sha512', curve: null }],
  ['ES256', { hash: 'sha256', curve: 'prime256v1' }],
  ['ES384', { hash: 'sha384', curve: 'secp384r1' }],
  ['ES512', { hash: 'sha512', curve: 'secp521r1' }],
]);

function decodeJson(part: string): Readonly<Record<string, unknown>> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Readonly<Record<string, unknown>>)
      : null;
  } catch {
    return null;
  }
}

function signatureHolds(algorithm: string, key: KeyObject, signingInput: string, signature: Buffer): boolean {
  const spec = ALGORITHMS.get(algorithm);
  if (spec === undefined) return false;
  const data = Buffer.from(signingInput, 'ascii');
  if (spec.curve === null) {
    if (key.asymmetricKeyType !== 'rsa' && key.asymmetricKeyType !== 'rsa-pss') return false;
    return verify(
      spec.hash,
      data,
      { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST },
      signature,
    );
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== spec.curve) return false;
  // JWS carries the EC signature as r || s, not DER.
  return verify(spec.hash, data, { key, dsaEncoding: 'ieee-p1363' }, signature);
}

function scopesOf(value: unknown): readonly string[] {
  if (Array.isArray(value)) return value.filter((scope): scope is string => typeof scope === 'string');
  return typeof value === 'string' ? value.split(/[\s,]+/) : [];
}

export interface AssertionExpectations {
  readonly clientId: string;
  readonly certificates: readonly MockCertificate[];
  /** The token endpoint's URL as this request reached it: the assertion's `aud`. */
  readonly tokenUrl: string;
  readonly nowSeconds: number;
}

/** Null when the assertion is good; otherwise what NetSuite would answer and record. */
export function assertionRefusal(assertion: string, expected: AssertionExpectations): AssertionRefusal | null {
  const parts = assertion.split('.');
  if (parts.length !== 3) return { error: 'invalid_request', detail: 'InvalidJWT' };
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  const header = decodeJson(headerPart);
  const claims = decodeJson(payloadPart);
  if (header === null || claims === null) return { error: 'invalid_request', detail: 'InvalidJWT' };
  const algorithm = header['alg'];
  if (header['typ'] !== 'JWT' || typeof algorithm !== 'string' || !ALGORITHMS.has(algorithm))
    return { error: 'invalid_request', detail: 'UnsupportedAlgorithm' };
  if (claims['iss'] !== expected.clientId) return { error: 'invalid_client', detail: 'InvalidClient' };
  const certificate = expected.certificates.find((candidate) => candidate.id === header['kid']);
  if (certificate === undefined) return { error: 'invalid_grant', detail: 'UnknownCertificate' };
  if (
    !signatureHolds(
      algorithm,
      certificate.publicKey,
      `${headerPart}.${payloadPart}`,
      Buffer.from(signaturePart, 'base64url'),
    )
  ) {
    return { error: 'invalid_grant', detail: 'InvalidSignature' };
  }
  if (claims['aud'] !== expected.tokenUrl) return { error: 'invalid_grant', detail: 'InvalidAudience' };
  const issuedAt = claims['iat'];
  const expiresAt = claims['exp'];
  if (
    typeof issuedAt !== 'number' ||
    typeof expiresAt !== 'number' ||
    expiresAt <= issuedAt ||
    expiresAt - issuedAt > MAX_ASSERTION_SECONDS
  ) {
    return { error: 'invalid_grant', detail: 'InvalidAssertionLifetime' };
  }
  if (expiresAt <= expected.nowSeconds) return { error: 'invalid_grant', detail: 'ExpiredAssertion' };
  if (issuedAt > expected.nowSeconds + CLOCK_LEEWAY_SECONDS)
    return { error: 'invalid_grant', detail: 'AssertionNotYetValid' };
  if (!scopesOf(claims['scope']).includes('restlets')) return { error: 'invalid_scope', detail: 'InvalidScope' };
  return null;
}

/** A certificate from a PEM public key or certificate, as a consultant uploads it. */
export function mockCertificate(id: string, pem: string): MockCertificate {
  return { id, publicKey: createPublicKey(pem) };
}
