import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fullJitterDelay, retryWithinBudget, type BudgetSignal, type RetryOptions } from './retry';

class Flaky extends Error {
  constructor(
    readonly retryable = true,
    readonly retryAfterMs?: number,
  ) {
    super('flaky');
  }
}

function options(overrides: Partial<RetryOptions> = {}): RetryOptions & { waits: number[] } {
  const waits: number[] = [];
  return {
    retries: 2,
    baseDelayMs: 100,
    maxDelayMs: 2_000,
    retryAfterCapMs: 5_000,
    budgetMs: 60_000,
    isRetryable: (e) => e instanceof Flaky && e.retryable,
    retryAfterMs: (e) => (e instanceof Flaky ? e.retryAfterMs : undefined),
    random: () => 0.5,
    wait: async (ms) => void waits.push(ms),
    waits,
    ...overrides,
  };
}

describe('fullJitterDelay', () => {
  it('stays in [0, min(max, base·2^attempt))', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 1_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, base, max, r) => {
          const delay = fullJitterDelay(attempt, base, max, () => r);
          return delay >= 0 && delay < Math.min(max, base * 2 ** attempt) + 1e-9 && Number.isInteger(delay);
        },
      ),
    );
  });
});

describe('retryWithinBudget', () => {
  it('retries retryable failures until one succeeds', async () => {
    const attempt = vi
      .fn()
      .mockRejectedValueOnce(new Flaky())
      .mockRejectedValueOnce(new Flaky())
      .mockResolvedValue('ok');
    const opts = options();
    await expect(retryWithinBudget(attempt, opts)).resolves.toBe('ok');
    expect(attempt).toHaveBeenCalledTimes(3);
    // Full jitter with random() = 0.5: half of 100·2^0, then half of 100·2^1.
    expect(opts.waits).toEqual([50, 100]);
  });

  it('gives up after the configured retries and throws the last failure', async () => {
    const last = new Flaky();
    const attempt = vi
      .fn()
      .mockRejectedValueOnce(new Flaky())
      .mockRejectedValueOnce(new Flaky())
      .mockRejectedValue(last);
    await expect(retryWithinBudget(attempt, options())).rejects.toBe(last);
    expect(attempt).toHaveBeenCalledTimes(3);
  });

  it('never retries what is not retryable', async () => {
    const attempt = vi.fn().mockRejectedValue(new Flaky(false));
    await expect(retryWithinBudget(attempt, options())).rejects.toBeInstanceOf(Flaky);
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('waits out a Retry-After within the cap, and gives up at once beyond it', async () => {
    const within = options();
    const attempt = vi.fn().mockRejectedValueOnce(new Flaky(true, 1_500)).mockResolvedValue('ok');
    await retryWithinBudget(attempt, within);
    expect(within.waits).toEqual([1_500]);

    const beyond = options();
    const refused = vi.fn().mockRejectedValue(new Flaky(true, 60_000));
    await expect(retryWithinBudget(refused, beyond)).rejects.toBeInstanceOf(Flaky);
    expect(refused).toHaveBeenCalledTimes(1);
    expect(beyond.waits).toEqual([]);
  });

  it('does not start a wait that would end past the budget', async () => {
    let clock = 0;
    const opts = options({ budgetMs: 1_000, now: () => clock, random: () => 0.99 });
    const attempt = vi.fn(async () => {
      clock += 950;
      throw new Flaky();
    });
    await expect(retryWithinBudget(attempt, opts)).rejects.toBeInstanceOf(Flaky);
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('hands each attempt a signal that aborts when the budget ends', async () => {
    const started = Date.now();
    const attempt = (signal: BudgetSignal) =>
      new Promise((_, reject) => signal.once('abort', () => reject(signal.reason)));
    await expect(retryWithinBudget(attempt, options({ budgetMs: 50 }))).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
