/**
 * Reconciliation (issue 13): exact totals of a filtered view and the audit of CSV exports, as the
 * SPA reads them. The filters are the list's (query-fields.ts) plus the date window `from`
 * (inclusive) and `to` (exclusive), ISO 8601 instants compared on createdAt.
 */
import { z } from 'zod';

/** Totals read every row of the view: past this many, GET /api/transactions/totals answers 422 VIEW_TOO_LARGE. */
export const TOTALS_MAX_ROWS = 20_000;

/** A decimal as text, exactly as added up: never through a float. */
const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number as text');

/** GET /api/transactions/totals. Transactions without an amount are counted but add nothing. */
export const reconciliationTotalsSchema = z.object({
  count: z.number().int().nonnegative(),
  /** Sum of fiatAmount per fiatCurrency. */
  fiat: z.record(z.string(), decimalString),
  /** Sum of cryptoAmount per tokenSymbol. */
  crypto: z.record(z.string(), decimalString),
});
export type ReconciliationTotals = z.infer<typeof reconciliationTotalsSchema>;

const isoTime = z.iso.datetime({ offset: true });

const exportAuditEntrySchema = z.object({
  id: z.string(),
  agentEmail: z.string(),
  startedAt: isoTime,
  finishedAt: isoTime.nullable(),
  filters: z.object({
    status: z.string().optional(),
    type: z.string().optional(),
    fiatCurrency: z.string().optional(),
    userId: z.string().optional(),
    partnerId: z.string().optional(),
    id: z.string().optional(),
  }),
  from: isoTime.nullable(),
  to: isoTime.nullable(),
  /** Data rows written (the header not counted). */
  rows: z.number().int().nonnegative(),
  outcome: z.enum(['completed', 'failed', 'cancelled', 'running']),
});
export type ExportAuditEntry = z.infer<typeof exportAuditEntrySchema>;

/** GET /api/audit/exports, newest first: admins see everyone's, operators their own, viewers 403. */
export const exportAuditListSchema = z.object({
  total: z.number().int().nonnegative(),
  skip: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  items: z.array(exportAuditEntrySchema),
});
