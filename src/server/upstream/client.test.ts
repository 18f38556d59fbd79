/**
 * The upstream client through the whole BFF, against a tiny local upstream that can misbehave in
 * ways the sandbox does not offer (SECURITY U1–U3, P2, K1–K3).
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../contract/api';
import { CAPA_PATHS } from '../../contract/capa';
import examples from '../../contract/fixtures/capa-list-examples.json';
import type { UpstreamConfig } from '../config/config';
import {
  CANARY_KEY,
  fakeUpstream,
  json,
  startBff,
  type Bff,
  type FakeUpstream,
  type HttpResult,
} from '../test-support/harness';
import { SELF_SIGNED_CERT, SELF_SIGNED_KEY } from '../test-support/self-signed';
import { AUTH_FAILED_MESSAGE } from './messages';

const TX_ID = '8374f327-38bd-4b0b-b8a7-2524599eb903';
const EMPTY_LIST = { success: true, data: { count: 0, data: [] } };
/** An execute of a new transaction each time: the tests share one database, where an intent stays. */
const EXECUTE = () =>
  [
    'POST',
    `/api/transactions/${randomUUID()}/execute`,
    { headers: { 'content-type': 'application/json' }, body: '{}' },
  ] as const;

const EXAMPLE = examples.examples[0]!.data.data[0];

