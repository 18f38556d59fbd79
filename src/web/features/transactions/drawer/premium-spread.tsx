import Big from 'big.js';
import type { Amount, Transaction } from '../../../../contract/capa';
import { useT } from '../../../i18n/use-t';
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
  const t = useT();
  const words = premiumSpreadWords(tx);
  if (!words) return <span className="text-slate-400">—</span>;
  return (
    <span title={t('drawer.spreadAsSent', { value: String(tx.premiumSpread) })}>
      <span className="tabular-nums">{words.percent}</span>
      {words.cost ? (
        <span className="block text-xs text-slate-500">{t('drawer.spreadCost', { cost: words.cost })}</span>
      ) : null}
    </span>
  );
}
