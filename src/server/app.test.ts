/** Cross-cutting promises of the BFF, checked on every route Fastify actually registered. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../contract/api';
import {
  buildTestApp,
  CANARY_KEY,
  FAST_UPSTREAM,
  expectNoSecrets,
  fakeUpstream,
  json,
  registeredRoutes,
  startBff,
  type Bff,
  type FakeUpstream,
} from './test-support/harness';
import { CSRF, sharedTestDatabase } from './test-support/test-agents';

const TX_ID = '8374f327-38bd-4b0b-b8a7-2524599eb903';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * An upstream that misbehaves in turn and echoes the key it receives into everything it sends
 * back, so a BFF that relayed upstream bodies or headers would leak it.
 */
let echo: FakeUpstream;
let bff: Bff;
let turn = 0;

beforeAll(async () => {
  echo = await fakeUpstream((req, res) => {
    const key = String(req.headers['partner-api-key']);
    const variants = [
      () => json(res, 200, { success: true, data: { count: 1, data: [{ id: key }] } }),
      () =>
        json(res, 401, {
          success: false,
          error: { code: 'UNAUTHORIZED', message: `Invalid API Key ${key}` },
        }),
      () => json(res, 500, { message: key }, { 'x-upstream-key': key }),
      () => json(res, 429, { message: key }, { 'retry-after': '1' }),
      () => (res.writeHead(302, { location: `https://elsewhere.example/?k=${key}` }), res.end(key)),
      () => (res.writeHead(200, { 'content-type': 'text/html' }), res.end(`<p>${key}</p>`)),
      () =>
        json(res, 400, {
          success: false,
          error: { code: 'INVALID_USER_INPUT_ERROR', message: `hash ${key}` },
        }),
      () => json(res, 200, { success: true, data: { count: 0, data: [] } }),
    ];
    variants[turn++ % variants.length]!();
  });
  bff = await startBff({ upstream: { baseUrl: echo.url, apiKey: CANARY_KEY, listRetries: 0 } });
});

afterAll(async () => {
  await bff.close();
  await echo.close();
});

describe('every registered route (SECURITY K1, K2, C4)', () => {
  // Every route × many inputs × upstream behaviours: seconds on an idle machine, more on a busy one.
  it(
    'never lets the partner key out, whatever the input or the upstream does',
    { timeout: 60_000 },
    async () => {
      const routes = registeredRoutes(bff.app);
      // The ones we know must be among them; anything added later is exercised all the same.
      expect(routes).toEqual(
        expect.arrayContaining([
          { method: 'GET', url: '/api/transactions' },
          { method: 'GET', url: '/api/transactions/:id' },
          { method: 'POST', url: '/api/transactions/:id/execute' },
          { method: 'GET', url: '/api/config' },
          { method: 'GET', url: '/health/live' },
          { method: 'GET', url: '/health/ready' },
        ]),
      );
      const inputs = [
        { path: (u: string) => u.replace(':id', TX_ID), body: '{}' },
        { path: (u: string) => u.replace(':id', TX_ID), body: `{"transactionHash":"0x${'a'.repeat(64)}"}` },
        {
          path: (u: string) => `${u.replace(':id', 'nope')}?limit=101&x=${CANARY_KEY.slice(0, 8)}`,
          body: '{bad',
        },
      ];
      let sent = 0;
      for (const route of routes.filter((r) => r.url !== '*')) {
        for (const input of inputs) {
          for (let i = 0; i < 8; i++) {
            const res = await bff.request(route.method, input.path(route.url), {
              headers: { 'content-type': 'application/json', cookie: 'sid=abc', accept: 'application/json' },
              body: route.method === 'POST' ? input.body : undefined,
            });
            sent++;
            if (route.url.startsWith('/api') || route.url.startsWith('/health')) {
              expect(res.headers['cache-control']).toBe('no-store');
            }
            expect(res.headers['x-request-id']).toMatch(UUID);
            expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
          }
        }
      }
      expect(sent).toBeGreaterThan(100);
      // The echo upstream did receive the key: its absence below is meaningful.
      expect(echo.calls.some((c) => c.headers['partner-api-key'] === CANARY_KEY)).toBe(true);
      expectNoSecrets([...bff.transcript, ...bff.logs], [CANARY_KEY]);
      expect(bff.transcript.join('\n')).not.toMatch(/elsewhere\.example|x-upstream-key|<p>/);
    },
  );

  it('the secret scan itself notices a leak', () => {
    expect(() => expectNoSecrets([`body ${CANARY_KEY}`], [CANARY_KEY])).toThrow(/leaked/);
  });
});

describe('request ids', () => {
  it('are made by the server, sent on every answer and repeated in error bodies and logs', async () => {
    const a = await bff.request('GET', '/api/transactions?limit=0', {
      headers: { 'x-request-id': 'client-chosen' },
    });
    const b = await bff.request('GET', '/api/nope');
    const idA = a.headers['x-request-id'] as string;
    expect(idA).toMatch(UUID);
    expect(idA).not.toBe(b.headers['x-request-id']);
    expect((a.json() as ApiError).error.requestId).toBe(idA);
    expect((b.json() as ApiError).error.requestId).toBe(b.headers['x-request-id']);
    expect(bff.logs.some((line) => line.includes(idA))).toBe(true);
    expect(bff.logs.join('\n')).not.toContain('client-chosen');
  });
});

