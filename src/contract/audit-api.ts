/**
 * The execute audit trail as the SPA reads it (docs/security.md E4–E6): GET /api/audit (the Audit
 * page) and GET /api/transactions/:id/audit (the drawer). Entries are written by the BFF before it
 * calls Capa and completed after; they are never edited except to resolve an unknown outcome.
 */
import { z } from 'zod';
import { LIST_LIMIT_MAX } from './enums';
import { queryInt, uuid, withPageDefaults } from './query-fields';

export const AUDIT_PATHS = {
  audit: '/api/audit',
  transactionAudit: (id: string) => `/api/transactions/${encodeURIComponent(id)}/audit`,
} as const;

/**
 * - pending: written before the call to Capa, not answered yet.
 * - succeeded: Capa accepted the execute.
 * - failed: Capa (or the way to it) answered with an error; nothing was executed.
 * - unknown: the request may have reached Capa but no answer came back (timeout, lost
 *   connection); resolved later from the transaction's status.
 * - rejected: refused by Rampdesk before any call to Capa (another execute in progress, already
 *   executed, an unknown outcome pending, not executable on a fresh read, not found, not ours).
 */
export const AUDIT_OUTCOMES = ['pending', 'succeeded', 'failed', 'unknown', 'rejected'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const AUDIT_OUTCOME_LABELS: Record<AuditOutcome, string> = {
  pending: 'In progress',
  succeeded: 'Succeeded',
  failed: 'Failed',
  unknown: 'Outcome unknown',
  rejected: 'Refused',
};

const isoTime = z.iso.datetime({ offset: true });

export const auditEntrySchema = z.object({
  id: z.string(),
  agentId: z.string(),
  /** As it was when the attempt was made. */
  agentEmail: z.string(),
  transactionId: z.string(),
  transactionHash: z.string().nullable(),
  idempotencyKey: z.string(),
  outcome: z.enum(AUDIT_OUTCOMES),
  /** Capa's HTTP status, null when no answer came (rejected, unknown, pending). */
  upstreamStatus: z.number().int().nullable(),
  /** Capa's error code, or Rampdesk's code for a refusal or an upstream fault. */
  upstreamCode: z.string().nullable(),
  /** What Capa (or Rampdesk) said, in words. */
  upstreamMessage: z.string().nullable(),
  createdAt: isoTime,
  completedAt: isoTime.nullable(),
  /** Set only when an unknown outcome was resolved by a later read of the transaction. */
  resolvedAt: isoTime.nullable(),
  /** How it was resolved, e.g. "status PENDING seen at 2026-11-20T10:00:00Z". */
  resolvedBy: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** GET /api/audit. Admins see everyone's attempts; operators only their own; viewers none (403). */
const auditListQueryFields = z.strictObject({
  /** Agent's email, exact match (case-insensitive); admins only, ignored for operators. */
  agent: z.string().trim().toLowerCase().min(1).max(254).optional(),
  outcome: z.enum(AUDIT_OUTCOMES, { message: 'is not a known outcome' }).optional(),
  transactionId: uuid.optional(),
  /** Inclusive lower bound on createdAt. */
  from: isoTime.optional(),
  /** Exclusive upper bound on createdAt. */
  to: isoTime.optional(),
  skip: queryInt(0, 1_000_000_000).optional(),
  limit: queryInt(1, LIST_LIMIT_MAX).optional(),
});
/** The query parameters GET /api/audit takes (docs/security.md P3): no others. */
export const AUDIT_LIST_PARAMETERS = Object.keys(auditListQueryFields.shape);
export const auditListQuerySchema = auditListQueryFields
  .transform(withPageDefaults)
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: 'from must be before to', path: ['to'] });
export type AuditListQueryInput = z.input<typeof auditListQuerySchema>;
export type AuditListQuery = z.output<typeof auditListQuerySchema>;

/** Newest first. */
export const auditListResponseSchema = z.object({
  total: z.number().int().nonnegative(),
  skip: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  items: z.array(auditEntrySchema),
});
export type AuditListResponse = z.infer<typeof auditListResponseSchema>;

/**
 * An entry of one transaction's trail. The Idempotency-Key is for operators and admins, who may
 * execute: for viewers the field is absent (not null), so nothing of it reaches them.
 */
export const trailEntrySchema = auditEntrySchema.extend({ idempotencyKey: z.string().optional() });
export type TrailEntry = z.infer<typeof trailEntrySchema>;

/**
 * GET /api/transactions/:id/audit, for the drawer (viewers included: the trail explains the
 * status). `executed` is the successful attempt when there is one (E6: Capa may still say
 * PENDING); `blockingIntent` is an execute in flight or with an unknown outcome, during which no
 * new one is accepted.
 */
export const transactionAuditResponseSchema = z.object({
  items: z.array(trailEntrySchema),
  executed: z.object({ agentEmail: z.string(), at: isoTime }).nullable(),
  blockingIntent: z
    .object({ state: z.enum(['pending', 'unknown']), agentEmail: z.string(), since: isoTime })
    .nullable(),
});
export type TransactionAuditResponse = z.infer<typeof transactionAuditResponseSchema>;
