/** The Stuck-only list over the fixtures, as the BFF answers it (src/server/list-views/stuck-page.ts). */
import type { ApiListQuery, ApiListResponse } from '../../contract/api';
import type { Transaction } from '../../contract/capa';
import { collaborationStore } from './collaboration-store';
import { matchingTransactions } from './transaction-store';
import type { WindowQuery } from './window-query';

/** The sightings' candidates still in their status and matching the filters, longest in status first. */
export function stuckTransactions(query: ApiListQuery & WindowQuery): Omit<ApiListResponse, 'annotations'> {
  const matching = new Map(matchingTransactions(query).map((tx) => [tx.id, tx]));
  const stuck = collaborationStore.stuck(query.status ?? []).flatMap(({ id, status }) => {
    const tx = matching.get(id);
    return tx && tx.status === status ? [tx] : [];
  }) satisfies Transaction[];
  return {
    total: stuck.length,
    skip: query.skip,
    limit: query.limit,
    items: stuck.slice(query.skip, query.skip + query.limit),
  };
}
