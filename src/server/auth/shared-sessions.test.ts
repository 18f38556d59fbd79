/**
 * Two BFF instances on one PostgreSQL share sessions and sign-in limits, as behind a load
 * balancer. PostgreSQL only: PGlite is one process's embedded database, so there is no second
 * instance to ask. Without TEST_DATABASE_URL this suite is reported as skipped, never as passed;
 * CI (.ci/run) sets it.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentsRepo } from '../agents/agents-repo';
import { openDatabase, type Database } from '../db/database';
import { buildTestApp, CANARY_KEY } from '../test-support/harness';
import { CSRF, JSON_WRITE } from '../test-support/test-agents';
import { createScratchPostgres } from '../test-support/test-database';

describe.runIf(process.env.TEST_DATABASE_URL)('two BFF instances on one PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  const databases: Database[] = [];
  let one: FastifyInstance;
  let two: FastifyInstance;

  beforeAll(async () => {
    scratch = await createScratchPostgres();
    // Each instance opens its own pool and runs the migrations at start, as real instances do.
    const upstream = { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY };
    const apps = await Promise.all(
      [0, 1].map(async () => {
        const database = await openDatabase({ url: scratch.url, poolMax: 3 });
        databases.push(database);
        return buildTestApp(
          {
            upstream,
            database: { url: scratch.url },
            rateLimits: { signInPerAccount: { max: 2, windowMs: 60_000 } },
          },
          { database },
        );
      }),
    );
    [one, two] = apps as [FastifyInstance, FastifyInstance];
    await createAgentsRepo(databases[0]!.db).create({
      email: 'shared@example.com',
      displayName: 'Shared',
      role: 'operator',
      password: 'shared session password',
    });
  });

  afterAll(async () => {
    await one?.close();
    await two?.close();
    for (const database of databases) await database.close();
    await scratch?.drop();
  });

  const signIn = (app: FastifyInstance, password: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: JSON_WRITE,
      payload: { email: 'shared@example.com', password },
    });

  it('A3: a session made on one instance works on the other, and sign-out on the other ends it everywhere', async () => {
    const res = await signIn(one, 'shared session password');
    const cookie = `${res.cookies[0]!.name}=${res.cookies[0]!.value}`;
    const me = await two.inject({ method: 'GET', url: '/api/auth/me', headers: { ...CSRF, cookie } });
    expect(me.json()).toMatchObject({ agent: { email: 'shared@example.com' }, method: 'password' });
    await two.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { ...JSON_WRITE, cookie },
      payload: {},
    });
    expect(
      (await one.inject({ method: 'GET', url: '/api/auth/me', headers: { ...CSRF, cookie } })).statusCode,
    ).toBe(401);
  });

  it('A4: failed sign-ins count across instances', async () => {
    expect((await signIn(one, 'wrong password 1')).statusCode).toBe(401);
    expect((await signIn(two, 'wrong password 2')).statusCode).toBe(401);
    expect((await signIn(one, 'shared session password')).statusCode).toBe(429);
  });
});
