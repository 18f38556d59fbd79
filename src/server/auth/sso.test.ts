/** SSO mode (SECURITY A5): the proxy's email header counts only when it comes from the proxy. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgentsRepo } from '../agents/agents-repo';
import { addressMatcher } from '../net/address-list';
import { buildTestApp, CANARY_KEY } from '../test-support/harness';
import { CSRF, JSON_WRITE, sessionCookieFor, sharedTestDatabase } from '../test-support/test-agents';

const HEADER = 'x-auth-request-email';
const PROXY = '10.0.0.5';
const BALANCER = '10.1.0.1';
const upstream = { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY };

let direct: FastifyInstance;
let behindBalancer: FastifyInstance;
let provisioning: FastifyInstance;
let cookieOfOther: string;

beforeAll(async () => {
  const database = await sharedTestDatabase();
  const agents = createAgentsRepo(database.db);
  await agents.create({ email: 'ana@example.com', displayName: 'Ana', role: 'operator', password: null });
  const off = await agents.create({
    email: 'off@example.com',
    displayName: 'Off',
    role: 'admin',
    password: null,
  });
  await agents.disable(off.id);
  const other = await agents.create({
    email: 'bo@example.com',
    displayName: 'Bo',
    role: 'viewer',
    password: null,
  });
  cookieOfOther = await sessionCookieFor(database, other);
  const sso = { emailHeader: HEADER, proxyAddresses: [PROXY, 'fd00::/8'], autoProvision: null };
  direct = await buildTestApp({ upstream, sso });
  behindBalancer = await buildTestApp({ upstream, sso, trustProxy: [BALANCER] });
  provisioning = await buildTestApp({ upstream, sso: { ...sso, autoProvision: 'viewer' } });
});

afterAll(async () => {
  for (const app of [direct, behindBalancer, provisioning]) await app.close();
});

function me(app: FastifyInstance, from: string, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: { ...CSRF, ...headers },
    remoteAddress: from,
  });
}

describe('SSO mode (SECURITY A5)', () => {
  it.each([PROXY, `::ffff:${PROXY}`, 'fd00::17'])(
    'A5: the header from the configured proxy address (%s) signs the agent in',
    async (from) => {
      const res = await me(direct, from, { [HEADER]: 'Ana@Example.com' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        agent: { email: 'ana@example.com', role: 'operator' },
        method: 'sso',
      });
    },
  );

  it.each(['127.0.0.1', '10.0.0.6', '::ffff:10.0.0.6', '::1', '203.0.113.7'])(
    'A5: from any other address (%s) the header is ignored entirely',
    async (from) => {
      const res = await me(direct, from, { [HEADER]: 'ana@example.com' });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Sign in to continue.' });
      // A session cookie still works, as the agent of the cookie, never the header's.
      const withCookie = await me(direct, from, { [HEADER]: 'ana@example.com', cookie: cookieOfOther });
      expect(withCookie.json()).toMatchObject({ agent: { email: 'bo@example.com' }, method: 'password' });
    },
  );

  it('A5: X-Forwarded-For naming the proxy counts for nothing without TRUST_PROXY', async () => {
    const res = await me(direct, '203.0.113.7', { [HEADER]: 'ana@example.com', 'x-forwarded-for': PROXY });
    expect(res.statusCode).toBe(401);
  });

  it('A5: behind a trusted balancer, the proxy must be the hop the balancer saw, not one a client wrote', async () => {
    const seenByBalancer = await me(behindBalancer, BALANCER, {
      [HEADER]: 'ana@example.com',
      'x-forwarded-for': PROXY,
    });
    expect(seenByBalancer.statusCode).toBe(200);
    const prepended = await me(behindBalancer, BALANCER, {
      [HEADER]: 'ana@example.com',
      'x-forwarded-for': `${PROXY}, 203.0.113.7`,
    });
    expect(prepended.statusCode).toBe(401);
    const notTheBalancer = await me(behindBalancer, '203.0.113.8', {
      [HEADER]: 'ana@example.com',
      'x-forwarded-for': PROXY,
    });
    expect(notTheBalancer.statusCode).toBe(401);
  });

  it('A5: unknown and disabled agents are refused, with what to do', async () => {
    const unknown = await me(direct, PROXY, { [HEADER]: 'stranger@example.com' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe(
      'There is no Rampdesk agent for stranger@example.com; ask an admin to add you.',
    );
    const disabled = await me(direct, PROXY, { [HEADER]: 'off@example.com' });
    expect(disabled.statusCode).toBe(401);
    expect(disabled.json().error.message).toMatch(/disabled/);
    expect((await me(direct, PROXY, { [HEADER]: 'not an email' })).statusCode).toBe(401);
  });

  it('A5: with SSO_AUTO_PROVISION=viewer an unknown email becomes a viewer, who may not execute', async () => {
    const first = await me(provisioning, PROXY, { [HEADER]: 'new.agent@example.com' });
    expect(first.json()).toMatchObject({
      agent: { email: 'new.agent@example.com', role: 'viewer', displayName: 'new.agent' },
      method: 'sso',
    });
    const again = await me(provisioning, PROXY, { [HEADER]: 'new.agent@example.com' });
    expect(again.json().agent.id).toBe(first.json().agent.id);
    const execute = await provisioning.inject({
      method: 'POST',
      url: '/api/transactions/6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b/execute',
      headers: { ...JSON_WRITE, [HEADER]: 'new.agent@example.com' },
      payload: {},
      remoteAddress: PROXY,
    });
    expect(execute.statusCode).toBe(403);
    expect(execute.json().error.requiredRole).toBe('operator');
  });

  it('A6: through SSO a one-time password is not asked to be changed, and cannot be changed here', async () => {
    const database = await sharedTestDatabase();
    await createAgentsRepo(database.db).create(
      { email: 'otp@example.com', displayName: 'Otp', role: 'viewer', password: 'an admin set this one' },
      { oneTime: true },
    );
    const headers = { [HEADER]: 'otp@example.com' };
    expect((await me(direct, PROXY, headers)).json()).toMatchObject({
      method: 'sso',
      mustChangePassword: false,
    });
    const read = await direct.inject({
      method: 'GET',
      url: '/api/transactions/not-a-uuid',
      headers: { ...CSRF, ...headers },
      remoteAddress: PROXY,
    });
    expect(read.json().error.code).toBe('VALIDATION_ERROR');
    const change = await direct.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: { ...JSON_WRITE, ...headers },
      payload: { currentPassword: 'an admin set this one', newPassword: 'violet tram under seven hills' },
      remoteAddress: PROXY,
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().error).toMatchObject({ code: 'PASSWORD_CHANGE_UNAVAILABLE' });
    expect(change.json().error.message).toMatch(/single sign-on/);
  });

  it('C1 holds in SSO mode too: no X-CSRF, no answer', async () => {
    const res = await direct.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { [HEADER]: 'ana@example.com' },
      remoteAddress: PROXY,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_REQUIRED');
  });
});

describe('address lists', () => {
  it('match addresses, CIDR ranges, named ranges and IPv4-mapped IPv6, and nothing else', () => {
    const match = addressMatcher(['10.0.0.5', '192.168.0.0/16', 'loopback', 'fd00::/8']);
    for (const yes of ['10.0.0.5', '::ffff:10.0.0.5', '192.168.44.1', '127.0.0.1', '::1', 'fd12::1']) {
      expect([yes, match(yes)]).toEqual([yes, true]);
    }
    for (const no of [
      '10.0.0.6',
      '192.169.0.1',
      'fe80::1',
      '',
      undefined,
      'evil.example',
      '10.0.0.5, 1.2.3.4',
    ]) {
      expect([no, match(no)]).toEqual([no, false]);
    }
  });
});
