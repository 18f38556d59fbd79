/** Sign-in, sessions and their cookie over HTTP (SECURITY A3, A4), on every test database driver. */
import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_FAILED_MESSAGE } from '../../contract/auth-api';
import { createAgentsRepo, type AgentsRepo } from '../agents/agents-repo';
import type { Database } from '../db/database';
import { agents as agentsTable, sessions as sessionsTable } from '../db/schema';
import { hashSessionToken } from '../sessions/session-token';
import { buildTestApp, CANARY_KEY } from '../test-support/harness';
import { productionPasswordCostInThisTest } from '../test-support/password-cost';
import { CSRF, JSON_WRITE, sharedTestDatabase } from '../test-support/test-agents';
import { openTestDatabase, TEST_DRIVERS } from '../test-support/test-database';
import { SESSION_COOKIE } from './session-cookie';

const MINUTE = 60_000;
const IDLE = 30 * MINUTE;
const ABSOLUTE = 2 * 60 * MINUTE;
const PASSWORD = 'correct horse battery staple 42';

describe.each(TEST_DRIVERS)('sessions over HTTP (%s)', (driver) => {
  let database: Database;
  let app: FastifyInstance;
  let repo: AgentsRepo;
  const logs: string[] = [];
  let now = Date.parse('2026-03-01T09:00:00Z');
  const advance = (ms: number) => void (now += ms);
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

  async function newAgent(role: 'viewer' | 'operator' | 'admin' = 'viewer') {
    const email = `agent${++emails}-${driver}@example.com`;
    const agent = await repo.create({ email, displayName: `Agent ${emails}`, role, password: PASSWORD });
    return { ...agent, email };
  }

  const signIn = (email: string, password = PASSWORD, opts: { cookie?: string; ip?: string } = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { ...JSON_WRITE, ...(opts.cookie ? { cookie: opts.cookie } : {}) },
      payload: { email, password },
      remoteAddress: opts.ip ?? '127.0.0.1',
    });

  function sessionOf(res: LightMyRequestResponse): string {
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie, 'a session cookie').toBeDefined();
    return `${SESSION_COOKIE}=${cookie!.value}`;
  }

  const me = (cookie: string) =>
    app.inject({ method: 'GET', url: '/api/auth/me', headers: { ...CSRF, cookie } });

  it('A3: sign-in sets a __Host- cookie: HttpOnly, Secure, SameSite=Strict, Path=/, no Domain', async () => {
    const agent = await newAgent('operator');
    const res = await signIn(agent.email.toUpperCase());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ agent: { email: agent.email, role: 'operator' }, method: 'password' });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-rampdesk_session=[A-Za-z0-9_-]{43}; /);
    const attributes = setCookie.split('; ').slice(1).sort();
    expect(attributes).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict', 'Secure']);
    expect((await me(sessionOf(res))).json()).toMatchObject({ agent: { id: agent.id }, method: 'password' });
  });

  it('A3: session ids carry at least 128 random bits, and only their SHA-256 is stored', async () => {
    const agent = await newAgent();
    const tokens = new Set<string>();
    for (let i = 0; i < 3; i++) tokens.add(sessionOf(await signIn(agent.email)).split('=')[1]!);
    expect(tokens.size).toBe(3);
    const rows = await database.db.select().from(sessionsTable).where(eq(sessionsTable.agentId, agent.id));
    for (const token of tokens) {
      // 43 base64url characters are 258 bits; 32 bytes came from the CSPRNG.
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(rows.map((r) => r.id)).not.toContain(token);
    }
    expect(rows.map((r) => r.id).sort()).toEqual([...tokens].map(hashSessionToken).sort());
  });

  it('A3: every sign-in makes a new session id and ends the one the browser sent', async () => {
    const agent = await newAgent();
    const first = sessionOf(await signIn(agent.email));
    const second = sessionOf(await signIn(agent.email, PASSWORD, { cookie: first }));
    expect(second).not.toBe(first);
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(200);
  });

  it('A3: after sign-out the old cookie is refused, and the browser is told to drop it', async () => {
    const agent = await newAgent();
    const cookie = sessionOf(await signIn(agent.email));
    const out = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { ...JSON_WRITE, cookie },
      payload: {},
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(
      /^__Host-rampdesk_session=; .*Expires=Thu, 01 Jan 1970/,
    );
    const replay = await me(cookie);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'Your session has ended; sign in again.',
    });
    expect(String(replay.headers['set-cookie'])).toMatch(/^__Host-rampdesk_session=;/);
  });

  it('A3: a session unused for the idle timeout ends', async () => {
    const agent = await newAgent();
    const cookie = sessionOf(await signIn(agent.email));
    advance(IDLE - MINUTE);
    expect((await me(cookie)).statusCode).toBe(200);
    advance(IDLE - MINUTE);
    expect((await me(cookie)).statusCode).toBe(200);
    advance(IDLE + 1);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('A3: a session ends at the absolute timeout however busy it is', async () => {
    const agent = await newAgent();
    const cookie = sessionOf(await signIn(agent.email));
    for (let t = 0; t < ABSOLUTE - 20 * MINUTE; t += 20 * MINUTE) {
      advance(20 * MINUTE);
      expect((await me(cookie)).statusCode).toBe(200);
    }
    advance(20 * MINUTE);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('A3: disabling an agent or resetting their password ends their sessions', async () => {
    const a = await newAgent();
    const b = await newAgent();
    const cookieA = sessionOf(await signIn(a.email));
    const cookieB = sessionOf(await signIn(b.email));
    await repo.disable(a.id);
    await repo.resetPassword(b.id, 'another password 123', { oneTime: true });
    expect((await me(cookieA)).statusCode).toBe(401);
    expect((await me(cookieB)).statusCode).toBe(401);
    expect((await signIn(a.email)).statusCode).toBe(401);
    expect((await signIn(b.email, 'another password 123')).statusCode).toBe(200);
  });

  it('A4: passwords are stored as scrypt hashes (memory-hard), never as given', async () => {
    productionPasswordCostInThisTest();
    const agent = await newAgent();
    const [row] = await database.db.select().from(agentsTable).where(eq(agentsTable.id, agent.id));
    expect(row!.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(row!.passwordHash).not.toContain(PASSWORD);
  });

  it('A4: a sign-in password appears in no log line, at any level, failed or not', async () => {
    const agent = await newAgent();
    const secret = 'do-not-log-this-password-7';
    await repo.resetPassword(agent.id, secret, { oneTime: false });
    logs.length = 0;
    expect((await signIn(agent.email, secret)).statusCode).toBe(200);
    expect((await signIn(agent.email, `${secret}x`)).statusCode).toBe(401);
    expect(logs.length).toBeGreaterThan(3);
    expect(logs.join('\n')).not.toContain(secret);
    expect(logs.some((l) => l.includes('signed in'))).toBe(true);
  });

  it('A4: a wrong password, an unknown email and a disabled agent get one answer', async () => {
    const agent = await newAgent();
    const disabled = await newAgent();
    await repo.disable(disabled.id);
    const answers = [
      await signIn(agent.email, 'wrong password 1234', { ip: '10.1.0.1' }),
      await signIn(`nobody-${driver}@example.com`, PASSWORD, { ip: '10.1.0.2' }),
      await signIn(disabled.email, PASSWORD, { ip: '10.1.0.3' }),
      await signIn('not an email', PASSWORD, { ip: '10.1.0.4' }),
    ];
    for (const res of answers) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['set-cookie']).toBeUndefined();
      const { error } = res.json();
      expect(error).toEqual({
        code: 'INVALID_CREDENTIALS',
        message: SIGN_IN_FAILED_MESSAGE,
        requestId: error.requestId,
      });
    }
  });

  it('A4: wrong passwords from one address stop guessing from there, not the owner signing in from another', async () => {
    const agent = await newAgent('admin');
    for (let i = 0; i < 3; i++) {
      expect((await signIn(agent.email, 'wrong password 1234', { ip: '10.6.0.1' })).statusCode).toBe(401);
    }
    // Even the right password waits there: the limit must not tell a guesser when it guessed right.
    const limited = await signIn(agent.email, PASSWORD, { ip: '10.6.0.1' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(limited.json().error.message).toMatch(/^Too many failed sign-ins .* Try again in 15 minutes\.$/);
    expect(Number(limited.headers['retry-after'])).toBe(15 * 60);
    // Refused attempts are not failures: hammering on from there never reaches the account's ceiling.
    for (let i = 0; i < 10; i++) {
      expect((await signIn(agent.email, 'wrong password 1234', { ip: '10.6.0.1' })).statusCode).toBe(429);
    }
    expect((await signIn(agent.email, PASSWORD, { ip: '10.6.0.2' })).statusCode).toBe(200);
    advance(15 * MINUTE);
    expect((await signIn(agent.email, PASSWORD, { ip: '10.6.0.1' })).statusCode).toBe(200);
  });

  it('A4: guesses spread over many addresses meet the per-account ceiling, from any address, until it passes', async () => {
    const agent = await newAgent();
    for (let i = 0; i < 6; i++) {
      expect((await signIn(agent.email, 'wrong password 1234', { ip: `10.2.0.${i}` })).statusCode).toBe(401);
    }
    const limited = await signIn(agent.email, PASSWORD, { ip: '10.2.0.99' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.message).toMatch(/^Too many failed sign-ins .* Try again in 60 minutes\.$/);
    expect(Number(limited.headers['retry-after'])).toBe(60 * 60);
    // Another account from the same addresses is not affected.
    const other = await newAgent();
    expect((await signIn(other.email, PASSWORD, { ip: '10.2.0.1' })).statusCode).toBe(200);
    advance(60 * MINUTE);
    expect((await signIn(agent.email, PASSWORD, { ip: '10.2.0.99' })).statusCode).toBe(200);
  });

  it('A4: of a burst of simultaneous wrong passwords, no more than the limits are ever checked', async () => {
    const agent = await newAgent();
    const spread = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(agent.email, `burst guess ${i}`, { ip: `10.4.0.${i}` })),
    );
    const statuses = spread.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(6);
    expect(statuses.filter((s) => s === 429)).toHaveLength(14);
    // The refused ones did not count as failures beyond the limit: the window still ends on time.
    advance(60 * MINUTE);
    const owner = await newAgent();
    const one = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(owner.email, `burst guess ${i}`, { ip: '10.4.1.1' })),
    );
    expect(one.filter((r) => r.statusCode === 401).length).toBeLessThanOrEqual(3);
    expect(one.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(17);
    expect((await signIn(agent.email, PASSWORD, { ip: '10.4.1.2' })).statusCode).toBe(200);
    expect((await signIn(owner.email, PASSWORD, { ip: '10.4.1.2' })).statusCode).toBe(200);
  });

  it('A4: a successful sign-in does not count against the limit', async () => {
    const agent = await newAgent();
    const ip = '10.5.0.1';
    for (let i = 0; i < 2; i++)
      expect((await signIn(agent.email, 'wrong password 1234', { ip })).statusCode).toBe(401);
    for (let i = 0; i < 3; i++) expect((await signIn(agent.email, PASSWORD, { ip })).statusCode).toBe(200);
    expect((await signIn(agent.email, 'wrong password 1234', { ip })).statusCode).toBe(401);
    expect((await signIn(agent.email, PASSWORD, { ip })).statusCode).toBe(429);
  });

  it('A4: failed sign-ins are rate-limited per address, whatever the email', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await signIn(`guess${i}-${driver}@example.com`, 'x', { ip: '10.3.0.1' })).statusCode).toBe(401);
    }
    const agent = await newAgent();
    expect((await signIn(agent.email, PASSWORD, { ip: '10.3.0.1' })).statusCode).toBe(429);
    expect((await signIn(agent.email, PASSWORD, { ip: '10.3.0.2' })).statusCode).toBe(200);
  });

  it('records the time of the last sign-in', async () => {
    const agent = await newAgent();
    const res = await signIn(agent.email);
    expect(res.json().agent.lastSignInAt).toBe(new Date(now).toISOString());
    expect((await repo.findById(agent.id))!.lastSignInAt?.toISOString()).toBe(new Date(now).toISOString());
  });

  it('A1: without a session, me answers 401 JSON, never a redirect', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers: CSRF });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json().error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Sign in to continue.' });
    const forged = await me(`${SESSION_COOKIE}=${'A'.repeat(43)}`);
    expect(forged.statusCode).toBe(401);
  });

  it('A1: the session probe answers 200 either way: agent null without a valid session, the session otherwise', async () => {
    const probe = (cookie?: string) =>
      app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: { ...CSRF, ...(cookie ? { cookie } : {}) },
      });
    const none = await probe();
    expect([none.statusCode, none.json()]).toEqual([200, { agent: null }]);
    expect(none.headers['set-cookie']).toBeUndefined();
    // A forged or ended cookie: agent null, and the browser is told to drop it.
    const forged = await probe(`${SESSION_COOKIE}=${'A'.repeat(43)}`);
    expect([forged.statusCode, forged.json()]).toEqual([200, { agent: null }]);
    expect(String(forged.headers['set-cookie'])).toMatch(/^__Host-rampdesk_session=;/);

    const agent = await newAgent('operator');
    const cookie = sessionOf(await signIn(agent.email));
    const signedIn = await probe(cookie);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toEqual((await me(cookie)).json());
    expect(signedIn.json()).toMatchObject({
      agent: { email: agent.email, role: 'operator' },
      method: 'password',
    });
  });
});

describe('COOKIE_SECURE=false (plain http by another host name)', () => {
  it('A3: drops Secure and with it the __Host- prefix, keeping HttpOnly and SameSite=Strict', async () => {
    const database = await sharedTestDatabase();
    const app = await buildTestApp(
      { upstream: { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY }, cookieSecure: false },
      { database },
    );
    await createAgentsRepo(database.db).create({
      email: 'plain-http@example.com',
      displayName: 'Plain',
      role: 'viewer',
      password: PASSWORD,
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: JSON_WRITE,
      payload: { email: 'plain-http@example.com', password: PASSWORD },
    });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^rampdesk_session=[A-Za-z0-9_-]{43}; /);
    expect(setCookie.split('; ').slice(1).sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);
    const cookie = setCookie.split(';', 1)[0]!;
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { ...CSRF, cookie } })).statusCode,
    ).toBe(200);
    await app.close();
  });
});
