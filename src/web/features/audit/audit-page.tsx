import { useQuery } from '@tanstack/react-query';
import { ScrollText } from 'lucide-react';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { ForbiddenPanel } from '../../components/forbidden-panel';
import { PageControls, pageRangeLabel } from '../../components/page-controls';
import { PageSkeleton } from '../../components/page-skeleton';
import { useT } from '../../i18n/use-t';
import { auditQueries } from '../../lib/audit-queries';
import { useAgent } from '../../lib/use-agent';
import { ActivityLog } from './activity-log';
import { AuditFiltersBar } from './audit-filters';
import { AuditTable } from './audit-table';
import { AUDIT_PAGE_SIZES, auditQueryFor, hasAuditFilters, type AuditPageSize } from './audit-view';
import { ExportLog } from './export-log';
import { LogTabs, type AuditLogName } from './log-tabs';
import { useAuditView } from './use-audit-view';

/**
 * /audit: every execute attempt and every CSV export, for operators (their own) and admins
 * (everyone's); and everyone's takes, releases and notes.
 */
export function AuditPage() {
  const t = useT();
  const { agent, can } = useAgent();
  const [params] = useSearchParams();
  const log = params.get('log');
  const current: AuditLogName = log === 'exports' || log === 'activity' ? log : 'attempts';
  return (
    <>
      <title>{t('audit.pageTitle')}</title>
      <h1 className="text-xl font-semibold tracking-tight text-slate-900">{t('audit.title')}</h1>
      {agent && can('operator') ? (
        <>
          <LogTabs current={current} />
          {current === 'exports' ? <ExportLog isAdmin={can('admin')} email={agent.email} /> : null}
          {current === 'activity' ? <ActivityLog /> : null}
          {current === 'attempts' ? <AuditLog isAdmin={can('admin')} email={agent.email} /> : null}
        </>
      ) : (
        <div className="mt-6">
          <ForbiddenPanel required="operator" action={t('audit.forbiddenAction')} />
        </div>
      )}
    </>
  );
}

function AuditLog({ isAdmin, email }: { isAdmin: boolean; email: string }) {
  const t = useT();
  const { view, setFilters, clearFilters, setPaging } = useAuditView();
  const list = useQuery(auditQueries.list(auditQueryFor(view, isAdmin)));
  const data = list.data;
  const filtered = hasAuditFilters(view);

  // A page past the end (an old link) moves to the last page, replacing the history entry.
  const lastPage = data && data.total > 0 ? Math.ceil(data.total / view.size) : null;
  useEffect(() => {
    if (lastPage && view.page > lastPage && !list.isPlaceholderData) {
      setPaging({ page: lastPage, size: view.size }, { replace: true });
    }
  }, [lastPage, view.page, view.size, list.isPlaceholderData, setPaging]);

  let body;
  if (list.isError && !data) {
    body = (
      <ErrorPanel
        title={t('audit.attempts.loadFailed')}
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  } else if (!data) {
    body = <PageSkeleton label={t('audit.attempts.loading')} rows={6} />;
  } else if (data.total === 0) {
    body = (
      <EmptyState
        icon={ScrollText}
        title={t(filtered ? 'audit.attempts.emptyFiltered' : 'audit.attempts.empty')}
        action={
          filtered ? (
            <button
              type="button"
              onClick={clearFilters}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50"
            >
              {t('audit.clearFilters')}
            </button>
          ) : undefined
        }
      >
        {t(isAdmin ? 'audit.attempts.emptyAdmin' : 'audit.attempts.emptyOwn')}
      </EmptyState>
    );
  } else {
    body = (
      <>
        <AuditTable
          items={data.items}
          showAgent={isAdmin}
          updating={list.isPlaceholderData}
          caption={t('audit.attempts.caption', { range: pageRangeLabel(view.page, view.size, data.total) })}
        />
        <PageControls
          page={view.page}
          size={view.size}
          total={data.total}
          sizes={AUDIT_PAGE_SIZES}
          onChange={({ page, size }) => setPaging({ page, size: size as AuditPageSize })}
        />
      </>
    );
  }

  // A page past the end (a shared link, entries filtered away) moves to the last page.
  if (data && data.total > 0 && data.items.length === 0 && !list.isPlaceholderData) {
    const last = Math.max(1, Math.ceil(data.total / view.size));
    if (last !== view.page)
      queueMicrotask(() => setPaging({ page: last, size: view.size }, { replace: true }));
  }

  return (
    <>
      <p className="mt-0.5 text-sm text-slate-600">
        {t(isAdmin ? 'audit.attempts.introAdmin' : 'audit.attempts.introOwn', { email })}
        {data
          ? ` ${t(filtered ? 'audit.attempts.matching' : 'audit.attempts.total', { count: data.total })}`
          : ''}
      </p>
      <div className="mt-4 mb-4 flex flex-wrap items-end justify-between gap-3">
        <AuditFiltersBar filters={view} byAgent={isAdmin} onChange={setFilters} />
        {filtered ? (
          <button
            type="button"
            onClick={clearFilters}
            className="mb-0.5 rounded-md px-2 py-1.5 text-sm font-medium text-indigo-700 hover:bg-indigo-50"
          >
            {t('audit.clearFilters')}
          </button>
        ) : null}
      </div>
      {body}
    </>
  );
}
