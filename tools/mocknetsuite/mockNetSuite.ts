/**
 * A stand-in for NetSuite's RESTlet hosts and OAuth 2.0 token endpoint, on loopback only, for
 * tests and benchmarks of the audit command. It checks every request's TBA signature
 * (./oauthVerifier) or OAuth 2.0 client assertion (./assertionVerifier) on its own, answers
 * refused logins the way NetSuite does (HTTP 401, INVALID_LOGIN_ATTEMPT; RFC 6749 errors at the
 * token endpoint) while keeping the Login Audit Trail detail NetSuite would record, and serves
 * each account's readiness report.
 *
 * It also answers SOAP getServerTime calls signed with a tokenPassport (./soapEndpoint).
 *
 * One server holds many accounts: each is reached under its own path prefix,
 * `http://127.0.0.1:<port>/<account id in host form>/app/site/hosting/restlet.nl?...`,
 * `.../services/rest/auth/oauth2/v1/token` and `.../services/NetSuitePort_2025_2`.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { MockCertificate } from './assertionVerifier';
import { answerSoapRequest, SOAP_PATH } from './soapEndpoint';
import { ACCESS_TOKEN_SECONDS, bearerFailure, readBody, tokenAnswer, TOKEN_PATH } from './tokenEndpoint';
import type { IssuedToken } from './tokenEndpoint';
import { expectedBaseString, hmacSha256Signature, parseOAuthHeader, signaturesMatch } from './oauthVerifier';
import type { OAuthHeader } from './oauthVerifier';

export const MOCK_SCRIPT_ID = 'customscript_acton_readiness_rl';
export const MOCK_DEPLOYMENT_ID = 'customdeploy_acton_readiness_rl';

/** NetSuite accepts a timestamp within this many seconds of its own clock. */
const TIMESTAMP_TOLERANCE_SECONDS = 300;

const RESTLET_PATH = '/app/site/hosting/restlet.nl';
/** The largest request body the mock reads (token forms, SOAP envelopes). */
const MAX_BODY_BYTES = 64 * 1024;

/** What the RESTlet is asked (the query's audit parameters). */
export interface MockAuditQuery {
  readonly integration?: string;
  readonly role?: string;
  readonly user?: string;
}

/** The RESTlet's answer to one call: its HTTP status and JSON text, as NetSuite sends it. */
export interface RestletAnswer {
  readonly status: number;
  readonly body: string;
}

/** Where an account's RESTlet answers come from: canned reports, or the compiled RESTlet in the emulator. */
export type RestletAnswerSource = (query: MockAuditQuery) => RestletAnswer | Promise<RestletAnswer>;

/** A 200 answer holding the value as JSON. */
export function jsonAnswer(value: unknown): RestletAnswer {
  return { status: 200, body: JSON.stringify(value) };
}

/** How an account's host misbehaves, to exercise the client's error handling. */
export interface MockBehaviour {
  /** Added before every answer (simulates NetSuite's processing time or a slow network). */
  readonly latencyMs?: number;
  /** The first N signed requests get HTTP 503 (NetSuite busy). */
  readonly unavailableTimes?: number;
  /** Retry-After (seconds) sent with those 503s. */
  readonly retryAfterSeconds?: number;
  /** `html-page`: an HTML page with HTTP 200 instead of the report. */
  readonly answer?: 'report' | 'html-page';
  /** False: the script id is unknown to this account (bundle not deployed). */
  readonly restletDeployed?: boolean;
  /** The first N token requests get HTTP 503 (the token endpoint busy). */
  readonly tokenUnavailableTimes?: number;
  /** The code in the SOAP login fault: USER_ERROR, as NetSuite sends, unless given. */
  readonly soapFaultCode?: string;
}

/** An integration with the client credentials grant, and the certificates mapped to it. */
export interface MockOAuth2Client {
  readonly clientId: string;
  readonly certificates: readonly MockCertificate[];
}

