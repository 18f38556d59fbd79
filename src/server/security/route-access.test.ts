/**
 * SECURITY A1, A2, A6 and C1 on every route Fastify registered (collected by an onRoute hook), so a
 * route added later is covered, and must be given an access level here before this passes.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AGENT_ROLES, roleAtLeast } from '../../contract/auth';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { createAgentsRepo } from '../agents/agents-repo';
import type { RouteAccess } from '../auth/auth-plugin';
import { SESSION_COOKIE } from '../auth/session-cookie';
import {
  routeCollector,
  sandboxControl,
  startBff,
  type Bff,
  type HttpResult,
  type SandboxControl,
  type SeenRoute,
} from '../test-support/harness';
import { CSRF, sessionCookieFor, testAgent } from '../test-support/test-agents';

/** The access policy. A new route fails the first test until it is listed here. */
const EXPECTED: Record<string, RouteAccess> = {
  'GET /api/config': 'public',
  'POST /api/auth/sign-in': 'public',
  // Who this request's own session belongs to, or agent null: never a 401 (auth-routes.test.ts).
  'GET /api/auth/session': 'public',
  'POST /api/auth/sign-out': 'viewer',
  'GET /api/auth/me': 'viewer',
  // Any signed-in agent; SSO sessions get PASSWORD_CHANGE_UNAVAILABLE (sso.test.ts).
  'POST /api/auth/change-password': 'viewer',
  // Any signed-in agent, for themselves: the language stored with them (issue 17).
  'PUT /api/auth/locale': 'viewer',
  'GET /api/transactions': 'viewer',
  'GET /api/transactions/:id': 'viewer',
  'POST /api/transactions/:id/execute': 'operator',
  'GET /api/transactions/:id/audit': 'viewer',
  // Takes and notes are writes: operators and admins; viewers read them only (docs/security.md W3).
  'POST /api/transactions/:id/take': 'operator',
  'POST /api/transactions/:id/release': 'operator',
  'POST /api/transactions/:id/notes': 'operator',
  'GET /api/transactions/:id/notes': 'viewer',
  'GET /api/transactions/:id/activity': 'viewer',
  // Everyone's takes, releases and notes, on the Audit page (operators and admins).
  'GET /api/audit/activity': 'operator',
  // Sums of what a viewer may list anyway.
  'GET /api/transactions/totals': 'viewer',
  // Counts of what a viewer may list anyway (issue 14).
  'GET /api/queues': 'viewer',
  // Personal and bank data in bulk (docs/security.md X1): operators (masked) and admins.
  'GET /api/transactions/export.csv': 'operator',
  // Operators see their own exports only; admins everyone's (checked in export.test.ts).
  'GET /api/audit/exports': 'operator',
  // Operators get their own attempts only; admins everyone's (checked in audit.test.ts).
  'GET /api/audit': 'operator',
  'GET /api/agents': 'admin',
  'POST /api/agents': 'admin',
  'PATCH /api/agents/:id': 'admin',
  'POST /api/agents/:id/reset-password': 'admin',
  // Why /health/ready says unavailable (L2): anonymous callers get only ok or not.
  'GET /api/admin/readiness': 'admin',
};
const ID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const PASSWORD = 'route access password 1';
const SIGN_IN_EMAIL = 'signs-in@example.com';
const WRITE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

let sandbox: RunningSandbox;
let control: SandboxControl;
let bff: Bff;
let routes: SeenRoute[];
let dist: string;
let made = 0;

const keyOf = (r: { method: string; url: string }) => `${r.method === 'HEAD' ? 'GET' : r.method} ${r.url}`;
const isApi = (r: SeenRoute) => r.url.startsWith('/api');
const apiRoutes = () => routes.filter(isApi);

/** A valid minimal request for the route, so only the check under test can refuse it. */
function body(route: SeenRoute): string | undefined {
  if (!WRITE.has(route.method)) return undefined;
  switch (keyOf(route)) {
    case 'POST /api/auth/sign-in':
      return JSON.stringify({ email: SIGN_IN_EMAIL, password: PASSWORD });
    case 'POST /api/agents':
      return JSON.stringify({ email: `made-${++made}@example.com`, displayName: 'Made', role: 'viewer' });
    case 'PATCH /api/agents/:id':
      return JSON.stringify({ role: 'viewer' });
    case 'PUT /api/auth/locale':
      return JSON.stringify({ locale: 'es-MX' });
    case 'POST /api/transactions/:id/notes':
      return JSON.stringify({ text: 'A note.' });
    default:
      return '{}';
  }
}

function send(route: SeenRoute, headers: Record<string, string>) {
  const payload = body(route);
  return bff.request(route.method, route.url.replace(':id', ID), {
    as: null,
    headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: payload,
  });
}

async function expectNoUpstreamCall() {
  const calls = await control.calls();
  expect(calls.list + calls.execute + calls.other).toBe(0);
}

function expectError(res: HttpResult, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.json().error.code).toBe(code);
}

beforeAll(async () => {
  sandbox = await startSandbox({ size: 50, seed: 5 });
  control = sandboxControl(sandbox.url);
  dist = await mkdtemp(path.join(tmpdir(), 'rampdesk-dist-'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Rampdesk</title>');
  const collector = routeCollector();
  bff = await startBff(
    { staticDir: dist, upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey } },
    { onRoute: collector.onRoute },
  );
  routes = collector.routes();
  await createAgentsRepo(bff.database.db).create({
    email: SIGN_IN_EMAIL,
    displayName: 'Signs in',
    role: 'viewer',
    password: PASSWORD,
  });
});

afterAll(async () => {
  await bff.close();
  await sandbox.close();
  await rm(dist, { recursive: true, force: true });
});

beforeEach(async () => {
  await control.resetCalls();
});

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

describe('A2: the route × role matrix', () => {
  it('A2: every cell not granted is 403 naming the role needed, with no upstream call; every granted cell passes', async () => {
    const agents = Object.fromEntries(
      await Promise.all(
        AGENT_ROLES.map(async (role) => [role, await testAgent(bff.database, role)] as const),
      ),
    );
    let denied = 0;
    for (const route of apiRoutes()) {
      const required = EXPECTED[keyOf(route)]!;
      for (const role of AGENT_ROLES) {
        const cookie = await sessionCookieFor(bff.database, agents[role]!);
        await control.resetCalls();
        const res = await send(route, { ...CSRF, cookie });
        const cell = `${keyOf(route)} as ${role}`;
        if (required === 'public' || roleAtLeast(role, required)) {
          expect([cell, [401, 403].includes(res.status)]).toEqual([cell, false]);
          continue;
        }
        denied++;
        expect([cell, res.status]).toEqual([cell, 403]);
        if (route.method !== 'HEAD') {
          expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', requiredRole: required });
          expect(res.json().error.message).toMatch(new RegExp(`needs the ${required} role`, 'i'));
        }
        await expectNoUpstreamCall();
      }
    }
    expect(denied).toBeGreaterThanOrEqual(8);
    // No denied POST /api/agents created anyone.
    const list = await createAgentsRepo(bff.database.db).list();
    expect(list.filter((a) => a.email.startsWith('made-'))).toHaveLength(1);
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
      await control.resetCalls();
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
      expect.objectContaining({ email: `made-${made}@example.com` }),
    );
  });
});

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
    expect(await createAgentsRepo(bff.database.db).findByEmail(`made-${made}@example.com`)).toBeNull();
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
