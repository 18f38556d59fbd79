import { useQuery } from '@tanstack/react-query';
import { FileDown } from 'lucide-react';
import { useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { PageControls, pageRangeLabel } from '../../components/page-controls';
import { PageSkeleton } from '../../components/page-skeleton';
import { useT } from '../../i18n/use-t';
import { auditQueries } from '../../lib/audit-queries';
import { AUDIT_PAGE_SIZES } from './audit-view';
import { ExportTable } from './export-table';

/** The audit of CSV exports (docs/security.md): admins see everyone's, operators their own. */
export function ExportLog({ isAdmin, email }: { isAdmin: boolean; email: string }) {
  const t = useT();
  const [paging, setPaging] = useState({ page: 1, size: 20 });
  const list = useQuery(auditQueries.exports({ skip: (paging.page - 1) * paging.size, limit: paging.size }));
  const data = list.data;

  let body;
  if (list.isError && !data) {
    body = (
      <ErrorPanel
        title={t('audit.exports.loadFailed')}
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  } else if (!data) {
    body = <PageSkeleton label={t('audit.exports.loading')} rows={6} />;
  } else if (data.total === 0) {
    body = (
      <EmptyState icon={FileDown} title={t('audit.exports.empty')}>
        {t(isAdmin ? 'audit.exports.emptyAdmin' : 'audit.exports.emptyOwn')}
      </EmptyState>
    );
  } else {
    body = (
      <>
        <ExportTable
          items={data.items}
          showAgent={isAdmin}
          updating={list.isPlaceholderData}
          caption={t('audit.exports.caption', {
            range: pageRangeLabel(paging.page, paging.size, data.total),
          })}
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
        {t(isAdmin ? 'audit.exports.introAdmin' : 'audit.exports.introOwn', { email })}
        {data ? ` ${t('audit.exports.total', { count: data.total })}` : ''}
      </p>
      {body}
    </>
  );
}
