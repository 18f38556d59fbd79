import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '../../components/error-panel';
import { useT } from '../../i18n/use-t';
import { queueQueries } from '../../lib/queue-queries';
import { formatAge } from '../../lib/relative-time';
import { useNow } from '../../lib/use-now';
import { QueueCard } from './queue-card';

function CardsSkeleton() {
  const t = useT();
  return (
    <div
      role="status"
      aria-busy="true"
      className="mt-6 grid motion-safe:animate-pulse gap-4 sm:grid-cols-2 xl:grid-cols-4"
    >
      <span className="sr-only">{t('queues.loading')}</span>
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} aria-hidden="true" className="h-44 rounded-lg border border-slate-200 bg-white p-4">
          <div className="h-5 w-32 rounded bg-slate-200" />
          <div className="mt-6 h-8 w-16 rounded bg-slate-200" />
        </div>
      ))}
    </div>
  );
}

/**
 * /queues, where agents land: what waits on the team, queue by queue, with live counts (asked
 * again every few seconds; the BFF shares one reading of Capa among every agent looking).
 */
export function QueuesPage() {
  const t = useT();
  const queues = useQuery(queueQueries.counts());
  const now = useNow(1_000);
  const data = queues.data;
  return (
    <>
      <title>{t('queues.pageTitle')}</title>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold tracking-tight text-slate-900">{t('queues.title')}</h1>
        {data ? (
          <p className="text-xs text-slate-500" aria-live="off">
            {t('queues.counted', { age: formatAge(Date.parse(data.countedAt), now) })}
          </p>
        ) : null}
      </div>
      <p className="mt-1 text-sm text-slate-600">{t('queues.intro')}</p>
      {data ? (
        <div className="mt-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
          {data.queues.map((queue) => (
            <QueueCard key={queue.id} queue={queue} nowMs={now} />
          ))}
        </div>
      ) : queues.isError ? (
        <div className="mt-6">
          <ErrorPanel
            title={t('queues.loadFailed')}
            error={queues.error}
            onRetry={() => void queues.refetch()}
            retrying={queues.isFetching}
          />
        </div>
      ) : (
        <CardsSkeleton />
      )}
    </>
  );
}
