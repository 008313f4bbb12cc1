/**
 * When to try a call again and how long to wait first: exponential backoff with jitter, or the
 * server's own Retry-After when it gives one (within a bound). Pure: randomness and the current
 * time are passed in.
 */

export interface RetryPolicy {
  /** Calls in total, the first included. */
  readonly maxAttempts: number;
  /** Wait before the first retry, before jitter. */
  readonly baseDelayMs: number;
  /** Longest computed wait. */
  readonly maxDelayMs: number;
  /** Longest Retry-After this tool will wait; a longer one ends the retries. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
};

/** The longest Retry-After this tool tells apart: a day. */
export const RETRY_AFTER_CEILING_MS = 86_400_000;

/**
 * Retry-After in milliseconds: delay-seconds or an HTTP date (RFC 9110 10.2.3);
 * null when absent or unreadable.
 */
export function retryAfterMs(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  // Bounded: a 400-digit delay is Infinity once parsed, and no wait longer than a day is worth telling apart.
  if (/^\d+$/.test(value)) return Math.min(RETRY_AFTER_CEILING_MS, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.min(RETRY_AFTER_CEILING_MS, Math.max(0, date - nowMs));
}

/** A wait in words: whole seconds, or "more than a day" at the ceiling. */
function waitInWords(ms: number): string {
  return ms >= RETRY_AFTER_CEILING_MS ? 'a day or more' : `${Math.ceil(ms / 1000)} s`;
}

/** What to do after a retryable answer. */
export type RetryDecision =
  { readonly retry: true; readonly delayMs: number } | { readonly retry: false; readonly reason: string };

/**
 * Decides whether attempt `attempt` (1-based, just failed) is followed by another, and after
 * how long. `random` is in [0, 1): half the computed wait is fixed, half random, so many
 * clients backing off together spread out.
 */
export function nextRetry(
  policy: RetryPolicy,
  attempt: number,
  retryAfter: number | null,
  random: number,
): RetryDecision {
  if (attempt >= policy.maxAttempts) return { retry: false, reason: `gave up after ${attempt} attempts` };
  if (retryAfter !== null) {
    if (retryAfter > policy.maxRetryAfterMs) {
      return {
        retry: false,
        reason:
          `NetSuite asked to wait ${waitInWords(retryAfter)}, longer than the ${policy.maxRetryAfterMs / 1000} s ` +
          `this tool waits`,
      };
    }
    return { retry: true, delayMs: retryAfter };
  }
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return { retry: true, delayMs: Math.round(exponential / 2 + (exponential / 2) * random) };
}
