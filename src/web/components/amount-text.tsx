import { clsx } from 'clsx';
import type { Amount } from '../../contract/capa';
import { formatExact, formatFiat, isFiatCurrency } from '../lib/amount-format';

/**
 * An amount in tabular figures with its currency or token after it, grouped: fiat with its
 * currency's minor units, anything else with every digit Capa sent (lib/amount-format.ts).
 * `fiat` defaults to whether the unit is one of Capa's fiat currencies.
 */
export function AmountText({
  value,
  unit,
  fiat = isFiatCurrency(unit),
  className,
}: {
  value: Amount | null | undefined;
  unit?: string | null;
  fiat?: boolean;
  className?: string;
}) {
  const empty = value === null || value === undefined || value === '';
  return (
    <span className={clsx('whitespace-nowrap tabular-nums', className)}>
      <span>{fiat ? formatFiat(value, unit) : formatExact(value)}</span>
      {/* A real space, not a margin, so a copied amount reads "10,300.00 MXN". */}
      {unit && !empty ? <span className="text-slate-500"> {unit}</span> : null}
    </span>
  );
}
