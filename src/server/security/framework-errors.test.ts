/**
 * SECURITY C3, C4 for answers no route writes: Node's HTTP parser (431, 408, 400), Fastify's
 * router (bad URL, over-long path parameter), body parsing (400, 413, 415), not found, a refused
 * Host and the 503 of a closing server all carry our error body, the security headers, a request
 * id and no-store. Over real sockets: app.inject never reaches Node's parser.
 */
import { connect } from 'node:net';
import fastifyHelmet from '@fastify/helmet';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../app';
import { HELMET_OPTIONS, SECURITY_HEADERS } from '../plugins/security-headers';
import { fakeUpstream, startBff, type Bff, type FakeUpstream } from '../test-support/harness';
import { agentHeaders, CSRF } from '../test-support/test-agents';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Writes `chunks` (waiting `gapMs` between them) on one socket; every answer until it closes. */
function raw(url: string, chunks: string[], gapMs = 0): Promise<Answer[]> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    let text = '';
    const socket = connect(Number(port), hostname, async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) break;
        socket.write(chunk);
        if (gapMs) await new Promise((r) => setTimeout(r, gapMs));
      }
    });
    socket.on('data', (data) => (text += data.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(parseAnswers(text)));
    setTimeout(() => socket.destroy(), 8_000).unref();
  });
}

function parseAnswers(text: string): Answer[] {
  const answers: Answer[] = [];
  let rest = text;
  while (rest.startsWith('HTTP/1.1 ')) {
    const end = rest.indexOf('\r\n\r\n');
    const [statusLine, ...lines] = rest.slice(0, end).split('\r\n');
    const headers = Object.fromEntries(
      lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
    );
    const length = Number(headers['content-length'] ?? 0);
    answers.push({
      status: Number(statusLine!.split(' ')[1]),
      headers,
      body: rest.slice(end + 4, end + 4 + length),
    });
    rest = rest.slice(end + 4 + length);
  }
  return answers;
}

const request = (path: string, headers: Record<string, string>, body = '') =>
  [
    `${body ? 'POST' : 'GET'} ${path} HTTP/1.1`,
    'Host: HOST',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    ...(body ? [`Content-Length: ${Buffer.byteLength(body)}`] : []),
    '',
    body,
  ].join('\r\n');

function expectOurs(answer: Answer | undefined, status: number, code: string) {
  expect(answer, `an answer ${status}`).toBeDefined();
  const { error } = JSON.parse(answer!.body);
  expect([answer!.status, error.code]).toEqual([status, code]);
  expect(answer!.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(answer!.headers['x-request-id']).toBe(error.requestId);
  expect(answer!.headers['cache-control']).toBe('no-store');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect([code, name, answer!.headers[name]]).toEqual([code, name, value]);
  }
}

let bff: Bff;
let slow: FakeUpstream;
let host: string;
let operator: Record<string, string>;
const send = (...texts: string[]) =>
  raw(
    bff.url,
    texts.map((t) => t.replace('HOST', host)),
  );

beforeAll(async () => {
  // Capa answers after 600 ms: long enough to close the server behind a request still in flight.
  slow = await fakeUpstream((_req, res) => void setTimeout(() => res.writeHead(500).end(), 600));
  bff = await startBff({
    upstream: { baseUrl: slow.url, apiKey: 'x', listRetries: 0 },
    serverTimeouts: { headersMs: 600, requestMs: 1_000, checkIntervalMs: 100 },
  });
  host = new URL(bff.url).host;
  operator = await agentHeaders(bff.database, 'operator');
});

afterAll(async () => {
  await bff.close();
  await slow.close();
});

