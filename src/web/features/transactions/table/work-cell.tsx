import { TriangleAlert, UserCheck } from 'lucide-react';
import type { Annotation } from '../../../../contract/collaboration-api';
import { useT } from '../../../i18n/use-t';
import { clockTime } from '../../../lib/collaboration-queries';
import { formatLocalDateTime } from '../../../lib/format';

/** "Stuck" (longer in its status than its threshold, as first seen by Rampdesk) and who is on it. */
export function WorkCell({
  annotation,
  agentId,
}: {
  annotation: Annotation | undefined;
  agentId?: string | null;
}) {
  const t = useT();
  if (!annotation || (!annotation.stuck && !annotation.take))
    return <span className="text-slate-400">—</span>;
  const { take, stuck, statusSince } = annotation;
  return (
    <div className="flex flex-col items-start gap-0.5 text-xs">
      {stuck ? (
        <span
          title={
            statusSince ? t('transactions.work.since', { time: formatLocalDateTime(statusSince) }) : undefined
          }
          className="inline-flex items-center gap-1 rounded bg-amber-100 px-1.5 py-0.5 font-semibold text-amber-900"
        >
          <TriangleAlert aria-hidden="true" className="size-3" />
          {t('transactions.work.stuck')}
        </span>
      ) : null}
      {take ? (
        <span
          className="inline-flex items-center gap-1 whitespace-nowrap text-slate-700"
          title={take.agentEmail}
        >
          <UserCheck aria-hidden="true" className="size-3 text-emerald-600" />
          {t('transactions.work.taken', {
            name: take.agentId === agentId ? t('transactions.work.you') : take.agentName,
            time: clockTime(take.takenAt),
          })}
        </span>
      ) : null}
    </div>
  );
}
