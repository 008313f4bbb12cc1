/**
 * The mock NetSuite's OAuth 2.0 token endpoint and Bearer check: a client credentials form
 * whose assertion ./assertionVerifier accepts gets an access token (60 minutes, as NetSuite's);
 * anything else gets the RFC 6749 error NetSuite answers, with the Login Audit Trail detail to
 * record. The issued tokens are then checked on each RESTlet call.
 */
import { randomBytes } from 'crypto';
import type * as http from 'http';
import { assertionRefusal } from './assertionVerifier';
import type { MockOAuth2Client } from './mockNetSuite';

export const TOKEN_PATH = '/services/rest/auth/oauth2/v1/token';
/** NetSuite's access tokens last 60 minutes. */
export const ACCESS_TOKEN_SECONDS = 3600;
const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** The part of a mock account the token endpoint reads. */
interface TokenAccount {
  readonly accountId: string;
  readonly oauth2?: MockOAuth2Client;
}

/** An access token the mock issued. */
export interface IssuedToken {
  readonly accountId: string;
  readonly expiresAtSeconds: number;
}

/** The Login Audit Trail detail for a refused Bearer call, or null when the token is good for this account. */
export function bearerFailure(
  account: TokenAccount,
  header: string,
  issued: ReadonlyMap<string, IssuedToken>,
  nowSeconds: number,
): string | null {
  const token = issued.get(header.replace(/^Bearer\s+/i, ''));
  if (token === undefined || token.accountId !== account.accountId) return 'InvalidToken';
  return token.expiresAtSeconds <= nowSeconds ? 'TokenExpired' : null;
}

/** The request's body as text, at most `limit` bytes (null when larger). */
export function readBody(request: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => resolve(null));
  });
}

/** What the token endpoint answers a form: an access token, or an RFC 6749 error with the detail to record. */
export function tokenAnswer(
  account: TokenAccount,
  form: URLSearchParams,
  tokenUrl: string,
  nowSeconds: number,
): { readonly status: number; readonly body: unknown; readonly detail: string | null } {
  const refuse = (error: string, detail: string) => ({
    status: error === 'invalid_client' ? 401 : 400,
    body: { error },
    detail,
  });
  if (form.get('grant_type') !== 'client_credentials') return refuse('unsupported_grant_type', 'UnsupportedGrantType');
  const assertion = form.get('client_assertion');
  if (form.get('client_assertion_type') !== CLIENT_ASSERTION_TYPE || assertion === null)
    return refuse('invalid_request', 'MissingClientAssertion');
  if (account.oauth2 === undefined) return refuse('invalid_client', 'InvalidClient');
  const refusal = assertionRefusal(assertion, {
    clientId: account.oauth2.clientId,
    certificates: account.oauth2.certificates,
    tokenUrl,
    nowSeconds,
  });
  if (refusal !== null) return refuse(refusal.error, refusal.detail);
  return {
    status: 200,
    body: {
      access_token: randomBytes(32).toString('base64url'),
      expires_in: String(ACCESS_TOKEN_SECONDS),
      token_type: 'bearer',
    },
    detail: null,
  };
}
