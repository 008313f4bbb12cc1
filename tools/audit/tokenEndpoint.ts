/**
 * Trades a client assertion for an access token at NetSuite's token endpoint, and caches the
 * token for its lifetime less a margin, so one run asks once per account whatever the number
 * of calls. A refusal is a finding like a refused login, with the cause to check first.
 */
import type { AccountFailure } from './accountAuditResult';
import { boundedCode, isRetryableStatus, quoteRemote } from './answerClassification';
import type { HttpAnswer } from './answerClassification';
import { remedyFor } from './failureRemedies';
import type { HttpSender, TransportFailure } from './httpTransport';
import { clientAssertion } from './oauth2Client';
import type { OAuth2Client } from './oauth2Client';
import type { OAuthClock } from './oauthSigner';
import type { Redactor } from './redaction';
import type { RequestAgents } from './requestAgents';
import { DEFAULT_RETRY_POLICY, nextRetry, retryAfterMs } from './retryPolicy';
import type { RetryPolicy } from './retryPolicy';
import { cancellableSleep } from './cancellableSleep';
import {
  CLOCK_SKEW_TOLERANCE_SECONDS,
  clockSkewRefusal,
  DESCRIBED_CAUSES,
  TOKEN_REFUSALS,
  UNKNOWN_TOKEN_REFUSAL,
} from './tokenRefusals';
import type { TokenRefusal } from './tokenRefusals';

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** A token is not used in its last minute: a call signed with it must still arrive in time. */
export const TOKEN_EXPIRY_MARGIN_MS = 60_000;

/** NetSuite's tokens last 60 minutes; the answer's expires_in says so, this is for an answer that does not. */
const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;

export type AccessTokenResult =
  | { readonly ok: true; readonly accessToken: string; readonly expiresAtMs: number }
  | { readonly ok: false; readonly failure: AccountFailure };

/** What reading the token endpoint's answer needs besides the answer. */
export interface TokenAnswerContext {
  readonly realm: string;
  /** The token endpoint's host, for the remedy of a busy endpoint. */
  readonly tokenHost: string;
  /** The token endpoint, named in every answer that is not NetSuite's. */
  readonly tokenUrl?: string;
  readonly redact: Redactor;
  /** This machine's time when the answer arrived, for the clock check. */
  readonly nowMs: number;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return null;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, name)
    ? (value as Readonly<Record<string, unknown>>)[name]
    : undefined;
}

/** The refusal to report: clock skew first (it explains any code), then a cause NetSuite described, then the code's. */
function refusalFor(
  code: string | null,
  description: string,
  answer: HttpAnswer & { readonly date: string | null },
  nowMs: number,
): TokenRefusal {
  const serverTime = answer.date === null ? Number.NaN : Date.parse(answer.date);
  const skewSeconds = (nowMs - serverTime) / 1000;
  if (Number.isFinite(skewSeconds) && Math.abs(skewSeconds) > CLOCK_SKEW_TOLERANCE_SECONDS)
    return clockSkewRefusal(skewSeconds);
  const described = DESCRIBED_CAUSES.find((cause) => cause.pattern.test(description));
  if (described !== undefined) return described.refusal;
  return (code === null ? undefined : TOKEN_REFUSALS.get(code)) ?? UNKNOWN_TOKEN_REFUSAL;
}

/** The statuses NetSuite's token endpoint refuses a request with (RFC 6749 section 5.2). */
const REFUSAL_STATUSES: ReadonlySet<number> = new Set([400, 401, 403]);

/** An HTML page's title, which usually says what the page is (a proxy's login page). */
function pageTitle(body: string): string | null {
  const match = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(body);
  return match?.[1]?.trim() || null;
}

/**
 * An answer that is not NetSuite's token endpoint speaking (a redirect, a missing page, a page
 * instead of JSON): a wrong answer or an HTTP error naming the URL, never a refused login with
 * credential advice.
 */
