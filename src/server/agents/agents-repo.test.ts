import { randomBytes, scryptSync } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { agentSchema } from '../../contract/auth';
import type { Database } from '../db/database';
import { agents } from '../db/schema';
import { productionPasswordCostInThisTest } from '../test-support/password-cost';
import { openTestDatabase, TEST_DRIVERS } from '../test-support/test-database';
import { toPublicAgent } from './agent';
import { AgentExistsError, AgentInputError, AgentNotFoundError } from './agent-errors';
import { createAgentsRepo, type AgentsRepo } from './agents-repo';
import * as password from './password';

// Spy on the KDF the repo uses, so the test can see that unknown emails cost a full check too.
vi.mock('./password', async (importOriginal) => {
  const original = await importOriginal<typeof password>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

const SECRET = 'a long enough secret';
const T0 = new Date('2026-03-01T09:00:00.000Z');

describe.each(TEST_DRIVERS)('agents repo on %s', (kind) => {
  let database: Database;
  let repo: AgentsRepo;
  let now = T0;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    repo = createAgentsRepo(database.db, { clock: () => now });
  });
  afterAll(() => database?.close());
  beforeEach(async () => {
    now = T0;
    await database.db.delete(agents);
    vi.mocked(password.verifyPassword).mockClear();
  });

  it('creates agents with a lower-cased, trimmed email and lists them by email', async () => {
    const ana = await repo.create({
      email: '  Ana@Example.COM ',
      displayName: ' Ana Lima ',
      role: 'operator',
    });
    expect(ana).toMatchObject({ email: 'ana@example.com', displayName: 'Ana Lima', role: 'operator' });
    expect(ana).toMatchObject({ disabled: false, hasPassword: false, createdAt: T0, lastSignInAt: null });
    expect(ana).not.toHaveProperty('passwordHash');
    await repo.create({ email: 'zoe@example.com', displayName: 'Zoe', role: 'viewer' });
    await repo.create({ email: 'bob@example.com', displayName: 'Bob', role: 'admin' });
    expect((await repo.list()).map((a) => a.email)).toEqual([
      'ana@example.com',
      'bob@example.com',
      'zoe@example.com',
    ]);
    expect(agentSchema.parse(toPublicAgent(ana))).toEqual({
      id: ana.id,
      email: 'ana@example.com',
      displayName: 'Ana Lima',
      role: 'operator',
      disabled: false,
      createdAt: T0.toISOString(),
      lastSignInAt: null,
    });
  });

  it('refuses a second agent with the same email in any case', async () => {
    await repo.create({ email: 'ana@example.com', displayName: 'Ana', role: 'viewer' });
    const again = repo.create({ email: 'ANA@example.com', displayName: 'Other Ana', role: 'admin' });
    await expect(again).rejects.toThrow(new AgentExistsError('ana@example.com'));
    expect(await repo.list()).toHaveLength(1);
  });

  it('names each invalid field', async () => {
    const bad = repo.create({
      email: 'not-an-email',
      displayName: '',
      role: 'root' as 'admin',
      password: 'short',
    });
    const error = await bad.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgentInputError);
    expect(Object.keys((error as AgentInputError).fields).sort()).toEqual([
      'displayName',
      'email',
      'password',
      'role',
    ]);
    await expect(
      repo.create({ email: 'ana@example.com', displayName: 'A\u001b[2J', role: 'viewer' }),
    ).rejects.toThrow('displayName must not contain control characters');
  });

  it('finds agents by email in any case and by id, and answers null for strangers', async () => {
    const ana = await repo.create({ email: 'ana@example.com', displayName: 'Ana', role: 'viewer' });
    expect(await repo.findByEmail('ANA@example.com ')).toEqual(ana);
    expect(await repo.findById(ana.id)).toEqual(ana);
    expect(await repo.findByEmail('nobody@example.com')).toBeNull();
    expect(await repo.findById('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await repo.findById("1' or '1'='1")).toBeNull();
  });

  it('changes roles, refusing unknown roles and unknown agents', async () => {
    const ana = await repo.create({ email: 'ana@example.com', displayName: 'Ana', role: 'viewer' });
    now = new Date(T0.getTime() + 1000);
    expect(await repo.setRole(ana.id, 'admin')).toMatchObject({ role: 'admin', updatedAt: now });
    await expect(repo.setRole(ana.id, 'superuser' as 'admin')).rejects.toThrow(AgentInputError);
    await expect(repo.setRole('00000000-0000-4000-8000-000000000000', 'viewer')).rejects.toThrow(
      AgentNotFoundError,
    );
    expect((await repo.findById(ana.id))?.role).toBe('admin');
  });

  it('disables and enables agents', async () => {
    const ana = await repo.create({ email: 'ana@example.com', displayName: 'Ana', role: 'viewer' });
    expect((await repo.disable(ana.id)).disabled).toBe(true);
    expect((await repo.findById(ana.id))?.disabled).toBe(true);
    expect((await repo.enable(ana.id)).disabled).toBe(false);
    await expect(repo.disable('not-a-uuid')).rejects.toThrow(AgentNotFoundError);
  });

  it('records the last sign-in', async () => {
    const ana = await repo.create({ email: 'ana@example.com', displayName: 'Ana', role: 'viewer' });
    const at = new Date('2026-03-02T10:30:00.000Z');
    await repo.recordSignIn(ana.id, at);
    expect((await repo.findById(ana.id))?.lastSignInAt).toEqual(at);
  });

  describe('verifyCredentials (docs/security.md A4)', () => {
    it('returns the agent for the right email and password, in any email case', async () => {
      const ana = await repo.create({
        email: 'ana@example.com',
        displayName: 'Ana',
        role: 'viewer',
        password: SECRET,
      });
      expect(ana).toMatchObject({ hasPassword: true, passwordChangedAt: T0 });
      expect(await repo.verifyCredentials('Ana@Example.com', SECRET)).toEqual(ana);
      expect(await repo.verifyCredentials('ana@example.com', `${SECRET}!`)).toBeNull();
    });

    it('spends a full scrypt check on an unknown email, against a hash of the current parameters', async () => {
      productionPasswordCostInThisTest();
      expect(await repo.verifyCredentials('nobody@example.com', SECRET)).toBeNull();
      const calls = vi.mocked(password.verifyPassword).mock.calls;
      expect(calls).toHaveLength(1);
      expect(calls[0]![1]).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(calls[0]![1]).toBe(await password.dummyHash());
    });

    it('refuses disabled agents and agents without a password, after the same check', async () => {
      const ana = await repo.create({
        email: 'ana@example.com',
        displayName: 'Ana',
        role: 'viewer',
        password: SECRET,
      });
      await repo.create({ email: 'sso@example.com', displayName: 'Sso', role: 'viewer' });
      await repo.disable(ana.id);
      expect(await repo.verifyCredentials('ana@example.com', SECRET)).toBeNull();
      expect(await repo.verifyCredentials('sso@example.com', '')).toBeNull();
      expect(vi.mocked(password.verifyPassword)).toHaveBeenCalledTimes(2);
    });

    it('upgrades a hash made with older parameters at a successful sign-in', async () => {
      productionPasswordCostInThisTest();
      const ana = await repo.create({ email: 'ana@example.com', displayName: 'Ana', role: 'viewer' });
      const salt = randomBytes(16);
      const key = scryptSync(SECRET, salt, 64, { N: 2 ** 14, r: 8, p: 1 });
      const legacy = ['scrypt', 2 ** 14, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
      await database.db.update(agents).set({ passwordHash: legacy }).where(eq(agents.id, ana.id));
      expect(await repo.verifyCredentials('ana@example.com', SECRET)).not.toBeNull();
      const [row] = await database.db.select().from(agents).where(eq(agents.id, ana.id));
      expect(row!.passwordHash).toMatch(/^scrypt\$32768\$/);
      expect(await repo.verifyCredentials('ana@example.com', SECRET)).not.toBeNull();
    });

    it('takes a new password at reset and forgets the old one', async () => {
      const ana = await repo.create({
        email: 'ana@example.com',
        displayName: 'Ana',
        role: 'viewer',
        password: SECRET,
      });
      now = new Date(T0.getTime() + 60_000);
      const oneTime = { oneTime: true };
      await expect(repo.resetPassword(ana.id, 'too short', oneTime)).rejects.toThrow(
        'password must be at least 12',
      );
      expect(await repo.resetPassword(ana.id, 'another long secret', oneTime)).toBeUndefined();
      expect(await repo.verifyCredentials('ana@example.com', SECRET)).toBeNull();
      expect(await repo.verifyCredentials('ana@example.com', 'another long secret')).toMatchObject({
        passwordChangedAt: now,
        mustChangePassword: true,
      });
      const unknown = '00000000-0000-4000-8000-000000000000';
      await expect(repo.resetPassword(unknown, 'another long secret', oneTime)).rejects.toThrow(
        AgentNotFoundError,
      );
    });
  });
});
