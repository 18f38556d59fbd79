/**
 * SECURITY P3 for query strings on every route Fastify registered (collected by an onRoute hook,
 * so a route added later is covered): unknown, duplicated and prototype-named parameters are
 * refused with a 400 naming them, before any handler runs. A signed-in admin sends everything, so
 * the query check, not a role check, is what refuses.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, CANARY_KEY, routeCollector, type SeenRoute } from '../test-support/harness';
import { agentHeaders, sharedTestDatabase } from '../test-support/test-agents';

const ID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
/** The routes that take parameters; every other /api and /health route takes none. */
const TAKES = {
  'GET /api/transactions': ['status', 'limit', 'from', 'to'],
  'GET /api/transactions/totals': ['status', 'from', 'to'],
  'GET /api/transactions/export.csv': ['status', 'from', 'to'],
  'GET /api/audit/exports': ['skip', 'limit'],
  'GET /api/audit': ['outcome', 'limit'],
  'GET /api/audit/activity': ['kind', 'limit'],
} as Record<string, string[]>;
const BODIES: Record<string, string> = {
  'POST /api/auth/sign-in': JSON.stringify({ email: 'a@example.com', password: 'x' }),
  'POST /api/agents': JSON.stringify({ email: 'q@example.com', displayName: 'Q', role: 'viewer' }),
  'PATCH /api/agents/:id': JSON.stringify({ role: 'viewer' }),
  'POST /api/transactions/:id/notes': JSON.stringify({ text: 'A note.' }),
};

let app: FastifyInstance;
let routes: SeenRoute[];
let admin: Record<string, string>;
let dist: string;

const keyOf = (r: SeenRoute) => `${r.method === 'HEAD' ? 'GET' : r.method} ${r.url}`;
const guarded = () => routes.filter((r) => /^\/(api|health)\//.test(r.url) && r.method !== 'HEAD');

function send(route: SeenRoute, query: string): Promise<LightMyRequestResponse> {
  const write = route.method !== 'GET';
  return app.inject({
    method: route.method as 'GET',
    url: `${route.url.replace(':id', ID)}?${query}`,
    headers: { ...admin, ...(write ? { 'content-type': 'application/json' } : {}) },
    ...(write ? { payload: BODIES[keyOf(route)] ?? '{}' } : {}),
  });
}

function expectRefusal(route: SeenRoute, res: LightMyRequestResponse, names: string[], problem: RegExp) {
  const error = res.json().error;
  expect([keyOf(route), res.statusCode, error.code]).toEqual([keyOf(route), 400, 'VALIDATION_ERROR']);
  expect(res.headers['set-cookie']).toBeUndefined();
  for (const name of names) {
    expect([keyOf(route), error.message]).toEqual([keyOf(route), expect.stringContaining(name)]);
    expect(Object.hasOwn(error.fields, name)).toBe(true);
    expect(error.fields[name]).toMatch(problem);
  }
}

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'rampdesk-dist-'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Rampdesk</title>');
  const collector = routeCollector();
  // Nothing listens on port 9: a request that got past the guard would fail upstream, not 400.
  const upstream = { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY, listRetries: 0 };
  app = await buildTestApp({ staticDir: dist, upstream }, { onRoute: collector.onRoute });
  routes = collector.routes();
  admin = await agentHeaders(await sharedTestDatabase(), 'admin');
});

afterAll(async () => {
  await app.close();
  await rm(dist, { recursive: true, force: true });
});

describe('query parameters (SECURITY P3)', () => {
  it('P3: only the list and the audit log take parameters; the SPA routes leave their query to the SPA', () => {
    expect(guarded().length).toBeGreaterThanOrEqual(15);
    for (const route of routes) {
      const query = route.options.config?.query;
      if (/^\/(api|health)\//.test(route.url)) {
        const takes = (query ?? []) as string[];
        for (const name of TAKES[keyOf(route)] ?? []) expect(takes).toContain(name);
        if (!TAKES[keyOf(route)]) expect([keyOf(route), takes]).toEqual([keyOf(route), []]);
      } else {
        expect([keyOf(route), query]).toEqual([keyOf(route), 'ignored']);
      }
    }
  });

  it.each(['__proto__', 'constructor', 'prototype', '__pro%74o__'])(
    'P3: ?%s=1 is a 400 naming it on every /api and /health route',
    async (name) => {
      const shown = decodeURIComponent(name);
      for (const route of guarded()) {
        expectRefusal(route, await send(route, `${name}=1`), [shown], /is unknown/);
        // Beside an allowed one, named too: never an empty "Invalid query parameters: ."
        const allowed = TAKES[keyOf(route)]?.[1] ?? 'x';
        const both = await send(route, `${allowed}=5&${name}=1`);
        expectRefusal(route, both, [shown], /is unknown/);
        expect(both.json().error.message).not.toMatch(/: \.$/);
      }
    },
  );

  it('P3: an unknown parameter is a 400 on every /api and /health route, listing what is allowed', async () => {
    for (const route of guarded()) {
      const res = await send(route, 'url=http://evil.example');
      expectRefusal(route, res, ['url'], /is unknown/);
      const allowed = TAKES[keyOf(route)];
      expect(res.json().error.message).toMatch(
        allowed ? new RegExp(`allowed: .*${allowed[0]}`) : /takes no query parameters/,
      );
    }
  });

  it('P3: a parameter given twice is a 400 on every /api and /health route', async () => {
    for (const route of guarded()) {
      const name = TAKES[keyOf(route)]?.[1] ?? 'limit';
      const problem = TAKES[keyOf(route)] ? /more than once/ : /is unknown/;
      expectRefusal(route, await send(route, `${name}=5&${name}=5`), [name], problem);
    }
  });

  it('P3: a refused sign-out keeps its session', async () => {
    const signOut = guarded().find((r) => keyOf(r) === 'POST /api/auth/sign-out')!;
    expectRefusal(signOut, await send(signOut, 'next=/'), ['next'], /is unknown/);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: admin });
    expect(me.statusCode).toBe(200);
  });

  it('P3: the SPA shell is served whatever its query (it is the SPA state of a shared link)', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/transactions?status=PENDING&status=FAILED&__proto__=1',
      headers: { accept: 'text/html' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Rampdesk</title>');
  });
});