export interface MockAccount {
  /** As NetSuite gives it, e.g. `1234567_SB1`. */
  readonly accountId: string;
  /** The TBA integration and its tokens; absent for an account reached with OAuth 2.0 only. */
  readonly consumer?: { readonly key: string; readonly secret: string };
  readonly tokens?: readonly { readonly id: string; readonly secret: string }[];
  readonly oauth2?: MockOAuth2Client;
  /** The RESTlet's answer for a query (a report document, or anything, to test the client). */
  readonly answer: RestletAnswerSource;
  readonly behaviour?: MockBehaviour;
}

/** One login as the mock's Login Audit Trail records it. */
export interface MockLoginAttempt {
  readonly accountId: string;
  readonly status: 'Success' | 'Failure';
  /** NetSuite's Detail column value for a failure, e.g. `InvalidSignature`; null on success. */
  readonly detail: string | null;
}

export interface MockNetSuite {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** The account's RESTlet URL (script and deploy ids included). */
  restletUrl(accountId: string): string;
  /** The account's OAuth 2.0 token endpoint. */
  tokenUrl(accountId: string): string;
  /** Token requests received per account. */
  tokenRequests(accountId: string): number;
  /** The account's SOAP endpoint (getServerTime only). */
  soapUrl(accountId: string): string;
  /** SOAP requests received per account. */
  soapRequests(accountId: string): number;
  /** The SOAP request bodies received per account, oldest first (to check what was sent). */
  soapBodies(accountId: string): readonly string[];
  /** Every login attempt so far, oldest first. */
  readonly loginAudit: readonly MockLoginAttempt[];
  /** Requests received per account (signed or not). */
  requestsReceived(accountId: string): number;
  close(): Promise<void>;
}

function hostForm(accountId: string): string {
  return accountId.replace(/_/g, '-').toLowerCase();
}

function realmForm(accountId: string): string {
  return accountId.replace(/-/g, '_').toUpperCase();
}

const LOGIN_REFUSED = { error: { code: 'INVALID_LOGIN_ATTEMPT', message: 'Invalid login attempt.' } };
const UNKNOWN_SCRIPT = {
  error: { code: 'SSS_INVALID_SCRIPTLET_ID', message: 'That script is invalid, disabled, or no longer exists.' },
};
const MAINTENANCE_PAGE =
  '<!DOCTYPE html><html><head><title>NetSuite is undergoing maintenance</title></head><body><h1>Scheduled ' +
  'maintenance</h1><p>Please try again later.</p></body></html>';

/** The Login Audit Trail detail for a refused login, or null when the signature holds. */
function loginFailure(
  account: MockAccount,
  request: http.IncomingMessage,
  header: OAuthHeader | null,
  usedNonces: Set<string>,
  nowSeconds: number,
): string | null {
  if (header === null) return 'MissingPassportFields';
  const parameter = (name: string): string | undefined => header.parameters.get(name);
  const consumerKey = parameter('oauth_consumer_key');
  const tokenId = parameter('oauth_token');
  const nonce = parameter('oauth_nonce');
  const timestamp = Number(parameter('oauth_timestamp'));
  const signature = parameter('oauth_signature');
  if (
    consumerKey === undefined ||
    tokenId === undefined ||
    nonce === undefined ||
    signature === undefined ||
    !Number.isInteger(timestamp)
  ) {
    return 'MissingPassportFields';
  }
  if (header.realm !== realmForm(account.accountId)) return 'InvalidSignature';
  if (parameter('oauth_signature_method') !== 'HMAC-SHA256') return 'InvalidSignature';
  if (account.consumer === undefined || consumerKey !== account.consumer.key) return 'UnknownIntegration';
  const token = (account.tokens ?? []).find((candidate) => candidate.id === tokenId);
  if (token === undefined) return 'InvalidToken';
  if (Math.abs(nowSeconds - timestamp) > TIMESTAMP_TOLERANCE_SECONDS) return 'InvalidTimestamp';
  const nonceKey = `${consumerKey}|${tokenId}|${nonce}`;
  if (usedNonces.has(nonceKey)) return 'NonceUsed';
  usedNonces.add(nonceKey);
  // The whole received URL is what was signed, the mock's per-account path prefix included.
  const baseString = expectedBaseString(
    request.method ?? 'GET',
    'http',
    request.headers.host ?? '',
    request.url ?? '/',
    header,
  );
  return signaturesMatch(signature, hmacSha256Signature(baseString, account.consumer.secret, token.secret))
    ? null
    : 'InvalidSignature';
}

