/** Stuck counts and candidates from the sightings, on PGlite and (with TEST_DATABASE_URL) PostgreSQL. */
import type { FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLABORATION_DEFAULTS } from '../config/collaboration';
import type { Database } from '../db/database';
import { openTestDatabase, TEST_DRIVERS } from '../test-support/test-database';
import { createSightings } from './sightings';
import { createStuckRepo } from './stuck';

const quiet = () => {};
const log = { error: quiet, warn: quiet, info: quiet, debug: quiet } as unknown as FastifyBaseLogger;
const HOUR = 3_600_000;
const tx = (n: number) => `5e1b2c3d-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe.each(TEST_DRIVERS)('stuck items on %s', (kind) => {
  let database: Database;
  const start = new Date('2026-05-01T00:00:00Z');
  let now = start;
  const at = (hours: number) => new Date(start.getTime() + hours * HOUR);

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const seeAt = async (hours: number, seen: { id: string; status: string }[]) => {
      now = at(hours);
      // A fresh instance each time: nothing remembered in memory, the database decides.
      await createSightings(database.db, { clock: () => now, thresholds: {} }).record(seen, log);
    };
    // CRYPTO_RECEIVED's threshold is 1h, PENDING's 24h, COMPLETED has none.
    await seeAt(0, [
      { id: tx(1), status: 'CRYPTO_RECEIVED' },
      { id: tx(2), status: 'CRYPTO_RECEIVED' },
      { id: tx(3), status: 'CRYPTO_RECEIVED' },
      { id: tx(4), status: 'PENDING' },
    ]);
    await seeAt(1, [{ id: tx(5), status: 'CRYPTO_RECEIVED' }]);
    // tx 2 moved on to COMPLETED, tx 3 back to PENDING: their older sightings are history.
    await seeAt(2, [
      { id: tx(2), status: 'COMPLETED' },
      { id: tx(3), status: 'PENDING' },
    ]);
    await seeAt(2.5, [{ id: tx(6), status: 'CRYPTO_RECEIVED' }]);
  });
  afterAll(() => database?.close());

  const repo = () => createStuckRepo(database.db, { thresholds: COLLABORATION_DEFAULTS.stuckThresholds });

  it('counts, per status, only ids whose latest sighting is that status and older than its threshold', async () => {
    // At 3h: tx 1 (3h) and tx 5 (2h) are stuck in CRYPTO_RECEIVED; tx 6 (30 min) is not yet; tx 2
    // and tx 3 moved on; PENDING (24h) holds nobody long enough.
    const counts = await repo().counts(['CRYPTO_RECEIVED', 'PENDING', 'COMPLETED'], at(3));
    expect(Object.fromEntries(counts)).toEqual({ CRYPTO_RECEIVED: 2 });
    const later = await repo().counts(['CRYPTO_RECEIVED', 'PENDING'], at(27));
    expect(Object.fromEntries(later)).toEqual({ CRYPTO_RECEIVED: 3, PENDING: 2 });
    expect((await repo().counts(['COMPLETED'], at(100))).size).toBe(0);
  });

  it('gives the candidates longest in status first, capped, each with its status and since', async () => {
    const all = await repo().candidates(['CRYPTO_RECEIVED', 'PENDING'], at(27));
    expect(all.map((c) => [c.id, c.status, c.since.toISOString()])).toEqual([
      [tx(1), 'CRYPTO_RECEIVED', at(0).toISOString()],
      [tx(4), 'PENDING', at(0).toISOString()],
      [tx(5), 'CRYPTO_RECEIVED', at(1).toISOString()],
      [tx(3), 'PENDING', at(2).toISOString()],
      [tx(6), 'CRYPTO_RECEIVED', at(2.5).toISOString()],
    ]);
    expect((await repo().candidates(['CRYPTO_RECEIVED', 'PENDING'], at(27), 2)).map((c) => c.id)).toEqual([
      tx(1),
      tx(4),
    ]);
  });
});