/** The execute's fresh read (a GET by id) finds that transaction, executable; the POST gets `post`. */
function readsThen(post: http.RequestListener): http.RequestListener {
  return (req, res) => {
    if (req.method !== 'GET') return post(req, res);
    const id = new URL(req.url ?? '/', 'http://x').searchParams.get('id');
    const tx = { ...EXAMPLE, id, type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED' };
    json(res, 200, { success: true, data: { count: 1, data: [tx] } });
  };
}

const opened: { bff: Bff; upstream: FakeUpstream }[] = [];
const everyTranscript: string[] = [];
const everyLog: string[] = [];
const keysSeenUpstream: string[] = [];

async function stack(handler: http.RequestListener, upstream: Partial<UpstreamConfig> = {}) {
  const fake = await fakeUpstream(handler);
  const bff = await startBff({ upstream: { baseUrl: fake.url, apiKey: CANARY_KEY, ...upstream } });
  opened.push({ bff, upstream: fake });
  return { bff, fake };
}

afterEach(async () => {
  for (const { bff, upstream } of opened.splice(0)) {
    everyTranscript.push(...bff.transcript);
    everyLog.push(...bff.logs);
    keysSeenUpstream.push(...upstream.calls.map((c) => String(c.headers['partner-api-key'])));
    await bff.close();
    await upstream.close();
  }
});

afterAll(() => {
  // The canary did travel upstream, so its absence below means something (SECURITY K1, K2).
  expect(keysSeenUpstream).toContain(CANARY_KEY);
  expect(everyTranscript.length).toBeGreaterThan(0);
  expect(everyTranscript.join('\n')).not.toContain(CANARY_KEY);
  expect(everyLog.join('\n')).not.toContain(CANARY_KEY);
  expect(everyTranscript.join('\n')).not.toMatch(/127\.0\.0\.1:\d+\/api\/partner|at .*\.ts:\d+/);
});

function expectError(res: HttpResult, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = res.json() as ApiError;
  expect(body.error.code).toBe(code);
  expect(body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  return body.error.message;
}

describe('the upstream request', () => {
  it('P1, K3: is built from validated fields only, with an allowlist of headers', async () => {
    const { bff, fake } = await stack((_req, res) => json(res, 200, EMPTY_LIST));
    const res = await bff.request(
      'GET',
      '/api/transactions?status=PENDING&type=OFF_RAMP&limit=5&sortOrder=asc',
      {
        headers: {
          cookie: 'session=abc',
          authorization: 'Bearer agent-token',
          'x-forwarded-for': '10.0.0.1',
          'x-custom': 'nope',
          'partner-api-key': 'browser-supplied',
        },
      },
    );
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ total: 0, skip: 0, limit: 5, items: [], annotations: {} });
    const [call] = fake.calls;
    expect(call?.url).toBe(
      `${CAPA_PATHS.listTransactions}?status=PENDING&type=OFF_RAMP&skip=0&limit=5&sortBy=createdAt&sortOrder=ASC`,
    );
    expect(Object.keys(call!.headers).sort()).toEqual([
      'accept',
      'connection',
      'host',
      'partner-api-key',
      'user-agent',
    ]);
    expect(call!.headers['partner-api-key']).toBe(CANARY_KEY);
    expect(call!.headers['user-agent']).toMatch(/^rampdesk\/\d+\.\d+\.\d+/);
  });

  it('sends execute as JSON with an Idempotency-Key, and nothing from the browser', async () => {
    const { bff, fake } = await stack(
      readsThen((_req, res) => json(res, 200, { success: true, data: { id: TX_ID, status: 'PENDING' } })),
    );
    const res = await bff.request('POST', `/api/transactions/${TX_ID}/execute`, {
      headers: {
        'content-type': 'application/json',
        cookie: 'a=b',
        authorization: 'Basic x',
        'x-forwarded-host': 'evil',
      },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(fake.calls.map((c) => c.method)).toEqual(['GET', 'POST']);
    expect(Object.keys(fake.calls[1]!.headers).sort()).toEqual([
      'accept',
      'connection',
      'content-length',
      'content-type',
      'host',
      'idempotency-key',
      'partner-api-key',
      'user-agent',
    ]);
  });
});

describe('upstream faults', () => {
  it('a hung upstream gives 504 within the budget (SECURITY U1)', async () => {
    const { bff } = await stack(() => {});
    const started = Date.now();
    expectError(await bff.request('GET', '/api/transactions'), 504, 'UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a body that stalls gives 504', async () => {
    const { bff } = await stack((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"success":true,');
    });
    expectError(await bff.request('GET', '/api/transactions'), 504, 'UPSTREAM_TIMEOUT');
  });

  it('a refused connection gives 502', async () => {
    const { fake } = await stack(() => {});
    const deadUrl = fake.url;
    await fake.close();
    const bff = await startBff({ upstream: { baseUrl: deadUrl, apiKey: CANARY_KEY } });
    opened.push({ bff, upstream: fake });
    const message = expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_UNAVAILABLE');
    expect(message).toBe('Capa could not be reached; try again in a minute.');
  });

  it('5xx is retried a bounded number of times for a list, never for an execute (SECURITY U2)', async () => {
    const { bff, fake } = await stack(
      (req, res) =>
        req.url?.includes('id=')
          ? readsThen(() => {})(req, res)
          : req.method === 'GET' || req.method === 'POST'
            ? json(res, 500, { message: 'boom' })
            : undefined,
      { listRetries: 2 },
    );
    const message = expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_UNAVAILABLE');
    expect(message).toBe('Capa is having problems; try again in a minute.');
    expect(fake.calls).toHaveLength(3);

    // A 5xx after the request was sent may hide an execute that happened (SECURITY E4).
    const executeMessage = expectError(await bff.request(...EXECUTE()), 504, 'EXECUTE_OUTCOME_UNKNOWN');
    expect(executeMessage).toMatch(
      /^Capa had a problem \(HTTP 500\), so whether this execute happened is unknown/,
    );
    expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('a list recovers when a retry succeeds', async () => {
    let n = 0;
    const { bff, fake } = await stack((_req, res) =>
      n++ === 0 ? json(res, 503, {}) : json(res, 200, EMPTY_LIST),
    );
    expect((await bff.request('GET', '/api/transactions')).status).toBe(200);
    expect(fake.calls).toHaveLength(2);
  });

  it('429 honours a short Retry-After, then answers 503 with Retry-After passed on', async () => {
    const { bff, fake } = await stack((_req, res) => json(res, 429, {}, { 'retry-after': '1' }), {
      listRetries: 1,
    });
    const started = Date.now();
    const res = await bff.request('GET', '/api/transactions');
    expectError(res, 503, 'UPSTREAM_RATE_LIMITED');
    expect(res.headers['retry-after']).toBe('1');
    expect(fake.calls).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('429 with a long Retry-After is not waited out, and the wait passed on is bounded', async () => {
    const { bff, fake } = await stack((_req, res) => json(res, 429, {}, { 'retry-after': '86400' }));
    const res = await bff.request('GET', '/api/transactions');
    expectError(res, 503, 'UPSTREAM_RATE_LIMITED');
    expect(res.headers['retry-after']).toBe('120');
    expect(fake.calls).toHaveLength(1);
  });

  it('P2: a redirect is not followed (502)', async () => {
    const elsewhere = await fakeUpstream((_req, res) => json(res, 200, EMPTY_LIST));
    const { bff, fake } = await stack((_req, res) => {
      res.writeHead(302, { location: `${elsewhere.url}/api/partner/v2/transactions` });
      res.end();
    });
    expect(expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_REFUSED')).toMatch(
      /redirect, which Rampdesk does not follow/,
    );
    expect(fake.calls).toHaveLength(1);
    expect(elsewhere.calls).toHaveLength(0);
    await elsewhere.close();
  });

  it.each([
    [
      'HTML',
      (res: http.ServerResponse) => (
        res.writeHead(200, { 'content-type': 'text/html' }),
        res.end('<h1>hi</h1>')
      ),
    ],
    [
      'JSON as text/plain',
      (res: http.ServerResponse) => (
        res.writeHead(200, { 'content-type': 'text/plain' }),
        res.end(JSON.stringify(EMPTY_LIST))
      ),
    ],
    [
      'malformed JSON',
      (res: http.ServerResponse) => (
        res.writeHead(200, { 'content-type': 'application/json' }),
        res.end('{"success":tru')
      ),
    ],
    [
      'a schema mismatch',
      (res: http.ServerResponse) => json(res, 200, { success: true, data: { count: -1, data: 'x' } }),
    ],
    [
      'an oversized body',
      (res: http.ServerResponse) => json(res, 200, { ...EMPTY_LIST, pad: 'x'.repeat(5_000) }),
    ],
    [
      'an oversized chunked body',
      (res: http.ServerResponse) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        for (let i = 0; i < 10; i++) res.write(' '.repeat(1_000));
        res.end(JSON.stringify(EMPTY_LIST));
      },
    ],
  ])('%s gives 502 UPSTREAM_BAD_RESPONSE', async (_name, respond) => {
    const { bff, fake } = await stack((_req, res) => respond(res), { maxResponseBytes: 4_096 });
    const message = expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_BAD_RESPONSE');
    expect(message).toBe('Capa’s answer could not be read; try again in a minute.');
    expect(fake.calls).toHaveLength(1);
  });

  it('a truncated body gives 502', async () => {
    const { bff } = await stack((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"success":true,"data":');
      setTimeout(() => res.socket?.destroy(), 30);
    });
    expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_BAD_RESPONSE');
  });

  it('a connection that breaks before the answer gives 502, retried for a list', async () => {
    const { bff, fake } = await stack(
      (req, res) => (req.url?.includes('id=') ? readsThen(() => {})(req, res) : req.socket.destroy()),
      { listRetries: 1 },
    );
    expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_UNAVAILABLE');
    expect(fake.calls).toHaveLength(2);
    expect(expectError(await bff.request(...EXECUTE()), 504, 'EXECUTE_OUTCOME_UNKNOWN')).toMatch(
      /^The connection to Capa broke during the execute, so whether this execute happened is unknown/,
    );
    // The fresh read, then one execute: never retried.
    expect(fake.calls.map((c) => c.method)).toEqual(['GET', 'GET', 'GET', 'POST']);
  });

  it.each([
    [401, { success: false, error: { code: 'UNAUTHORIZED', message: 'Invalid API Key' } }],
    [403, { statusCode: 403, message: 'Partner API key revoked', error: 'Forbidden' }],
  ])('%i about the key gives 502 UPSTREAM_AUTH_FAILED (SECURITY U3)', async (status, body) => {
    const { bff } = await stack((_req, res) => json(res, status, body));
    expect(expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_AUTH_FAILED')).toBe(
      AUTH_FAILED_MESSAGE,
    );
    // Refused at the read before the execute, which says so.
    expect(expectError(await bff.request(...EXECUTE()), 502, 'UPSTREAM_AUTH_FAILED')).toBe(
      `${AUTH_FAILED_MESSAGE} Nothing was executed.`,
    );
  });

  it('a 403 not about the key is Capa refusing, not a refused key, and says nothing was executed', async () => {
    const { bff } = await stack(readsThen((_req, res) => json(res, 403, { message: 'Forbidden' })));
    const message = expectError(await bff.request(...EXECUTE()), 502, 'UPSTREAM_REFUSED');
    expect(message).toMatch(/^Capa refused access for a reason other than the partner key/);
  });

  it('an execute that times out is tried once and said to have an unknown outcome', async () => {
    const { bff, fake } = await stack(readsThen(() => {}));
    const message = expectError(await bff.request(...EXECUTE()), 504, 'EXECUTE_OUTCOME_UNKNOWN');
    expect(message).toBe(
      'Capa did not answer in time, so whether this execute happened is unknown. Do not start a new one: ' +
        'Rampdesk asks Capa again (with the same Idempotency-Key, so nothing runs twice) when the transaction ' +
        'is next opened. Reload it in a moment.',
    );
    expect(fake.calls.map((c) => c.method)).toEqual(['GET', 'POST']);
  });

  it('P2: an upstream certificate that does not verify is refused, and nothing is sent', async () => {
    const received: string[] = [];
    const server = https.createServer({ key: SELF_SIGNED_KEY, cert: SELF_SIGNED_CERT }, (req, res) => {
      received.push(req.url ?? '');
      json(res, 200, EMPTY_LIST);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const bff = await startBff({ upstream: { baseUrl: `https://127.0.0.1:${port}`, apiKey: CANARY_KEY } });
      const message = expectError(await bff.request('GET', '/api/transactions'), 502, 'UPSTREAM_UNAVAILABLE');
      expect(message).toMatch(/certificate could not be verified/);
      expect(received).toEqual([]);
      everyTranscript.push(...bff.transcript);
      everyLog.push(...bff.logs);
      await bff.close();
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
