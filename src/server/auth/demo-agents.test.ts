/** The sandbox's demo agents: seeded and listed in the sandbox only, disabled anywhere else. */
import { describe, expect, it } from 'vitest';
import { createAgentsRepo } from '../agents/agents-repo';
import { buildTestApp, CANARY_KEY } from '../test-support/harness';
import { CSRF, JSON_WRITE, sharedTestDatabase } from '../test-support/test-agents';
import { SANDBOX_DEMO_AGENTS } from './demo-agents';

const upstream = { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY };

describe('sandbox demo agents', () => {
  it('are seeded idempotently, put back when changed, listed by /api/config, and can sign in', async () => {
    const database = await sharedTestDatabase();
    const agents = createAgentsRepo(database.db);
    const config = { environment: 'sandbox' as const, upstream, demoAgents: SANDBOX_DEMO_AGENTS };
    await (await buildTestApp(config)).close();
    const operator = (await agents.findByEmail('operator@sandbox.rampdesk.test'))!;
    await agents.setRole(operator.id, 'viewer');
    await agents.resetPassword(operator.id, 'someone changed it', { oneTime: true });
    const app = await buildTestApp(config);

    const demo = await agents.list();
    expect(
      demo.filter((a) => a.email.endsWith('@sandbox.rampdesk.test')).map((a) => [a.email, a.role]),
    ).toEqual([
      ['admin@sandbox.rampdesk.test', 'admin'],
      ['operator@sandbox.rampdesk.test', 'operator'],
      ['viewer@sandbox.rampdesk.test', 'viewer'],
    ]);
    const res = await app.inject({ method: 'GET', url: '/api/config', headers: CSRF });
    expect(res.json()).toEqual({
      environment: 'sandbox',
      upstreamHost: '127.0.0.1:9',
      pseudoLocale: false,
      demoAgents: SANDBOX_DEMO_AGENTS,
    });
    // The one that was changed signs in with the listed password again (each sign-in costs a scrypt).
    for (const { email, password, role } of SANDBOX_DEMO_AGENTS.filter((a) => a.role === 'operator')) {
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: JSON_WRITE,
        payload: { email, password },
      });
      // Not one-time: the demo buttons sign straight in (docs/security.md A6 exempts sample data).
      expect(signIn.json()).toMatchObject({ agent: { email, role }, mustChangePassword: false });
    }
    await app.close();
  });

  it('are disabled outside the sandbox (their passwords are public) and never listed there', async () => {
    const database = await sharedTestDatabase();
    const app = await buildTestApp({ environment: 'staging', upstream });
    const demo = (await createAgentsRepo(database.db).list()).filter((a) =>
      a.email.endsWith('@sandbox.rampdesk.test'),
    );
    expect(demo).toHaveLength(3);
    for (const agent of demo) expect(agent.disabled).toBe(true);
    const { email, password } = SANDBOX_DEMO_AGENTS[2]!;
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: JSON_WRITE,
      payload: { email, password },
    });
    expect(signIn.statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'GET', url: '/api/config', headers: CSRF })).json(),
    ).not.toHaveProperty('demoAgents');
    await app.close();
    await expect(
      buildTestApp({ environment: 'staging', upstream, demoAgents: SANDBOX_DEMO_AGENTS }),
    ).rejects.toThrow(/sandbox environment only/);
  });
});
