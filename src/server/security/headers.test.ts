/** SECURITY C2–C4: response headers on every route, the SPA shell's CSP, what is never served. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, CANARY_KEY, routeCollector, type SeenRoute } from '../test-support/harness';
import { agentHeaders, CSRF, sharedTestDatabase } from '../test-support/test-agents';

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
const ID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
let dist: string;
let app: FastifyInstance;
let trusting: FastifyInstance;
let routes: SeenRoute[];
let admin: Record<string, string>;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'rampdesk-dist-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(
    path.join(dist, 'index.html'),
    '<!doctype html><title>Rampdesk</title><div id="root"></div>',
  );
  await writeFile(path.join(dist, 'assets', 'index-1.js'), 'console.log(1)');
  await writeFile(path.join(dist, 'assets', 'index-1.js.map'), '{"version":3}');
  await writeFile(path.join(dist, '.env'), 'SECRET=1');
  // Nothing listens on port 9: no test here reaches an upstream.
  const upstream = { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY, listRetries: 0 };
  const collector = routeCollector();
  app = await buildTestApp({ staticDir: dist, upstream }, { onRoute: collector.onRoute });
  trusting = await buildTestApp({ staticDir: dist, upstream, trustProxy: ['127.0.0.1'] });
  routes = collector.routes();
  admin = await agentHeaders(await sharedTestDatabase(), 'admin');
});

afterAll(async () => {
  await app.close();
  await trusting.close();
  await rm(dist, { recursive: true, force: true });
});

const urlOf = (route: SeenRoute) => route.url.replace(':id', ID).replace('*', 'transactions');

describe('CORS (SECURITY C2)', () => {
  it('C2: no Access-Control-Allow-* header on any route, preflights included', async () => {
    const cors = {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'x-csrf, content-type',
    };
    let checked = 0;
    for (const route of routes) {
      for (const method of [route.method, 'OPTIONS']) {
        const res = await app.inject({
          method: method as 'GET',
          url: urlOf(route),
          headers: { ...cors, ...admin, 'content-type': 'application/json' },
          ...(method === 'GET' || method === 'HEAD' || method === 'OPTIONS' ? {} : { payload: '{}' }),
        });
        checked++;
        expect([
          method,
          route.url,
          Object.keys(res.headers).filter((h) => h.startsWith('access-control-')),
        ]).toEqual([method, route.url, []]);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('headers of HTML and API answers (SECURITY C3)', () => {
  it('C3: the SPA shell carries a strict CSP, nosniff, a Referrer-Policy, and no HSTS over plain http', async () => {
    const res = await app.inject({ method: 'GET', url: '/transactions', headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const csp = Object.fromEntries(
      String(res.headers['content-security-policy'])
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(csp).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'self'"],
    });
    expect(String(res.headers['content-security-policy'])).not.toMatch(/unsafe-(inline|eval)/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('C3: HSTS only over TLS: https from a trusted proxy yes, X-Forwarded-Proto from anyone else no', async () => {
    const viaProxy = { ...HTML, 'x-forwarded-proto': 'https' };
    const trusted = await trusting.inject({ method: 'GET', url: '/', headers: viaProxy });
    expect(trusted.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const untrusted = await trusting.inject({
      method: 'GET',
      url: '/',
      headers: viaProxy,
      remoteAddress: '203.0.113.9',
    });
    expect(untrusted.headers['strict-transport-security']).toBeUndefined();
    const noTrust = await app.inject({ method: 'GET', url: '/', headers: viaProxy });
    expect(noTrust.headers['strict-transport-security']).toBeUndefined();
  });

  it('C3: API answers and errors carry the same headers', async () => {
    for (const res of [
      await app.inject({ method: 'GET', url: '/api/config', headers: CSRF }),
      await app.inject({ method: 'GET', url: '/api/transactions' }),
      await app.inject({ method: 'GET', url: '/api/nope' }),
    ]) {
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('caching and what is never served (SECURITY C4)', () => {
  it('C4: every /api answer is no-store, success and error alike', async () => {
    for (const route of routes.filter((r) => r.url.startsWith('/api'))) {
      for (const headers of [{}, CSRF, admin]) {
        const res = await app.inject({ method: route.method as 'GET', url: urlOf(route), headers });
        expect([route.method, route.url, res.headers['cache-control']]).toEqual([
          route.method,
          route.url,
          'no-store',
        ]);
      }
    }
  });

  it.each(['/api/nope', '/api/transactions/x/y/z', '/api/agents/x/y', '/api/'])(
    'C4: unknown /api path %s is a JSON 404, never the SPA shell, signed in or not',
    async (url) => {
      for (const headers of [HTML, { ...HTML, ...admin }]) {
        const res = await app.inject({ method: 'GET', url, headers });
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.json().error.code).toBe('NOT_FOUND');
      }
    },
  );

  it.each(['/assets/index-1.js.map', '/.env', '/assets/.env', '/%2eenv'])(
    'C4: %s (source map or dotfile) is not served',
    async (url) => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toMatch(/version|SECRET/);
    },
  );
});