describe('GET /api/config', () => {
  it('says the environment, the upstream host and whether the pseudo-locale is offered, nothing more', async () => {
    const res = await bff.request('GET', '/api/config');
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({
      environment: 'custom',
      upstreamHost: new URL(echo.url).host,
      pseudoLocale: false,
    });
  });

  it('names the environment it was given, and offers the pseudo-locale when PSEUDO_LOCALE says so', async () => {
    const app = await buildTestApp({
      environment: 'staging',
      staticDir: null,
      upstream: { baseUrl: 'https://staging-api.capa.fi', apiKey: CANARY_KEY },
      logger: false,
      pseudoLocale: true,
    });
    const res = await app.inject({ method: 'GET', url: '/api/config', headers: CSRF });
    expect(res.json()).toEqual({
      environment: 'staging',
      upstreamHost: 'staging-api.capa.fi',
      pseudoLocale: true,
    });
    await app.close();
  });
});

describe('health', () => {
  it('live needs nothing; ready asks the upstream for one transaction', async () => {
    const up = await fakeUpstream((_req, res) =>
      json(res, 200, { success: true, data: { count: 0, data: [] } }),
    );
    const healthy = await startBff({ upstream: { baseUrl: up.url, apiKey: CANARY_KEY } });
    expect((await healthy.request('GET', '/health/live')).json()).toEqual({ status: 'ok' });
    expect(up.calls).toHaveLength(0);
    const ready = await healthy.request('GET', '/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok' });
    expect(up.calls.map((c) => c.url)).toEqual(['/api/partner/v2/transactions?limit=1']);
    await healthy.close();
    await up.close();
  });

  it.each([
    [
      'fails',
      (_req: unknown, res: Parameters<typeof json>[0]) => json(res, 500, { detail: 'db down at 10.0.0.7' }),
      'UPSTREAM_UNAVAILABLE',
    ],
    ['hangs', () => {}, 'UPSTREAM_TIMEOUT'],
  ])(
    'L2: ready is 503 saying only "unavailable" when the upstream %s; admins learn why',
    async (_name, handler, reason) => {
      const up = await fakeUpstream(handler);
      const sick = await startBff({ upstream: { baseUrl: up.url, apiKey: CANARY_KEY } });
      const started = Date.now();
      const res = await sick.request('GET', '/health/ready');
      expect(res.status).toBe(503);
      expect(res.json()).toEqual({ status: 'unavailable' });
      const report = await sick.request('GET', '/api/admin/readiness', { as: 'admin' });
      expect(report.json()).toMatchObject({ failedCheck: 'capa', capaError: reason });
      expect(Date.now() - started).toBeLessThan(FAST_UPSTREAM.readyTimeoutMs + 1_000);
      expect(up.calls).toHaveLength(1);
      expect((await sick.request('GET', '/health/live')).status).toBe(200);
      await sick.close();
      await up.close();
    },
  );

  it.each([
    ['fails', () => Promise.reject(new Error('connection refused'))],
    ['hangs', () => new Promise<void>(() => {})],
  ])('L4: ready is 503, without asking Capa, when the database %s', async (_name, ping) => {
    const up = await fakeUpstream((_req, res) =>
      json(res, 200, { success: true, data: { count: 0, data: [] } }),
    );
    const database = { ...(await sharedTestDatabase()), ping };
    const sick = await startBff({ upstream: { baseUrl: up.url, apiKey: CANARY_KEY } }, { database });
    const res = await sick.request('GET', '/health/ready');
    expect(res.status).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable' });
    expect(up.calls).toHaveLength(0);
    await sick.close();
    await up.close();
  });
});

describe('the error handler', () => {
  let app: FastifyInstance;
  const lines: string[] = [];

  beforeAll(async () => {
    app = await buildTestApp({
      environment: 'custom',
      staticDir: null,
      upstream: { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY },
      logger: { level: 'info', stream: { write: (line) => void lines.push(line) } },
    });
    // A route with a bug, added before the app is ready, as a later plugin might be.
    app.get('/api/__bug', { config: { auth: 'public' } }, async () => {
      throw new Error('kaboom in /srv/rampdesk/secret.ts');
    });
  });

  afterAll(() => app.close());

  it('answers a bug with a generic 500, keeping the details for the logs', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/__bug', headers: CSRF });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: {
        code: 'INTERNAL_ERROR',
        message: 'Something went wrong on our side; try again, and tell support if it keeps happening.',
        requestId: res.headers['x-request-id'],
      },
    });
    expect(lines.join('\n')).toContain('kaboom');
  });

  it('blanks cookies, authorization and the key if they ever reach a log line', () => {
    app.log.info(
      {
        req: {
          headers: { cookie: 'sid=COOKIE', authorization: 'Bearer TOKEN', 'partner-api-key': CANARY_KEY },
        },
      },
      'headers slipped in',
    );
    app.log.info(
      { upstream: { apiKey: CANARY_KEY }, headers: { 'partner-api-key': CANARY_KEY } },
      'config slipped in',
    );
    const logged = lines.join('\n');
    expect(logged).toContain('headers slipped in');
    expect(logged).not.toMatch(/COOKIE|TOKEN/);
    expect(logged).not.toContain(CANARY_KEY);
  });

  it('L1: server timeouts are non-zero, so slow clients cannot hold sockets', () => {
    const server = app.server;
    expect(server.requestTimeout).toBeGreaterThan(0);
    expect(server.headersTimeout).toBeGreaterThan(0);
    expect(server.headersTimeout).toBeLessThanOrEqual(server.requestTimeout);
    expect(server.keepAliveTimeout).toBeGreaterThan(0);
    expect(server.timeout).toBeGreaterThan(0);
  });
});
