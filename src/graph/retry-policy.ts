/** How long and how often one Graph request is retried (throttling, busy service, dropped connection). */
export interface RetryPolicy {
  /** Tries of one request, the first included. */
  maxAttempts: number;
  /**
   * Tries when no connection could be opened at all (refused, no DNS, no route): that is
   * being offline, which waiting two minutes rarely cures; a dropped connection gets them all.
   */
  maxAttemptsNeverConnected: number;
  /** Total time one request may spend waiting between tries. */
  maxTotalWaitMs: number;
  /** Wait before the first retry when the server gives no `Retry-After`; doubles on each retry. */
  initialBackoffMs: number;
  maxBackoffMs: number;
  /** Injectable so tests can record the waits instead of sitting through them. */
  sleep: (ms: number) => Promise<void>;
  /**
   * Says the device has no network at all (a browser's `navigator.onLine` false): a request
   * that got no answer then fails at once instead of waiting out its retries. Absent: never.
   */
  offline?: () => boolean;
}

export const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Graph asks for a few seconds on a 429 and rarely more than a minute; eight tries within
 * two minutes rides out a throttling storm without leaving the user staring at a spinner.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  maxAttemptsNeverConnected: 3,
  maxTotalWaitMs: 120_000,
  initialBackoffMs: 500,
  maxBackoffMs: 30_000,
  sleep: realSleep,
};

/** Too many requests, service unavailable, gateway timeout: Graph's "try again" answers. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

/** `Retry-After` as delta-seconds or an HTTP date, in milliseconds from `now`; null when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | null {
  if (header === null || header === undefined || header.trim() === '') return null;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** One request's use of its {@link RetryPolicy}. */
export class RetryBudget {
  private attempts = 1;
  private waitedMs = 0;

  constructor(private readonly policy: RetryPolicy) {}

  /** The wait before the next try: the server's `Retry-After` when given, exponential backoff otherwise. */
  delayFor(retryAfterMs: number | null): number {
    if (retryAfterMs !== null) return retryAfterMs;
    const exponential = this.policy.initialBackoffMs * 2 ** (this.attempts - 1);
    return Math.min(exponential, this.policy.maxBackoffMs);
  }

  /** Whether one more try, after waiting `delayMs`, stays within the policy. */
  allows(delayMs: number, neverConnected = false): boolean {
    const maxAttempts = neverConnected
      ? Math.min(this.policy.maxAttempts, this.policy.maxAttemptsNeverConnected)
      : this.policy.maxAttempts;
    return this.attempts < maxAttempts && this.waitedMs + delayMs <= this.policy.maxTotalWaitMs;
  }

  async wait(delayMs: number): Promise<void> {
    this.attempts += 1;
    this.waitedMs += delayMs;
    await this.policy.sleep(delayMs);
  }
}
