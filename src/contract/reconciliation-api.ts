/**
 * Reconciliation (issue 13): a date window on the list, exact totals of a view, CSV exports and
 * their audit. The window is the BFF's (Capa's list has no date filter): docs/capa-api.md says
 * how it is found and what it guarantees; docs/security.md who may export and what is masked.
 */
import { z } from 'zod';
import { LIST_LIMIT_MAX } from './enums';
import { apiFilterFields, queryInt } from './query-fields';

/** Totals read every row of the view; beyond this many the BFF refuses (422 VIEW_TOO_LARGE). */
export const TOTALS_MAX_ROWS = 20_000;

/** Capa calls the answer cost, on every list, totals and export answer. */
export const UPSTREAM_CALLS_HEADER = 'x-upstream-calls';
/** The number of data rows an export will hold, known before the first byte of the file. */
export const TOTAL_COUNT_HEADER = 'x-total-count';

const instant = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 instant with a time zone, e.g. 2026-11-01T00:00:00Z',
});

/** `from` inclusive, `to` exclusive, on the transaction's createdAt; either may be absent. */
export const windowFields = { from: instant.optional(), to: instant.optional() };

/** Refuses from >= to, naming `to`; instants with offsets are compared as instants, not text. */
export function windowInOrder(q: { from?: string; to?: string }): boolean {
  return !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to);
}
export const WINDOW_ORDER_ISSUE = { message: 'must be after from', path: ['to'] };

/** The list's filters plus the window: the query of totals and exports. */
export const viewQuerySchema = z
  .strictObject({ ...apiFilterFields, ...windowFields })
  .refine(windowInOrder, WINDOW_ORDER_ISSUE);
export type ViewQuery = z.output<typeof viewQuerySchema>;

/** A decimal number as text, exactly as summed (never through a float). */
const decimalText = z.string().regex(/^-?\d+(\.\d+)?$/);

/** GET /api/transactions/totals. */
export const reconciliationTotalsSchema = z.object({
  /** Transactions in the view, those without an amount included. */
  count: z.number().int().nonnegative(),
  /** Sum of fiatAmount per fiatCurrency. */
  fiat: z.record(z.string(), decimalText),
  /** Sum of cryptoAmount per tokenSymbol. */
  crypto: z.record(z.string(), decimalText),
});
export type ReconciliationTotals = z.infer<typeof reconciliationTotalsSchema>;

/**
 * - running: the file is being written (or the BFF stopped before it could say how it ended).
 * - completed: every row was sent. failed: Capa (or the BFF) failed, the download was aborted.
 * - cancelled: the agent's browser went away before the end.
 */
export const EXPORT_OUTCOMES = ['running', 'completed', 'failed', 'cancelled'] as const;
export type ExportOutcome = (typeof EXPORT_OUTCOMES)[number];

const isoTime = z.iso.datetime({ offset: true });

export const exportFiltersSchema = z.object({
  id: z.string().optional(),
  status: z.string().optional(),
  type: z.string().optional(),
  fiatCurrency: z.string().optional(),
  userId: z.string().optional(),
  partnerId: z.string().optional(),
});
export type ExportFilters = z.infer<typeof exportFiltersSchema>;

export const exportAuditEntrySchema = z.object({
  id: z.string(),
  agentEmail: z.string(),
  startedAt: isoTime,
  finishedAt: isoTime.nullable(),
  filters: exportFiltersSchema,
  from: isoTime.nullable(),
  to: isoTime.nullable(),
  /** Data rows written. */
  rows: z.number().int().nonnegative(),
  outcome: z.enum(EXPORT_OUTCOMES),
});
export type ExportAuditEntry = z.infer<typeof exportAuditEntrySchema>;

/** GET /api/audit/exports: admins see everyone's exports, operators their own, viewers none. */
export const exportAuditQuerySchema = z
  .strictObject({
    skip: queryInt(0, 1_000_000_000).optional(),
    limit: queryInt(1, LIST_LIMIT_MAX).optional(),
  })
  .transform((q) => ({ skip: q.skip ?? 0, limit: q.limit ?? 20 }));
export type ExportAuditQuery = z.output<typeof exportAuditQuerySchema>;

/** Newest first. */
export const exportAuditListSchema = z.object({
  total: z.number().int().nonnegative(),
  skip: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  items: z.array(exportAuditEntrySchema),
});
