import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { ChangeFeed } from '../db/change-feed';
import type { Db } from '../db/database';
import { auditEntries, executeIntents, type IntentState } from '../db/schema';
import type { AttemptAnswer, AuditRepo, NewAttempt } from './audit-repo';
import { createUnsettledIndex } from './unsettled-intents';

/** An intent with the attempt that made it: who, and with which hash. */
export interface Intent {
  transactionId: string;
  idempotencyKey: string;
  auditEntryId: string;
  state: IntentState;
  agentEmail: string;
  transactionHash: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export type Claim = { claimed: true; entryId: string } | { claimed: false; blocking: Intent };

const ABANDONED: AttemptAnswer = {
  outcome: 'unknown',
  upstreamStatus: null,
  upstreamCode: 'EXECUTE_OUTCOME_UNKNOWN',
  upstreamMessage: 'The Rampdesk server handling this execute stopped before Capa answered.',
};

/**
 * execute_intents: at most one row per transaction (its primary key), so one execute at a time
 * across every BFF instance on the database (docs/security.md E2). The row keeps the Idempotency-Key
 * of the intent (E3) and whether it is pending, succeeded, failed (released for a new attempt) or
 * unknown (E4). A pending intent not touched for `staleAfterMs` belongs to a server that died
 * mid-call: it is treated as unknown.
 */
export function createIntentsRepo(
  db: Db,
  audit: AuditRepo,
  clock: () => Date,
  staleAfterMs: number,
  /**
   * The database's shared change feed (Database.sharedChanges): which intents are unsettled is then
   * known in memory, exactly on PGlite, a moment late on PostgreSQL (see `unresolvedInPage`).
   */
  changes: ChangeFeed | null = null,
) {
  const staleBefore = () => new Date(clock().getTime() - staleAfterMs);
  const index =
    changes &&
    createUnsettledIndex(changes, () =>
      db
        .select({
          transactionId: executeIntents.transactionId,
          state: executeIntents.state,
          updatedAt: executeIntents.updatedAt,
        })
        .from(executeIntents)
        .where(inArray(executeIntents.state, ['pending', 'unknown'])),
    );

  const select = (tx: Db) =>
    tx
      .select({
        transactionId: executeIntents.transactionId,
        idempotencyKey: executeIntents.idempotencyKey,
        auditEntryId: executeIntents.auditEntryId,
        state: executeIntents.state,
        agentEmail: auditEntries.agentEmail,
        transactionHash: auditEntries.transactionHash,
        createdAt: executeIntents.createdAt,
        updatedAt: executeIntents.updatedAt,
      })
      .from(executeIntents)
      .innerJoin(auditEntries, eq(auditEntries.id, executeIntents.auditEntryId));

  /**
   * Locks the intent row only, never its audit entry: a transaction here locks the intent row before
   * any audit entry, always, so two instances claiming and settling one transaction cannot deadlock.
   */
  async function lockedIntent(tx: Db, transactionId: string): Promise<Intent | null> {
    const [row] = await select(tx)
      .where(eq(executeIntents.transactionId, transactionId))
      .for('update', { of: executeIntents });
    return row ?? null;
  }

  const isStale = (intent: Intent) => intent.state === 'pending' && intent.updatedAt < staleBefore();

  /** A stale pending intent's entry says what is known: the outcome is unknown. */
  async function abandon(tx: Db, intent: Intent) {
    await audit.complete(intent.auditEntryId, ABANDONED, tx);
    await tx
      .update(executeIntents)
      .set({ state: 'unknown', updatedAt: clock() })
      .where(eq(executeIntents.transactionId, intent.transactionId));
    return { ...intent, state: 'unknown' as const };
  }

  async function unresolvedInDatabase(transactionIds: string[]): Promise<string[]> {
    const rows = await db
      .select({ id: executeIntents.transactionId })
      .from(executeIntents)
      .where(
        and(
          inArray(executeIntents.transactionId, transactionIds),
          or(
            eq(executeIntents.state, 'unknown'),
            and(eq(executeIntents.state, 'pending'), lt(executeIntents.updatedAt, staleBefore())),
          ),
        ),
      );
    return rows.map((r) => r.id);
  }

  return {
    async find(transactionId: string): Promise<Intent | null> {
      const [row] = await select(db).where(eq(executeIntents.transactionId, transactionId));
      if (!row) return null;
      return isStale(row) ? { ...row, state: 'unknown' } : row;
    },

    /** Ids among these whose intent awaits resolution (unknown, or pending and stale), as of now. */
    unresolved(transactionIds: string[]): Promise<string[]> {
      if (transactionIds.length === 0) return Promise.resolve([]);
      if (index && changes?.exact) return index.unresolved(transactionIds, staleBefore());
      return unresolvedInDatabase(transactionIds);
    },

    /**
     * The same for the rows of a list page, to settle in the background: on PostgreSQL it may miss,
     * for a moment after commit, an outcome another instance has just found unknown (the next
     * read settles it; a single transaction's read asks `unresolved`). In exchange a page costs no
     * database work while the shared feed listens.
     */
    unresolvedInPage(transactionIds: string[]): Promise<string[]> {
      if (transactionIds.length === 0) return Promise.resolve([]);
      if (index && changes?.listening()) return index.unresolved(transactionIds, staleBefore());
      return unresolvedInDatabase(transactionIds);
    },

    /**
     * Makes `attempt` the transaction's pending intent and writes its pending audit entry, in one
     * database transaction: when there is no intent yet, the last one failed, or the last one has
     * this very key and an unknown outcome (a retry of it). Otherwise the intent in the way.
     */
    async claim(attempt: NewAttempt): Promise<Claim> {
      return db
        .transaction(async (tx): Promise<Claim> => {
          let current = await lockedIntent(tx, attempt.transactionId);
          if (current && isStale(current)) current = await abandon(tx, current);
          const sameKey = current?.idempotencyKey === attempt.idempotencyKey;
          if (current && !(current.state === 'failed' || (sameKey && current.state === 'unknown'))) {
            return { claimed: false, blocking: current };
          }
          const now = clock();
          const [entry] = await tx
            .insert(auditEntries)
            .values({ ...attempt, outcome: 'pending', createdAt: now })
            .returning({ id: auditEntries.id });
          const intent = {
            idempotencyKey: attempt.idempotencyKey,
            auditEntryId: entry!.id,
            state: 'pending' as const,
            agentId: attempt.agentId,
            createdAt: now,
            updatedAt: now,
          };
          // Another instance may have inserted since the select: the primary key decides (E2).
          const won = await tx
            .insert(executeIntents)
            .values({ transactionId: attempt.transactionId, ...intent })
            .onConflictDoUpdate({
              target: executeIntents.transactionId,
              set: intent,
              setWhere: sql`${executeIntents.state} = 'failed' or (${executeIntents.state} = 'unknown' and ${executeIntents.idempotencyKey} = ${attempt.idempotencyKey})`,
            })
            .returning({ id: executeIntents.transactionId });
          if (won.length === 1) return { claimed: true, entryId: entry!.id };
          // Rolled back with the pending entry; the caller records the refusal.
          throw new LostRace((await lockedIntent(tx, attempt.transactionId))!);
        })
        .catch((error: unknown) => {
          if (error instanceof LostRace) return { claimed: false as const, blocking: error.intent };
          throw error;
        });
    },

    /** Takes an unknown (or stale) intent to re-send it; null when there is none to take. */
    async takeForResolution(transactionId: string): Promise<Intent | null> {
      return db.transaction(async (tx) => {
        let current = await lockedIntent(tx, transactionId);
        if (current && isStale(current)) current = await abandon(tx, current);
        if (current?.state !== 'unknown') return null;
        const updatedAt = clock();
        await tx
          .update(executeIntents)
          .set({ state: 'pending', updatedAt })
          .where(eq(executeIntents.transactionId, transactionId));
        return { ...current, state: 'pending' as const, updatedAt };
      });
    },

    /**
     * Records how a pending intent ended: its own attempt's entry (when `entryAnswer` is given),
     * the intent's state, and, once the outcome is known, every unknown entry of the same key.
     */
    async settle(
      intent: Pick<Intent, 'transactionId' | 'idempotencyKey' | 'auditEntryId'>,
      state: Exclude<IntentState, 'pending'>,
      entryAnswer: AttemptAnswer | null,
      resolvedBy: string,
    ): Promise<void> {
      await db.transaction(async (tx) => {
        // The intent row first, then audit entries: the lock order of every transaction here.
        await tx
          .update(executeIntents)
          .set({ state, updatedAt: clock() })
          .where(
            and(
              eq(executeIntents.transactionId, intent.transactionId),
              eq(executeIntents.idempotencyKey, intent.idempotencyKey),
              eq(executeIntents.state, 'pending'),
            ),
          );
        if (entryAnswer) await audit.complete(intent.auditEntryId, entryAnswer, tx);
        if (state === 'succeeded' || state === 'failed') {
          await audit.resolveKey(intent.transactionId, intent.idempotencyKey, state, resolvedBy, tx);
        }
      });
    },
  };
}

class LostRace extends Error {
  constructor(readonly intent: Intent) {
    super('another execute intent won the race');
  }
}

export type IntentsRepo = ReturnType<typeof createIntentsRepo>;
