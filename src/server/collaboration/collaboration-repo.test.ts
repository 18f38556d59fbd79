/**
 * Sightings, takes and notes in the database, on PGlite and (with TEST_DATABASE_URL) PostgreSQL.
 * The race between two takers across instances is in routes/collaboration-race.test.ts.
 */
import { eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../agents/agent';
import { createAgentsRepo } from '../agents/agents-repo';
import { COLLABORATION_DEFAULTS } from '../config/collaboration';
import type { Database } from '../db/database';
import { sqlState } from '../db/errors';
import { statusSightings, transactionActivity } from '../db/schema';
import { openTestDatabase, TEST_DRIVERS } from '../test-support/test-database';
import { createCollaboration, type Collaboration } from './collaboration';

const quiet = () => {};
const log = { error: quiet, warn: quiet, info: quiet, debug: quiet } as unknown as FastifyBaseLogger;
const HOUR = 3_600_000;

describe.each(TEST_DRIVERS)('collaboration on %s', (kind) => {
  let database: Database;
  let now = new Date('2026-05-01T10:00:00Z');
  const clock = () => now;
  let collab: Collaboration;
  let ana: Agent;
  let ben: Agent;
  let admin: Agent;
  const fresh = () => createCollaboration(database.db, database.sharedChanges, COLLABORATION_DEFAULTS, clock);
  const tx = (n: number) => `a1b2c3d4-0000-4000-8000-${String(n).padStart(12, '0')}`;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    collab = fresh();
    const agents = createAgentsRepo(database.db);
    const make = (name: string, role: Agent['role']) =>
      agents.create({ email: `${name}@example.com`, displayName: name, role, password: null });
    [ana, ben, admin] = await Promise.all([
      make('Ana', 'operator'),
      make('Ben', 'operator'),
      make('Root', 'admin'),
    ]);
  });
  afterAll(() => database?.close());

  it('a status is first seen once: later reads, here or on another instance, keep the first time and write nothing', async () => {
    const first = await collab.annotate([{ id: tx(1).toUpperCase(), status: 'CRYPTO_RECEIVED' }], log);
    expect(first[tx(1).toUpperCase()]).toEqual({ statusSince: now.toISOString(), stuck: false, take: null });
    const seenAt = now;
    now = new Date(now.getTime() + 2 * HOUR);
    // Another instance (its own memory) reads the same row later: the database's first time wins.
    const other = await fresh().annotate([{ id: tx(1), status: 'CRYPTO_RECEIVED' }], log);
    expect(other[tx(1)]).toEqual({ statusSince: seenAt.toISOString(), stuck: true, take: null });
    // A pair already known costs no statement at all (the takes are one select).
    let statements = 0;
    const counted = new Proxy(database.db, {
      get: (target, name, receiver) =>
        name === 'execute'
          ? (...args: Parameters<typeof target.execute>) => (statements++, target.execute(...args))
          : Reflect.get(target, name, receiver),
    });
    const instance = createCollaboration(counted, database.sharedChanges, COLLABORATION_DEFAULTS, clock);
    for (let i = 0; i < 3; i++) {
      const again = await instance.annotate([{ id: tx(1), status: 'CRYPTO_RECEIVED' }], log);
      expect(again[tx(1)]!.statusSince).toBe(seenAt.toISOString());
    }
    expect(statements).toBe(1);
    // A new status is a new sighting, now.
    const moved = await collab.annotate([{ id: tx(1), status: 'COMPLETED' }], log);
    expect(moved[tx(1)]).toMatchObject({ statusSince: now.toISOString(), stuck: false });
    const rows = await database.db
      .select()
      .from(statusSightings)
      .where(eq(statusSightings.transactionId, tx(1)));
    expect(rows.map((r) => r.status).sort()).toEqual(['COMPLETED', 'CRYPTO_RECEIVED']);
    expect((await collab.sightings.forTransaction(tx(1))).map((s) => [s.status, s.stuck])).toEqual([
      ['CRYPTO_RECEIVED', true],
      ['COMPLETED', false],
    ]);
  });

  it('a page of new rows costs one statement; a database that fails costs the annotation, never the read', async () => {
    const page = Array.from({ length: 20 }, (_, i) => ({ id: tx(100 + i), status: 'PENDING' }));
    const annotations = await fresh().annotate(page, log);
    expect(Object.values(annotations).every((a) => a.statusSince === now.toISOString())).toBe(true);
    const broken = createCollaboration(
      {
        ...database.db,
        execute: () => Promise.reject(new Error('down')),
        select: () => {
          throw new Error('down');
        },
      } as never,
      database.sharedChanges,
      COLLABORATION_DEFAULTS,
      clock,
    );
    const errors: unknown[] = [];
    const spy = { ...log, error: (o: unknown) => errors.push(o) } as never;
    const answer = await broken.annotate([{ id: tx(200), status: 'PENDING' }], spy);
    expect(answer[tx(200)]).toEqual({ statusSince: null, stuck: false, take: null });
    expect(errors.length).toBeGreaterThan(0);
  });

  it("W1: a take is one agent's; another is refused with who has it; the holder or an admin releases it", async () => {
    const t = tx(2);
    const taken = await collab.takes.take(t, ana);
    expect(taken).toEqual({
      taken: expect.objectContaining({ agentName: 'Ana', takenAt: now.toISOString() }),
    });
    expect(await collab.takes.take(t, ben)).toEqual({
      heldBy: expect.objectContaining({ agentEmail: 'ana@example.com' }),
    });
    expect(await collab.takes.release(t, ben)).toEqual({
      heldBy: expect.objectContaining({ agentName: 'Ana' }),
    });
    // Taking one's own again keeps its start.
    const start = now;
    now = new Date(now.getTime() + 60_000);
    expect(await collab.takes.take(t, ana)).toEqual({
      taken: expect.objectContaining({ takenAt: start.toISOString() }),
    });
    now = new Date(now.getTime() + 60_000);
    expect(await collab.takes.release(t, admin)).toEqual({ released: true });
    now = new Date(now.getTime() + 60_000);
    expect(await collab.takes.find(t)).toBeNull();
    expect(await collab.takes.take(t, ben)).toEqual({ taken: expect.objectContaining({ agentName: 'Ben' }) });
    now = new Date(now.getTime() + 60_000);
    expect(await collab.takes.release(t, ben)).toEqual({ released: true });
    expect(await collab.takes.release(t, ben)).toEqual({ released: false });
    const log = await collab.activity.list({ transactionId: t, skip: 0, limit: 10 });
    expect(log.items.map((e) => [e.kind, e.agentName, e.reason]).reverse()).toEqual([
      ['take', 'Ana', null],
      ['release', 'Root', 'released-by-admin'],
      ['take', 'Ben', null],
      ['release', 'Ben', 'released'],
    ]);
  });

  it('W1: a take lapses after TAKE_EXPIRES_AFTER, and a successful execute ends it', async () => {
    const t = tx(3);
    await collab.takes.take(t, ana);
    now = new Date(now.getTime() + COLLABORATION_DEFAULTS.takeExpiresAfterMs + 1);
    expect(await collab.takes.find(t)).toBeNull();
    expect(await collab.takes.take(t, ben)).toEqual({ taken: expect.objectContaining({ agentName: 'Ben' }) });
    now = new Date(now.getTime() + 60_000);
    await collab.takes.releaseExecuted(t);
    expect((await collab.takes.forIds([t])).size).toBe(0);
    const log = await collab.activity.list({ transactionId: t, skip: 0, limit: 10 });
    expect(log.items.map((e) => [e.kind, e.agentName, e.reason]).reverse()).toEqual([
      ['take', 'Ana', null],
      ['release', 'Ana', 'expired'],
      ['take', 'Ben', null],
      ['release', 'Ben', 'executed'],
    ]);
  });

  it('W1: of many agents taking at once, exactly one gets it', async () => {
    const t = tx(4);
    const results = await Promise.all([ana, ben, admin, ana, ben].map((a) => fresh().takes.take(t, a)));
    const winners = new Set(results.flatMap((r) => ('taken' in r ? [r.taken.agentId] : [])));
    expect(winners.size).toBe(1);
    const holder = [...winners][0];
    for (const r of results) if ('heldBy' in r) expect(r.heldBy.agentId).toBe(holder);
  });

  it('W2: notes are kept oldest first, by author, and never edited or deleted, whoever writes', async () => {
    const t = tx(5);
    await collab.activity.addNote(t, ana, 'The user says the bank <b>bounced</b> it.');
    now = new Date(now.getTime() + 1000);
    await collab.activity.addNote(t, ben, 'Bank confirmed.');
    expect((await collab.activity.notes(t)).map((n) => [n.agentName, n.text])).toEqual([
      ['Ana', 'The user says the bank <b>bounced</b> it.'],
      ['Ben', 'Bank confirmed.'],
    ]);
    expect((await collab.activity.notesFor([t, tx(6)])).get(t)).toHaveLength(2);
    const byTx = eq(transactionActivity.transactionId, t);
    for (const attempt of [
      database.db.update(transactionActivity).set({ text: 'edited' }).where(byTx),
      database.db.delete(transactionActivity).where(byTx),
      database.db.execute(sql`truncate transaction_activity`),
    ]) {
      await expect(
        attempt.then(
          () => 'written',
          (e) => sqlState(e),
        ),
      ).resolves.toBe('23000');
    }
    expect(await collab.activity.notes(t)).toHaveLength(2);
  });
});
