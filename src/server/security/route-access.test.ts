/**
 * SECURITY A1, A2 and A6 on every route Fastify registered: each /api route has its access level
 * (the policy: test-support/route-access-stack.ts), none answers without a session but sign-in and
 * config, and an agent who must change a one-time password reaches only the routes to do so.
 */
import { describe, expect, it } from 'vitest';
import { createAgentsRepo } from '../agents/agents-repo';
import { SESSION_COOKIE } from '../auth/session-cookie';
import {
  apiRoutes,
  bff,
  EXPECTED,
  expectError,
  expectNoUpstreamCall,
  isApi,
  keyOf,
  lastMadeEmail,
  PASSWORD,
  resetCalls,
  routes,
  send,
  useRouteAccessStack,
} from '../test-support/route-access-stack';
import { CSRF, sessionCookieFor } from '../test-support/test-agents';

useRouteAccessStack();

describe('the route list', () => {
  it('A2: every /api route has a decided access level, and every other route is public', () => {
    expect(apiRoutes().length).toBeGreaterThanOrEqual(Object.keys(EXPECTED).length);
    for (const route of routes) {
      const declared = route.options.config?.auth ?? 'viewer';
      if (isApi(route)) expect([keyOf(route), declared]).toEqual([keyOf(route), EXPECTED[keyOf(route)]]);
      else expect([route.url, declared]).toEqual([route.url, 'public']);
    }
    for (const key of Object.keys(EXPECTED)) expect(apiRoutes().map(keyOf)).toContain(key);
  });
});

describe('A1: without a session', () => {
  it('A1: every /api route but sign-in and config answers 401 JSON, never a redirect or the SPA, with no upstream call', async () => {
    const guarded = apiRoutes().filter((r) => EXPECTED[keyOf(r)] !== 'public');
    expect(guarded.length).toBeGreaterThan(5);
    const forged = `${SESSION_COOKIE}=${'x'.repeat(43)}`;
    for (const route of guarded) {
      const variants: Record<string, string>[] = [
        {},
        { cookie: forged },
        { cookie: 'sid=1', accept: 'text/html' },
      ];
      for (const extra of variants) {
        const res = await send(route, { ...CSRF, ...extra });
        expect([keyOf(route), res.status]).toEqual([keyOf(route), 401]);
        if (route.method !== 'HEAD') expectError(res, 401, 'UNAUTHENTICATED');
        expect(res.text).not.toContain('<title>');
      }
    }
    await expectNoUpstreamCall();
  });

  it('A1: sign-in and config answer without a session', async () => {
    const config = await bff.request('GET', '/api/config', { as: null, headers: CSRF });
    expect(config.status).toBe(200);
    const signIn = apiRoutes().find((r) => keyOf(r) === 'POST /api/auth/sign-in')!;
    expect((await send(signIn, CSRF)).status).toBe(200);
  });
});

describe('A6: an agent signed in with a one-time password', () => {
  const OPEN = [
    'GET /api/auth/me',
    'POST /api/auth/change-password',
    'POST /api/auth/sign-out',
    'PUT /api/auth/locale',
  ];

  it('A6: every /api route but me, change-password, sign-out, the language and the public ones answers 403 PASSWORD_CHANGE_REQUIRED, with no upstream call', async () => {
    // An admin, so that no route could refuse for the role instead.
    const agent = await createAgentsRepo(bff.database.db).create(
      { email: 'must-change@example.com', displayName: 'Must change', role: 'admin', password: PASSWORD },
      { oneTime: true },
    );
    let refused = 0;
    for (const route of apiRoutes()) {
      const key = keyOf(route);
      if (EXPECTED[key] === 'public') continue;
      // A fresh session each time: sign-out ends the one it is sent with.
      const cookie = await sessionCookieFor(bff.database, agent);
      await resetCalls();
      const res = await send(route, { ...CSRF, cookie });
      if (OPEN.includes(key)) {
        expect([key, [401, 403].includes(res.status)]).toEqual([key, false]);
        continue;
      }
      refused++;
      expect([key, res.status]).toEqual([key, 403]);
      if (route.method !== 'HEAD') expectError(res, 403, 'PASSWORD_CHANGE_REQUIRED');
      await expectNoUpstreamCall();
    }
    const guarded = Object.keys(EXPECTED).filter((key) => EXPECTED[key] !== 'public' && !OPEN.includes(key));
    expect(refused).toBeGreaterThanOrEqual(guarded.length);
    expect(await createAgentsRepo(bff.database.db).list()).not.toContainEqual(
      expect.objectContaining({ email: lastMadeEmail() }),
    );
  });
});
