/**
 * Audits one account: authorises a GET to its readiness RESTlet (a TBA signature, or an
 * OAuth 2.0 access token asked for once per run), sends it, retries 429 and 5xx answers with
 * backoff (signing each TBA attempt afresh: NetSuite refuses a reused nonce), and turns the
 * final answer into a report or a failure. Never throws.
 */
import type { AccountAuditResult, AccountFailure, AccountFailureKind } from './accountAuditResult';
import { isRetryableStatus, quoteRemote, readAnswer } from './answerClassification';
import type { AnswerContext } from './answerClassification';
import { secretValues } from './auditTarget';
import type { AuditTarget } from './auditTarget';
import { remedyFor } from './failureRemedies';
import { httpRequest } from './httpTransport';
import type { HttpSender, TransportAnswer, TransportFailure, TransportResult } from './httpTransport';
import { SYSTEM_CLOCK, tbaAuthorizationHeader } from './oauthSigner';
import { AccessTokenCache, requestAccessToken } from './tokenEndpoint';
import type { OAuthClock } from './oauthSigner';
import { createRedactor, redactStrings } from './redaction';
import type { Redactor } from './redaction';
import type { RequestAgents } from './requestAgents';
import { auditRequestUrl } from './restletUrl';
import { cancellableSleep } from './cancellableSleep';
import { DEFAULT_RETRY_POLICY, nextRetry, retryAfterMs } from './retryPolicy';
import type { RetryPolicy } from './retryPolicy';

export interface AuditClientOptions {
  /** Deadline of each attempt. */
  readonly timeoutMs: number;
  readonly retryPolicy?: RetryPolicy;
  /** Aborting it stops the account at once; it is then reported as interrupted. */
  readonly signal?: AbortSignal;
  readonly agents?: RequestAgents;
  readonly clock?: OAuthClock;
  /** Source of jitter, in [0, 1). */
  readonly random?: () => number;
  /** Waits between attempts; resolves early when the signal aborts. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Sends one request; Node's http(s) client by default. */
  readonly send?: HttpSender;
  /** The run's OAuth 2.0 access tokens, shared by its accounts; a fresh cache otherwise. */
  readonly tokens?: AccessTokenCache;
}

export { cancellableSleep } from './cancellableSleep';

/** What a missing answer means for the account, in words. */
function describeTransportFailure(
  failure: TransportFailure,
  timeoutMs: number,
  redact: Redactor,
): readonly [AccountFailureKind, string] {
  switch (failure.kind) {
    case 'timeout':
      return ['timeout', `No complete answer within ${timeoutMs / 1000} s.`];
    case 'cancelled':
      return ['interrupted', 'Stopped (Ctrl-C) before the answer arrived.'];
    case 'too-large':
      return [
        'not-json',
        `The answer was larger than ${failure.limitBytes / 1024 / 1024} MiB, which no readiness report is, and ` +
          `was not read.`,
      ];
    case 'network':
      return ['network', `Could not reach the RESTlet (${failure.code}: ${quoteRemote(failure.message, redact)}).`];
  }
}

function transportFailure(failure: TransportFailure, timeoutMs: number, context: AnswerContext): AccountFailure {
  const [kind, message] = describeTransportFailure(failure, timeoutMs, context.redact);
  return {
    kind,
    message: context.redact(message),
    remedy: remedyFor(kind, context.realm, context.restletHost, context.method),
    httpStatus: null,
    code: null,
  };
}

/** The failure's message with how many attempts it took and why the retries stopped early, if they did. */
function withAttempts(failure: AccountFailure, attempts: number, note: string | null): AccountFailure {
  const notes = [...(attempts > 1 ? [`${attempts} attempts`] : []), ...(note === null ? [] : [note])];
  if (notes.length === 0) return failure;
  return { ...failure, message: `${failure.message.replace(/\.$/, '')} (${notes.join('; ')}).` };
}

/** How each call is authorised: a fresh TBA signature per attempt, or the run's access token. */
type Authorizer =
  | { readonly ok: true; readonly header: () => string; readonly context: AnswerContext }
  | { readonly ok: false; readonly failure: AccountFailure };

