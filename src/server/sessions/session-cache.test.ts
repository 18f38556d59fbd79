/**
 * The session cache on the embedded PGlite (the only database with a change feed): a busy session
 * is answered from memory, and whatever ends or changes a session in the database — this repo,
 * another one, the agents repository, plain SQL — shows at the very next lookup (SECURITY A3).
 */
import type { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../agents/agent';
import { createAgentsRepo, type AgentsRepo } from '../agents/agents-repo';
import type { Database } from '../db/database';
import { agents, sessions } from '../db/schema';
import { openTestDatabase } from '../test-support/test-database';
import { createSessionsRepo, TOUCH_INTERVAL_MS, type SessionsRepo } from './sessions-repo';

const T0 = new Date('2026-03-01T09:00:00.000Z');
const after = (ms: number) => new Date(T0.getTime() + ms);

describe('session cache (PGlite change feed)', () => {
  let database: Database;
  let agentsRepo: AgentsRepo;
  let repo: SessionsRepo;
  /** Another repository on the same database, as the agents CLI or a second code path would be. */
  let elsewhere: SessionsRepo;
  let selects = 0;
  let n = 0;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    // Counts the reads that reach the database (the session read is a prepared statement, built once).
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const query = client.query.bind(client);
    client.query = ((
      text: string,
      ...rest: Parameters<PGlite['query']> extends [unknown, ...infer R] ? R : never
    ) => {
      if (/^\s*select\b/i.test(text) && /"sessions"/.test(text)) selects++;
      return query(text, ...rest);
    }) as PGlite['query'];
    agentsRepo = createAgentsRepo(database.db, { clock: () => T0 });
    repo = createSessionsRepo(database.db, { clock: () => T0, changes: database.changes });
    elsewhere = createSessionsRepo(database.db, { clock: () => T0 });
  });
  afterAll(() => database?.close());

  const newAgent = (): Promise<Agent> =>
    agentsRepo.create({ email: `cache-${++n}@example.com`, displayName: 'Cache', role: 'operator' });
  /** A session already in the cache. */
  async function cachedSession(agent?: Agent) {
    const owner = agent ?? (await newAgent());
    const { token, session } = await repo.create(owner.id, {}, T0);
    expect(await repo.lookup(token, after(1_000))).not.toBeNull();
    return { token, session, agent: owner };
  }

  it('answers a busy session from memory, reading it again once per touch interval', async () => {
    const { token } = await cachedSession();
    selects = 0;
    for (let s = 2; s < TOUCH_INTERVAL_MS / 1000; s += 2) {
      expect((await repo.lookup(token, after(s * 1000)))?.session.lastSeenAt).toEqual(T0);
    }
    expect(selects).toBe(0);
    const touched = await repo.lookup(token, after(TOUCH_INTERVAL_MS + 1_000));
    expect(touched?.session.lastSeenAt).toEqual(after(TOUCH_INTERVAL_MS + 1_000));
    expect(selects).toBe(1);
  });

  it.each([
    [
      'signed out through another repository',
      async (c: Awaited<ReturnType<typeof cachedSession>>) => void (await elsewhere.revoke(c.token)),
    ],
    ['every session of the agent revoked', async (c) => void (await elsewhere.revokeAllForAgent(c.agent.id))],
    ['the agent disabled', async (c) => void (await agentsRepo.disable(c.agent.id))],
    [
      'the agent’s password reset',
      async (c) =>
        void (await agentsRepo.resetPassword(c.agent.id, 'a whole new password', { oneTime: true })),
    ],
    [
      'the row deleted in SQL',
      async (c) => void (await database.db.delete(sessions).where(eq(sessions.id, c.session.id))),
    ],
    [
      'its expiry brought forward in SQL',
      async (c) =>
        void (await database.db.update(sessions).set({ expiresAt: T0 }).where(eq(sessions.id, c.session.id))),
    ],
  ])('refuses a cached session at the next lookup once %s', async (_name, end) => {
    const cached = await cachedSession();
    await end(cached);
    expect(await repo.lookup(cached.token, after(2_000))).toBeNull();
  });

  it('A6: shows an agent made to choose a new password (in SQL, the flag alone) at the next lookup', async () => {
    const { token, agent } = await cachedSession();
    await database.db.update(agents).set({ mustChangePassword: true }).where(eq(agents.id, agent.id));
    expect((await repo.lookup(token, after(2_000)))?.agent.mustChangePassword).toBe(true);
  });

  it('shows a language chosen (in SQL, the locale alone) at the next lookup, so /me answers it', async () => {
    const { token, agent } = await cachedSession();
    await database.db.update(agents).set({ locale: 'es-MX' }).where(eq(agents.id, agent.id));
    expect((await repo.lookup(token, after(2_000)))?.agent.locale).toBe('es-MX');
  });

  it('shows a role change at the next lookup', async () => {
    const { token, agent } = await cachedSession();
    await agentsRepo.setRole(agent.id, 'viewer');
    expect((await repo.lookup(token, after(2_000)))?.agent.role).toBe('viewer');
  });

  it('never keeps a read that a sign-out overtook', async () => {
    for (let i = 0; i < 5; i++) {
      const { token } = await repo.create((await newAgent()).id, {}, T0);
      await Promise.all([repo.lookup(token, after(1_000)), elsewhere.revoke(token)]);
      expect(await repo.lookup(token, after(2_000))).toBeNull();
    }
  });

  it('keeps other agents’ sessions when one agent changes, and what a caller changes stays its own', async () => {
    const mine = await cachedSession();
    const other = await cachedSession();
    await agentsRepo.disable(mine.agent.id);
    const found = await repo.lookup(other.token, after(2_000));
    expect(found?.agent.id).toBe(other.agent.id);
    found!.agent.role = 'admin';
    expect((await repo.lookup(other.token, after(3_000)))?.agent.role).toBe('operator');
  });
});
