import Big from 'big.js';
import type { Amount } from '../../contract/capa';
import { UpstreamFailure } from '../upstream/errors';

/**
 * Exact sums per key, with big.js: decimal digits in, decimal digits out, never a float. Addition
 * in big.js is exact whatever the number of decimals (only division rounds, and we never divide).
 */
export class DecimalSums {
  private readonly sums = new Map<string, Big>();

  /** Adds an amount under a key; no amount (null, absent, '') adds nothing. */
  add(key: string | null | undefined, amount: Amount | null | undefined): void {
    if (amount === null || amount === undefined || amount === '') return;
    let value: Big;
    try {
      // A number here never came from Capa's wire (the client reads those as text): String is exact enough.
      value = new Big(typeof amount === 'number' ? String(amount) : amount.trim());
    } catch {
      throw new UpstreamFailure('bad-response', 'an amount that is not a decimal number');
    }
    const name = key ?? 'unknown';
    this.sums.set(name, (this.sums.get(name) ?? new Big(0)).plus(value));
  }

  /** Plain decimal strings (never exponent notation), keys sorted. */
  toRecord(): Record<string, string> {
    const entries = [...this.sums].sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries.map(([key, sum]) => [key, sum.toFixed()]));
  }
}
