import type { ApiListQuery, ApiListResponse } from '../../contract/api';
import type { Transaction } from '../../contract/capa';
import { TRANSACTION_STATUSES, type TransactionStatus } from '../../contract/statuses';
import { FIXTURE_TRANSACTIONS, MOCK_PARTNER_ID } from './fixtures';
import { inWindow, type FilterQuery, type WindowQuery } from './window-query';

/** Statuses changed since the fixtures were built (an execute moves an off-ramp on), by id. */
let statuses = new Map<string, string>();

/** The fixtures as the BFF would read them now. */
export function currentTransactions(): readonly Transaction[] {
  if (statuses.size === 0) return FIXTURE_TRANSACTIONS;
  return FIXTURE_TRANSACTIONS.map((tx) => {
    const status = statuses.get(tx.id);
    return status ? { ...tx, status } : tx;
  });
}

export function setTransactionStatus(id: string, status: string) {
  statuses = new Map(statuses).set(id, status);
}

/** test-support/setup.ts calls this after each test so no test sees another's executes. */
export function resetTransactionStore() {
  statuses = new Map();
}

/** The view's transactions (filters and date window on createdAt), in the fixtures' order. */
export function matchingTransactions(
  query: FilterQuery,
  source: readonly Transaction[] = currentTransactions(),
): Transaction[] {
  // Every fixture belongs to one partner; filtering by any other partner finds nothing.
  return source.filter(
    (tx) =>
      (!query.id || tx.id === query.id) &&
      (!query.status || (query.status as readonly string[]).includes(tx.status)) &&
      (!query.type || tx.type === query.type) &&
      (!query.fiatCurrency || tx.fiatCurrency === query.fiatCurrency) &&
      (!query.userId || tx.userId === query.userId) &&
      (!query.partnerId || query.partnerId === MOCK_PARTNER_ID) &&
      inWindow(tx, query),
  );
}

/** What the BFF does with Capa's list, done over the fixtures: filter, window, sort by createdAt, page. */
export function listTransactions(
  query: ApiListQuery & WindowQuery,
  source: readonly Transaction[] = currentTransactions(),
): Omit<ApiListResponse, 'annotations'> {
  const matching = matchingTransactions(query, source);
  const direction = query.sortOrder === 'ASC' ? 1 : -1;
  // Several statuses: rows of the same instant in TRANSACTION_STATUSES' order, as the BFF merges them.
  const rank = (tx: Transaction) => TRANSACTION_STATUSES.indexOf(tx.status as TransactionStatus);
  const sorted = [...matching].sort(
    (a, b) => direction * (a.createdAt.localeCompare(b.createdAt) || rank(a) - rank(b)),
  );
  return {
    total: matching.length,
    skip: query.skip,
    limit: query.limit,
    items: sorted.slice(query.skip, query.skip + query.limit),
  };
}

export function findTransaction(
  id: string,
  source: readonly Transaction[] = currentTransactions(),
): Transaction | undefined {
  return source.find((tx) => tx.id === id);
}
