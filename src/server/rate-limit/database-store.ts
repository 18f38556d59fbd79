import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { DatabaseError } from '../db/errors';

interface Counter {
  current: number;
  ttl: number;
}
type Callback = (error: Error | null, result: Counter) => void;

const PURGE_INTERVAL_MS = 60_000;

function counterOf(rows: unknown, now: Date): Counter {
  const [row] = (rows as { rows: { count: number | string; reset_at: Date | string }[] }).rows;
  if (!row) return { current: 0, ttl: 0 };
  const ttl = new Date(row.reset_at).getTime() - now.getTime();
  return ttl > 0 ? { current: Number(row.count), ttl } : { current: 0, ttl: 0 };
}

/**
 * A @fastify/rate-limit store in our database (PGlite or PostgreSQL), so a limit holds across BFF
 * instances: an attacker spreading sign-in attempts over a load balancer meets one counter. A
 * fixed window per key, counted with one atomic upsert.
 */
export function databaseRateLimitStore(db: Db, clock: () => Date = () => new Date()) {
  let lastPurge = 0;

  async function incr(key: string, timeWindow: number): Promise<Counter> {
    const now = clock();
    const resetAt = new Date(now.getTime() + timeWindow);
    const result = await db.execute(sql`
      insert into rate_limits as r (key, count, reset_at) values (${key}, 1, ${resetAt})
      on conflict (key) do update set
        count = case when r.reset_at <= ${now} then 1 else r.count + 1 end,
        reset_at = case when r.reset_at <= ${now} then ${resetAt} else r.reset_at end
      returning count, reset_at`);
    if (now.getTime() - lastPurge > PURGE_INTERVAL_MS) {
      lastPurge = now.getTime();
      await db.execute(sql`delete from rate_limits where reset_at <= ${now}`);
    }
    return counterOf(result, now);
  }

  // Drizzle's errors quote the query's parameters (an email here): keep them out of logs.
  const settle = (work: Promise<Counter>, callback: Callback) =>
    void work.then(
      (counter) => callback(null, counter),
      (error: unknown) => callback(new DatabaseError(error), { current: 0, ttl: 0 }),
    );

  return class DatabaseRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number) {
      settle(incr(key, timeWindow), callback);
    }

    child() {
      return new DatabaseRateLimitStore();
    }
  };
}

/**
 * Gives back one count of a key in the same table: for limits that count an attempt before its
 * outcome is known (sign-in) and only keep the count when it fails.
 */
export function databaseRateLimitRefund(db: Db) {
  return async (key: string): Promise<void> => {
    try {
      await db.execute(sql`update rate_limits set count = count - 1 where key = ${key} and count > 0`);
    } catch (error) {
      throw new DatabaseError(error);
    }
  };
}
