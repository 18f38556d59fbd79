import { clsx } from 'clsx';
import type { Amount } from '../../contract/capa';
import { useLocale } from '../i18n/use-t';
import { formatExact, formatRate } from '../lib/amount-format';
import { formatLocale } from '../lib/intl-cache';

/** "DOP/USDC": Capa's exchangeRate is fiat per token (docs/capa-api.md, Amounts). */
export function rateUnit(fiat: string | null | undefined, token: string | null | undefined): string | null {
  return fiat && token ? `${fiat}/${token}` : null;
}

/** The exact rate in words, for the hover text: "1 USDC = 61.72471667053231 DOP" (grouped in the locale). */
export function exactRateText(
  value: Amount,
  fiat?: string | null,
  token?: string | null,
  locale: string = formatLocale(),
): string {
  const exact = formatExact(value, locale);
  return fiat && token ? `1 ${token} = ${exact} ${fiat}` : exact;
}

/**
 * A rate to read ("61.725 DOP/USDC"), five significant digits; the exact value Capa sent is the
 * hover text, and the drawer offers it to copy.
 */
export function RateText({
  value,
  fiat,
  token,
  className,
}: {
  value: Amount | null | undefined;
  fiat?: string | null;
  token?: string | null;
  className?: string;
}) {
  const locale = useLocale();
  if (value === null || value === undefined || value === '') return <span className={className}>—</span>;
  const unit = rateUnit(fiat, token);
  return (
    <span
      title={exactRateText(value, fiat, token, locale)}
      className={clsx('whitespace-nowrap tabular-nums', className)}
    >
      <span>{formatRate(value, locale)}</span>
      {unit ? <span className="text-slate-500"> {unit}</span> : null}
    </span>
  );
}
