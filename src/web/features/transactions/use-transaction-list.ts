import { noop, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { transactionQueries } from '../../lib/transaction-queries';
import { listQueryFor, type ListView } from './list-view';
import type { ListViewControls } from './use-list-view';

/** How often the open table re-reads its page: one Capa list call per agent looking. */
export const LIST_POLL_MS = 10_000;

/**
 * The page of transactions for a view, kept calm: the previous page stays while the next loads
 * (keepPreviousData in the factory), the following page is fetched ahead, a request superseded
 * by a new view is aborted (the query function passes TanStack Query's signal to fetch), and a
 * page past the end (a shared link after the data shrank) moves to the last page.
 */
export function useTransactionList(view: ListView, setPaging: ListViewControls['setPaging']) {
  const queryClient = useQueryClient();
  // The route's loader may have asked already (app/transactions-loader.ts): a failure it got is
  // shown with Retry, not asked again on mount behind the retry rule's back (query-client.ts).
  // Re-read every few seconds, so another agent's take (and a stuck flag) shows without a reload.
  const list = useQuery({
    ...transactionQueries.list(listQueryFor(view)),
    retryOnMount: false,
    refetchInterval: LIST_POLL_MS,
    refetchIntervalInBackground: false,
  });
  const settled = list.data !== undefined && !list.isPlaceholderData;
  const total = settled ? list.data.total : undefined;
  const pageCount = total === undefined ? undefined : Math.max(1, Math.ceil(total / view.size));

  useEffect(() => {
    if (pageCount === undefined || view.page >= pageCount) return;
    const next = transactionQueries.list(listQueryFor({ ...view, page: view.page + 1 }));
    // A head start only: the next page reports its own failure if the agent goes there.
    void queryClient.query(next).catch(noop);
  }, [queryClient, view, pageCount]);

  useEffect(() => {
    // Replace, not push: the page that does not exist should not be a step back to.
    if (pageCount !== undefined && view.page > pageCount) {
      setPaging({ page: pageCount, size: view.size }, { replace: true });
    }
  }, [pageCount, view.page, view.size, setPaging]);

  return list;
}
