import { describe, expect, it } from 'vitest';
import { POLL_FASTEST_MS, POLL_SLOWEST_MS, pollDelay } from './live-polling';

describe('pollDelay', () => {
  it('starts fast and backs off by half each unchanged read', () => {
    expect([0, 1, 2, 3].map(pollDelay)).toEqual([2_000, 3_000, 4_500, 6_750]);
  });

  it('never waits longer than the slowest pace, nor less than the fastest', () => {
    expect(pollDelay(50)).toBe(POLL_SLOWEST_MS);
    expect(pollDelay(-3)).toBe(POLL_FASTEST_MS);
    expect(pollDelay(Number.NaN)).toBe(POLL_FASTEST_MS);
  });
});
