import pLimit from 'p-limit';
import type { Transaction } from '../../contract/capa';
import type { TransactionStatus } from '../../contract/statuses';
import type { StuckCandidate } from '../collaboration/stuck';
import type { ReadContext, UpstreamReads } from './upstream-reads';
import { createdAtMs, inWindow, type View } from './view';

/** Verifications in flight at once for one page: quick for a few dozen, gentle on Capa's limits. */
const CONCURRENT_CHECKS = 6;

export interface StuckPage {
  total: number;
  items: Transaction[];
}

/**
 * The Stuck-only view (docs/architecture.md, "Stuck items"): the database's candidates (last seen
 * entering one of the view's statuses longer ago than its threshold, longest first, capped), each
 * checked against Capa by one list call filtered on its id, its status and the view's other
 * filters. A transaction that has moved on, or does not match the filters, is dropped; the date
 * window is checked on the row. Every candidate is checked, so the total is exact up to the cap.
 */
export async function readStuckPage(
  reads: UpstreamReads,
  candidates: readonly StuckCandidate[],
  view: View,
  page: { skip: number; limit: number },
  context: ReadContext,
): Promise<StuckPage> {
  const statuses = new Set<TransactionStatus>(
    view.statuses ?? (view.filters.status ? [view.filters.status] : []),
  );
  const limit = pLimit(CONCURRENT_CHECKS);
  const checked = await Promise.all(
    candidates.map((candidate) => {
      if (!statuses.has(candidate.status)) return null;
      if (view.filters.id !== undefined && view.filters.id !== candidate.id) return null;
      return limit(async () => {
        const { data } = await reads.list(
          {
            ...view.filters,
            id: candidate.id,
            status: candidate.status,
            skip: 0,
            limit: 1,
            sortBy: 'createdAt',
            sortOrder: 'DESC',
          },
          context,
        );
        const tx = data[0];
        return tx && tx.status === candidate.status && inWindow(createdAtMs(tx), view.window) ? tx : null;
      });
    }),
  );
  const stuck = checked.filter((tx): tx is Transaction => tx !== null);
  return { total: stuck.length, items: stuck.slice(page.skip, page.skip + page.limit) };
}
