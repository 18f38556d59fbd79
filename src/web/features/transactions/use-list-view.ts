import { useMemo } from 'react';
import { useUrlView } from '../../lib/use-url-view';
import { DEFAULT_VIEW, listViewToParams, parseListView, type ListFilters, type ListView } from './list-view';

export interface ListViewControls {
  view: ListView;
  /** Any filter change returns to page one: page 7 of the old results means nothing in the new. */
  setFilters: (patch: Partial<ListFilters>) => void;
  clearFilters: () => void;
  setSort: (sort: ListView['sort']) => void;
  setPaging: (paging: Pick<ListView, 'page' | 'size'>, options?: { replace?: boolean }) => void;
}

/**
 * The view lives only in the URL: each change is a history entry, so back and forward walk
 * through the agent's steps, and a copied link lands a colleague on the same table.
 */
export function useListView(): ListViewControls {
  const [view, go] = useUrlView(parseListView, listViewToParams);

  return useMemo(
    () => ({
      view,
      setFilters: (patch) => go((current) => ({ ...current, ...patch, page: 1 })),
      clearFilters: () => go((current) => ({ ...DEFAULT_VIEW, size: current.size, sort: current.sort })),
      // An order by creation date leaves Stuck only, whose order is time in status.
      setSort: (sort) => go((current) => ({ ...current, sort, stuck: undefined, page: 1 })),
      setPaging: ({ page, size }, options) => go((current) => ({ ...current, page, size }), options?.replace),
    }),
    [view, go],
  );
}
