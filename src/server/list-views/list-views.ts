/**
 * Views of Capa's list that Capa does not offer by itself: date windows, exact totals, exports
 * (docs/architecture.md, "List views"). Built on the upstream client's list call only; every
 * feature reports the Capa calls it cost, shares identical reads in flight, and leaves 429s and
 * Retry-After to the client's retries.
 */
import type { StuckCandidate } from '../collaboration/stuck';
import { createQueueCounts, QUEUES_CACHE_MS, type StuckCounts } from '../queues/queue-counts';
import type { CapaClient } from '../upstream/client';
import { prepareExport, type ExportOptions } from './export-csv';
import { readStuckPage } from './stuck-page';
import { viewTotals } from './totals';
import { sharedReads, type ReadContext } from './upstream-reads';
import type { View } from './view';
import { readViewPage, type PageRequest } from './view-page';
import { windowCache, WINDOW_CACHE_MS } from './window-cache';

export function createListViews(
  client: CapaClient,
  options: {
    windowCacheMs?: number;
    queuesCacheMs?: number;
    clock?: () => Date;
    stuckCounts?: StuckCounts;
  } = {},
) {
  const reads = sharedReads(client);
  const cache = windowCache(reads, options.windowCacheMs ?? WINDOW_CACHE_MS);
  return {
    /** The work queues' counts (src/server/queues/), read through the same shared reads. */
    queues: createQueueCounts(reads, cache, {
      ttlMs: options.queuesCacheMs ?? QUEUES_CACHE_MS,
      clock: options.clock ?? (() => new Date()),
      ...(options.stuckCounts ? { stuckCounts: options.stuckCounts } : {}),
    }),
    page: (view: View, page: PageRequest, context: ReadContext) =>
      readViewPage(reads, cache, view, page, context),
    /** The Stuck-only view: the candidates that Capa says are still in their status. */
    stuckPage: (
      candidates: readonly StuckCandidate[],
      view: View,
      page: { skip: number; limit: number },
      context: ReadContext,
    ) => readStuckPage(reads, candidates, view, page, context),
    totals: (view: View, context: ReadContext) => viewTotals(reads, cache, view, context),
    prepareExport: (view: View, context: ReadContext, options: ExportOptions) =>
      prepareExport(reads, cache, view, context, options),
  };
}

export type ListViews = ReturnType<typeof createListViews>;
