import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { askFor, pendingSearch, type PendingViews } from './pending-views';

/**
 * A screen's view (filters, sort, paging) kept only in the URL: each change is a history entry,
 * so back and forward walk through the agent's steps, and a copied link lands a colleague on the
 * same view. Returns the parsed view (stable between renders for one query string) and `go`.
 *
 * `go` takes an update of the current view, not a view: an agent who picks a type and then a
 * currency before the page has re-rendered (a busy machine) keeps both, because the second update
 * starts from the view the first one asked for, not from the one on screen — also when the screen
 * has drawn the first of several views asked for and not yet the last.
 */
export function useUrlView<View>(
  parse: (params: URLSearchParams) => View,
  toParams: (view: View) => URLSearchParams,
): [View, (update: (current: View) => View, replace?: boolean) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const view = useMemo(() => parse(new URLSearchParams(search)), [parse, search]);
  // What was asked for and not drawn yet (pending-views.ts): the next update starts from there.
  const asked = useRef<PendingViews>(null);
  const go = useCallback(
    (update: (current: View) => View, replace = false) => {
      const pending = pendingSearch(asked.current, search);
      const current = pending === null ? view : parse(new URLSearchParams(pending));
      const params = toParams(update(current)).toString();
      // The same view again (a chip already gone, a page clicked twice) adds no history entry.
      if (params === (pending ?? search)) return;
      asked.current = askFor(asked.current, search, params);
      setSearchParams(new URLSearchParams(params), { replace });
    },
    [parse, toParams, view, search, setSearchParams],
  );
  return [view, go];
}