async function authorizerFor(
  target: AuditTarget,
  url: string,
  context: AnswerContext,
  options: AuditClientOptions,
  tokens: AccessTokenCache,
): Promise<Authorizer> {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const { authentication } = target;
  if (authentication.method === 'tba') {
    return {
      ok: true,
      header: () => tbaAuthorizationHeader({ method: 'GET', url }, authentication.credentials, target.realm, clock),
      context,
    };
  }
  const { client } = authentication;
  // Failures reaching the token endpoint name its host, not the RESTlet's.
  const tokenContext: AnswerContext = { ...context, restletHost: client.tokenUrl.host };
  // The account and its RESTlet's origin are part of the key: a token never crosses to another account.
  const token = await tokens.tokenFor(
    client,
    `${target.realm} ${target.restletUrl.origin}`,
    () => clock.timestampSeconds() * 1000,
    () =>
      requestAccessToken(client, {
        send: options.send ?? httpRequest,
        timeoutMs: options.timeoutMs,
        clock,
        redact: context.redact,
        realm: target.realm,
        transportFailure: (failure) => transportFailure(failure, options.timeoutMs, tokenContext),
        ...(options.retryPolicy === undefined ? {} : { retryPolicy: options.retryPolicy }),
        ...(options.random === undefined ? {} : { random: options.random }),
        ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(options.agents === undefined ? {} : { agents: options.agents }),
      }),
  );
  if (!token.ok) return token;
  // From here on the access token is a secret like the others.
  const redact = createRedactor([...secretValues(authentication), token.accessToken]);
  return { ok: true, header: () => `Bearer ${token.accessToken}`, context: { ...context, redact } };
}

/** Audits one account. */
export async function auditAccount(target: AuditTarget, options: AuditClientOptions): Promise<AccountAuditResult> {
  const policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
  const send = options.send ?? httpRequest;
  const sleep = options.sleep ?? cancellableSleep;
  const random = options.random ?? Math.random;
  const url = auditRequestUrl(target.restletUrl, target.query);
  const method = target.authentication.method;
  const baseContext: AnswerContext = {
    realm: target.realm,
    restletHost: target.restletUrl.host,
    redact: createRedactor(secretValues(target.authentication)),
    method,
  };
  const account = { name: target.name, accountId: target.accountId, method };
  const fail = (failure: AccountFailure, attempts: number, note: string | null = null): AccountAuditResult => ({
    outcome: 'error',
    account,
    attempts,
    failure: withAttempts(failure, attempts, note),
  });

  const cancelled = (): boolean => options.signal?.aborted === true;
  if (cancelled()) return fail(transportFailure({ kind: 'cancelled' }, options.timeoutMs, baseContext), 0);
  const authorizer = await authorizerFor(target, url, baseContext, options, options.tokens ?? new AccessTokenCache());
  if (!authorizer.ok) return fail(authorizer.failure, 1);
  const { context } = authorizer;

  // Every path through the loop returns or waits; nextRetry ends it after policy.maxAttempts.
  for (let attempt = 1; ; attempt += 1) {
    if (cancelled()) return fail(transportFailure({ kind: 'cancelled' }, options.timeoutMs, context), attempt - 1);
    const result: TransportResult = await send(url, {
      headers: {
        Authorization: authorizer.header(),
        // A RESTlet answers in the format of the request's content type, GET included.
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'User-Agent': 'acton-readiness-audit',
      },
      timeoutMs: options.timeoutMs,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      ...(options.agents === undefined ? {} : { agents: options.agents }),
    });
    if (!result.ok) return fail(transportFailure(result.failure, options.timeoutMs, context), attempt);
    const answer: TransportAnswer = result.answer;
    const reading = readAnswer(answer, context);
    // Redacted before any renderer sees it: an escaped or re-encoded secret would slip past a redactor run over the
    // output.
    if (reading.kind === 'report')
      return { outcome: 'report', account, attempts: attempt, report: redactStrings(reading.report, context.redact) };
    if (!isRetryableStatus(answer.status)) return fail(reading.failure, attempt);
    const decision = nextRetry(policy, attempt, retryAfterMs(answer.retryAfter, Date.now()), random());
    if (!decision.retry) return fail(reading.failure, attempt, attempt >= policy.maxAttempts ? null : decision.reason);
    await sleep(decision.delayMs, options.signal);
  }
}