function notTheTokenEndpoint(answer: HttpAnswer, parsed: unknown, context: TokenAnswerContext): AccountFailure | null {
  const url = quoteRemote(context.tokenUrl ?? context.tokenHost, context.redact);
  const remedy =
    `Check tokenUrl (${url}): it must be the account's token endpoint, https://<account id in host ` +
    'form>.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token; a redirect, a missing page or a ' +
    "proxy's page means the request did not reach it. Check this machine's proxy settings (HTTPS_PROXY, NO_PROXY).";
  const httpError = (message: string): AccountFailure => ({
    kind: 'http-error',
    message: context.redact(message),
    remedy,
    httpStatus: answer.status,
    code: null,
  });
  if (answer.status >= 300 && answer.status < 400)
    return httpError(`The token endpoint ${url} redirected the request (HTTP ${answer.status}); no token was asked.`);
  if (answer.status === 404) return httpError(`Nothing answers at the token endpoint ${url} (HTTP 404).`);
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return null;
  if (isRetryableStatus(answer.status)) return null;
  const title = pageTitle(answer.body);
  const what =
    title === null ? answer.contentType || 'no content type' : `a page titled "${quoteRemote(title, context.redact)}"`;
  return {
    kind: 'wrong-schema',
    message: context.redact(`The token endpoint ${url} did not answer with JSON (HTTP ${answer.status}, ${what}).`),
    remedy,
    httpStatus: answer.status,
    code: null,
  };
}

/** Reads the token endpoint's answer: the access token and how long it lasts, or the refusal. */
export function readTokenAnswer(
  answer: HttpAnswer & { readonly date: string | null },
  context: TokenAnswerContext,
): AccessTokenResult {
  const parsed = parseJson(answer.body);
  const accessToken = field(parsed, 'access_token');
  if (answer.status >= 200 && answer.status < 300 && typeof accessToken === 'string' && accessToken !== '') {
    const expiresIn = Number(field(parsed, 'expires_in') ?? DEFAULT_TOKEN_LIFETIME_SECONDS);
    const lifetime = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : DEFAULT_TOKEN_LIFETIME_SECONDS;
    return { ok: true, accessToken, expiresAtMs: context.nowMs + lifetime * 1000 };
  }
  const elsewhere = notTheTokenEndpoint(answer, parsed, context);
  if (elsewhere !== null) return { ok: false, failure: elsewhere };
  if (answer.status >= 200 && answer.status < 300) {
    const url = quoteRemote(context.tokenUrl ?? context.tokenHost, context.redact);
    return {
      ok: false,
      failure: {
        kind: 'wrong-schema',
        message: `The token endpoint ${url} answered JSON without an access token (HTTP ${answer.status}).`,
        remedy: `Check tokenUrl (${url}): it must be the account's token endpoint.`,
        httpStatus: answer.status,
        code: null,
      },
    };
  }
  const rawCode = field(parsed, 'error');
  const rawDescription = field(parsed, 'error_description');
  const code = typeof rawCode === 'string' ? boundedCode(rawCode, context.redact) : null;
  const description = typeof rawDescription === 'string' ? quoteRemote(rawDescription, context.redact) : '';
  const refusal = refusalFor(typeof rawCode === 'string' ? rawCode : null, description, answer, context.nowMs);
  const said = [
    `HTTP ${answer.status}`,
    ...(code === null ? [] : [`"${code}"`]),
    ...(description === '' ? [] : [description]),
  ].join(', ');
  const kind = REFUSAL_STATUSES.has(answer.status) ? 'authentication' : 'http-error';
  return {
    ok: false,
    failure: {
      kind,
      message: context.redact(`The token endpoint gave no access token: ${refusal.meaning} (${said}).`),
      remedy: kind === 'authentication' ? refusal.remedy : remedyFor(kind, context.realm, context.tokenHost, 'oauth2'),
      httpStatus: answer.status,
      code,
    },
  };
}

