/** The database rate-limit store (both drivers), the sign-in limits' defaults and the per-agent execute limit. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentsRepo } from '../agents/agents-repo';
import { RATE_LIMIT_DEFAULTS } from '../config/auth';
import type { Database } from '../db/database';
import { buildTestApp, CANARY_KEY, fakeUpstream, json, type FakeUpstream } from '../test-support/harness';
import { agentHeaders, JSON_WRITE, sharedTestDatabase } from '../test-support/test-agents';
import { openTestDatabase, TEST_DRIVERS } from '../test-support/test-database';
import { databaseRateLimitRefund, databaseRateLimitStore } from './database-store';

type Store = InstanceType<ReturnType<typeof databaseRateLimitStore>>;

function incr(store: Store, key: string, windowMs = 1_000) {
  return new Promise<{ current: number; ttl: number }>((resolve, reject) =>
    store.incr(key, (error, result) => (error ? reject(error) : resolve(result)), windowMs),
  );
}

describe.each(TEST_DRIVERS)('the database rate-limit store (%s)', (driver) => {
  let database: Database;
  let now = Date.parse('2026-03-01T09:00:00Z');
  let store: Store;

  beforeAll(async () => {
    database = driver === 'pglite' ? await sharedTestDatabase() : await openTestDatabase('postgres');
    const Store = databaseRateLimitStore(database.db, () => new Date(now));
    store = new Store().child();
  });

  afterAll(async () => {
    if (driver === 'postgres') await database.close();
  });

  it('counts within a window and starts over after it', async () => {
    expect(await incr(store, 'k1')).toEqual({ current: 1, ttl: 1_000 });
    now += 400;
    expect(await incr(store, 'k1')).toEqual({ current: 2, ttl: 600 });
    now += 600;
    expect(await incr(store, 'k1')).toEqual({ current: 1, ttl: 1_000 });
  });

  it('gives a count back, never below zero, and leaves the window as it was', async () => {
    const refund = databaseRateLimitRefund(database.db);
    await incr(store, 'k3', 1_000);
    await incr(store, 'k3', 1_000);
    await refund('k3');
    now += 100;
    expect(await incr(store, 'k3', 1_000)).toEqual({ current: 2, ttl: 900 });
    for (let i = 0; i < 4; i++) await refund('k3');
    expect(await incr(store, 'k3', 1_000)).toEqual({ current: 1, ttl: 900 });
    await refund('never-counted');
    expect(await incr(store, 'never-counted', 1_000)).toEqual({ current: 1, ttl: 1_000 });
  });

  it('counts concurrent requests exactly once each (one atomic upsert)', async () => {
    const counts = await Promise.all(Array.from({ length: 20 }, () => incr(store, 'k2', 60_000)));
    expect(counts.map((c) => c.current).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });
});

describe('the execute limit per agent', () => {
  let app: FastifyInstance;
  let upstream: FakeUpstream;
  const ID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';

  beforeAll(async () => {
    // The execute's fresh read finds nothing: 404 without an execute call.
    upstream = await fakeUpstream((_req, res) =>
      json(res, 200, { success: true, data: { count: 0, data: [] } }),
    );
    app = await buildTestApp({
      upstream: { baseUrl: upstream.url, apiKey: CANARY_KEY },
      rateLimits: { executePerAgent: { max: 2, windowMs: 60_000 } },
    });
  });

  afterAll(async () => {
    await app.close();
    await upstream.close();
  });

  const execute = async (headers: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: `/api/transactions/${ID}/execute`,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: {},
    });

  it('is counted per agent after authentication, and refuses with 429 before calling Capa', async () => {
    const database = await sharedTestDatabase();
    // Refused requests (no session, a viewer) use up nobody's allowance.
    for (let i = 0; i < 3; i++) {
      expect((await execute({ 'x-csrf': '1' })).statusCode).toBe(401);
      expect((await execute(await agentHeaders(database, 'viewer'))).statusCode).toBe(403);
    }
    const operator = await agentHeaders(database, 'operator');
    expect((await execute(operator)).statusCode).toBe(404);
    expect((await execute(operator)).statusCode).toBe(404);
    const limited = await execute(operator);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.json().error.message).toMatch(/many executes .* Try again in a minute\.$/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(upstream.calls).toHaveLength(2);
    // Another agent has their own allowance.
    expect((await execute(await agentHeaders(database, 'admin'))).statusCode).toBe(404);
  });
});

describe('the sign-in limits as shipped (RATE_LIMIT_DEFAULTS)', () => {
  it('A4: ten wrong passwords from one address stop an eleventh guess there, not the owner signing in from another', async () => {
    const app = await buildTestApp({
      upstream: { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY },
      rateLimits: RATE_LIMIT_DEFAULTS,
      // Behind the load balancer, as deployed: the client's address comes from X-Forwarded-For.
      trustProxy: ['127.0.0.1'],
    });
    const password = 'the owner knows this one';
    const email = 'owner-defaults@example.com';
    await createAgentsRepo((await sharedTestDatabase()).db).create({
      email,
      displayName: 'Owner',
      role: 'admin',
      password,
    });
    const signIn = (from: string, attempt: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { ...JSON_WRITE, 'x-forwarded-for': from },
        payload: { email, password: attempt },
      });
    for (let i = 0; i < 10; i++) expect((await signIn('203.0.113.7', `guess ${i}`)).statusCode).toBe(401);
    expect((await signIn('203.0.113.7', 'guess 10')).statusCode).toBe(429);
    expect((await signIn('203.0.113.7', password)).statusCode).toBe(429);
    expect((await signIn('198.51.100.20', password)).statusCode).toBe(200);
    await app.close();
  });
});
