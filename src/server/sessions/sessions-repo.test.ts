import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../agents/agent';
import { createAgentsRepo, type AgentsRepo } from '../agents/agents-repo';
import type { Database } from '../db/database';
import { agents, sessions } from '../db/schema';
import { openTestDatabase, TEST_DRIVERS, type DriverKind } from '../test-support/test-database';
import { createSessionsRepo, type SessionsRepo } from './sessions-repo';

const MINUTE = 60_000;
const T0 = new Date('2026-03-01T09:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

// Each driver as is, and PGlite also with its change feed, where sessions are cached between lookups.
const CASES = TEST_DRIVERS.flatMap((kind): { kind: DriverKind; cached: boolean }[] =>
  kind === 'pglite'
    ? [
        { kind, cached: false },
        { kind, cached: true },
      ]
    : [{ kind, cached: false }],
);

describe.each(CASES)('sessions repo on $kind, cached: $cached (docs/security.md A3)', ({ kind, cached }) => {
  let database: Database;
  let agentsRepo: AgentsRepo;
  let repo: SessionsRepo;
  let ana: Agent;
  let bob: Agent;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    agentsRepo = createAgentsRepo(database.db, { clock: () => T0 });
    // The defaults: idle 30 minutes, absolute 12 hours.
    repo = createSessionsRepo(database.db, { clock: () => T0, changes: cached ? database.changes : null });
    ana = await agentsRepo.create({ email: 'ana@example.com', displayName: 'Ana', role: 'operator' });
    bob = await agentsRepo.create({ email: 'bob@example.com', displayName: 'Bob', role: 'viewer' });
  });
  afterAll(() => database?.close());
  beforeEach(async () => {
    await database.db.delete(sessions);
    await database.db.update(agents).set({ disabled: false });
  });

  const lastSeen = async (id: string) =>
    (await database.db.select().from(sessions).where(eq(sessions.id, id)))[0]?.lastSeenAt;

  it('issues 256-bit base64url tokens and stores only their SHA-256', async () => {
    const { token, session } = await repo.create(ana.id, { userAgent: 'Firefox', ip: '203.0.113.9' });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(session).toMatchObject({ agentId: ana.id, createdAt: T0, lastSeenAt: T0, expiresAt: at(12 * 60) });
    const rows = await database.db.select().from(sessions);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
    const tokens = await Promise.all(Array.from({ length: 20 }, () => repo.create(ana.id)));
    expect(new Set(tokens.map((t) => t.token)).size).toBe(20);
  });

  it('bounds what it keeps of the user agent and address', async () => {
    const { session } = await repo.create(ana.id, { userAgent: 'x'.repeat(5000), ip: '1'.repeat(500) });
    expect(session.userAgent).toHaveLength(512);
    expect(session.ip).toHaveLength(64);
  });

  it('looks a session up with its agent, and refuses unknown or malformed tokens', async () => {
    const { token, session } = await repo.create(ana.id);
    const found = await repo.lookup(token, at(1));
    expect(found?.agent).toMatchObject({ id: ana.id, email: 'ana@example.com', role: 'operator' });
    expect(found?.session.id).toBe(session.id);
    expect(await repo.lookup(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, at(1))).toBeNull();
    expect(await repo.lookup(session.id, at(1))).toBeNull();
    expect(await repo.lookup('', at(1))).toBeNull();
  });

  it('touches last_seen_at at most once a minute', async () => {
    const { token, session } = await repo.create(ana.id);
    await repo.lookup(token, new Date(T0.getTime() + 59_000));
    expect(await lastSeen(session.id)).toEqual(T0);
    expect((await repo.lookup(token, at(1)))?.session.lastSeenAt).toEqual(at(1));
    expect(await lastSeen(session.id)).toEqual(at(1));
  });

  it('ends a session idle for 30 minutes, and activity keeps it alive', async () => {
    const { token, session } = await repo.create(ana.id);
    expect(await repo.lookup(token, at(29))).not.toBeNull();
    expect(await repo.lookup(token, at(58))).not.toBeNull();
    expect(await repo.lookup(token, at(88))).toBeNull();
    expect(await lastSeen(session.id)).toBeUndefined();
    expect(await repo.lookup(token, at(60))).toBeNull();
  });

  it('ends a session 12 hours after sign-in however active it is', async () => {
    const { token } = await repo.create(ana.id);
    for (let minute = 20; minute < 12 * 60; minute += 20)
      expect(await repo.lookup(token, at(minute))).not.toBeNull();
    expect(await repo.lookup(token, at(12 * 60))).toBeNull();
  });

  it('takes its timeouts as parameters and refuses nonsense ones', async () => {
    const short = createSessionsRepo(database.db, {
      idleTimeoutMs: 5 * MINUTE,
      absoluteTimeoutMs: 60 * MINUTE,
      changes: cached ? database.changes : null,
    });
    const { token, session } = await short.create(ana.id, {}, T0);
    expect(session.expiresAt).toEqual(at(60));
    expect(await short.lookup(token, at(4))).not.toBeNull();
    expect(await short.lookup(token, at(9))).toBeNull();
    expect(() => createSessionsRepo(database.db, { idleTimeoutMs: 0 })).toThrow(RangeError);
    expect(() => createSessionsRepo(database.db, { absoluteTimeoutMs: Number.NaN })).toThrow(RangeError);
  });

  it('revokes one session at sign-out', async () => {
    const first = await repo.create(ana.id);
    const second = await repo.create(ana.id);
    expect(await repo.revoke(first.token)).toBe(true);
    expect(await repo.revoke(first.token)).toBe(false);
    expect(await repo.lookup(first.token, at(1))).toBeNull();
    expect(await repo.lookup(second.token, at(1))).not.toBeNull();
  });

  it('revokes every session of one agent and no one else', async () => {
    const mine = [await repo.create(ana.id), await repo.create(ana.id)];
    const other = await repo.create(bob.id);
    expect(await repo.revokeAllForAgent(ana.id)).toBe(2);
    for (const { token } of mine) expect(await repo.lookup(token, at(1))).toBeNull();
    expect(await repo.lookup(other.token, at(1))).not.toBeNull();
  });

  it('ends every session of an agent who is disabled, and enabling does not bring them back', async () => {
    const { token } = await repo.create(ana.id);
    const other = await repo.create(bob.id);
    await agentsRepo.disable(ana.id);
    expect(await database.db.select().from(sessions).where(eq(sessions.agentId, ana.id))).toEqual([]);
    await agentsRepo.enable(ana.id);
    expect(await repo.lookup(token, at(1))).toBeNull();
    expect(await repo.lookup(other.token, at(1))).not.toBeNull();
  });

  it('ends every session of an agent whose password is reset', async () => {
    const { token } = await repo.create(ana.id);
    await agentsRepo.resetPassword(ana.id, 'a brand new password', { oneTime: true });
    expect(await repo.lookup(token, at(1))).toBeNull();
  });

  it('refuses a disabled agent even if a session row survived', async () => {
    const { token } = await repo.create(ana.id);
    await database.db.update(agents).set({ disabled: true }).where(eq(agents.id, ana.id));
    expect(await repo.lookup(token, at(1))).toBeNull();
  });

  it('purges sessions past either timeout', async () => {
    const fresh = await repo.create(ana.id, {}, at(0));
    await repo.create(ana.id, {}, at(-31)); // idle
    const old = await repo.create(bob.id, {}, at(-12 * 60));
    await database.db
      .update(sessions)
      .set({ lastSeenAt: at(-1) })
      .where(eq(sessions.id, old.session.id));
    expect(await repo.purgeExpired(at(0))).toBe(2);
    expect((await database.db.select().from(sessions)).map((s) => s.id)).toEqual([fresh.session.id]);
  });
});
