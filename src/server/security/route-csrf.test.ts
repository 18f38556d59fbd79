/**
 * SECURITY C1 on every route Fastify registered: a missing or wrong X-CSRF, a form's content type
 * or another origin is refused before anything runs (the stack: test-support/route-access-stack.ts).
 */
import { describe, expect, it } from 'vitest';
import { createAgentsRepo } from '../agents/agents-repo';
import { SESSION_COOKIE } from '../auth/session-cookie';
import {
  apiRoutes,
  bff,
  expectError,
  expectNoUpstreamCall,
  keyOf,
  lastMadeEmail,
  send,
  useRouteAccessStack,
  WRITE,
} from '../test-support/route-access-stack';
import { CSRF, sessionCookieFor, testAgent } from '../test-support/test-agents';

useRouteAccessStack();

describe('C1: CSRF', () => {
  it('C1: every /api route refuses a missing or wrong X-CSRF with 403 before anything runs', async () => {
    const admin = await sessionCookieFor(bff.database, await testAgent(bff.database, 'admin'));
    for (const route of apiRoutes()) {
      for (const csrf of [undefined, '0', 'true', '2', '1 1', 'one']) {
        const res = await send(route, { cookie: admin, ...(csrf === undefined ? {} : { 'x-csrf': csrf }) });
        expect([keyOf(route), csrf, res.status]).toEqual([keyOf(route), csrf, 403]);
        if (route.method !== 'HEAD') expectError(res, 403, 'CSRF_REQUIRED');
        expect(res.headers['set-cookie']).toBeUndefined();
      }
    }
    await expectNoUpstreamCall();
    expect(await createAgentsRepo(bff.database.db).findByEmail(lastMadeEmail())).toBeNull();
  });

  it('C1: a sign-in without X-CSRF creates no session, and an old cookie is not even looked at', async () => {
    const signIn = apiRoutes().find((r) => keyOf(r) === 'POST /api/auth/sign-in')!;
    const res = await send(signIn, {});
    expectError(res, 403, 'CSRF_REQUIRED');
    expect(res.headers['set-cookie']).toBeUndefined();
    const me = await bff.request('GET', '/api/auth/me', {
      as: null,
      headers: { cookie: `${SESSION_COOKIE}=gone` },
    });
    expectError(me, 403, 'CSRF_REQUIRED');
  });

  it('C1: writes need Content-Type application/json (415) and a same-origin Origin / Sec-Fetch-Site when sent', async () => {
    const writes = apiRoutes().filter((r) => WRITE.has(r.method));
    const operator = await sessionCookieFor(bff.database, await testAgent(bff.database, 'operator'));
    const base = { ...CSRF, cookie: operator };
    for (const route of writes) {
      for (const type of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ]) {
        expectError(await send(route, { ...base, 'content-type': type }), 415, 'UNSUPPORTED_MEDIA_TYPE');
      }
      for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example']) {
        expectError(await send(route, { ...base, origin }), 403, 'CROSS_ORIGIN_REFUSED');
      }
      for (const site of ['cross-site', 'same-site', 'none']) {
        expectError(await send(route, { ...base, 'sec-fetch-site': site }), 403, 'CROSS_ORIGIN_REFUSED');
      }
    }
    await expectNoUpstreamCall();
    const execute = writes.find((r) => keyOf(r) === 'POST /api/transactions/:id/execute')!;
    const sameOrigin = await send(execute, { ...base, origin: bff.url, 'sec-fetch-site': 'same-origin' });
    expect(sameOrigin.json().error.code).toBe('TRANSACTION_NOT_FOUND');
  });
});
