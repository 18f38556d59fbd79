import { sql, type SQL } from 'drizzle-orm';
import type { TransactionStatus } from '../../contract/statuses';
import type { StuckThresholds } from '../config/collaboration';
import type { Db } from '../db/database';
import { statusSightings } from '../db/schema';

/** At most this many candidates are verified against Capa for one Stuck-only page. */
export const STUCK_CANDIDATES_MAX = 200;

export interface StuckCandidate {
  id: string;
  status: TransactionStatus;
  since: Date;
}

/**
 * Which transactions Rampdesk last saw in one of `statuses` longer ago than that status's threshold
 * (docs/architecture.md, "Stuck items"). A sighting says the transaction was in the status when
 * Rampdesk first saw it there, not that it still is: only an id's latest sighting counts (a later
 * one in another status means it moved on), and a move Rampdesk has not seen is not known here.
 * Each statement is one read of status_sightings, walking its primary key per candidate.
 */
export function createStuckRepo(db: Db, { thresholds }: { thresholds: StuckThresholds }) {
  /** The `stuck` rows' condition, or null when none of the statuses has a threshold. */
  function latestStuck(statuses: readonly TransactionStatus[], now: Date): SQL | null {
    const limits = statuses.flatMap((status) => {
      const ms = thresholds[status];
      if (ms === undefined) return [];
      return [sql`(${status}, ${new Date(now.getTime() - ms).toISOString()}::timestamptz)`];
    });
    if (limits.length === 0) return null;
    return sql`
      with limits (status, cutoff) as (values ${sql.join(limits, sql`, `)})
      select s.transaction_id, s.status, s.first_seen_at from ${statusSightings} s
        join limits l on l.status = s.status and s.first_seen_at < l.cutoff
      where not exists (
        select 1 from ${statusSightings} later
        where later.transaction_id = s.transaction_id and later.first_seen_at > s.first_seen_at
      )`;
  }

  return {
    /** How many stuck transactions per status (statuses without any are absent). One statement. */
    async counts(statuses: readonly TransactionStatus[], now: Date): Promise<Map<string, number>> {
      const stuck = latestStuck(statuses, now);
      if (!stuck) return new Map();
      const result = await db.execute(
        sql`select status, count(*)::int as n from (${stuck}) stuck group by status`,
      );
      const { rows } = result as unknown as { rows: { status: string; n: number | string }[] };
      return new Map(rows.map((r) => [r.status, Number(r.n)]));
    },

    /** The stuck transactions, longest in status first, at most `max`. One statement. */
    async candidates(
      statuses: readonly TransactionStatus[],
      now: Date,
      max = STUCK_CANDIDATES_MAX,
    ): Promise<StuckCandidate[]> {
      const stuck = latestStuck(statuses, now);
      if (!stuck) return [];
      const result = await db.execute(
        sql`${stuck} order by s.first_seen_at asc, s.transaction_id asc limit ${max}`,
      );
      const { rows } = result as unknown as {
        rows: { transaction_id: string; status: TransactionStatus; first_seen_at: string | Date }[];
      };
      return rows.map((r) => ({ id: r.transaction_id, status: r.status, since: new Date(r.first_seen_at) }));
    },
  };
}
