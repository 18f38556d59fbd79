import { useQuery } from '@tanstack/react-query';
import { Inbox, LoaderCircle } from 'lucide-react';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { PageSkeleton } from '../../components/page-skeleton';
import { formatCount } from '../../lib/format';
import { TransactionList } from './transaction-list';
import { transactionQueries } from './transaction-queries';

export function TransactionsPage() {
  const list = useQuery(transactionQueries.list());

  return (
    <>
      <title>Transactions · Rampdesk</title>
      {list.isPending ? (
        <PageSkeleton label="Loading transactions" />
      ) : list.isError ? (
        <>
          <PageHeading />
          <ErrorPanel
            title="Transactions could not be loaded"
            error={list.error}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        </>
      ) : (
        <>
          <PageHeading
            summary={
              list.data.total === 0
                ? undefined
                : `Showing ${formatCount(list.data.items.length)} of ${formatCount(list.data.total)} · newest first`
            }
            updating={list.isFetching}
          />
          {list.data.total === 0 ? (
            <EmptyState icon={Inbox} title="No transactions yet">
              When users of your Capa integration start an on-ramp, off-ramp or cross-ramp, it appears here.
            </EmptyState>
          ) : (
            <TransactionList items={list.data.items} />
          )}
        </>
      )}
    </>
  );
}

function PageHeading({ summary, updating = false }: { summary?: string; updating?: boolean }) {
  return (
    <div className="mb-4 flex items-end justify-between gap-4">
      <div>
        <h1 className="text-xl font-semibold tracking-tight text-slate-900">Transactions</h1>
        {summary ? <p className="mt-0.5 text-sm text-slate-600">{summary}</p> : null}
      </div>
      {updating ? (
        <p className="inline-flex items-center gap-1.5 text-xs text-slate-500">
          <LoaderCircle aria-hidden="true" className="size-3.5 animate-spin" />
          Updating…
        </p>
      ) : null}
    </div>
  );
}
