import { useQuery } from '@tanstack/react-query';
import { FileDown } from 'lucide-react';
import { useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { PageControls, pageRangeLabel } from '../../components/page-controls';
import { PageSkeleton } from '../../components/page-skeleton';
import { auditQueries } from '../../lib/audit-queries';
import { formatCount } from '../../lib/format';
import { AUDIT_PAGE_SIZES } from './audit-view';
import { ExportTable } from './export-table';

/** The audit of CSV exports (docs/security.md): admins see everyone's, operators their own. */
export function ExportLog({ isAdmin, email }: { isAdmin: boolean; email: string }) {
  const [paging, setPaging] = useState({ page: 1, size: 20 });
  const list = useQuery(auditQueries.exports({ skip: (paging.page - 1) * paging.size, limit: paging.size }));
  const data = list.data;

  let body;
  if (list.isError && !data) {
    body = (
      <ErrorPanel
        title="The export log could not be loaded"
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  } else if (!data) {
    body = <PageSkeleton label="Loading exports" rows={6} />;
  } else if (data.total === 0) {
    body = (
      <EmptyState icon={FileDown} title="No exports yet">
        {isAdmin ? 'Every CSV export by any agent appears here.' : 'Your CSV exports appear here.'}
      </EmptyState>
    );
  } else {
    body = (
      <>
        <ExportTable
          items={data.items}
          showAgent={isAdmin}
          updating={list.isPlaceholderData}
          caption={`CSV exports, ${pageRangeLabel(paging.page, paging.size, data.total)}`}
        />
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

  return (
    <>
      <p className="mt-0.5 mb-4 text-sm text-slate-600">
        {isAdmin ? (
          'Every CSV export by every agent, newest first: the view exported and how it ended.'
        ) : (
          <>Your own CSV exports ({email}), newest first. Admins see everyone’s.</>
        )}
        {data ? ` ${formatCount(data.total)} ${data.total === 1 ? 'export' : 'exports'}.` : ''}
      </p>
      {body}
    </>
  );
}
