import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  auditViewToParams,
  DEFAULT_AUDIT_VIEW,
  parseAuditView,
  type AuditFilters,
  type AuditView,
} from './audit-view';

export interface AuditViewControls {
  view: AuditView;
  /** A filter change returns to page one. */
  setFilters: (patch: Partial<AuditFilters>) => void;
  clearFilters: () => void;
  setPaging: (paging: Pick<AuditView, 'page' | 'size'>, options?: { replace?: boolean }) => void;
}

/** The view lives only in the URL: back and forward walk the agent's steps, a link shares it. */
export function useAuditView(): AuditViewControls {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const view = useMemo(() => parseAuditView(new URLSearchParams(search)), [search]);

  const go = useCallback(
    (next: AuditView, replace = false) => {
      const params = auditViewToParams(next);
      if (params.toString() === search) return;
      setSearchParams(params, { replace });
    },
    [search, setSearchParams],
  );

  return useMemo(
    () => ({
      view,
      setFilters: (patch) => go({ ...view, ...patch, page: 1 }),
      clearFilters: () => go({ ...DEFAULT_AUDIT_VIEW, size: view.size }),
      setPaging: ({ page, size }, options) => go({ ...view, page, size }, options?.replace),
    }),
    [view, go],
  );
}
