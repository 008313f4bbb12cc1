/**
 * `check-credentials` without the terminal: the local checks, then one signed, read-only SOAP
 * getServerTime call with the values as given, and, when NetSuite refuses them and nothing
 * found locally explains why, the same call with a mix-up corrected that sends identifiers only
 * (the consumer and token pairs swapped), each announced first: every try is one more failed
 * login in the client's Login Audit Trail. Never throws; no result holds a secret.
 */
import { quoteRemote } from './answerClassification';
import { credentialShapeFindings, credentialVariants, readAccountId } from './credentialShapes';
import { httpRequest } from './httpTransport';
import type { HttpSender, TransportFailure } from './httpTransport';
import { SYSTEM_CLOCK } from './oauthSigner';
import type { OAuthClock, TbaCredentials } from './oauthSigner';
import { createRedactor } from './redaction';
import type { Redactor } from './redaction';
import type { RequestAgents } from './requestAgents';
import { readSoapAnswer } from './soapAnswer';
import { getServerTimeEnvelope, tokenPassport } from './soapPassport';

export interface CredentialCheckInput {
  /** As the person would type it into Act-On. */
  readonly accountId: string;
  readonly credentials: TbaCredentials;
  readonly soapUrl: URL;
  /** Try the usual mix-ups after a refusal (each try is one more failed login in the Login Audit Trail). */
  readonly tryVariants: boolean;
}

export interface CredentialCheckOptions {
  readonly timeoutMs: number;
  readonly send?: HttpSender;
  readonly clock?: OAuthClock;
  readonly agents?: RequestAgents;
  /** Told before each extra try is sent, with what it changes and the failed login it may add. */
  readonly announce?: (text: string) => void;
}

/** NetSuite refuses a timestamp further than this from its clock. */
export const TIMESTAMP_TOLERANCE_SECONDS = 300;

export interface LocalChecks {
  /** The Account ID to type into Act-On. */
  readonly realm: string;
  readonly accountIdProblem: string | null;
  readonly shapeFindings: readonly string[];
}

export type CredentialCheckResult =
  | {
      readonly outcome: 'works';
      readonly local: LocalChecks;
      readonly clockSkewSeconds: number | null;
      readonly serverTime: string;
      readonly correction: string | null;
    }
  | {
      readonly outcome: 'refused';
      readonly local: LocalChecks;
      readonly clockSkewSeconds: number | null;
      readonly fault: { readonly code: string; readonly message: string };
      /** When NetSuite refused, this machine's time (for finding the row in the Login Audit Trail). */
      readonly refusedAt: string;
      /** What the extra tries changed, in order; empty when none was tried. */
      readonly variantsTried: readonly string[];
      /** Why no extra try was made although they were allowed, or null. */
      readonly variantsWithheld: string | null;
    }
  | { readonly outcome: 'unreachable'; readonly local: LocalChecks; readonly reason: string };

type CallResult =
  | { readonly ok: true; readonly reading: ReturnType<typeof readSoapAnswer>; readonly date: string | null }
  | { readonly ok: false; readonly reason: string };

function transportReason(failure: TransportFailure, timeoutMs: number, redact: Redactor): string {
  switch (failure.kind) {
    case 'timeout':
      return `no answer within ${timeoutMs / 1000} s`;
    case 'cancelled':
      return 'stopped before the answer arrived';
    case 'too-large':
      return 'the answer was too large to be a SOAP answer';
    case 'network':
      return `${failure.code}: ${quoteRemote(failure.message, redact)}`;
  }
}

