import { clsx } from 'clsx';
import { useT } from '../../../i18n/use-t';
import { formatLocalDateTime } from '../../../lib/format';

function clock(at: number): string {
  const iso = new Date(at).toISOString();
  return `${formatLocalDateTime(iso).slice(11)}:${String(new Date(at).getSeconds()).padStart(2, '0')}`;
}

/** Whether what the agent reads can still change, and how fresh it is. */
export function LiveNote({
  final,
  updatedAt,
  failed,
}: {
  final: boolean;
  updatedAt: number;
  failed: boolean;
}) {
  const t = useT();
  if (final) return <span className="text-xs text-slate-500">{t('drawer.finalNote')}</span>;
  return (
    <span
      className={clsx(
        'inline-flex items-center gap-1.5 text-xs',
        failed ? 'text-amber-800' : 'text-slate-500',
      )}
    >
      <span
        aria-hidden="true"
        className={clsx('size-1.5 rounded-full', failed ? 'bg-amber-500' : 'animate-pulse bg-emerald-500')}
      />
      {failed
        ? updatedAt
          ? t('drawer.staleNote', { time: clock(updatedAt) })
          : t('drawer.staleLastCopy')
        : updatedAt
          ? t('drawer.liveNote', { time: clock(updatedAt) })
          : t('drawer.liveNow')}
    </span>
  );
}
