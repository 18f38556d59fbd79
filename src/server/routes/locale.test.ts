/** The agent's language over HTTP (issue 17): stored with the agent, answered with the session, on every driver. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_ROLES } from '../../contract/auth';
import { LOCALES } from '../../contract/locales';
import { createAgentsRepo, type AgentsRepo } from '../agents/agents-repo';
import { SESSION_COOKIE } from '../auth/session-cookie';
import type { Database } from '../db/database';
import { buildTestApp, CANARY_KEY } from '../test-support/harness';
import { CSRF, JSON_WRITE, sessionCookieFor, sharedTestDatabase } from '../test-support/test-agents';
import { openTestDatabase, TEST_DRIVERS } from '../test-support/test-database';

const PASSWORD = 'a language of my own 2026';

describe.each(TEST_DRIVERS)("the agent's language (%s)", (driver) => {
  let database: Database;
  let app: FastifyInstance;
  let repo: AgentsRepo;
  let emails = 0;

  beforeAll(async () => {
    database = driver === 'pglite' ? await sharedTestDatabase() : await openTestDatabase('postgres');
    app = await buildTestApp(
      { upstream: { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY } },
      { database },
    );
    repo = createAgentsRepo(database.db);
  });

  afterAll(async () => {
    await app.close();
    if (driver === 'postgres') await database.close();
  });

  /** A fresh agent without a password (no scrypt) and a session of theirs. */
  async function signedIn(role: (typeof AGENT_ROLES)[number] = 'viewer') {
    const email = `locale${++emails}-${driver}@example.com`;
    const agent = await repo.create({ email, displayName: `Agent ${emails}`, role, password: null });
    return { agent, cookie: await sessionCookieFor(database, agent) };
  }
  const choose = (cookie: string | null, payload: unknown, headers: Record<string, string> = JSON_WRITE) =>
    app.inject({
      method: 'PUT',
      url: '/api/auth/locale',
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
      payload: JSON.stringify(payload),
    });
  const read = (url: string, cookie: string) =>
    app.inject({ method: 'GET', url, headers: { ...CSRF, cookie } });
  const cookieOf = (res: LightMyRequestResponse) =>
    `${SESSION_COOKIE}=${res.cookies.find((c) => c.name === SESSION_COOKIE)!.value}`;

  it('is null until chosen, in /me and the session probe alike', async () => {
    const { cookie } = await signedIn();
    expect((await read('/api/auth/me', cookie)).json()).toMatchObject({ locale: null });
    expect((await read('/api/auth/session', cookie)).json()).toMatchObject({ locale: null });
  });

  it.each(AGENT_ROLES)(
    'A2: as %s, an agent chooses their own, answered with the updated session',
    async (role) => {
      const { agent, cookie } = await signedIn(role);
      const res = await choose(cookie, { locale: 'es-MX' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        agent: { id: agent.id, role },
        method: 'password',
        locale: 'es-MX',
      });
      expect((await repo.findById(agent.id))?.locale).toBe('es-MX');
    },
  );

  it('refuses a locale Rampdesk does not offer, naming the ones it does, and stores nothing', async () => {
    const { agent, cookie } = await signedIn();
    for (const locale of ['fr-FR', 'es-mx', '', 42, null]) {
      const res = await choose(cookie, { locale });
      expect(res.statusCode).toBe(400);
      const { error } = res.json();
      expect(error.code).toBe('VALIDATION_ERROR');
      expect(error.fields.locale).toBe(`must be one of ${LOCALES.join(', ')}`);
      expect(error.message).toContain('es-MX');
    }
    expect((await choose(cookie, { locale: 'es-MX', theme: 'dark' })).json().error.fields).toHaveProperty(
      'theme',
    );
    expect((await repo.findById(agent.id))?.locale).toBeNull();
  });

  it('refuses the pseudo-locale: it belongs to one browser, never to the agent', async () => {
    const { cookie } = await signedIn();
    const res = await choose(cookie, { locale: 'en-XA' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('locale');
  });

  it('A1, C1: no session is a 401, no X-CSRF a 403, and neither stores anything', async () => {
    const { agent, cookie } = await signedIn();
    expect((await choose(null, { locale: 'es-DO' })).statusCode).toBe(401);
    const noCsrf = await choose(cookie, { locale: 'es-DO' }, { 'content-type': 'application/json' });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_REQUIRED');
    expect((await repo.findById(agent.id))?.locale).toBeNull();
  });

  it('follows the agent to another browser: a sign-in, and a session already open, answer the new one', async () => {
    const email = `browsers-${driver}@example.com`;
    await repo.create({ email, displayName: 'Two browsers', role: 'operator', password: PASSWORD });
    const signIn = () =>
      app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: JSON_WRITE,
        payload: { email, password: PASSWORD },
      });
    const first = await signIn();
    expect(first.json()).toMatchObject({ locale: null });
    const other = cookieOf(await signIn());
    // Read once, so the other browser's session sits in the session cache with the old agent.
    expect((await read('/api/auth/me', other)).json()).toMatchObject({ locale: null });

    expect((await choose(cookieOf(first), { locale: 'es-DO' })).statusCode).toBe(200);
    expect((await read('/api/auth/me', other)).json()).toMatchObject({ locale: 'es-DO' });
    expect((await read('/api/auth/session', other)).json()).toMatchObject({ locale: 'es-DO' });
    const again = await signIn();
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ locale: 'es-DO' });
  });

  it('A6: an agent who must still choose a password may choose their language', async () => {
    const email = `one-time-${driver}@example.com`;
    await repo.create(
      { email, displayName: 'New agent', role: 'viewer', password: PASSWORD },
      { oneTime: true },
    );
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: JSON_WRITE,
      payload: { email, password: PASSWORD },
    });
    const chosen = await choose(cookieOf(res), { locale: 'es-419' });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json()).toMatchObject({ mustChangePassword: true, locale: 'es-419' });
  });
});
