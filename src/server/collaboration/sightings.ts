import { asc, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { LRUCache } from 'lru-cache';
import type { Sighting } from '../../contract/collaboration-api';
import type { TransactionStatus } from '../../contract/statuses';
import type { StuckThresholds } from '../config/collaboration';
import type { Db } from '../db/database';
import { DatabaseError } from '../db/errors';
import { statusSightings } from '../db/schema';

/** Enough for every transaction a busy team pages through in a day; an entry is ~100 bytes. */
const REMEMBERED = 50_000;

export interface Seen {
  id: string;
  status: string;
}

/** When a pair was first seen: its ISO text is made once, as each list page would write it again. */
export interface FirstSeen {
  ms: number;
  iso: string;
}

/** `${id} ${status}` */
const keyOf = (seen: Seen) => `${seen.id} ${seen.status}`;

function firstSeen(at: Date): FirstSeen {
  return { ms: at.getTime(), iso: at.toISOString() };
}

/**
 * When Rampdesk first saw each transaction in each status (docs/capa-api.md, "Time in status").
 * Every read reports what it saw; a pair already recorded costs nothing, since the first sighting
 * is remembered in-process; the pairs not yet known cost one statement per page, which inserts the
 * new ones (ON CONFLICT DO NOTHING: another instance may have seen them first) and reads the
 * earlier sightings of the rest.
 */
export function createSightings(
  db: Db,
  { clock, thresholds }: { clock: () => Date; thresholds: StuckThresholds },
) {
  const known = new LRUCache<string, FirstSeen>({ max: REMEMBERED });

  async function fetchUnknown(unknown: Seen[], now: Date): Promise<void> {
    const values = sql.join(
      unknown.map((s) => sql`(${s.id}::uuid, ${s.status}, ${now.toISOString()}::timestamptz)`),
      sql`, `,
    );
    // One statement: the CTE inserts what is new; the select (the statement's snapshot, before
    // the insert) finds what was already there. A pair another instance is inserting right now
    // is in neither, stays unknown, and is read on the next page.
    const result = await db.execute(sql`
      with seen (transaction_id, status, first_seen_at) as (values ${values}),
      inserted as (
        insert into ${statusSightings} (transaction_id, status, first_seen_at)
        select transaction_id, status, first_seen_at from seen
        on conflict do nothing
        returning transaction_id, status, first_seen_at
      )
      select transaction_id, status, first_seen_at from inserted
      union all
      select s.transaction_id, s.status, s.first_seen_at from ${statusSightings} s
        join seen using (transaction_id, status)`);
    // Both drivers answer { rows }; the timestamp may come as a Date (pg) or text.
    const { rows } = result as unknown as {
      rows: { transaction_id: string; status: string; first_seen_at: string | Date }[];
    };
    for (const row of rows) {
      known.set(
        keyOf({ id: row.transaction_id, status: row.status }),
        firstSeen(new Date(row.first_seen_at)),
      );
    }
  }

  function stuck(status: string, sinceMs: number, nowMs: number): boolean {
    const threshold = thresholds[status as TransactionStatus];
    return threshold !== undefined && nowMs - sinceMs > threshold;
  }

  return {
    /**
     * Records what a read saw and answers when each was first seen (absent: not known yet). Never
     * throws: a database that does not answer costs the annotation, not the read (logged).
     */
    async record(seen: readonly Seen[], log: FastifyBaseLogger): Promise<Map<string, FirstSeen>> {
      const answer = new Map<string, FirstSeen>();
      // Usually every pair is known: one lookup each, and nothing else is built.
      let unknown: Map<string, Seen> | null = null;
      for (const s of seen) {
        const key = keyOf(s);
        const at = known.get(key);
        if (at) answer.set(s.id, at);
        else (unknown ??= new Map()).set(key, s);
      }
      if (!unknown) return answer;
      await fetchUnknown([...unknown.values()], clock()).catch((error) =>
        log.error({ err: new DatabaseError(error) }, 'status sightings not recorded'),
      );
      for (const [key, s] of unknown) {
        const at = known.get(key);
        if (at) answer.set(s.id, at);
      }
      return answer;
    },

    stuck,

    /** Every status the transaction was seen in, in the order they were first seen. */
    async forTransaction(id: string): Promise<Sighting[]> {
      const nowMs = clock().getTime();
      const rows = await db
        .select()
        .from(statusSightings)
        .where(eq(statusSightings.transactionId, id))
        .orderBy(asc(statusSightings.firstSeenAt));
      return rows.map((r) => ({
        status: r.status,
        firstSeenAt: r.firstSeenAt.toISOString(),
        stuck: stuck(r.status, r.firstSeenAt.getTime(), nowMs),
      }));
    },
  };
}
