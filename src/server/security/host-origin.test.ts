/**
 * SECURITY C1 against DNS rebinding: only the public origins' Host is answered (every route but the
 * health probes), and a write's Origin must be one of them exactly, scheme and port included.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningOrigins } from '../plugins/host-guard';
import {
  buildTestApp,
  CANARY_KEY,
  routeCollector,
  startBff,
  type Bff,
  type SeenRoute,
} from '../test-support/harness';
import { CSRF, JSON_WRITE } from '../test-support/test-agents';

const ID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
// Nothing listens on port 9: no request here may reach an upstream.
const upstream = { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY, listRetries: 0 };
const SIGN_IN = JSON.stringify({ email: 'nobody@example.com', password: 'wrong password' });

let bff: Bff;
let routes: SeenRoute[];
let port: number;
let proxied: FastifyInstance;
let dist: string;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'rampdesk-dist-'));
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Rampdesk</title>');
  const collector = routeCollector();
  bff = await startBff({ upstream, staticDir: dist }, { onRoute: collector.onRoute });
  routes = collector.routes();
  port = Number(new URL(bff.url).port);
  proxied = await buildTestApp({
    upstream,
    publicOrigins: ['https://rampdesk.example.com'],
    trustProxy: ['127.0.0.1'],
  });
});

afterAll(async () => {
  await bff.close();
  await proxied.close();
  await rm(dist, { recursive: true, force: true });
});

const signIn = (headers: Record<string, string>) =>
  bff.request('POST', '/api/auth/sign-in', {
    as: null,
    headers: { ...JSON_WRITE, ...headers },
    body: SIGN_IN,
  });

describe('Host (SECURITY C1, DNS rebinding)', () => {
  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1.evil.example:PORT', '127.0.0.1:1', 'localhost'])(
    'C1: Host %s gets 421 HOST_NOT_ALLOWED on every route but the health probes',
    async (given) => {
      const host = given.replace('PORT', String(port));
      let refused = 0;
      for (const route of routes) {
        const url = route.url.replace(':id', ID).replace('*', 'transactions');
        const write = !['GET', 'HEAD'].includes(route.method);
        const res = await bff.request(route.method, url, {
          as: 'admin',
          headers: { host, accept: 'text/html', ...(write ? { 'content-type': 'application/json' } : {}) },
          body: write ? '{}' : undefined,
        });
        if (route.url.startsWith('/health/')) {
          expect([route.url, res.status === 421]).toEqual([route.url, false]);
          continue;
        }
        expect([route.method, route.url, res.status]).toEqual([route.method, route.url, 421]);
        if (route.method !== 'HEAD') expect(res.json().error.code).toBe('HOST_NOT_ALLOWED');
        expect(res.headers['set-cookie']).toBeUndefined();
        refused++;
      }
      expect(refused).toBeGreaterThan(15);
    },
  );

  it('C1: the listening address and localhost are answered by default', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      const res = await bff.request('GET', '/api/config', { as: null, headers: { ...CSRF, host } });
      expect([host, res.status]).toEqual([host, 200]);
    }
  });

  it('C1: PUBLIC_ORIGIN replaces the default; X-Forwarded-Host counts from a trusted proxy only', async () => {
    const get = (headers: Record<string, string>, remoteAddress = '127.0.0.1') =>
      proxied.inject({ method: 'GET', url: '/api/config', headers: { ...CSRF, ...headers }, remoteAddress });
    for (const host of ['rampdesk.example.com', 'rampdesk.example.com:443', 'Rampdesk.Example.com']) {
      expect([host, (await get({ host })).statusCode]).toEqual([host, 200]);
    }
    for (const host of ['localhost:80', 'rampdesk.example.com:8443', 'rampdesk.example.com.evil.example']) {
      expect([host, (await get({ host })).statusCode]).toEqual([host, 421]);
    }
    const forwarded = { host: '10.0.0.7:8787', 'x-forwarded-host': 'rampdesk.example.com' };
    expect((await get(forwarded)).statusCode).toBe(200);
    expect((await get(forwarded, '203.0.113.9')).statusCode).toBe(421);
  });
});

describe('Origin (SECURITY C1)', () => {
  it('C1: a write from another scheme or port of the same host is refused; from a public origin it passes', async () => {
    for (const origin of [
      `https://127.0.0.1:${port}`,
      `http://127.0.0.1:${port + 1}`,
      'http://127.0.0.1',
      'null',
    ]) {
      const res = await signIn({ origin });
      expect([origin, res.status, res.json().error.code]).toEqual([origin, 403, 'CROSS_ORIGIN_REFUSED']);
    }
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      const res = await signIn({ origin, 'sec-fetch-site': 'same-origin' });
      expect([origin, res.json().error.code]).toEqual([origin, 'INVALID_CREDENTIALS']);
    }
  });

  it('C1: behind a proxy the Origin must be PUBLIC_ORIGIN itself, whatever the request came in as', async () => {
    const write = (origin: string) =>
      proxied.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { ...JSON_WRITE, host: 'rampdesk.example.com', origin },
        payload: SIGN_IN,
      });
    expect((await write('https://rampdesk.example.com')).json().error.code).toBe('INVALID_CREDENTIALS');
    for (const origin of ['http://rampdesk.example.com', 'https://rampdesk.example.com:8443']) {
      expect([origin, (await write(origin)).json().error.code]).toEqual([origin, 'CROSS_ORIGIN_REFUSED']);
    }
  });
});

describe('the default origins', () => {
  it('C1: loopback adds localhost, all interfaces add every local address, another address is itself', () => {
    expect(listeningOrigins(null)).toEqual(['http://localhost', 'http://127.0.0.1']);
    expect(listeningOrigins({ address: '127.0.0.1', family: 'IPv4', port: 8787 })).toEqual([
      'http://localhost:8787',
      'http://127.0.0.1:8787',
    ]);
    expect(listeningOrigins({ address: '::1', family: 'IPv6', port: 8787 })).toEqual([
      'http://localhost:8787',
      'http://[::1]:8787',
    ]);
    expect(listeningOrigins({ address: '10.0.0.5', family: 'IPv4', port: 80 })).toEqual(['http://10.0.0.5']);
    const all = listeningOrigins({ address: '0.0.0.0', family: 'IPv4', port: 8787 });
    expect(all).toEqual(expect.arrayContaining(['http://localhost:8787', 'http://127.0.0.1:8787']));
  });
});
