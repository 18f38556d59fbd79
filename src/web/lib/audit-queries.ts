import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { API_PATHS } from '../../contract/api';
import {
  AUDIT_PATHS,
  auditListResponseSchema,
  transactionAuditResponseSchema,
  type AuditListQueryInput,
} from '../../contract/audit-api';
import { exportAuditListSchema } from '../../contract/reconciliation-api';
import { apiGet } from './api-client';

/** Drops empty values so {} and {outcome: undefined} share one cache entry. */
function compact(query: AuditListQueryInput): AuditListQueryInput {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as AuditListQueryInput;
}

/**
 * Every audit query key and fetch in one place. It lives in lib/ because two features read it:
 * the audit trail and page show it, and the execute action reads a transaction's trail (who
 * executed it, an execute in flight) and invalidates `auditQueries.all()` after each attempt.
 */
export const auditQueries = {
  all: () => ['audit'] as const,
  lists: () => [...auditQueries.all(), 'list'] as const,
  list: (query: AuditListQueryInput = {}) => {
    const params = compact(query);
    return queryOptions({
      queryKey: [...auditQueries.lists(), params] as const,
      queryFn: ({ signal }) => apiGet(AUDIT_PATHS.audit, auditListResponseSchema, { query: params, signal }),
      placeholderData: keepPreviousData,
    });
  },
  /** GET /api/audit/exports: who exported which view, newest first. */
  exports: (page: { skip: number; limit: number }) =>
    queryOptions({
      queryKey: [...auditQueries.all(), 'exports', page] as const,
      queryFn: ({ signal }) => apiGet(API_PATHS.exportAudit, exportAuditListSchema, { query: page, signal }),
      placeholderData: keepPreviousData,
    }),
  transactions: () => [...auditQueries.all(), 'transaction'] as const,
  transaction: (id: string) =>
    queryOptions({
      queryKey: [...auditQueries.transactions(), id] as const,
      queryFn: ({ signal }) =>
        apiGet(AUDIT_PATHS.transactionAudit(id), transactionAuditResponseSchema, { signal }),
    }),
};
