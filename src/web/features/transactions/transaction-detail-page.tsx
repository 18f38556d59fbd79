import { useQuery } from '@tanstack/react-query';
import { ArrowLeft, SearchX } from 'lucide-react';
import { Link, useLocation, useParams } from 'react-router';
import { transactionIdParamsSchema } from '../../../contract/api';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { PageSkeleton } from '../../components/page-skeleton';
import { ApiRequestError } from '../../lib/api-client';
import { paths } from '../../lib/paths';
import { TransactionSummary } from './transaction-summary';
import { transactionQueries } from '../../lib/transaction-queries';

/** Capa answers "not yours" for another partner's id: to an agent both mean "not here". */
function isNotFound(error: unknown): boolean {
  return (
    error instanceof ApiRequestError && (error.status === 404 || error.code === 'TRANSACTION_ACCESS_DENIED')
  );
}

export function TransactionDetailPage() {
  const id = useParams().id ?? '';
  // The table's view (filters, page) came along in the query string: going back restores it.
  const { search } = useLocation();
  // A malformed id cannot exist: say so without asking the server.
  const valid = transactionIdParamsSchema.safeParse({ id }).success;
  const detail = useQuery({ ...transactionQueries.detail(id), enabled: valid });

  let body;
  if (!valid || (detail.isError && isNotFound(detail.error))) {
    body = <TransactionNotFound id={id} malformed={!valid} />;
  } else if (detail.isPending) {
    body = <PageSkeleton label="Loading transaction" rows={4} />;
  } else if (detail.isError) {
    body = (
      <ErrorPanel
        title="This transaction could not be loaded"
        error={detail.error}
        onRetry={() => void detail.refetch()}
        retrying={detail.isFetching}
      />
    );
  } else {
    body = <TransactionSummary tx={detail.data} />;
  }

  return (
    <div className="mx-auto max-w-4xl">
      <title>{`Transaction ${id.slice(0, 8)} · Rampdesk`}</title>
      <Link
        to={{ pathname: paths.transactions(), search }}
        className="mb-4 inline-flex items-center gap-1 rounded text-sm font-medium text-slate-600 hover:text-slate-900"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        All transactions
      </Link>
      {body}
    </div>
  );
}

function TransactionNotFound({ id, malformed }: { id: string; malformed: boolean }) {
  return (
    <EmptyState icon={SearchX} title="Transaction not found">
      {malformed ? (
        <>
          <code className="font-mono break-all text-slate-800">{id}</code> is not a transaction id: ids are
          UUIDs such as 8374f327-38bd-4b0b-b8a7-2524599eb903.
        </>
      ) : (
        <>
          No transaction with id <code className="font-mono break-all text-slate-800">{id}</code> exists for
          this partner. Check the id with the user or the ticket.
        </>
      )}
    </EmptyState>
  );
}
