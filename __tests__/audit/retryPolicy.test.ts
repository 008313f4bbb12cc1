import { DEFAULT_RETRY_POLICY, nextRetry, retryAfterMs } from '../../tools/audit/retryPolicy';

describe('retryAfterMs', () => {
  it('reads delay-seconds', () => {
    expect(retryAfterMs('3', 0)).toBe(3_000);
  });

  it('reads an HTTP date as the time left until it', () => {
    const now = Date.parse('2026-11-27T12:00:00Z');

    expect(retryAfterMs('Fri, 27 Nov 2026 12:00:05 GMT', now)).toBe(5_000);
  });

  it('ignores what it cannot read', () => {
    expect(retryAfterMs('soon', 0)).toBeNull();
  });
});

describe('nextRetry', () => {
  it('doubles the wait with each attempt, half of it random', () => {
    const smallest = [1, 2, 3].map((attempt) => nextRetry(DEFAULT_RETRY_POLICY, attempt, null, 0));
    const largest = [1, 2, 3].map((attempt) => nextRetry(DEFAULT_RETRY_POLICY, attempt, null, 0.999999));

    expect(smallest).toEqual([250, 500, 1_000].map((delayMs) => ({ retry: true, delayMs })));
    expect(largest).toEqual([500, 1_000, 2_000].map((delayMs) => ({ retry: true, delayMs })));
  });

  it('never waits longer than the policy allows', () => {
    const decision = nextRetry({ ...DEFAULT_RETRY_POLICY, maxAttempts: 20 }, 15, null, 0.999999);

    expect(decision).toEqual({ retry: true, delayMs: DEFAULT_RETRY_POLICY.maxDelayMs });
  });

  it("waits exactly as long as the server's Retry-After", () => {
    expect(nextRetry(DEFAULT_RETRY_POLICY, 1, 4_000, 0.3)).toEqual({ retry: true, delayMs: 4_000 });
  });

  it('gives up rather than wait longer than its bound for a Retry-After', () => {
    expect(nextRetry(DEFAULT_RETRY_POLICY, 1, 120_000, 0.3)).toEqual({
      retry: false,
      reason: expect.stringContaining('120 s'),
    });
  });

  it('stops after the last attempt', () => {
    expect(nextRetry(DEFAULT_RETRY_POLICY, DEFAULT_RETRY_POLICY.maxAttempts, null, 0).retry).toBe(false);
  });
});

describe('an absurd Retry-After', () => {
  it('is bounded to a day, never Infinity', () => {
    expect(retryAfterMs('9'.repeat(400), 0)).toBe(86_400_000);
  });

  it('ends the retries with a wait in words', () => {
    const decision = nextRetry(DEFAULT_RETRY_POLICY, 1, retryAfterMs('9'.repeat(400), 0), 0);

    expect(decision).toEqual({
      retry: false,
      reason: 'NetSuite asked to wait a day or more, longer than the 30 s this tool waits',
    });
  });
});
