import { describe, expect, it } from 'vitest';
import { sumDecimals } from './decimal-sum';
import { FIXTURE_TRANSACTIONS } from './fixtures';
import { matchingTransactions } from './transaction-store';

describe('the mock BFF’s exact sums', () => {
  it('adds many 0.1 exactly, where doubles drift', () => {
    const tenths = Array.from({ length: 1_000 }, () => '0.1');
    expect(tenths.reduce((sum, v) => sum + Number(v), 0)).not.toBe(100);
    expect(sumDecimals(tenths)).toBe('100.0');
  });

  it('keeps every digit of 18-decimal token amounts, and numbers as JSON gave them', () => {
    expect(sumDecimals(['10.000000000000000001', '0.000000000000000009', 2])).toBe('12.000000000000000010');
    expect(sumDecimals(['-1.5', '0.25'])).toBe('-1.25');
    expect(sumDecimals([])).toBe('0');
  });

  it('filters the fixtures by a createdAt window, from inclusive and to exclusive', () => {
    const sorted = [...FIXTURE_TRANSACTIONS].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const from = sorted[10]!.createdAt;
    const to = sorted[20]!.createdAt;
    const inside = matchingTransactions({ from, to });
    expect(inside.map((tx) => tx.id).sort()).toEqual(
      sorted
        .slice(10, 20)
        .map((tx) => tx.id)
        .sort(),
    );
  });
});
