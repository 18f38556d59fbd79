import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { isFinalStatus } from '../../../../contract/statuses';
import {
  cachedTransaction,
  transactionQueries,
  updateTransactionInLists,
} from '../../../lib/transaction-queries';
import { pollDelay } from './live-polling';

/**
 * One transaction, kept live while the drawer shows it: it starts from the table's copy (the
 * drawer fills at once), re-reads itself with backoff until its status is final, pauses while the
 * tab is hidden, and writes each fresh copy into the table so the row under the drawer agrees.
 */
export function useLiveTransaction(id: string, enabled: boolean) {
  const queryClient = useQueryClient();
  // Reads (answers and errors) counted when the status last moved: the backoff restarts there.
  const since = useRef({ status: '', reads: 0 });

  const query = useQuery({
    ...transactionQueries.detail(id),
    enabled,
    initialData: () => cachedTransaction(queryClient, id)?.tx,
    initialDataUpdatedAt: () => cachedTransaction(queryClient, id)?.updatedAt,
    // The row's copy shows at once, and opening the drawer still asks for the latest.
    staleTime: 0,
    refetchInterval: ({ state }) => {
      const tx = state.data;
      if (!tx || isFinalStatus(tx.status)) return false;
      const reads = state.dataUpdateCount + state.errorUpdateCount;
      const status = `${tx.id}:${tx.status}`;
      if (since.current.status !== status) since.current = { status, reads };
      return pollDelay(reads - since.current.reads);
    },
    // A hidden tab does not poll; TanStack Query refetches on focus when the data is stale.
    refetchIntervalInBackground: false,
  });

  const tx = query.data;
  useEffect(() => {
    if (tx) updateTransactionInLists(queryClient, tx.id, () => tx);
  }, [queryClient, tx]);

  const { refetch } = query;
  const refresh = useCallback(async () => {
    since.current = { status: '', reads: 0 };
    await refetch();
  }, [refetch]);

  return { query, refresh };
}
