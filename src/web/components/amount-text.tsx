import { clsx } from 'clsx';
import type { Amount } from '../../contract/capa';
import { useLocale } from '../i18n/use-t';
import { formatExact, formatFiat, isFiatCurrency } from '../lib/amount-format';

/**
 * An amount in tabular figures with its currency or token after it, grouped: fiat with its
 * currency's minor units, anything else with every digit Capa sent (lib/amount-format.ts), in
 * the agent's locale ("78,044.50 DOP", "78.044,50 DOP" in es-ES; re-rendered on a switch). The
 * code stays after the number in every locale, so a column of mixed currencies lines up. `fiat` defaults to whether the unit is one of Capa's fiat currencies.
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
  const locale = useLocale();
  const empty = value === null || value === undefined || value === '';
  return (
    <span className={clsx('whitespace-nowrap tabular-nums', className)}>
      <span>{fiat ? formatFiat(value, unit, locale) : formatExact(value, locale)}</span>
      {/* A real space, not a margin, so a copied amount reads "10,300.00 MXN". */}
      {unit && !empty ? <span className="text-slate-500"> {unit}</span> : null}
    </span>
  );
}
