import Big from 'big.js';
import type { Amount, Transaction } from '../../../../contract/capa';
import { formatFiat, minorUnits } from '../../../lib/amount-format';

function decimal(value: Amount | null | undefined): Big | null {
  if (value === null || value === undefined || value === '') return null;
  try {
    return new Big(String(value));
  } catch {
    return null;
  }
}

/**
 * Capa's premium spread (a fraction: "0.02") as a percentage, with what it cost on this
 * transaction: the fiat amount × the spread, in the fiat currency's minor units. Computed with
 * big.js from the decimal strings, never floats (docs/capa-api.md, "Premium spread").
 */
export function premiumSpreadWords(tx: Transaction): { percent: string; cost: string | null } | null {
  const spread = decimal(tx.premiumSpread);
  if (!spread) return null;
  const percent = `${spread.times(100).round(4).toString()}%`;
  const fiat = decimal(tx.fiatAmount);
  const cost =
    fiat && tx.fiatCurrency
      ? `${formatFiat(
          fiat
            .times(spread)
            .abs()
            .toFixed(minorUnits(tx.fiatCurrency) ?? 2),
          tx.fiatCurrency,
        )} ${tx.fiatCurrency}`
      : null;
  return { percent, cost };
}

export function PremiumSpread({ tx }: { tx: Transaction }) {
  const words = premiumSpreadWords(tx);
  if (!words) return <span className="text-slate-400">—</span>;
  return (
    <span title={`As Capa sent it: ${String(tx.premiumSpread)}`}>
      <span className="tabular-nums">{words.percent}</span>
      {words.cost ? (
        <span className="block text-xs text-slate-500">≈ {words.cost} of the fiat amount</span>
      ) : null}
    </span>
  );
}
