import { useQuery } from '@tanstack/react-query';
import { MessageSquare } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ActivityEvent, ReleaseReason } from '../../../contract/collaboration-api';
import { DateTime } from '../../components/date-time';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { PageControls, pageRangeLabel } from '../../components/page-controls';
import { PageSkeleton } from '../../components/page-skeleton';
import { collaborationQueries } from '../../lib/collaboration-queries';
import { shortId } from '../../lib/format';
import { paths } from '../../lib/paths';
import { AUDIT_PAGE_SIZES } from './audit-view';

const RELEASE_WORDS: Record<ReleaseReason, string> = {
  released: 'Released',
  'released-by-admin': 'Released by an admin',
  executed: 'Released: executed',
  expired: 'Lapsed',
};

function what(event: ActivityEvent): string {
  if (event.kind === 'take') return 'Took it';
  if (event.kind === 'release') return RELEASE_WORDS[event.reason ?? 'released'];
  return 'Note';
}

/** Everyone's takes, releases and notes, newest first (docs/security.md W2). Notes show as text. */
export function ActivityLog() {
  const [paging, setPaging] = useState({ page: 1, size: 20 });
  const list = useQuery(
    collaborationQueries.log({ skip: (paging.page - 1) * paging.size, limit: paging.size }),
  );
  const data = list.data;

  if (list.isError && !data) {
    return (
      <ErrorPanel
        title="Takes and notes could not be loaded"
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  }
  if (!data) return <PageSkeleton label="Loading takes and notes" rows={6} />;
  if (data.total === 0) {
    return (
      <EmptyState icon={MessageSquare} title="No takes or notes yet">
        When an agent takes a transaction, releases it or leaves a note, it appears here.
      </EmptyState>
    );
  }
  return (
    <>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">
            Takes, releases and notes, {pageRangeLabel(paging.page, paging.size, data.total)}
          </caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold text-slate-600">
            <tr>
              <th className="px-3 py-2">When</th>
              <th className="px-3 py-2">Agent</th>
              <th className="px-3 py-2">What</th>
              <th className="px-3 py-2">Transaction</th>
              <th className="px-3 py-2">Note</th>
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
                <td className="px-3 py-2 whitespace-nowrap">{what(event)}</td>
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
      <PageControls
        page={paging.page}
        size={paging.size}
        total={data.total}
        sizes={AUDIT_PAGE_SIZES}
        onChange={setPaging}
      />
    </>
  );
}
