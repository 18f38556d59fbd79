import type { ReadContext, UpstreamReads } from './upstream-reads';
import { createdAtMs, type View } from './view';
import type { WindowCache } from './window-cache';
import type { WindowEdges } from './window-search';

/**
 * An export's view and edges, fixed at its start: the window ends at min(to, start). Usually the
 * window runs to now, past every row: then one read of the newest row says so, the end is that
 * read's count (every position before it was created before the start, every later one after),
 * and only `from` needs searching. Otherwise both edges are searched afresh.
 */
export async function exportEdges(
  reads: UpstreamReads,
  cache: WindowCache,
  view: View,
  startMs: number,
  context: ReadContext,
): Promise<{ view: View; edges: WindowEdges }> {
  const { filters, window } = view;
  const bounded: View = { filters, window: { ...window, toMs: Math.min(window.toMs ?? startMs, startMs) } };
  if (window.toMs === undefined || window.toMs > startMs) {
    const newest = await reads.list(
      { ...filters, skip: 0, limit: 1, sortBy: 'createdAt', sortOrder: 'DESC' },
      context,
    );
    const last = newest.data[0];
    if (!last || createdAtMs(last) < startMs) {
      const fromOnly = await cache.edges({ filters, window: { fromMs: window.fromMs } }, context, true);
      const end = Math.min(fromOnly.end, newest.count);
      return { view: bounded, edges: { count: newest.count, start: Math.min(fromOnly.start, end), end } };
    }
  }
  return { view: bounded, edges: await cache.edges(bounded, context, true) };
}
