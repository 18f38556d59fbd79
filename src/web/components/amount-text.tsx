import { clsx } from 'clsx';
import type { Amount } from '../../contract/capa';
import { formatAmount } from '../lib/format';

/** An amount exactly as given, in tabular figures, with its currency or token after it. */
export function AmountText({
  value,
  unit,
  className,
}: {
  value: Amount | null | undefined;
  unit?: string | null;
  className?: string;
}) {
  const empty = value === null || value === undefined || value === '';
  return (
    <span className={clsx('whitespace-nowrap tabular-nums', className)}>
      <span>{formatAmount(value)}</span>
      {/* A real space, not a margin, so a copied amount reads "10300.00 MXN". */}
      {unit && !empty ? <span className="text-slate-500"> {unit}</span> : null}
    </span>
  );
}
