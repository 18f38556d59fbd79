import { LRUCache } from 'lru-cache';
import type { ReadContext, UpstreamReads } from './upstream-reads';
import { createdAtMs, viewKey, type View } from './view';
import { findWindowEdges, type WindowEdges } from './window-search';

/** How long found edges are reused: the next pages of a view cost one call each meanwhile. */
export const WINDOW_CACHE_MS = 10_000;
const MAX_VIEWS = 1_000;

/** A view's edges, as one read of its first row (limit=1) at each probed ascending position. */
function searchEdges(reads: UpstreamReads, view: View, context: ReadContext): Promise<WindowEdges> {
  return findWindowEdges(async (position) => {
    const page = await reads.list(
      { ...view.filters, skip: position, limit: 1, sortBy: 'createdAt', sortOrder: 'ASC' },
      context,
    );
    const row = page.data[0];
    return { count: page.count, createdAtMs: row ? createdAtMs(row) : null };
  }, view.window);
}

/**
 * Edges per view for WINDOW_CACHE_MS, shared by concurrent identical searches (the promise is
 * cached at once, and dropped if it fails). `fresh` searches anew (an export fixes its edges at
 * its start; a page that found the list moved asks for new ones).
 */
export function windowCache(reads: UpstreamReads, ttlMs = WINDOW_CACHE_MS) {
  const cache = new LRUCache<string, Promise<WindowEdges>>({ max: MAX_VIEWS, ttl: ttlMs });
  return {
    edges(view: View, context: ReadContext, fresh = false): Promise<WindowEdges> {
      const key = viewKey(view);
      const cached = fresh ? undefined : cache.get(key);
      if (cached) return cached;
      const search = searchEdges(reads, view, context);
      cache.set(key, search);
      search.catch(() => {
        if (cache.get(key) === search) cache.delete(key);
      });
      return search;
    },
  };
}

export type WindowCache = ReturnType<typeof windowCache>;
