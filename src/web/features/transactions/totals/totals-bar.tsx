import { useQuery } from '@tanstack/react-query';
import { clsx } from 'clsx';
import { ChevronDown, RotateCw } from 'lucide-react';
import { useRef, useState } from 'react';
import { TOTALS_MAX_ROWS, type ReconciliationTotals } from '../../../../contract/reconciliation-api';
import { translate } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { formatExact, formatFiat } from '../../../lib/amount-format';
import { ApiRequestError } from '../../../lib/api-client';
import { formatCount } from '../../../lib/format';
import { transactionQueries, type TransactionFilterQuery } from '../../../lib/transaction-queries';
import { useClipped } from '../../../lib/use-clipped';
import { SumsLine } from './sums-line';

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

function Headline({ totals }: { totals: ReconciliationTotals }) {
  const t = useT();
  if (totals.count === 0) return <p className="truncate">{t('transactions.totals.none')}</p>;
  return (
    <p className="truncate font-medium text-slate-900">
      {t('transactions.totals.of', counted(totals.count))}
    </p>
  );
}

function Progress({ count }: { count: number | undefined }) {
  const t = useT();
  const what =
    count === undefined
      ? t('transactions.totals.addingUpAll')
      : t('transactions.totals.addingUp', counted(count));
  return (
    <div className="flex min-w-0 items-center gap-3">
      <div
        role="progressbar"
        aria-label={what}
        className="h-1.5 w-12 shrink-0 sm:w-24 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full w-1/3 motion-safe:animate-pulse rounded-full bg-indigo-500" />
      </div>
      <span>{what}…</span>
    </div>
  );
}

/**
 * Exact sums of the whole view (every page, within the filters and window), per fiat currency and
 * per token, digit for digit as the BFF added them. A view too large to add up says so in words
 * instead of showing a guess; any other failure offers a retry.
 *
 * The bar is the same height loading, loaded and failed (three lines: what is added up, fiat,
 * crypto): it sits above the table, and a bar that grew when the sums arrived would move the rows
 * from under an agent's pointer mid-click. Sums that do not fit their line are behind "All sums".
 */
export function TotalsBar({ filters, count }: TotalsBarProps) {
  const t = useT();
  const totals = useQuery(transactionQueries.totals(filters));
  const [expanded, setExpanded] = useState(false);
  const box = useRef<HTMLElement>(null);
  const clipped = useClipped(box, totals.data);
  const data = totals.data;

  let body;
  if (!data && totals.error) {
    const error = totals.error instanceof ApiRequestError ? totals.error : null;
    // The same height as the sums: the table under the bar does not move for a message either.
    body = (
      <div className="flex min-h-20 items-center">
        {error?.code === 'VIEW_TOO_LARGE' ? (
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
        )}
      </div>
    );
  } else {
    body = (
      <div className="flex flex-col gap-1">
        {/* May wrap in a long language on a phone: words cut off would be worse than a taller bar. */}
        <div className="flex min-h-6 items-center">
          {data ? <Headline totals={data} /> : <Progress count={count} />}
        </div>
        <SumsLine
          label={t('transactions.totals.fiat')}
          sums={data?.fiat}
          format={formatFiat}
          expanded={expanded}
        />
        <SumsLine
          label={t('transactions.totals.crypto')}
          sums={data?.crypto}
          format={(v) => formatExact(v)}
          expanded={expanded}
          action={
            data && (clipped || expanded) ? (
              <button
                type="button"
                aria-expanded={expanded}
                onClick={() => setExpanded(!expanded)}
                className="inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-xs font-medium text-indigo-700 hover:bg-indigo-50"
              >
                {/* A chevron alone on a phone, where the crypto line needs the room; still its name. */}
                <span className="max-sm:sr-only">{t('transactions.totals.all')}</span>
                <ChevronDown aria-hidden="true" className={clsx('size-3.5', expanded && 'rotate-180')} />
              </button>
            ) : null
          }
        />
      </div>
    );
  }
  return (
    <section
      ref={box}
      aria-label={t('transactions.totals.region')}
      aria-busy={totals.isFetching}
      className="mb-3 rounded-lg border border-slate-200 bg-slate-50 px-4 py-2.5 text-sm text-slate-700"
    >
      {body}
    </section>
  );
}
