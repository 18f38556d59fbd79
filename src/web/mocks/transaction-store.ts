import type { ApiListQuery, ApiListResponse } from '../../contract/api';
import type { Transaction } from '../../contract/capa';
import { FIXTURE_TRANSACTIONS, MOCK_PARTNER_ID } from './fixtures';

/** What the BFF does with Capa's list, done over the fixtures: filter, sort by createdAt, page. */
export function listTransactions(
  query: ApiListQuery,
  source: readonly Transaction[] = FIXTURE_TRANSACTIONS,
): ApiListResponse {
  // Every fixture belongs to one partner; filtering by any other partner finds nothing.
  const matching = source.filter(
    (tx) =>
      (!query.id || tx.id === query.id) &&
      (!query.status || tx.status === query.status) &&
      (!query.type || tx.type === query.type) &&
      (!query.fiatCurrency || tx.fiatCurrency === query.fiatCurrency) &&
      (!query.userId || tx.userId === query.userId) &&
      (!query.partnerId || query.partnerId === MOCK_PARTNER_ID),
  );
  const direction = query.sortOrder === 'ASC' ? 1 : -1;
  const sorted = [...matching].sort((a, b) => direction * a.createdAt.localeCompare(b.createdAt));
  return {
    total: matching.length,
    skip: query.skip,
    limit: query.limit,
    items: sorted.slice(query.skip, query.skip + query.limit),
  };
}

export function findTransaction(
  id: string,
  source: readonly Transaction[] = FIXTURE_TRANSACTIONS,
): Transaction | undefined {
  return source.find((tx) => tx.id === id);
}
