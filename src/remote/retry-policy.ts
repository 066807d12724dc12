import type { Clock } from '../core/clock.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_CONNECT_RETRY: RetryPolicy = { attempts: 3, initialDelayMs: 500, maxDelayMs: 8000 };

/**
 * Exponential backoff with jitter in [50 %, 100 %] of the step, so that a fleet retrying one
 * throttled sshd (MaxStartups) does not come back in lock-step. Pure.
 */
export function backoffDelay(policy: RetryPolicy, failedAttempt: number, random: () => number = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (failedAttempt - 1));
  return Math.round(step * (0.5 + random() * 0.5));
}

/**
 * Runs `attempt` until it succeeds, fails with a non-retryable error, or runs out of attempts.
 * Only for connecting: a command must never be re-run.
 */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  isRetryable: (error: unknown) => boolean,
  options: { policy: RetryPolicy; clock: Clock; signal?: AbortSignal; random?: () => number; onRetry?: (error: unknown, n: number, delayMs: number) => void },
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (n >= options.policy.attempts || !isRetryable(error) || options.signal?.aborted) throw error;
      const delay = backoffDelay(options.policy, n, options.random);
      options.onRetry?.(error, n, delay);
      await options.clock.sleep(delay, options.signal);
    }
  }
}
