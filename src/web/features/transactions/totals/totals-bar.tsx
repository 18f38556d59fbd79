import { useQuery } from '@tanstack/react-query';
import { RotateCw } from 'lucide-react';
import { TOTALS_MAX_ROWS, type ReconciliationTotals } from '../../../../contract/reconciliation-api';
import { translate } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { formatExact, formatFiat } from '../../../lib/amount-format';
import { ApiRequestError } from '../../../lib/api-client';
import { formatCount } from '../../../lib/format';
import { transactionQueries, type TransactionFilterQuery } from '../../../lib/transaction-queries';

export interface TotalsBarProps {
  filters: TransactionFilterQuery;
  /** The list's total for the same view, known before the totals: says how much is being added up. */
  count: number | undefined;
}

/** A count for a plural message: `count` picks the form, `shown` is the number as the locale writes it. */
const counted = (count: number) => ({ count, shown: formatCount(count) });

function tooLargeMessage(error: ApiRequestError, count: number | undefined): string {
  // Our words with the list's count; the BFF's own message when the count is not known here.
  if (count === undefined || count <= TOTALS_MAX_ROWS) return error.message;
  return translate('transactions.totals.tooLarge', { ...counted(count), max: formatCount(TOTALS_MAX_ROWS) });
}

function Sums({
  label,
  sums,
  format,
}: {
  label: string;
  sums: Record<string, string>;
  format: (v: string, k: string) => string;
}) {
  const keys = Object.keys(sums).sort();
  if (keys.length === 0) return null;
  return (
    <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
      <span className="text-xs font-medium text-slate-500">{label}</span>
      <dl className="contents">
        {keys.map((key) => (
          <div key={key} className="flex items-baseline gap-1.5">
            <dt className="text-xs font-semibold text-slate-500">{key}</dt>
            <dd className="font-mono text-sm font-medium text-slate-900 tabular-nums">
              {format(sums[key]!, key)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function Totals({ totals }: { totals: ReconciliationTotals }) {
  const t = useT();
  if (totals.count === 0) return <p>{t('transactions.totals.none')}</p>;
  return (
    <>
      <p className="font-medium text-slate-900">{t('transactions.totals.of', counted(totals.count))}</p>
      <Sums label={t('transactions.totals.fiat')} sums={totals.fiat} format={formatFiat} />
      <Sums label={t('transactions.totals.crypto')} sums={totals.crypto} format={(v) => formatExact(v)} />
    </>
  );
}

/**
 * Exact sums of the whole view (every page, within the filters and window), per fiat currency and
 * per token, digit for digit as the BFF added them. A view too large to add up says so in words
 * instead of showing a guess; any other failure offers a retry.
 */
export function TotalsBar({ filters, count }: TotalsBarProps) {
  const t = useT();
  const totals = useQuery(transactionQueries.totals(filters));
  let body;
  if (totals.data) {
    body = <Totals totals={totals.data} />;
  } else if (totals.error) {
    const error = totals.error instanceof ApiRequestError ? totals.error : null;
    body =
      error?.code === 'VIEW_TOO_LARGE' ? (
        <p role="status">{tooLargeMessage(error, count)}</p>
      ) : (
        <p role="alert" className="flex flex-wrap items-center gap-2 text-red-800">
          {t('transactions.totals.failed', {
            reason: error?.message ?? t('transactions.totals.unknownError'),
          })}
          <button
            type="button"
            onClick={() => void totals.refetch()}
            className="inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-50"
          >
            <RotateCw aria-hidden="true" className="size-3.5" />
            {t('transactions.totals.retry')}
          </button>
        </p>
      );
  } else {
    const what =
      count === undefined
        ? t('transactions.totals.addingUpAll')
        : t('transactions.totals.addingUp', counted(count));
    body = (
      <div className="flex items-center gap-3">
        <div
          role="progressbar"
          aria-label={what}
          className="h-1.5 w-24 overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full w-1/3 motion-safe:animate-pulse rounded-full bg-indigo-500" />
        </div>
        <span>{what}…</span>
      </div>
    );
  }
  return (
    <section
      aria-label={t('transactions.totals.region')}
      aria-busy={totals.isFetching}
      className="mb-3 flex flex-wrap items-center gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-slate-50 px-4 py-2.5 text-sm text-slate-700"
    >
      {body}
    </section>
  );
}
