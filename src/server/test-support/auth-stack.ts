/**
 * A BFF with sign-in and sessions for the auth route tests (SECURITY A1, A3, A4), on one test
 * database driver: short, known limits and timeouts, a clock the test moves, every log line kept.
 * Call inside a `describe`: it registers the hooks that start and stop the app.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { createAgentsRepo, type AgentsRepo } from '../agents/agents-repo';
import { SESSION_COOKIE } from '../auth/session-cookie';
import type { Database } from '../db/database';
import { buildTestApp, CANARY_KEY } from './harness';
import { CSRF, JSON_WRITE, sharedTestDatabase } from './test-agents';
import { openTestDatabase, type DriverKind } from './test-database';

export const MINUTE = 60_000;
export const IDLE = 30 * MINUTE;
export const ABSOLUTE = 2 * 60 * MINUTE;
export const PASSWORD = 'correct horse battery staple 42';

export function authStack(driver: DriverKind) {
  let database: Database;
  let app: FastifyInstance;
  let repo: AgentsRepo;
  const logs: string[] = [];
  let now = Date.parse('2026-03-01T09:00:00Z');
  let emails = 0;

  beforeAll(async () => {
    database = driver === 'pglite' ? await sharedTestDatabase() : await openTestDatabase('postgres');
    app = await buildTestApp(
      {
        upstream: { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY },
        sessions: { idleTimeoutMs: IDLE, absoluteTimeoutMs: ABSOLUTE },
        rateLimits: {
          signInPerAccountAndIp: { max: 3, windowMs: 15 * MINUTE },
          signInPerIp: { max: 5, windowMs: 15 * MINUTE },
          signInPerAccount: { max: 6, windowMs: 60 * MINUTE },
        },
        logger: { level: 'trace', stream: { write: (line) => void logs.push(line) } },
      },
      { database, clock: () => new Date(now) },
    );
    repo = createAgentsRepo(database.db);
  });

  afterAll(async () => {
    await app.close();
    if (driver === 'postgres') await database.close();
  });

  const stack = {
    logs,
    get app() {
      return app;
    },
    get database() {
      return database;
    },
    get repo() {
      return repo;
    },
    get now() {
      return now;
    },
    advance: (ms: number) => void (now += ms),

    async newAgent(role: 'viewer' | 'operator' | 'admin' = 'viewer') {
      const email = `agent${++emails}-${driver}@example.com`;
      const agent = await repo.create({ email, displayName: `Agent ${emails}`, role, password: PASSWORD });
      return { ...agent, email };
    },

    signIn: (email: string, password = PASSWORD, opts: { cookie?: string; ip?: string } = {}) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { ...JSON_WRITE, ...(opts.cookie ? { cookie: opts.cookie } : {}) },
        payload: { email, password },
        remoteAddress: opts.ip ?? '127.0.0.1',
      }),

    /** The `name=value` of the session cookie a sign-in set. */
    sessionOf(res: LightMyRequestResponse): string {
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
      expect(cookie, 'a session cookie').toBeDefined();
      return `${SESSION_COOKIE}=${cookie!.value}`;
    },

    me: (cookie: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { ...CSRF, cookie } }),
  };
  return stack;
}
