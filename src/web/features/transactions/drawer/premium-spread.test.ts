import { describe, expect, it } from 'vitest';
import type { Transaction } from '../../../../contract/capa';
import { premiumSpreadWords } from './premium-spread';

const tx = (fields: Partial<Transaction>) => ({ fiatCurrency: 'MXN', ...fields }) as Transaction;

describe('premium spread in words', () => {
  it('is a percentage with its cost in fiat, exact to the cent (big.js, not floats)', () => {
    // 1234.5 × 0.03 = 37.035 → 37.04; a float gives 37.034999… and so 37.03.
    expect(premiumSpreadWords(tx({ premiumSpread: '0.03', fiatAmount: '1234.5' }))).toEqual({
      percent: '3%',
      cost: '37.04 MXN',
    });
    expect(premiumSpreadWords(tx({ premiumSpread: 0.015, fiatAmount: 78044.5 }))).toEqual({
      percent: '1.5%',
      cost: '1,170.67 MXN',
    });
  });

  it('gives the percentage alone without a fiat amount, and nothing without a spread', () => {
    expect(premiumSpreadWords(tx({ premiumSpread: '0.02', fiatAmount: null }))).toEqual({
      percent: '2%',
      cost: null,
    });
    expect(premiumSpreadWords(tx({ premiumSpread: null }))).toBeNull();
    expect(premiumSpreadWords(tx({ premiumSpread: 'n/a' }))).toBeNull();
  });
});