describe('answers written before any route (SECURITY C3, C4)', () => {
  it('C3: SECURITY_HEADERS are exactly what helmet would send with our options', async () => {
    const app = Fastify();
    await app.register(fastifyHelmet, { global: true, ...HELMET_OPTIONS });
    app.get('/', async () => 'ok');
    const answer = await app.inject('/');
    await app.close();
    const own = ['content-type', 'content-length', 'date', 'connection'];
    expect(Object.fromEntries(Object.entries(answer.headers).filter(([n]) => !own.includes(n)))).toEqual(
      SECURITY_HEADERS,
    );
  });

  it('C3: a route answer carries SECURITY_HEADERS and no other header of ours', async () => {
    const [answer] = await send(request('/health/live', { Connection: 'close' }));
    const own = [
      'content-type',
      'content-length',
      'date',
      'connection',
      'keep-alive',
      'x-request-id',
      'cache-control',
    ];
    const security = Object.fromEntries(Object.entries(answer!.headers).filter(([n]) => !own.includes(n)));
    expect(security).toEqual(SECURITY_HEADERS);
  });

  it('C3: headers over the size limit get 431 HEADERS_TOO_LARGE, ours', async () => {
    const [answer] = await send(request('/api/config', { ...CSRF, 'X-Big': 'a'.repeat(20_000) }));
    expectOurs(answer, 431, 'HEADERS_TOO_LARGE');
    expect(JSON.parse(answer!.body).error.message).toMatch(/cookies/);
  });

  it('C3: bytes that are not HTTP get 400 BAD_REQUEST, ours', async () => {
    expectOurs((await send('NOT HTTP AT ALL\r\n\r\n'))[0], 400, 'BAD_REQUEST');
  });

  it('C3: headers that never finish get 408 REQUEST_TIMEOUT, ours', async () => {
    const answers = await raw(bff.url, [`GET /api/config HTTP/1.1\r\nHost: ${host}\r\n`]);
    expectOurs(answers[0], 408, 'REQUEST_TIMEOUT');
  });

  it.each([
    [
      'a bad percent-encoding',
      request('/api/transactions/%zz', { ...CSRF, Connection: 'close' }),
      400,
      'BAD_REQUEST',
    ],
    [
      'an over-long id',
      request(`/api/transactions/${'a'.repeat(300)}`, { ...CSRF, Connection: 'close' }),
      400,
      'BAD_REQUEST',
    ],
    ['an unknown /api path', request('/api/nope', { ...CSRF, Connection: 'close' }), 404, 'NOT_FOUND'],
    ['a missing asset', request('/assets/nope.js', { Connection: 'close' }), 404, 'NOT_FOUND'],
    [
      'another Host',
      request('/api/config', { ...CSRF, Connection: 'close' }).replace('Host: HOST', 'Host: evil.example'),
      421,
      'HOST_NOT_ALLOWED',
    ],
    [
      'invalid JSON',
      request(
        '/api/auth/sign-in',
        { ...CSRF, 'Content-Type': 'application/json', Connection: 'close' },
        '{"email":',
      ),
      400,
      'BAD_REQUEST',
    ],
    [
      'a body over 16 KiB',
      request(
        '/api/auth/sign-in',
        { ...CSRF, 'Content-Type': 'application/json', Connection: 'close' },
        JSON.stringify({ email: 'a'.repeat(BODY_LIMIT) }),
      ),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a text/plain body',
      request('/api/auth/sign-in', { ...CSRF, 'Content-Type': 'text/plain', Connection: 'close' }, 'hi'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
  ])('C4: %s gets our error, headers and no-store', async (_name, text, status, code) => {
    expectOurs((await send(text))[0], status, code);
  });

  // Last: it closes the server.
  it('C4: a request arriving while the server closes gets 503 SHUTTING_DOWN, ours; the one in flight finishes', async () => {
    const texts = [request('/api/transactions', operator), request('/api/config', CSRF)];
    // One socket: the list (Capa takes 600 ms), then 300 ms later, close() having begun, the config.
    const answers = raw(
      bff.url,
      texts.map((t) => t.replace('HOST', host)),
      300,
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    const closed = bff.close();
    const [first, second] = await answers;
    await closed;
    expect(first!.status).toBeGreaterThanOrEqual(500);
    expect(JSON.parse(first!.body).error.code).toMatch(/^UPSTREAM_/);
    expectOurs(second, 503, 'SHUTTING_DOWN');
    expect(second!.headers['retry-after']).toBe('1');
  });
});
