/** Sign-in's session and its cookie over HTTP (SECURITY A1, A3), on every test database driver. */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createAgentsRepo } from '../agents/agents-repo';
import { sessions as sessionsTable } from '../db/schema';
import { hashSessionToken } from '../sessions/session-token';
import { ABSOLUTE, authStack, IDLE, MINUTE, PASSWORD } from '../test-support/auth-stack';
import { buildTestApp, CANARY_KEY } from '../test-support/harness';
import { CSRF, JSON_WRITE, sharedTestDatabase } from '../test-support/test-agents';
import { TEST_DRIVERS } from '../test-support/test-database';
import { SESSION_COOKIE } from './session-cookie';

describe.each(TEST_DRIVERS)('sessions over HTTP (%s)', (driver) => {
  const stack = authStack(driver);
  const { signIn, sessionOf, me, newAgent, advance } = stack;

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
    const rows = await stack.database.db
      .select()
      .from(sessionsTable)
      .where(eq(sessionsTable.agentId, agent.id));
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
    const out = await stack.app.inject({
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
    await stack.repo.disable(a.id);
    await stack.repo.resetPassword(b.id, 'another password 123', { oneTime: true });
    expect((await me(cookieA)).statusCode).toBe(401);
    expect((await me(cookieB)).statusCode).toBe(401);
    expect((await signIn(a.email)).statusCode).toBe(401);
    expect((await signIn(b.email, 'another password 123')).statusCode).toBe(200);
  });

  it('records the time of the last sign-in', async () => {
    const agent = await newAgent();
    const res = await signIn(agent.email);
    expect(res.json().agent.lastSignInAt).toBe(new Date(stack.now).toISOString());
    expect((await stack.repo.findById(agent.id))!.lastSignInAt?.toISOString()).toBe(
      new Date(stack.now).toISOString(),
    );
  });

  it('A1: without a session, me answers 401 JSON, never a redirect', async () => {
    const res = await stack.app.inject({ method: 'GET', url: '/api/auth/me', headers: CSRF });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json().error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Sign in to continue.' });
    const forged = await me(`${SESSION_COOKIE}=${'A'.repeat(43)}`);
    expect(forged.statusCode).toBe(401);
  });

  it('A1: the session probe answers 200 either way: agent null without a valid session, the session otherwise', async () => {
    const probe = (cookie?: string) =>
      stack.app.inject({
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
