/**
 * The Audit page's view as it lives in the URL, e.g.
 * `?outcome=unknown&tx=8374f327-…&from=2025-11-01&to=2025-11-30&page=2`. A link reproduces it;
 * anything missing or malformed falls back to its default, so a hand-edited link still works.
 */
import { z } from 'zod';
import { AUDIT_OUTCOMES, type AuditListQueryInput } from '../../../contract/audit-api';
import { uuid } from '../../../contract/query-fields';

export const AUDIT_PAGE_SIZES = [10, 20, 50, 100] as const;
export type AuditPageSize = (typeof AUDIT_PAGE_SIZES)[number];

/** A calendar day in the agent's time zone, as a date input gives it. */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(localMidnight(v).getTime()))
  .optional()
  .catch(undefined);

export const transactionIdSchema = z.string().trim().pipe(uuid);
export const agentEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/);

const auditViewSchema = z.object({
  agent: agentEmailSchema.optional().catch(undefined),
  outcome: z.enum(AUDIT_OUTCOMES).optional().catch(undefined),
  tx: transactionIdSchema.optional().catch(undefined),
  from: day,
  to: day,
  page: z
    .string()
    .regex(/^\d{1,7}$/)
    .transform(Number)
    .pipe(z.number().int().min(1))
    .catch(1),
  size: z
    .enum(AUDIT_PAGE_SIZES.map(String) as [string, ...string[]])
    .transform((v) => Number(v) as AuditPageSize)
    .catch(20 as AuditPageSize),
});

export type AuditView = z.output<typeof auditViewSchema>;
export const AUDIT_FILTER_KEYS = ['agent', 'outcome', 'tx', 'from', 'to'] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
export type AuditFilters = Pick<AuditView, AuditFilterKey>;

export const DEFAULT_AUDIT_VIEW: AuditView = auditViewSchema.parse({});

function localMidnight(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(y, m - 1, d);
  // new Date(2025, 1, 31) rolls over to March: such a day does not exist.
  return at.getFullYear() === y && at.getMonth() === m - 1 && at.getDate() === d ? at : new Date(NaN);
}

export function parseAuditView(params: URLSearchParams): AuditView {
  const input: Record<string, string> = {};
  for (const key of [...AUDIT_FILTER_KEYS, 'page', 'size']) {
    const value = params.get(key);
    if (value !== null) input[key] = value;
  }
  const view = auditViewSchema.parse(input);
  // Backwards dates mean nothing: keep the start, drop the end.
  return view.from && view.to && view.to < view.from ? { ...view, to: undefined } : view;
}

export function auditViewToParams(view: AuditView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) {
    const value = view[key];
    if (value) params.set(key, value);
  }
  if (view.page !== 1) params.set('page', String(view.page));
  if (view.size !== DEFAULT_AUDIT_VIEW.size) params.set('size', String(view.size));
  return params;
}

export function hasAuditFilters(view: AuditView): boolean {
  return AUDIT_FILTER_KEYS.some((key) => Boolean(view[key]));
}

/**
 * What the BFF is asked for (auditListQuerySchema). Days are the agent's local days: `to` is
 * inclusive on screen, so the query's exclusive end is the next local midnight. `agent` is sent
 * only for admins (the BFF ignores it for operators anyway).
 */
export function auditQueryFor(view: AuditView, isAdmin: boolean): AuditListQueryInput {
  const to = view.to ? localMidnight(view.to) : null;
  if (to) to.setDate(to.getDate() + 1);
  return {
    agent: isAdmin ? view.agent : undefined,
    outcome: view.outcome,
    transactionId: view.tx,
    from: view.from ? localMidnight(view.from).toISOString() : undefined,
    to: to?.toISOString(),
    skip: (view.page - 1) * view.size,
    limit: view.size,
  };
}
