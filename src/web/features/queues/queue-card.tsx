import { Trans } from '@lingui/react';
import { clsx } from 'clsx';
import { AlarmClock, ChevronRight } from 'lucide-react';
import { useId } from 'react';
import { Link } from 'react-router';
import type { QueueSummary } from '../../../contract/queues-api';
import { useT } from '../../i18n/use-t';
import { statusLabel } from '../../i18n/words';
import { formatCount } from '../../lib/format';
import { formatAge } from '../../lib/relative-time';
import { queueTableHref } from './queue-link';
import { QUEUE_KEYS } from './queue-words';

const ACCENT: Record<QueueSummary['id'], string> = {
  'ready-to-execute': 'border-t-cyan-500',
  'needs-attention': 'border-t-amber-500',
  'waiting-for-user': 'border-t-slate-400',
  'failed-or-cancelled': 'border-t-red-500',
};

/**
 * One queue: its name (the link into the table, stretched over the whole card), how many
 * transactions wait in it and how long the oldest has waited, and the statuses it is made of.
 */
export function QueueCard({ queue, nowMs }: { queue: QueueSummary; nowMs: number }) {
  const t = useT();
  const headingId = useId();
  const name = t(QUEUE_KEYS[queue.id].name);
  const oldest = queue.oldestCreatedAt ? formatAge(Date.parse(queue.oldestCreatedAt), nowMs) : null;
  return (
    <section
      aria-labelledby={headingId}
      className={clsx(
        'relative flex flex-col rounded-lg border border-t-4 border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-indigo-600 hover:border-slate-300',
        ACCENT[queue.id],
      )}
    >
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        <Link
          to={queueTableHref(queue)}
          className="flex items-center justify-between gap-2 outline-none after:absolute after:inset-0 after:content-['']"
        >
          {name}
          <ChevronRight aria-hidden="true" className="size-4 shrink-0 text-slate-400" />
        </Link>
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t(QUEUE_KEYS[queue.id].description)}</p>
      <p className="mt-4 flex items-baseline gap-2">
        <span data-testid="queue-count" className="text-3xl font-semibold text-slate-900 tabular-nums">
          {formatCount(queue.count)}
        </span>
        <span className="text-sm text-slate-600">{t('queues.transactionsUnit', { count: queue.count })}</span>
      </p>
      <p className="mt-1 text-sm text-slate-700">
        {oldest ? (
          <Trans
            id="queues.oldest"
            values={{ age: oldest }}
            components={{ 0: <time dateTime={queue.oldestCreatedAt!} /> }}
          />
        ) : (
          t('queues.nothingWaiting')
        )}
        {queue.from ? <span className="text-slate-500"> · {t('queues.lastSevenDays')}</span> : null}
      </p>
      {queue.stuck ? (
        <p className="mt-2">
          {/* Above the card's stretched link, so it is a link of its own. */}
          <Link
            to={queueTableHref(queue, { stuck: true })}
            data-testid="queue-stuck"
            aria-label={t('queues.stuckLink', { count: queue.stuck, queue: name })}
            className="relative z-10 inline-flex items-center gap-1 rounded-full bg-amber-100 px-2.5 py-0.5 text-sm font-medium text-amber-900 hover:bg-amber-200 focus-visible:ring-2 focus-visible:ring-amber-600 focus-visible:outline-none"
          >
            <AlarmClock aria-hidden="true" className="size-3.5" />
            {t('queues.stuck', { count: queue.stuck })}
          </Link>
        </p>
      ) : null}
      <p className="mt-3 text-xs text-slate-500">{queue.statuses.map((s) => statusLabel(s)).join(' · ')}</p>
    </section>
  );
}
