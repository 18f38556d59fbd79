import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY, buildTestApp } from '../test-support/harness';
import { CSRF } from '../test-support/test-agents';
import { NOT_BUILT_MESSAGE } from './static-spa';

const INDEX = '<!doctype html><title>Rampdesk</title><div id="root"></div>';
const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
// Nothing listens on port 9: these tests never reach an upstream.
const upstream = { baseUrl: 'http://127.0.0.1:9', apiKey: CANARY_KEY };

let dist: string;
let empty: string;
let app: FastifyInstance;

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'rampdesk-dist-'));
  empty = await mkdtemp(path.join(tmpdir(), 'rampdesk-empty-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), INDEX);
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  // As the build writes them (vite.config.ts): compressed copies beside the files.
  await writeFile(path.join(dist, 'assets', 'index-abc123.js.br'), brotliCompressSync('console.log(1)'));
  await writeFile(path.join(dist, 'assets', 'index-abc123.js.gz'), gzipSync('console.log(1)'));
  await writeFile(path.join(dist, 'index.html.br'), brotliCompressSync(INDEX));
  await writeFile(path.join(dist, 'assets', 'index-abc123.js.map'), '{"version":3}');
  await writeFile(path.join(dist, 'favicon.svg'), '<svg/>');
  await writeFile(path.join(dist, '.env'), 'SECRET=1');
  app = await buildTestApp({ environment: 'sandbox', staticDir: dist, upstream, logger: false });
});

afterAll(async () => {
  await app.close();
  await rm(dist, { recursive: true, force: true });
  await rm(empty, { recursive: true, force: true });
});

describe('serving the built SPA', () => {
  it.each([
    '/',
    '/transactions',
    '/transactions/8374f327-38bd-4b0b-b8a7-2524599eb903',
    '/deep/link?tab=audit',
  ])('a navigation to %s gets index.html, revalidated every time', async (url) => {
    const res = await app.inject({ method: 'GET', url, headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(INDEX);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the compressed copy a browser accepts, the plain file to one that accepts none', async () => {
    const url = '/assets/index-abc123.js';
    const br = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe('console.log(1)');
    const gzip = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe('console.log(1)');
    const plain = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log(1)');
    const shell = await app.inject({
      method: 'GET',
      url: '/transactions',
      headers: { ...HTML, 'accept-encoding': 'br' },
    });
    expect(shell.headers['content-type']).toMatch(/^text\/html/);
    expect(shell.headers['cache-control']).toBe('no-cache');
    const body =
      shell.headers['content-encoding'] === 'br' ? brotliDecompressSync(shell.rawPayload) : shell.rawPayload;
    expect(body.toString()).toBe(INDEX);
  });

  it('hashed assets are cached for a year, other files revalidated', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const favicon = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(favicon.statusCode).toBe(200);
    expect(favicon.headers['cache-control']).toBe('no-cache');
  });

  it.each(['/assets/missing.js', '/assets/index-abc123.js.map', '/assets/index-abc123.js%2Emap', '/.env'])(
    '%s is a 404, never the SPA shell',
    async (url) => {
      const res = await app.inject({ method: 'GET', url, headers: HTML });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
      expect(res.body).not.toContain('SECRET');
    },
  );

  it.each(['/api/nope', '/api', '/api/transactions/x/y/z', '/health/nope'])(
    '%s is a JSON 404 even for a browser, with no-store',
    async (url) => {
      const res = await app.inject({ method: 'GET', url, headers: HTML });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.json()).toEqual({
        error: {
          code: 'NOT_FOUND',
          message: 'There is nothing at this address.',
          requestId: res.headers['x-request-id'],
        },
      });
    },
  );

  it.each(['/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fetc/passwd', '/..\\..\\etc\\passwd', '/assets/'])(
    '%s never reaches outside the build directory',
    async (url) => {
      const asset = await app.inject({ method: 'GET', url });
      expect(asset.statusCode).toBe(404);
      const navigation = await app.inject({ method: 'GET', url, headers: HTML });
      expect([200, 404]).toContain(navigation.statusCode);
      for (const res of [asset, navigation]) expect(res.body).not.toMatch(/root:|SECRET/);
    },
  );

  it('only GET navigations that accept HTML fall back to the shell', async () => {
    expect((await app.inject({ method: 'POST', url: '/transactions', headers: HTML })).statusCode).toBe(404);
    expect(
      (await app.inject({ method: 'GET', url: '/transactions', headers: { accept: 'application/json' } }))
        .statusCode,
    ).toBe(404);
  });
});

describe('without a build', () => {
  it('navigations get a 503 saying to run npm run build; the API still answers', async () => {
    const bare = await buildTestApp({ environment: 'sandbox', staticDir: empty, upstream, logger: false });
    const res = await bare.inject({ method: 'GET', url: '/transactions', headers: HTML });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toBe(NOT_BUILT_MESSAGE);
    expect(res.body).toContain('npm run build');
    expect((await bare.inject({ method: 'GET', url: '/api/config', headers: CSRF })).statusCode).toBe(200);
    await bare.close();
  });

  it('with staticDir null no SPA is served at all', async () => {
    const apiOnly = await buildTestApp({ environment: 'sandbox', staticDir: null, upstream, logger: false });
    const res = await apiOnly.inject({ method: 'GET', url: '/transactions', headers: HTML });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    await apiOnly.close();
  });
});