/** Starts the mock on 127.0.0.1 with a free port. */
export async function startMockNetSuite(accounts: readonly MockAccount[]): Promise<MockNetSuite> {
  const byHost = new Map(accounts.map((account) => [hostForm(account.accountId), account]));
  if (byHost.size !== accounts.length) throw new Error('Each mock account needs an account id of its own.');
  const received = new Map<string, number>();
  const unavailableServed = new Map<string, number>();
  const usedNonces = new Set<string>();
  const loginAudit: MockLoginAttempt[] = [];
  const pendingTimers = new Set<NodeJS.Timeout>();

  const send = (
    response: http.ServerResponse,
    account: MockAccount | undefined,
    status: number,
    body: string,
    headers: http.OutgoingHttpHeaders,
  ): void => {
    const deliver = (): void => {
      if (!response.destroyed) response.writeHead(status, headers).end(body);
    };
    const latency = account?.behaviour?.latencyMs ?? 0;
    if (latency <= 0) return deliver();
    const timer = setTimeout(() => {
      pendingTimers.delete(timer);
      deliver();
    }, latency);
    pendingTimers.add(timer);
  };
  const sendJson = (
    response: http.ServerResponse,
    account: MockAccount | undefined,
    status: number,
    body: unknown,
    extra: http.OutgoingHttpHeaders = {},
  ): void =>
    send(response, account, status, JSON.stringify(body), {
      'Content-Type': 'application/json; charset=utf-8',
      ...extra,
    });

  const issuedTokens = new Map<string, IssuedToken>();
  const tokenRequestCounts = new Map<string, number>();
  const soapRequestCounts = new Map<string, number>();
  const soapBodies = new Map<string, readonly string[]>();

  const serveTokenRequest = async (
    account: MockAccount,
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): Promise<void> => {
    const count = (tokenRequestCounts.get(account.accountId) ?? 0) + 1;
    tokenRequestCounts.set(account.accountId, count);
    if (count <= (account.behaviour?.tokenUnavailableTimes ?? 0))
      return sendJson(response, account, 503, { error: 'temporarily_unavailable' }, { 'Retry-After': '0' });
    const body = request.method === 'POST' ? await readBody(request, MAX_BODY_BYTES) : null;
    const nowSeconds = Math.floor(Date.now() / 1000);
    const tokenUrl = `http://${request.headers.host ?? ''}${request.url ?? ''}`;
    const answer =
      body === null
        ? { status: 400, body: { error: 'invalid_request' }, detail: 'MalformedRequest' }
        : tokenAnswer(account, new URLSearchParams(body), tokenUrl, nowSeconds);
    loginAudit.push({
      accountId: account.accountId,
      status: answer.detail === null ? 'Success' : 'Failure',
      detail: answer.detail,
    });
    const token: unknown = (answer.body as { readonly access_token?: unknown }).access_token;
    if (typeof token === 'string')
      issuedTokens.set(token, { accountId: account.accountId, expiresAtSeconds: nowSeconds + ACCESS_TOKEN_SECONDS });
    sendJson(response, account, answer.status, answer.body, { 'Cache-Control': 'no-store' });
  };

  const serveSoapRequest = async (
    account: MockAccount,
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ): Promise<void> => {
    soapRequestCounts.set(account.accountId, (soapRequestCounts.get(account.accountId) ?? 0) + 1);
    const body = (await readBody(request, MAX_BODY_BYTES)) ?? '';
    soapBodies.set(account.accountId, [...(soapBodies.get(account.accountId) ?? []), body]);
    const answer = answerSoapRequest(account, body, usedNonces, new Date());
    loginAudit.push({
      accountId: account.accountId,
      status: answer.detail === null ? 'Success' : 'Failure',
      detail: answer.detail,
    });
    send(response, account, answer.status, answer.body, { 'Content-Type': 'text/xml; charset=utf-8' });
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://mock.invalid');
    const [, hostId = '', ...rest] = url.pathname.split('/');
    const account = byHost.get(hostId);
    const path = `/${rest.join('/')}`;
    if (account !== undefined && path === TOKEN_PATH) return void serveTokenRequest(account, request, response);
    if (account !== undefined && path === SOAP_PATH) return void serveSoapRequest(account, request, response);
    if (account === undefined || path !== RESTLET_PATH) {
      // NetSuite answers an unknown host or path with a page, not JSON.
      return send(
        response,
        undefined,
        404,
        '<html><head><title>Page not found</title></head><body>Not found</body></html>',
        { 'Content-Type': 'text/html' },
      );
    }
    received.set(account.accountId, (received.get(account.accountId) ?? 0) + 1);
    const authorization = request.headers.authorization;
    const nowSeconds = Math.floor(Date.now() / 1000);
    const detail = /^Bearer\s/i.test(authorization ?? '')
      ? bearerFailure(account, authorization ?? '', issuedTokens, nowSeconds)
      : loginFailure(account, request, parseOAuthHeader(authorization), usedNonces, nowSeconds);
    loginAudit.push({ accountId: account.accountId, status: detail === null ? 'Success' : 'Failure', detail });
    if (detail !== null) return sendJson(response, account, 401, LOGIN_REFUSED);
    const behaviour = account.behaviour ?? {};
    const served = unavailableServed.get(account.accountId) ?? 0;
    if (served < (behaviour.unavailableTimes ?? 0)) {
      unavailableServed.set(account.accountId, served + 1);
      const retryAfter =
        behaviour.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(behaviour.retryAfterSeconds) };
      return sendJson(
        response,
        account,
        503,
        { error: { code: 'SSS_REQUEST_LIMIT_EXCEEDED', message: 'Service temporarily unavailable.' } },
        retryAfter,
      );
    }
    if (
      behaviour.restletDeployed === false ||
      url.searchParams.get('script') !== MOCK_SCRIPT_ID ||
      url.searchParams.get('deploy') !== MOCK_DEPLOYMENT_ID
    ) {
      return sendJson(response, account, 400, UNKNOWN_SCRIPT);
    }
    if (request.method !== 'GET') {
      return sendJson(response, account, 400, {
        error: { code: 'METHOD_NOT_ALLOWED', message: 'This RESTlet only answers GET.' },
      });
    }
    if (behaviour.answer === 'html-page')
      return send(response, account, 200, MAINTENANCE_PAGE, { 'Content-Type': 'text/html; charset=utf-8' });
    const query: MockAuditQuery = Object.fromEntries(
      (['integration', 'role', 'user'] as const).flatMap((name) => {
        const value = url.searchParams.get(name);
        return value === null ? [] : [[name, value]];
      }),
    );
    Promise.resolve()
      .then(() => account.answer(query))
      .then(
        (answer) =>
          send(response, account, answer.status, answer.body, { 'Content-Type': 'application/json; charset=utf-8' }),
        () =>
          sendJson(response, account, 400, {
            error: { code: 'UNEXPECTED_ERROR', message: 'An unexpected SuiteScript error has occurred.' },
          }),
      );
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    restletUrl: (accountId) =>
      `${origin}/${hostForm(accountId)}${RESTLET_PATH}?script=${MOCK_SCRIPT_ID}&deploy=${MOCK_DEPLOYMENT_ID}`,
    tokenUrl: (accountId) => `${origin}/${hostForm(accountId)}${TOKEN_PATH}`,
    tokenRequests: (accountId) => tokenRequestCounts.get(accountId) ?? 0,
    soapUrl: (accountId) => `${origin}/${hostForm(accountId)}${SOAP_PATH}`,
    soapRequests: (accountId) => soapRequestCounts.get(accountId) ?? 0,
    soapBodies: (accountId) => soapBodies.get(accountId) ?? [],
    loginAudit,
    requestsReceived: (accountId) => received.get(accountId) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of pendingTimers) clearTimeout(timer);
        pendingTimers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
