import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * The end of a call's budget, as undici takes a signal (an EventEmitter with `aborted` and
 * `reason`, emitting 'abort'). Not an AbortController: making its AbortSignal and adding undici's
 * listener costs ~8–13 µs in Node 20, on every list request (docs/performance.md).
 */
export class BudgetSignal extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit('abort');
  }
}

export interface RetryOptions {
  /** Extra attempts after the first. */
  retries: number;
  baseDelayMs: number;
  /** Ceiling of the exponential backoff window. */
  maxDelayMs: number;
  /** Longest Retry-After we wait out; a longer one ends the retries at once. */
  retryAfterCapMs: number;
  /** Overall time for every attempt and wait together. */
  budgetMs: number;
  isRetryable(error: unknown): boolean;
  retryAfterMs?(error: unknown): number | undefined;
  onRetry?(info: { attempt: number; delayMs: number; error: unknown }): void;
  random?: () => number;
  now?: () => number;
  wait?: (ms: number) => Promise<unknown>;
}

/**
 * "Full jitter" backoff (AWS Architecture Blog, "Exponential Backoff And Jitter"): a uniform wait in
 * [0, min(max, base·2^attempt)), so clients that failed together do not retry together.
 */
export function fullJitterDelay(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random = Math.random,
): number {
  return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** attempt));
}

/**
 * Runs `attempt` until it succeeds, fails with something not retryable, runs out of retries, or
 * the next wait would not fit in the budget; then the last error is thrown as is. Each attempt
 * gets the budget's signal, so a slow attempt is cut off when the budget ends.
 */
export async function retryWithinBudget<T>(
  attempt: (signal: BudgetSignal, attemptNumber: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const now = options.now ?? Date.now;
  const deadline = now() + options.budgetMs;
  // Not AbortSignal.timeout: its timer outlives the call (a signal with listeners is kept until it
  // fires), one per list request; this one is cleared as soon as the call ends (docs/performance.md).
  const budget = new BudgetSignal();
  const timer = setTimeout(
    () => budget.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
    options.budgetMs,
  ).unref();
  try {
    return await attempts(attempt, options, budget, deadline, now);
  } finally {
    clearTimeout(timer);
  }
}

async function attempts<T>(
  attempt: (signal: BudgetSignal, attemptNumber: number) => Promise<T>,
  options: RetryOptions,
  budget: BudgetSignal,
  deadline: number,
  now: () => number,
): Promise<T> {
  const wait = options.wait ?? sleep;
  for (let n = 0; ; n++) {
    try {
      return await attempt(budget, n);
    } catch (error) {
      if (n >= options.retries || budget.aborted || !options.isRetryable(error)) throw error;
      const retryAfter = options.retryAfterMs?.(error);
      if (retryAfter !== undefined && retryAfter > options.retryAfterCapMs) throw error;
      const backoff = fullJitterDelay(n, options.baseDelayMs, options.maxDelayMs, options.random);
      const delayMs = Math.max(retryAfter ?? 0, backoff);
      if (now() + delayMs >= deadline) throw error;
      options.onRetry?.({ attempt: n + 1, delayMs, error });
      await wait(delayMs);
    }
  }
}
