import { useQuery } from '@tanstack/react-query';
import { FileDown } from 'lucide-react';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { PageSkeleton } from '../../components/page-skeleton';
import { useT } from '../../i18n/use-t';
import { auditQueries } from '../../lib/audit-queries';
import { ExportTable } from './export-table';
import { LogPageControls, useLogPaging } from './log-paging';

/** The audit of CSV exports (docs/security.md): admins see everyone's, operators their own. */
export function ExportLog({ isAdmin, email }: { isAdmin: boolean; email: string }) {
  const t = useT();
  const paging = useLogPaging();
  const list = useQuery(auditQueries.exports(paging.window));
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
          caption={t('audit.exports.caption', { range: paging.range(data.total) })}
        />
        <LogPageControls paging={paging} total={data.total} />
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
