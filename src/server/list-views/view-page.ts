import type { SortOrder } from '../../contract/enums';
import { readMergedPage } from './merged-page';
import type { ListPage, ReadContext, UpstreamReads } from './upstream-reads';
import { createdAtMs, hasWindow, inWindow, type View } from './view';
import { viewChanged } from './view-changed';
import type { WindowCache } from './window-cache';
import type { WindowEdges } from './window-search';

export interface PageRequest {
  skip: number;
  limit: number;
  sortOrder: SortOrder;
}

/** The ascending positions [first, last) of a page of the window, in either order. */
function pageRange(edges: WindowEdges, page: PageRequest): { first: number; last: number } {
  const total = edges.end - edges.start;
  if (page.skip >= total) return { first: edges.start, last: edges.start };
  if (page.sortOrder === 'ASC') {
    const first = edges.start + page.skip;
    return { first, last: Math.min(edges.end, first + page.limit) };
  }
  // Newest first: counted back from the window's end.
  const last = edges.end - page.skip;
  return { first: Math.max(edges.start, last - page.limit), last };
}

/**
 * One page of a view: one call without a window, as before; with one, the window's edges (cached
 * by view) and one call, always read oldest first (positions that new transactions never move)
 * and reversed for newest first. A page whose rows are not what the edges promised (the list
 * moved under them) is read once more with fresh edges; twice wrong is VIEW_CHANGED. A view of
 * several statuses is a merge of one list per status (merged-page.ts).
 */
export async function readViewPage(
  reads: UpstreamReads,
  cache: WindowCache,
  view: View,
  page: PageRequest,
  context: ReadContext,
): Promise<{ total: number; items: ListPage['data'] }> {
  if (view.statuses) return readMergedPage(reads, cache, view, page, context);
  if (!hasWindow(view)) {
    const { count, data } = await reads.list(
      { ...view.filters, skip: page.skip, limit: page.limit, sortBy: 'createdAt', sortOrder: page.sortOrder },
      context,
    );
    return { total: count, items: data };
  }
  for (let attempt = 0; ; attempt++) {
    const edges = await cache.edges(view, context, attempt > 0);
    const total = edges.end - edges.start;
    const { first, last } = pageRange(edges, page);
    if (first >= last) return { total, items: [] };
    const { data } = await reads.list(
      { ...view.filters, skip: first, limit: last - first, sortBy: 'createdAt', sortOrder: 'ASC' },
      context,
    );
    const fits = data.length === last - first && data.every((tx) => inWindow(createdAtMs(tx), view.window));
    if (fits) return { total, items: page.sortOrder === 'ASC' ? data : [...data].reverse() };
    if (attempt > 0) throw viewChanged('a page held rows outside the window');
  }
}
