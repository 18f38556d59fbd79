import type { Amount } from '../../contract/capa';
import type { FiatCurrency } from '../../contract/enums';
import { tokenDecimals, tokenUsd } from './chain-data';
import type { Rng } from './random';
import { DAY_MS } from './seed-plan';

/** Fiat per US dollar, low and high over the seeded months. */
const FIAT_PER_USD: Record<FiatCurrency, readonly [number, number, number]> = {
  // [low, high, phase]: the phase desynchronises the currencies' drift.
  MXN: [17.2, 19.8, 0],
  DOP: [58.3, 61.9, 1.7],
  USD: [0.996, 1.0, 0.5],
  EUR: [0.86, 0.94, 3.1],
};

/** A rate that drifts smoothly over time (so same-day rows agree) with a little per-row noise. */
export function fiatPerUsd(currency: FiatCurrency, at: number, rng: Rng): number {
  const [low, high, phase] = FIAT_PER_USD[currency];
  if (low === high) return low;
  const wave = 0.5 + 0.5 * Math.sin(at / DAY_MS / 19 + phase);
  return (low + (high - low) * wave) * (1 + rng.normal() * 0.002);
}

/** A decimal string without float noise or trailing zeros, e.g. 251.2 -> "251.2". */
export function decimalString(value: number, decimals: number): string {
  const fixed = value.toFixed(decimals);
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/** Capa sends rates and spreads sometimes as strings, sometimes as numbers: so do we. */
export function mixed(rng: Rng, text: string, stringShare: number): Amount {
  return rng.chance(stringShare) ? text : Number(text);
}

export const MAGIC_AMOUNTS = ['10.01', '10.02', '10.03', '1.01', '1.02', '1.03'] as const;

export interface Amounts {
  usd: number;
  /**
   * The transaction's fiatAmount: always a number, as the list page types it (the BFF still accepts
   * a string, which Capa is known to send sometimes; docs/capa-api.md).
   */
  fiatValue: number;
  cryptoAmount: string;
  exchangeRate: Amount;
  premiumSpread: Amount;
}

/** Amounts for one transaction, internally consistent: fiat ≈ crypto × rate. */
export function amountsFor(
  rng: Rng,
  currency: FiatCurrency,
  token: string,
  at: number,
  magic?: string,
): Amounts {
  const rate = fiatPerUsd(currency, at, rng) * tokenUsd(token);
  let crypto: number;
  let fiatValue: number;
  if (magic) {
    crypto = Number(magic);
    fiatValue = Math.round(crypto * rate * 100) / 100;
  } else {
    // Log-normal around ~300 USD: mostly remittance-sized, with a long tail of large transfers.
    const usd = Math.min(25_000, Math.max(5, Math.exp(Math.log(300) + rng.normal() * 1.3)));
    fiatValue = usd * (rate / tokenUsd(token));
    // People type round amounts in their own currency.
    fiatValue = rng.chance(0.4) ? Math.round(fiatValue / 50) * 50 || 50 : Math.round(fiatValue * 100) / 100;
    crypto = fiatValue / rate;
  }
  const spread = rng.pick(['0.01', '0.015', '0.02', '0.025', '0.03']);
  // This draw once chose a string fiatAmount now and then; it is still made so that every value
  // drawn after it, and so the seeded data set, stays as it was.
  rng.chance(0.85);
  return {
    usd: crypto * tokenUsd(token),
    fiatValue,
    cryptoAmount: magic ?? decimalString(crypto, tokenDecimals(token)),
    exchangeRate: mixed(rng, String(rate), 0.8),
    premiumSpread: mixed(rng, spread, 0.8),
  };
}