export interface TokenRequestOptions {
  readonly send: HttpSender;
  readonly timeoutMs: number;
  readonly clock: OAuthClock;
  readonly redact: Redactor;
  readonly realm: string;
  readonly signal?: AbortSignal;
  readonly agents?: RequestAgents;
  /** Words a transport failure (no answer) as the account's failure. */
  readonly transportFailure: (failure: TransportFailure) => AccountFailure;
  readonly retryPolicy?: RetryPolicy;
  readonly random?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Asks for a token, retrying 429 and 5xx answers as RESTlet calls are retried (a fresh
 * assertion each time: NetSuite refuses a reused one).
 */
export async function requestAccessToken(
  client: OAuth2Client,
  options: TokenRequestOptions,
): Promise<AccessTokenResult> {
  const policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
  const sleep = options.sleep ?? cancellableSleep;
  for (let attempt = 1; ; attempt += 1) {
    const { result, retryAfter } = await requestOnce(client, options);
    if (result.ok || !isRetryableStatus(result.failure.httpStatus ?? 0)) return result;
    const decision = nextRetry(
      policy,
      attempt,
      retryAfterMs(retryAfter, Date.now()),
      (options.random ?? Math.random)(),
    );
    if (!decision.retry) {
      const note = attempt > 1 ? ` (${attempt} attempts)` : '';
      return {
        ok: false,
        failure: { ...result.failure, message: `${result.failure.message.replace(/\.$/, '')}${note}.` },
      };
    }
    await sleep(decision.delayMs, options.signal);
    if (options.signal?.aborted === true) return result;
  }
}

/** One token request: a fresh assertion, POSTed as the form NetSuite documents. */
async function requestOnce(
  client: OAuth2Client,
  options: TokenRequestOptions,
): Promise<{ readonly result: AccessTokenResult; readonly retryAfter: string | null }> {
  const assertion = await clientAssertion(client, options.clock.timestampSeconds());
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_assertion_type: CLIENT_ASSERTION_TYPE,
    client_assertion: assertion,
  });
  const result = await options.send(client.tokenUrl.href, {
    method: 'POST',
    body: form.toString(),
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
      'User-Agent': 'acton-readiness-audit',
    },
    timeoutMs: options.timeoutMs,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.agents === undefined ? {} : { agents: options.agents }),
  });
  if (!result.ok) return { result: { ok: false, failure: options.transportFailure(result.failure) }, retryAfter: null };
  return {
    result: readTokenAnswer(result.answer, {
      realm: options.realm,
      tokenHost: client.tokenUrl.host,
      tokenUrl: client.tokenUrl.href,
      redact: options.redact,
      nowMs: options.clock.timestampSeconds() * 1000,
    }),
    retryAfter: result.answer.retryAfter,
  };
}

/**
 * Access tokens of one run, by token URL, client, certificate, scopes and account: a token is
 * only ever sent to the RESTlet of the account it was issued for. Concurrent askers share one
 * request.
 */
export class AccessTokenCache {
  private readonly tokens = new Map<string, Promise<AccessTokenResult>>();

  private static keyOf(client: OAuth2Client, account: string): string {
    return JSON.stringify([client.tokenUrl.href, client.clientId, client.certificateId, client.scopes, account]);
  }

  /**
   * A token still valid (beyond the margin) at `nowMs`, or a new one from `request`; refusals
   * are not kept. `account` is the account's realm and RESTlet origin.
   */
  async tokenFor(
    client: OAuth2Client,
    account: string,
    nowMs: () => number,
    request: () => Promise<AccessTokenResult>,
  ): Promise<AccessTokenResult> {
    const key = AccessTokenCache.keyOf(client, account);
    const known = this.tokens.get(key);
    if (known !== undefined) {
      const result = await known;
      if (result.ok && result.expiresAtMs - TOKEN_EXPIRY_MARGIN_MS > nowMs()) return result;
      if (this.tokens.get(key) === known) this.tokens.delete(key);
    }
    const pending = this.tokens.get(key) ?? request();
    this.tokens.set(key, pending);
    const result = await pending;
    if (!result.ok && this.tokens.get(key) === pending) this.tokens.delete(key);
    return result;
  }
}
