import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ApiListQuery, ApiListResponse } from '../../contract/api';
import { API_PATHS } from '../../contract/api-paths';
import type { Transaction } from '../../contract/capa';
import { apiGet } from './api-client';

/*
 * The schemas load with the first request that needs them (api-client.ts, LazySchema): the
 * transactions route's loader asks for the first rows before zod and the contract are loaded.
 */
const contract = () => import('../../contract/api');
const listSchema = () => contract().then((m) => m.apiListResponseSchema);
const transactionSchema = () => contract().then((m) => m.apiTransactionResponseSchema);
const totalsSchema = () =>
  import('../../contract/reconciliation-api').then((m) => m.reconciliationTotalsSchema);

/** The date window on createdAt: ISO instants, `from` inclusive, `to` exclusive. */
export type WindowQuery = {
  from?: string | undefined;
  to?: string | undefined;
};

/**
 * What a view may ask the list for; anything left out takes the BFF's default. `status` is one
 * status or several, comma-separated, as the URL carries it (statusSet in the contract).
 */
export type TransactionListQuery = Partial<Omit<ApiListQuery, 'status' | 'stuck'>> &
  WindowQuery & { status?: string | undefined; stuck?: 'true' | undefined };

/** A view's rows whatever the page: what totals and the CSV export take. */
export type TransactionFilterQuery = Omit<
  TransactionListQuery,
  'skip' | 'limit' | 'sortBy' | 'sortOrder' | 'stuck'
>;

/** Drops empty values so {} and {status: undefined} share one cache entry. */
function compactQuery<Q extends object>(query: Q): Q {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as Q;
}

/**
 * Every transactions query key and fetch in one place (TanStack Query's query-options factory):
 * views call `useQuery(transactionQueries.list(q))`, and invalidation goes through the keys,
 * e.g. `invalidateQueries({ queryKey: transactionQueries.all() })` after an execute. It lives in
 * lib/ because more than one feature reads and updates these caches (the table and drawer, and
 * the execute action that must show the new status at once).
 */
export const transactionQueries = {
  all: () => ['transactions'] as const,
  lists: () => [...transactionQueries.all(), 'list'] as const,
  list: (query: TransactionListQuery = {}) => {
    const params = compactQuery(query);
    return queryOptions({
      queryKey: [...transactionQueries.lists(), params] as const,
      queryFn: ({ signal }) => apiGet(API_PATHS.transactions, listSchema, { query: params, signal }),
      // The previous page stays on screen while the next one loads: no flash of skeleton.
      placeholderData: keepPreviousData,
    });
  },
  /**
   * Exact sums of the whole view (filters and window, not the page). Not under lists(): those
   * hold pages of rows. A view's totals never stand in for another's, so no placeholder.
   */
  totalsAll: () => [...transactionQueries.all(), 'totals'] as const,
  totals: (filters: TransactionFilterQuery = {}) => {
    const params = compactQuery(filters);
    return queryOptions({
      queryKey: [...transactionQueries.totalsAll(), params] as const,
      queryFn: ({ signal }) => apiGet(API_PATHS.transactionTotals, totalsSchema, { query: params, signal }),
    });
  },
  details: () => [...transactionQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...transactionQueries.details(), id] as const,
      queryFn: ({ signal }) => apiGet(API_PATHS.transaction(id), transactionSchema, { signal }),
    }),
};

/** A transaction already on one of the table's pages, so the drawer can fill before it asks. */
export function cachedTransaction(
  queryClient: QueryClient,
  id: string,
): { tx: Transaction; updatedAt: number } | undefined {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: transactionQueries.lists() })) {
    const tx = (query.state.data as ApiListResponse | undefined)?.items.find((item) => item.id === id);
    if (tx) return { tx, updatedAt: query.state.dataUpdatedAt };
  }
  return undefined;
}

/**
 * One transaction's row changed on every cached page that shows it (pages without it are left as
 * they are): a fresher copy read by the drawer, or the status an execute answered.
 */
export function updateTransactionInLists(
  queryClient: QueryClient,
  id: string,
  update: (tx: Transaction) => Transaction,
): void {
  queryClient.setQueriesData<ApiListResponse>({ queryKey: transactionQueries.lists() }, (page) =>
    page?.items.some((item) => item.id === id)
      ? { ...page, items: page.items.map((item) => (item.id === id ? update(item) : item)) }
      : page,
  );
}
