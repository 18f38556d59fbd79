import { useMemo } from 'react';
import { useUrlView } from '../../lib/use-url-view';
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
  const [view, go] = useUrlView(parseAuditView, auditViewToParams);

  return useMemo(
    () => ({
      view,
      setFilters: (patch) => go((current) => ({ ...current, ...patch, page: 1 })),
      clearFilters: () => go((current) => ({ ...DEFAULT_AUDIT_VIEW, size: current.size })),
      setPaging: ({ page, size }, options) => go((current) => ({ ...current, page, size }), options?.replace),
    }),
    [view, go],
  );
}
