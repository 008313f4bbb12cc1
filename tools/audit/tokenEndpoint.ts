/**
 * Trades a client assertion for an access token at NetSuite's token endpoint, and caches the
 * token for its lifetime less a margin, so one run asks once per account whatever the number
 * of calls. A refusal is a finding like a refused login, with the cause to check first.
 */
import type { AccountFailure } from './accountAuditResult';
import { boundedCode, quoteRemote } from './answerClassification';
import type { HttpAnswer } from './answerClassification';
import { remedyFor } from './failureRemedies';
import type { HttpSender, TransportFailure } from './httpTransport';
import { clientAssertion } from './oauth2Client';
import type { OAuth2Client } from './oauth2Client';
import type { OAuthClock } from './oauthSigner';
import type { Redactor } from './redaction';
import type { RequestAgents } from './requestAgents';
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
  const kind = answer.status >= 500 || answer.status === 429 ? 'http-error' : 'authentication';
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
}

/** One token request: a fresh assertion, POSTed as the form NetSuite documents. */
export async function requestAccessToken(
  client: OAuth2Client,
  options: TokenRequestOptions,
): Promise<AccessTokenResult> {
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
  if (!result.ok) return { ok: false, failure: options.transportFailure(result.failure) };
  return readTokenAnswer(result.answer, {
    realm: options.realm,
    tokenHost: client.tokenUrl.host,
    redact: options.redact,
    nowMs: options.clock.timestampSeconds() * 1000,
  });
}

/** Access tokens of one run, by client; concurrent askers share one request. */
export class AccessTokenCache {
  private readonly tokens = new Map<string, Promise<AccessTokenResult>>();

  private static keyOf(client: OAuth2Client): string {
    return [client.tokenUrl.href, client.clientId, client.certificateId, client.scopes.join(' ')].join('\n');
  }

  /** A token still valid (beyond the margin) at `nowMs`, or a new one from `request`; refusals are not kept. */
  async tokenFor(
    client: OAuth2Client,
    nowMs: () => number,
    request: () => Promise<AccessTokenResult>,
  ): Promise<AccessTokenResult> {
    const key = AccessTokenCache.keyOf(client);
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
