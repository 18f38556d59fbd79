import { useQuery } from '@tanstack/react-query';
import { MessageSquare } from 'lucide-react';
import { Link } from 'react-router';
import type { ActivityEvent } from '../../../contract/collaboration-api';
import { DateTime } from '../../components/date-time';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { PageSkeleton } from '../../components/page-skeleton';
import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { collaborationQueries } from '../../lib/collaboration-queries';
import { shortId } from '../../lib/format';
import { paths } from '../../lib/paths';
import { RELEASE_KEYS } from './audit-words';
import { LogPageControls, useLogPaging } from './log-paging';

function what(event: ActivityEvent): MessageKey {
  if (event.kind === 'take') return 'audit.activity.take';
  if (event.kind === 'release') return RELEASE_KEYS[event.reason ?? 'released'];
  return 'audit.activity.note';
}

/** Everyone's takes, releases and notes, newest first (docs/security.md W2). Notes show as text. */
export function ActivityLog() {
  const t = useT();
  const paging = useLogPaging();
  const list = useQuery(collaborationQueries.log(paging.window));
  const data = list.data;

  if (list.isError && !data) {
    return (
      <ErrorPanel
        title={t('audit.activity.loadFailed')}
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  }
  if (!data) return <PageSkeleton label={t('audit.activity.loading')} rows={6} />;
  if (data.total === 0) {
    return (
      <EmptyState icon={MessageSquare} title={t('audit.activity.empty')}>
        {t('audit.activity.emptyBody')}
      </EmptyState>
    );
  }
  return (
    <>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">
            {t('audit.activity.caption', { range: paging.range(data.total) })}
          </caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
            <tr>
              <th className="px-3 py-2">{t('audit.col.when')}</th>
              <th className="px-3 py-2">{t('audit.col.agent')}</th>
              <th className="px-3 py-2">{t('audit.col.what')}</th>
              <th className="px-3 py-2">{t('audit.col.transaction')}</th>
              <th className="px-3 py-2">{t('audit.col.note')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.items.map((event) => (
              <tr key={event.id} className="align-top">
                <td className="px-3 py-2 whitespace-nowrap text-slate-600 tabular-nums">
                  <DateTime iso={event.createdAt} />
                </td>
                <td className="px-3 py-2" title={event.agentEmail}>
                  {event.agentName}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{t(what(event))}</td>
                <td className="px-3 py-2 font-mono text-xs">
                  <Link
                    to={paths.transaction(event.transactionId)}
                    className="text-indigo-700 hover:underline"
                  >
                    {shortId(event.transactionId)}
                  </Link>
                </td>
                <td className="max-w-md px-3 py-2 break-words whitespace-pre-wrap text-slate-800">
                  {event.text}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LogPageControls paging={paging} total={data.total} />
    </>
  );
}
