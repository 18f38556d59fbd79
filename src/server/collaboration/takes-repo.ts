import { and, eq, gt, lte, or, sql } from 'drizzle-orm';
import type { Take } from '../../contract/collaboration-api';
import type { Agent } from '../agents/agent';
import { CHANGES_CHANNEL, type ChangeFeed } from '../db/change-feed';
import type { Db } from '../db/database';
import { takes, transactionActivity, type TakeRow } from '../db/schema';
import { createTakesIndex } from './takes-index';

export function toTake(row: TakeRow): Take {
  return {
    agentId: row.agentId,
    agentEmail: row.agentEmail,
    agentName: row.agentName,
    takenAt: row.takenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}

export type TakeResult = { taken: Take } | { heldBy: Take };
export type ReleaseResult = { released: boolean } | { heldBy: Take };

type Holder = Pick<Agent, 'id' | 'email' | 'displayName' | 'role'>;

const activity = (row: TakeRow, kind: 'take' | 'release', at: Date, reason: 'released' | null = null) => ({
  transactionId: row.transactionId,
  kind,
  agentId: row.agentId,
  agentEmail: row.agentEmail,
  agentName: row.agentName,
  reason,
  createdAt: at,
});

/**
 * Takes (docs/security.md W1): one row per taken transaction. Taking is one conditional upsert,
 * so of two agents taking at once, on one instance or several, exactly one gets the row; the
 * other finds it held. A take past its expiry is nobody's: the next taker overwrites it.
 * Each take and release is also written to the append-only activity log, in the same transaction.
 */
export function createTakesRepo(
  db: Db,
  changes: ChangeFeed,
  { clock, expiresAfterMs }: { clock: () => Date; expiresAfterMs: number },
) {
  async function current(id: string, now: Date, tx: Db = db): Promise<TakeRow | undefined> {
    const [row] = await tx
      .select()
      .from(takes)
      .where(and(eq(takes.transactionId, id), gt(takes.expiresAt, now)));
    return row;
  }

  const index = createTakesIndex(
    changes,
    () => db.select().from(takes).where(gt(takes.expiresAt, clock())),
    async (id) => (await db.select().from(takes).where(eq(takes.transactionId, id)))[0],
  );

  /**
   * Tells every instance's index (takes-index.ts) that this transaction's take changed; sent in
   * the writing transaction, so it is heard at commit and never for a rolled-back change. Takes
   * are written here only, so the repository announces them rather than a trigger.
   */
  const announce = (tx: Db, id: string) =>
    tx.execute(sql`select pg_notify(${CHANGES_CHANNEL}, ${`takes:${id}`})`);

  return {
    async take(id: string, agent: Holder): Promise<TakeResult> {
      const now = clock();
      const expiresAt = new Date(now.getTime() + expiresAfterMs);
      return db
        .transaction(async (tx): Promise<{ taken: TakeRow } | { heldBy: Take }> => {
          // The row as it was, read under the lock the upsert takes: a lapsed take by someone
          // else is recorded as having expired.
          const [before] = await tx.select().from(takes).where(eq(takes.transactionId, id)).for('update');
          const row = {
            transactionId: id,
            agentId: agent.id,
            agentEmail: agent.email,
            agentName: agent.displayName,
          };
          const [won] = await tx
            .insert(takes)
            .values({ ...row, takenAt: now, expiresAt })
            .onConflictDoUpdate({
              target: takes.transactionId,
              set: {
                agentId: agent.id,
                agentEmail: agent.email,
                agentName: agent.displayName,
                // Taking again one's own take keeps its start and extends it.
                takenAt: sql`case when ${takes.agentId} = ${agent.id} and ${takes.expiresAt} > ${now.toISOString()}::timestamptz then ${takes.takenAt} else excluded.taken_at end`,
                expiresAt,
              },
              setWhere: or(eq(takes.agentId, agent.id), lte(takes.expiresAt, now)),
            })
            .returning();
          if (!won) return { heldBy: toTake((await current(id, now, tx))!) };
          await announce(tx, id);
          const renewed = before && before.agentId === agent.id && before.expiresAt > now;
          if (before && !renewed && before.agentId !== agent.id) {
            await tx
              .insert(transactionActivity)
              .values({ ...activity(before, 'release', before.expiresAt), reason: 'expired' });
          }
          if (!renewed) await tx.insert(transactionActivity).values(activity(won, 'take', now));
          return { taken: won };
        })
        .then((result) => {
          if (!('taken' in result)) return result;
          index.written(id, result.taken);
          return { taken: toTake(result.taken) };
        });
    },

    /** By its holder; an admin may release anyone's (the holder went home). Nobody's: nothing to do. */
    async release(id: string, agent: Holder): Promise<ReleaseResult> {
      const now = clock();
      return db
        .transaction(async (tx) => {
          const held = await current(id, now, tx);
          if (!held) return { released: false };
          if (held.agentId !== agent.id && agent.role !== 'admin') return { heldBy: toTake(held) };
          const [gone] = await tx
            .delete(takes)
            .where(and(eq(takes.transactionId, id), eq(takes.agentId, held.agentId)))
            .returning();
          if (!gone) return { released: false };
          await announce(tx, id);
          const byAdmin = held.agentId !== agent.id;
          await tx.insert(transactionActivity).values({
            ...activity(gone, 'release', now),
            ...(byAdmin ? { agentId: agent.id, agentEmail: agent.email, agentName: agent.displayName } : {}),
            reason: byAdmin ? 'released-by-admin' : 'released',
          });
          return { released: true };
        })
        .then((result) => {
          if ('released' in result && result.released) index.written(id, undefined);
          return result;
        });
    },

    /** After a successful execute the work is done: whoever held it, the take ends. */
    async releaseExecuted(id: string): Promise<void> {
      const now = clock();
      await db.transaction(async (tx) => {
        const [gone] = await tx.delete(takes).where(eq(takes.transactionId, id)).returning();
        if (gone) await announce(tx, id);
        if (gone && gone.expiresAt > now) {
          await tx
            .insert(transactionActivity)
            .values({ ...activity(gone, 'release', now), reason: 'executed' });
        }
      });
      index.written(id, undefined);
    },

    async find(id: string): Promise<Take | null> {
      const row = await current(id, clock());
      return row ? toTake(row) : null;
    },

    /** The live takes among `ids`, by id, from memory (takes-index.ts): no query per list page. */
    forIds(ids: readonly string[]): Promise<Map<string, Take>> {
      return index.forIds(ids, clock(), toTake);
    },
  };
}
export type TakesRepo = ReturnType<typeof createTakesRepo>;
