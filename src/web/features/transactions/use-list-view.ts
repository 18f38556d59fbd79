import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
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
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  // Parsed once per distinct query string, so the view object is stable between renders.
  const view = useMemo(() => parseListView(new URLSearchParams(search)), [search]);

  const go = useCallback(
    (next: ListView, replace = false) => {
      const params = listViewToParams(next);
      // The same view again (a chip already gone, a page clicked twice) adds no history entry.
      if (params.toString() === search) return;
      setSearchParams(params, { replace });
    },
    [search, setSearchParams],
  );

  return useMemo(
    () => ({
      view,
      setFilters: (patch) => go({ ...view, ...patch, page: 1 }),
      clearFilters: () => go({ ...DEFAULT_VIEW, size: view.size, sort: view.sort }),
      setSort: (sort) => go({ ...view, sort, page: 1 }),
      setPaging: ({ page, size }, options) => go({ ...view, page, size }, options?.replace),
    }),
    [view, go],
  );
}
