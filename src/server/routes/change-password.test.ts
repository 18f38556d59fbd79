/** One-time passwords and choosing one's own over HTTP (SECURITY A6, with A3 and A4), on every driver. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentsRepo, type AgentsRepo } from '../agents/agents-repo';
import { SESSION_COOKIE } from '../auth/session-cookie';
import type { Database } from '../db/database';
import { buildTestApp, CANARY_KEY } from '../test-support/harness';
import {
  CSRF,
  JSON_WRITE,
  sessionCookieFor,
  sharedTestDatabase,
  testAgent,
} from '../test-support/test-agents';
import { openTestDatabase, TEST_DRIVERS } from '../test-support/test-database';

const MINUTE = 60_000;
const CHOSEN = 'violet tram under seven hills';

describe.each(TEST_DRIVERS)('choosing a password (%s)', (driver) => {
  let database: Database;
  let app: FastifyInstance;
  let repo: AgentsRepo;
  let admin: string;
  const logs: string[] = [];
  let now = Date.parse('2026-03-01T09:00:00Z');
  let emails = 0;

  beforeAll(async () => {
    database = driver === 'pglite' ? await sharedTestDatabase() : await openTestDatabase('postgres');
    app = await buildTestApp(
      {
        upstream: { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY },
        rateLimits: { changePasswordPerAgent: { max: 3, windowMs: 15 * MINUTE } },
        logger: { level: 'trace', stream: { write: (line) => void logs.push(line) } },
      },
      { database, clock: () => new Date(now) },
    );
    repo = createAgentsRepo(database.db);
    admin = await sessionCookieFor(database, await testAgent(database, 'admin'));
  });

  afterAll(async () => {
    await app.close();
    if (driver === 'postgres') await database.close();
  });

  const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
    app.inject({ method, url, headers: { ...(payload ? JSON_WRITE : CSRF), cookie }, payload });
  const signIn = (email: string, password: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: JSON_WRITE,
      payload: { email, password },
    });
  const change = (cookie: string, currentPassword: string, newPassword: string) =>
    call('POST', '/api/auth/change-password', cookie, { currentPassword, newPassword });

  function sessionOf(res: LightMyRequestResponse): string {
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie, 'a session cookie').toBeDefined();
    return `${SESSION_COOKIE}=${cookie!.value}`;
  }

  /** An operator an admin adds on the Agents page, signed in with the one-time password it got. */
  async function newAgent() {
    const email = `otp${++emails}-${driver}@example.com`;
    const added = await call('POST', '/api/agents', admin, {
      email,
      displayName: 'Nina Okafor',
      role: 'operator',
    });
    expect(added.statusCode).toBe(201);
    const { agent, oneTimePassword } = added.json() as { agent: { id: string }; oneTimePassword: string };
    const signedIn = await signIn(email, oneTimePassword);
    expect(signedIn.json()).toMatchObject({ agent: { email }, mustChangePassword: true });
    return { id: agent.id, email, oneTimePassword, cookie: sessionOf(signedIn) };
  }

  it('A6: an agent created with a one-time password must choose one; the one-time password then fails', async () => {
    const agent = await newAgent();
    expect((await call('GET', '/api/auth/me', agent.cookie)).json()).toMatchObject({
      mustChangePassword: true,
    });
    const blocked = await call('GET', '/api/audit', agent.cookie);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED' });
    expect(blocked.json().error.message).toMatch(/choose your own password first/i);

    const changed = await change(agent.cookie, agent.oneTimePassword, CHOSEN);
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      agent: { id: agent.id },
      method: 'password',
      mustChangePassword: false,
    });
    const fresh = sessionOf(changed);
    // A3: the session opened with the one-time password is over; this browser goes on with a new id.
    expect(fresh).not.toBe(agent.cookie);
    expect((await call('GET', '/api/auth/me', agent.cookie)).statusCode).toBe(401);
    expect((await call('GET', '/api/audit', fresh)).statusCode).toBe(200);
    expect((await call('GET', '/api/auth/me', fresh)).json()).toMatchObject({ mustChangePassword: false });

    expect((await signIn(agent.email, agent.oneTimePassword)).json().error.code).toBe('INVALID_CREDENTIALS');
    const again = await signIn(agent.email, CHOSEN);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ mustChangePassword: false });
  });

  it('A6: a change ends the agent’s other sessions, and an admin’s reset makes the password one-time again', async () => {
    const agent = await newAgent();
    const first = sessionOf(await change(agent.cookie, agent.oneTimePassword, CHOSEN));
    const elsewhere = sessionOf(await signIn(agent.email, CHOSEN));
    const here = sessionOf(await change(first, CHOSEN, 'glasshouse umbrella weather'));
    expect((await call('GET', '/api/auth/me', elsewhere)).statusCode).toBe(401);
    expect((await call('GET', '/api/auth/me', first)).statusCode).toBe(401);
    expect((await call('GET', '/api/auth/me', here)).statusCode).toBe(200);

    const reset = await call('POST', `/api/agents/${agent.id}/reset-password`, admin, {});
    const signedIn = await signIn(agent.email, reset.json().oneTimePassword);
    expect(signedIn.json()).toMatchObject({ mustChangePassword: true });
    expect((await call('GET', '/api/audit', sessionOf(signedIn))).json().error.code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
  });

  it('A6: a weak new password is refused saying why, and the one-time password still works', async () => {
    const agent = await newAgent();
    const cases: [string, RegExp][] = [
      ['fourteen chars', /^The new password is too short: use at least 15 characters/],
      ['password1234567890', /^The new password is too common/],
      [`${agent.email}!`, /^The new password contains your email address\.$/],
      [agent.oneTimePassword, /^The new password is the one you have now/],
    ];
    for (const [password, message] of cases) {
      const res = await change(agent.cookie, agent.oneTimePassword, password);
      expect([password, res.statusCode, res.json().error.code]).toEqual([password, 400, 'WEAK_PASSWORD']);
      expect(res.json().error.message).toMatch(message);
      expect(res.json().error.fields).toHaveProperty('newPassword');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect((await call('GET', '/api/auth/me', agent.cookie)).json()).toMatchObject({
      mustChangePassword: true,
    });
    expect((await change(agent.cookie, agent.oneTimePassword, CHOSEN)).statusCode).toBe(200);
  });

  it('A6, A4: a wrong current password is refused (403, the session kept) and limited per agent', async () => {
    const agent = await newAgent();
    const other = await newAgent();
    for (let i = 0; i < 3; i++) {
      const wrong = await change(agent.cookie, `not the password ${i}`, CHOSEN);
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        fields: { currentPassword: 'is incorrect' },
      });
    }
    const limited = await change(agent.cookie, agent.oneTimePassword, CHOSEN);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Counted per agent: someone else's guesses do not hold this one back.
    expect((await change(other.cookie, other.oneTimePassword, CHOSEN)).statusCode).toBe(200);
    expect((await call('GET', '/api/auth/me', agent.cookie)).statusCode).toBe(200);
    now += 16 * MINUTE;
    const later = await signIn(agent.email, agent.oneTimePassword);
    expect((await change(sessionOf(later), agent.oneTimePassword, CHOSEN)).statusCode).toBe(200);
  });

  it('A6, A4: no password of a change appears in any log line', async () => {
    const agent = await newAgent();
    logs.length = 0;
    await change(agent.cookie, 'a wrong current one', CHOSEN);
    await change(agent.cookie, agent.oneTimePassword, 'password1234567890');
    await change(agent.cookie, agent.oneTimePassword, CHOSEN);
    expect(logs.some((line) => line.includes('password changed'))).toBe(true);
    for (const secret of [agent.oneTimePassword, CHOSEN, 'a wrong current one', 'password1234567890']) {
      expect(logs.join('\n')).not.toContain(secret);
    }
  });

  it('A6: agents the repository creates without a one-time password (seeded, SSO) are not asked', async () => {
    const email = `seeded-${driver}@example.com`;
    await repo.create({ email, displayName: 'Seeded', role: 'viewer', password: 'a seeded sample password' });
    const signedIn = await signIn(email, 'a seeded sample password');
    expect(signedIn.json()).toMatchObject({ mustChangePassword: false });
    expect((await call('GET', '/api/transactions/not-a-uuid', sessionOf(signedIn))).statusCode).toBe(400);
  });
});