async function callGetServerTime(
  accountId: string,
  credentials: TbaCredentials,
  input: CredentialCheckInput,
  options: CredentialCheckOptions,
  redact: Redactor,
): Promise<CallResult> {
  const send = options.send ?? httpRequest;
  const envelope = getServerTimeEnvelope(tokenPassport(accountId, credentials, options.clock ?? SYSTEM_CLOCK));
  const result = await send(input.soapUrl.href, {
    method: 'POST',
    body: envelope,
    headers: {
      'Content-Type': 'text/xml; charset=utf-8',
      SOAPAction: 'getServerTime',
      'User-Agent': 'acton-readiness-check-credentials',
    },
    timeoutMs: options.timeoutMs,
    ...(options.agents === undefined ? {} : { agents: options.agents }),
  });
  if (!result.ok) return { ok: false, reason: transportReason(result.failure, options.timeoutMs, redact) };
  return { ok: true, reading: readSoapAnswer(result.answer.status, result.answer.body), date: result.answer.date };
}

function clockSkew(date: string | null, clock: OAuthClock): number | null {
  const server = date === null ? Number.NaN : Date.parse(date);
  return Number.isNaN(server) ? null : clock.timestampSeconds() - Math.round(server / 1000);
}

export function localChecks(accountId: string, credentials: TbaCredentials): LocalChecks {
  const account = readAccountId(accountId);
  return {
    realm: account.realm,
    accountIdProblem: account.problem,
    shapeFindings: credentialShapeFindings(credentials),
  };
}

/** Why another try would only add a failed login: a local finding already explains the refusal. */
function localExplanation(local: LocalChecks, clockSkewSeconds: number | null): string | null {
  if (clockSkewSeconds !== null && Math.abs(clockSkewSeconds) > TIMESTAMP_TOLERANCE_SECONDS)
    return "this machine's clock explains the refusal";
  if (local.accountIdProblem !== null) return 'the Account ID form explains the refusal';
  if (local.shapeFindings.length > 0) return 'the local checks explain the refusal';
  return null;
}

export async function checkCredentials(
  input: CredentialCheckInput,
  options: CredentialCheckOptions,
): Promise<CredentialCheckResult> {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const { consumerKey, consumerSecret, tokenId, tokenSecret } = input.credentials;
  const redact = createRedactor([consumerKey, consumerSecret, tokenId, tokenSecret]);
  const local = localChecks(input.accountId, input.credentials);
  const first = await callGetServerTime(input.accountId.trim(), input.credentials, input, options, redact);
  if (!first.ok) return { outcome: 'unreachable', local, reason: first.reason };
  const clockSkewSeconds = clockSkew(first.date, clock);
  const { reading } = first;
  if (reading.kind === 'server-time')
    return {
      outcome: 'works',
      local,
      clockSkewSeconds,
      serverTime: quoteRemote(reading.serverTime, redact),
      correction: null,
    };
  if (reading.kind === 'not-soap')
    return {
      outcome: 'unreachable',
      local,
      reason: `the answer was not NetSuite's SOAP service (${reading.description})`,
    };
  const refusedAt = new Date(clock.timestampSeconds() * 1000).toISOString();
  const fault = { code: quoteRemote(reading.code, redact).slice(0, 64), message: quoteRemote(reading.message, redact) };
  const refused = (variantsTried: readonly string[], variantsWithheld: string | null): CredentialCheckResult => ({
    outcome: 'refused',
    local,
    clockSkewSeconds,
    fault,
    refusedAt,
    variantsTried,
    variantsWithheld,
  });
  if (!reading.loginRefused || !input.tryVariants) return refused([], null);
  const explained = localExplanation(local, clockSkewSeconds);
  if (explained !== null) return refused([], explained);
  const tried: string[] = [];
  for (const variant of credentialVariants(input.accountId, input.credentials)) {
    options.announce?.(
      `Trying once more with ${variant.change}: if NetSuite refuses it too, that is 1 more failed login in the ` +
        "account's Login Audit Trail (--no-variants to skip).",
    );
    tried.push(variant.change);
    const attempt = await callGetServerTime(variant.accountId, variant.credentials, input, options, redact);
    if (attempt.ok && attempt.reading.kind === 'server-time')
      return {
        outcome: 'works',
        local,
        clockSkewSeconds,
        serverTime: quoteRemote(attempt.reading.serverTime, redact),
        correction: variant.change,
      };
  }
  return refused(tried, null);
}
