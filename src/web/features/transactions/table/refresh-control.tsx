import { clsx } from 'clsx';
import { RotateCw } from 'lucide-react';
import { useT } from '../../../i18n/use-t';
import { formatLocalDateTime } from '../../../lib/format';
import { formatAge } from '../../../lib/relative-time';
import { useNow } from '../../../lib/use-now';

export interface RefreshControlProps {
  /** When the rows on screen were fetched (TanStack Query's dataUpdatedAt); 0 before any. */
  updatedAt: number;
  fetching: boolean;
  onRefresh: () => void;
}

/** Says how fresh the rows are and fetches them again on demand. Ticks on its own, not the table. */
export function RefreshControl({ updatedAt, fetching, onRefresh }: RefreshControlProps) {
  const t = useT();
  const now = useNow(1_000);
  return (
    <div className="flex items-center gap-2 text-xs text-slate-500">
      {updatedAt > 0 ? (
        <span
          className="tabular-nums"
          title={formatLocalDateTime(new Date(updatedAt).toISOString(), { seconds: true })}
        >
          {fetching
            ? t('transactions.refresh.updating')
            : t('transactions.refresh.updated', { age: formatAge(updatedAt, Math.max(now, updatedAt)) })}
        </span>
      ) : null}
      <button
        type="button"
        onClick={onRefresh}
        aria-label={t('transactions.refresh.label')}
        title={t('transactions.refresh.label')}
        className="inline-flex h-8 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-700 shadow-xs hover:bg-slate-50"
      >
        <RotateCw aria-hidden="true" className={clsx('size-4', fetching && 'motion-safe:animate-spin')} />
        {t('transactions.refresh.button')}
      </button>
    </div>
  );
}
