/**
 * The route-access tests' stack and policy, shared by route-access.test.ts (the route list, A1,
 * A6), route-roles.test.ts (A2) and route-csrf.test.ts (C1): every route Fastify registered
 * (collected by an onRoute hook), so a route added later is covered, and must be given an access
 * level here before route-access.test.ts passes. Call useRouteAccessStack() at the top of a test
 * file; the exported bindings are live.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { createAgentsRepo } from '../agents/agents-repo';
import type { RouteAccess } from '../auth/auth-plugin';
import {
  routeCollector,
  sandboxControl,
  startBff,
  type Bff,
  type HttpResult,
  type SandboxControl,
  type SeenRoute,
} from './harness';

/** The access policy. A new route fails route-access.test.ts until it is listed here. */
export const EXPECTED: Record<string, RouteAccess> = {
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
export const PASSWORD = 'route access password 1';
const SIGN_IN_EMAIL = 'signs-in@example.com';
export const WRITE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

let sandbox: RunningSandbox;
let control: SandboxControl;
export let bff: Bff;
export let routes: SeenRoute[];
let dist: string;
let made = 0;

export const keyOf = (r: { method: string; url: string }) =>
  `${r.method === 'HEAD' ? 'GET' : r.method} ${r.url}`;
export const isApi = (r: SeenRoute) => r.url.startsWith('/api');
export const apiRoutes = () => routes.filter(isApi);
/** The email of the last agent a POST /api/agents here asked to add (each asks for a new one). */
export const lastMadeEmail = () => `made-${made}@example.com`;

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

export function send(route: SeenRoute, headers: Record<string, string>) {
  const payload = body(route);
  return bff.request(route.method, route.url.replace(':id', ID), {
    as: null,
    headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: payload,
  });
}

/** Forget the upstream calls so far (each test starts with none). */
export const resetCalls = () => control.resetCalls();

export async function expectNoUpstreamCall() {
  const calls = await control.calls();
  expect(calls.list + calls.execute + calls.other).toBe(0);
}

export function expectError(res: HttpResult, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.json().error.code).toBe(code);
}

/** A sandbox, a BFF with a built SPA on it, and an agent who signs in with PASSWORD. */
export function useRouteAccessStack() {
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
}
