import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A screen's view (filters, sort, paging) kept only in the URL: each change is a history entry,
 * so back and forward walk through the agent's steps, and a copied link lands a colleague on the
 * same view. Returns the parsed view (stable between renders for one query string) and `go`.
 */
export function useUrlView<View>(
  parse: (params: URLSearchParams) => View,
  toParams: (view: View) => URLSearchParams,
): [View, (next: View, replace?: boolean) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const view = useMemo(() => parse(new URLSearchParams(search)), [parse, search]);
  const go = useCallback(
    (next: View, replace = false) => {
      const params = toParams(next);
      // The same view again (a chip already gone, a page clicked twice) adds no history entry.
      if (params.toString() === search) return;
      setSearchParams(params, { replace });
    },
    [toParams, search, setSearchParams],
  );
  return [view, go];
}
