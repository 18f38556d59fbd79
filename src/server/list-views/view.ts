import type { CapaListQuery, Transaction } from '../../contract/capa';
import type { TransactionStatus } from '../../contract/statuses';
import { UpstreamFailure } from '../upstream/errors';
import type { TimeWindow } from './window-search';

/** Capa's own filters of a view: every list field but paging and order. */
export type ViewFilters = Omit<CapaListQuery, 'skip' | 'limit' | 'sortBy' | 'sortOrder'>;

/** A filtered list and a date window on it. */
export interface View {
  filters: ViewFilters;
  window: TimeWindow;
  /**
   * Two statuses or more (Capa's filter takes one): the view is the merge of one list per status,
   * filters.status left out (docs/architecture.md, "Several statuses at once"). In
   * TRANSACTION_STATUSES' order, which is also the order of rows created in the same millisecond.
   */
  statuses?: readonly TransactionStatus[];
}

const FILTER_NAMES = ['id', 'status', 'type', 'fiatCurrency', 'userId', 'partnerId'] as const;

/**
 * The view of a validated query: Capa's filters as they are, from/to as instants in ms. One status
 * (alone or as a set of one) is Capa's own filter, exactly as before sets existed.
 */
export function viewOf(
  query: Partial<Record<string, unknown>> & {
    status?: TransactionStatus | readonly TransactionStatus[];
    from?: string;
    to?: string;
  },
): View {
  const filters: ViewFilters = {};
  for (const name of FILTER_NAMES) {
    const value = query[name];
    if (value !== undefined && name !== 'status') (filters as Record<string, unknown>)[name] = value;
  }
  const statuses = typeof query.status === 'string' ? [query.status] : (query.status ?? []);
  if (statuses.length === 1) filters.status = statuses[0];
  return {
    filters,
    window: {
      ...(query.from ? { fromMs: Date.parse(query.from) } : {}),
      ...(query.to ? { toMs: Date.parse(query.to) } : {}),
    },
    ...(statuses.length > 1 ? { statuses } : {}),
  };
}

/** The one-status views a view is made of: itself, or one per status of its set. */
export function partsOf(view: View): View[] {
  if (!view.statuses) return [view];
  return view.statuses.map((status) => ({ filters: { ...view.filters, status }, window: view.window }));
}

export function hasWindow(view: View): boolean {
  return view.window.fromMs !== undefined || view.window.toMs !== undefined;
}

/**
 * A row's createdAt in ms. Compared at millisecond precision: finer digits Capa might send are
 * cut, as Date.parse does.
 */
export function createdAtMs(tx: Transaction): number {
  const ms = Date.parse(tx.createdAt);
  if (Number.isNaN(ms)) throw new UpstreamFailure('bad-response', 'a createdAt that is not an instant');
  return ms;
}

export function inWindow(ms: number, window: TimeWindow): boolean {
  return (
    (window.fromMs === undefined || ms >= window.fromMs) && (window.toMs === undefined || ms < window.toMs)
  );
}

/** The cache key of a view: the same filters and window give the same key. */
export function viewKey(view: View): string {
  return JSON.stringify([
    FILTER_NAMES.map((name) => view.filters[name] ?? null),
    view.statuses ?? null,
    view.window.fromMs ?? null,
    view.window.toMs ?? null,
  ]);
}
