import { clsx } from 'clsx';
import { useT } from '../../../i18n/use-t';
import { localDateTimeParts } from '../../../lib/format';

/** The time of day with seconds, as the agent's locale writes it. */
function clock(at: number): string {
  return localDateTimeParts(new Date(at).toISOString(), { seconds: true })?.time ?? '';
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
        className={clsx(
          'size-1.5 rounded-full',
          failed ? 'bg-amber-500' : 'motion-safe:animate-pulse bg-emerald-500',
        )}
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
