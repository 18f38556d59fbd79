import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createScratchPostgres,
  openTestDatabase,
  pgliteSnapshot,
  TEST_DRIVERS,
} from '../test-support/test-database';
import { openDatabase, type Database } from './database';
import { sqlState } from './errors';
import { MIGRATIONS_FOLDER } from './migrate';
import { DataDirInUseError } from './pglite-lock';
import { agents, auditEntries, executeIntents, rateLimits } from './schema';

const migrationCount = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;

async function appliedMigrations(database: Database): Promise<number> {
  const result = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  // Both drivers answer { rows }; the shared query type cannot say so.
  return (result as { rows: { n: number }[] }).rows[0]!.n;
}

async function failure(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return sqlState(error);
  }
  throw new Error('expected the statement to fail');
}

describe.each(TEST_DRIVERS)('database on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database?.close());

  it('opens with every migration applied and answers ping', async () => {
    expect(database.kind).toBe(kind);
    expect(migrationCount).toBeGreaterThan(0);
    expect(await appliedMigrations(database)).toBe(migrationCount);
    await expect(database.ping()).resolves.toBeUndefined();
  });

  it('enforces lower-case unique emails and known roles in the schema itself', async () => {
    const agent = { displayName: 'Ana', role: 'viewer' as const };
    await database.db.insert(agents).values({ ...agent, email: 'ana@example.com' });
    expect(await failure(database.db.insert(agents).values({ ...agent, email: 'ana@example.com' }))).toBe(
      '23505',
    );
    expect(await failure(database.db.insert(agents).values({ ...agent, email: 'Bob@example.com' }))).toBe(
      '23514',
    );
    const badRole = { ...agent, email: 'bob@example.com', role: 'root' as 'admin' };
    expect(await failure(database.db.insert(agents).values(badRole))).toBe('23514');
  });

  it('allows one execute intent per transaction (docs/security.md E2) and only known outcomes', async () => {
    const [agent] = await database.db
      .insert(agents)
      .values({ email: 'ops@example.com', displayName: 'Ops', role: 'operator' })
      .returning();
    const transactionId = '8374f327-38bd-4b0b-b8a7-2524599eb903';
    const entry = { agentId: agent!.id, agentEmail: agent!.email, transactionId, idempotencyKey: 'k1' };
    const [audit] = await database.db
      .insert(auditEntries)
      .values({ ...entry, outcome: 'pending' })
      .returning();
    const intent = { transactionId, auditEntryId: audit!.id, agentId: agent!.id, state: 'pending' as const };
    await database.db.insert(executeIntents).values({ ...intent, idempotencyKey: 'k1' });
    expect(
      await failure(database.db.insert(executeIntents).values({ ...intent, idempotencyKey: 'k2' })),
    ).toBe('23505');
    const badOutcome = { ...entry, outcome: 'maybe' as 'pending' };
    expect(await failure(database.db.insert(auditEntries).values(badOutcome))).toBe('23514');
  });

  it('keeps one rate-limit counter per key', async () => {
    const resetAt = new Date('2026-03-01T09:01:00.000Z');
    const bump = () =>
      database.db
        .insert(rateLimits)
        .values({ key: 'sign-in:ana@example.com', count: 1, resetAt })
        .onConflictDoUpdate({ target: rateLimits.key, set: { count: sql`${rateLimits.count} + 1` } })
        .returning({ count: rateLimits.count });
    expect(await bump()).toEqual([{ count: 1 }]);
    expect(await bump()).toEqual([{ count: 2 }]);
  });

  if (kind === 'postgres') {
    it('migrates concurrently from several instances, applying each migration once (advisory lock)', async () => {
      const scratch = await createScratchPostgres();
      const opened: Database[] = [];
      try {
        const starts = await Promise.allSettled(
          [1, 2, 3].map(() => openDatabase({ url: scratch.url, poolMax: 2 })),
        );
        for (const start of starts) if (start.status === 'fulfilled') opened.push(start.value);
        expect(starts.map((start) => start.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
        for (const instance of opened) expect(await appliedMigrations(instance)).toBe(migrationCount);
        opened.push(await openDatabase({ url: scratch.url, poolMax: 1 }));
        expect(await appliedMigrations(opened.at(-1)!)).toBe(migrationCount);
      } finally {
        await Promise.all(opened.map((instance) => instance.close()));
        await scratch.drop();
      }
    });
  }
});

describe('PGlite data directory', () => {
  let parent = '';
  let dataDir = '';
  // Made in a hook, not at collection, so a filtered run leaves nothing behind.
  beforeAll(() => {
    parent = mkdtempSync(join(tmpdir(), 'rampdesk-db-'));
    dataDir = join(parent, 'nested', 'pglite');
  });
  afterAll(() => parent && rmSync(parent, { recursive: true, force: true }));

  it('is created when missing, keeps data across opens, migrates idempotently, and is locked while open', async () => {
    // From the snapshot: initdb on a new directory already runs in agents-cli-e2e.test.ts.
    const first = await openDatabase({ dataDir, initialSnapshot: await pgliteSnapshot() });
    await first.db.insert(agents).values({ email: 'kept@example.com', displayName: 'Kept', role: 'admin' });
    // PGlite writes its files world-readable; the directory keeps other users out.
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataDirInUseError);
    await first.close();

    const second = await openDatabase({ dataDir });
    expect(await appliedMigrations(second)).toBe(migrationCount);
    // Its buffers live in the BFF's memory: 16 MB, not PostgreSQL's 128 MB (docs/performance.md).
    const buffers = await second.db.execute(sql`show shared_buffers`);
    expect((buffers as { rows: { shared_buffers: string }[] }).rows[0]!.shared_buffers).toBe('16MB');
    expect(await second.db.select({ email: agents.email }).from(agents)).toEqual([
      { email: 'kept@example.com' },
    ]);
    // Closing twice (shutdown racing a failed start) is harmless.
    await Promise.all([second.close(), second.close()]);
  });
});
