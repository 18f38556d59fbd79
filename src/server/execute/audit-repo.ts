import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { AuditEntry, AuditListQuery, AuditOutcome } from '../../contract/audit-api';
import { sanitizeUpstreamCode } from '../../contract/capa-error';
import type { Db } from '../db/database';
import { auditEntries, type AuditEntryRow } from '../db/schema';

/** What Capa (or Rampdesk) answered an attempt. */
export interface AttemptAnswer {
  outcome: Exclude<AuditOutcome, 'pending'>;
  upstreamStatus: number | null;
  upstreamCode: string | null;
  upstreamMessage: string | null;
}

export interface NewAttempt {
  agentId: string;
  agentEmail: string;
  transactionId: string;
  transactionHash: string | null;
  idempotencyKey: string;
}

export function toAuditEntry(row: AuditEntryRow): AuditEntry {
  return {
    id: row.id,
    agentId: row.agentId,
    agentEmail: row.agentEmail,
    transactionId: row.transactionId,
    transactionHash: row.transactionHash,
    idempotencyKey: row.idempotencyKey,
    outcome: row.outcome,
    upstreamStatus: row.upstreamStatus,
    upstreamCode: row.upstreamCode,
    upstreamMessage: row.upstreamMessage,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: row.resolvedBy,
  };
}

/**
 * The code as it may be kept: readCapaError already sanitizes Capa's, and ours all match, so this
 * only catches a path that forgot to (docs/security.md K1: an echoed key must never be stored).
 */
function kept(answer: AttemptAnswer): AttemptAnswer {
  const code = answer.upstreamCode;
  return code === null ? answer : { ...answer, upstreamCode: sanitizeUpstreamCode(code) };
}

// Newest first; the id breaks ties between entries written in the same microsecond.
const NEWEST_FIRST = [desc(auditEntries.createdAt), desc(auditEntries.id)];

/**
 * The audit log (docs/security.md E5). Append-only: a pending entry is completed once, an unknown one
 * resolved once; the database's triggers (migration 0002) refuse anything else, deletes included.
 */
export function createAuditRepo(db: Db, clock: () => Date) {
  return {
    /** An attempt that ended without a call to Capa (refused, or replayed): written complete, in one go. */
    async record(attempt: NewAttempt, answer: AttemptAnswer): Promise<AuditEntry> {
      const now = clock();
      const [row] = await db
        .insert(auditEntries)
        .values({ ...attempt, ...kept(answer), createdAt: now, completedAt: now })
        .returning();
      return toAuditEntry(row!);
    },

    /** Completes a pending entry; false when it was no longer pending. */
    async complete(id: string, answer: AttemptAnswer, tx: Db = db): Promise<boolean> {
      const rows = await tx
        .update(auditEntries)
        .set({ ...kept(answer), completedAt: clock() })
        .where(and(eq(auditEntries.id, id), eq(auditEntries.outcome, 'pending')))
        .returning({ id: auditEntries.id });
      return rows.length === 1;
    },

    /** Resolves every unknown entry of one intent (a transaction and its Idempotency-Key). */
    async resolveKey(
      transactionId: string,
      idempotencyKey: string,
      outcome: 'succeeded' | 'failed',
      how: string,
      tx: Db = db,
    ): Promise<number> {
      const rows = await tx
        .update(auditEntries)
        .set({ outcome, resolvedAt: clock(), resolvedBy: how })
        .where(
          and(
            eq(auditEntries.transactionId, transactionId),
            eq(auditEntries.idempotencyKey, idempotencyKey),
            eq(auditEntries.outcome, 'unknown'),
          ),
        )
        .returning({ id: auditEntries.id });
      return rows.length;
    },

    async find(id: string): Promise<AuditEntry | null> {
      const [row] = await db.select().from(auditEntries).where(eq(auditEntries.id, id));
      return row ? toAuditEntry(row) : null;
    },

    async forTransaction(transactionId: string): Promise<AuditEntry[]> {
      const rows = await db
        .select()
        .from(auditEntries)
        .where(eq(auditEntries.transactionId, transactionId))
        .orderBy(...NEWEST_FIRST);
      return rows.map(toAuditEntry);
    },

    /** A page of entries, newest first; `onlyAgentId` limits it to one agent's own attempts. */
    async list(query: AuditListQuery, onlyAgentId: string | null) {
      const conditions: SQL[] = [];
      if (onlyAgentId) conditions.push(eq(auditEntries.agentId, onlyAgentId));
      else if (query.agent) conditions.push(eq(auditEntries.agentEmail, query.agent));
      if (query.outcome) conditions.push(eq(auditEntries.outcome, query.outcome));
      if (query.transactionId) conditions.push(eq(auditEntries.transactionId, query.transactionId));
      if (query.from) conditions.push(gte(auditEntries.createdAt, new Date(query.from)));
      if (query.to) conditions.push(lt(auditEntries.createdAt, new Date(query.to)));
      const where = conditions.length ? and(...conditions) : undefined;
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(auditEntries)
          .where(where)
          .orderBy(...NEWEST_FIRST)
          .limit(query.limit)
          .offset(query.skip),
        db.select({ n: count() }).from(auditEntries).where(where),
      ]);
      return { total: total?.n ?? 0, skip: query.skip, limit: query.limit, items: rows.map(toAuditEntry) };
    },
  };
}

export type AuditRepo = ReturnType<typeof createAuditRepo>;
