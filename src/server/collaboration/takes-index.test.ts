import type { FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Agent } from '../agents/agent';
import { createAgentsRepo } from '../agents/agents-repo';
import { COLLABORATION_DEFAULTS } from '../config/collaboration';
import type { Database, Db } from '../db/database';
import { openTestDatabase, TEST_DRIVERS } from '../test-support/test-database';
import { createCollaboration } from './collaboration';

const quiet = () => {};
const log = { error: quiet, warn: quiet, info: quiet, debug: quiet } as unknown as FastifyBaseLogger;
const tx = (n: number) => `b2c3d4e5-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The database, counting every statement this instance sends through it. */
function counting(db: Db) {
  const count = { statements: 0 };
  const counted = new Proxy(db, {
    get: (target, name, receiver) => {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (
        typeof value !== 'function' ||
        !['select', 'execute', 'insert', 'delete', 'update'].includes(String(name))
      )
        return value;
      return (...args: unknown[]) => (
        count.statements++,
        (value as (...a: unknown[]) => unknown).apply(target, args)
      );
    },
  });
  return { db: counted, count };
}

describe.each(TEST_DRIVERS)('takes on the list, from memory, on %s', (kind) => {
  let database: Database;
  const now = new Date();
  const clock = () => now;
  let ana: Agent;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    ana = await createAgentsRepo(database.db).create({
      email: 'ana@example.com',
      displayName: 'Ana',
      role: 'operator',
      password: null,
    });
  });
  afterAll(() => database?.close());

  it("W1: a page already seen asks the database nothing; another instance's take and release reach this one's list", async () => {
    const { db, count } = counting(database.db);
    const here = createCollaboration(db, database.sharedChanges, COLLABORATION_DEFAULTS, clock);
    const there = createCollaboration(database.db, database.sharedChanges, COLLABORATION_DEFAULTS, clock);
    const page = [1, 2, 3].map((n) => ({ id: tx(n), status: 'CRYPTO_RECEIVED' }));
    await here.annotate(page, log);
    count.statements = 0;
    expect(Object.values(await here.annotate(page, log)).map((a) => a.take)).toEqual([null, null, null]);
    expect(count.statements).toBe(0);

    // Taken on another instance (its own memory, the same database): this one hears of it.
    await there.takes.take(tx(2), ana);
    await vi.waitFor(
      async () => expect((await here.annotate(page, log))[tx(2)]?.take?.agentName).toBe('Ana'),
      {
        timeout: 5_000,
      },
    );
    await there.takes.release(tx(2), ana);
    await vi.waitFor(async () => expect((await here.annotate(page, log))[tx(2)]?.take).toBeNull(), {
      timeout: 5_000,
    });
  });

  it("W1: this instance's own take shows on its very next page, before any announcement", async () => {
    const here = createCollaboration(database.db, database.sharedChanges, COLLABORATION_DEFAULTS, clock);
    const page = [{ id: tx(10), status: 'CRYPTO_RECEIVED' }];
    await here.annotate(page, log);
    await here.takes.take(tx(10), ana);
    expect((await here.annotate(page, log))[tx(10)]?.take?.agentName).toBe('Ana');
    await here.takes.releaseExecuted(tx(10));
    expect((await here.annotate(page, log))[tx(10)]?.take).toBeNull();
  });
});
