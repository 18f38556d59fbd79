import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-06-10T05:54:28Z');

  it('reads delta-seconds and HTTP dates as milliseconds, a date already past as 0', () => {
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter(' 30 ', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 10 Jun 2025 05:54:38 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Tue, 10 Jun 2025 05:54:00 GMT', now)).toBe(0);
  });

  it('takes the first of a repeated header', () => {
    expect(parseRetryAfter(['7', '60'], now)).toBe(7_000);
  });

  it('ignores nonsense and an absent header', () => {
    for (const value of ['soon', '', '  ', null, undefined, []]) {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    }
  });
});
