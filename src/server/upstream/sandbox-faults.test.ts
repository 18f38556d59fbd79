/**
 * Every upstream fault the sandbox can inject, through the whole BFF (SECURITY U1–U3, P2), with
 * the partner key watched for in every response byte and log line (K1, K2).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../contract/api';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import {
  CANARY_KEY,
  FAST_UPSTREAM,
  expectNoSecrets,
  fakeUpstream,
  json,
  sandboxControl,
  startBff,
  type Bff,
  type HttpResult,
  type SandboxControl,
} from '../test-support/harness';
import { AUTH_FAILED_MESSAGE } from './messages';

let sandbox: RunningSandbox;
let control: SandboxControl;
let bff: Bff;
const others: Bff[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ size: 100, seed: 11, lifecycleStepMs: 60_000 });
  control = sandboxControl(sandbox.url);
  bff = await startBff({ upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey } });
});

afterAll(async () => {
  const all = [bff, ...others];
  expectNoSecrets(
    all.flatMap((b) => [...b.transcript, ...b.logs]),
    [...sandbox.partners.map((p) => p.apiKey), CANARY_KEY],
  );
  for (const b of all) await b.close();
  await sandbox.close();
});

beforeEach(async () => {
  await control.clearFaults();
  await control.resetCalls();
});

const list = () => bff.request('GET', '/api/transactions?limit=5');

async function execute(client = bff) {
  const tx = await control.create({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED' });
  const res = await client.request('POST', `/api/transactions/${tx.id}/execute`, {
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  return { tx, res };
}

function errorOf(res: HttpResult, status: number, code: string) {
  expect(res.status).toBe(status);
  const { error } = res.json() as ApiError;
  expect(error.code).toBe(code);
  expect(res.text).not.toMatch(/127\.0\.0\.1|\/api\/partner|nginx|at .*\.(ts|js):\d+/);
  return error.message;
}

const UNKNOWN = /outcome of this execute is unknown: check the transaction’s status before trying again/;

describe('timeouts', () => {
  it('a hung list answers 504 within the budget, without retrying', async () => {
    await control.fault({ route: 'list', hang: true, times: 0 });
    const started = Date.now();
    errorOf(await list(), 504, 'UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(FAST_UPSTREAM.headersTimeoutMs + 1_000);
    expect((await control.calls()).list).toBe(1);
  });

  it('a list whose body dribbles past the budget answers 504', async () => {
    const tight = await startBff({
      upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey, callBudgetMs: 800 },
    });
    others.push(tight);
    await control.fault({ route: 'list', slowBodyMs: 5_000 });
    const started = Date.now();
    errorOf(await tight.request('GET', '/api/transactions'), 504, 'UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(800 + 1_000);
  });

  it('a hung execute is tried once and reported as an unknown outcome', async () => {
    await control.fault({ route: 'execute', hang: true });
    const { res } = await execute();
    expect(errorOf(res, 504, 'UPSTREAM_TIMEOUT')).toMatch(UNKNOWN);
    expect((await control.calls()).execute).toBe(1);
  });

  it('an execute Capa performed but whose answer was lost is an unknown outcome, not a failure', async () => {
    await control.fault({ route: 'execute', hang: true, apply: 'after' });
    const { tx, res } = await execute();
    expect(errorOf(res, 504, 'UPSTREAM_TIMEOUT')).toMatch(UNKNOWN);
    expect((await control.get(tx.id)).executed).not.toBeNull();
  });
});

describe('errors and bad answers', () => {
  it('500 is retried a bounded number of times for a list, then 502', async () => {
    await control.fault({ route: 'list', status: 500, times: 0 });
    expect(errorOf(await list(), 502, 'UPSTREAM_UNAVAILABLE')).toBe(
      'Capa is having problems; try again in a minute.',
    );
    expect((await control.calls()).list).toBe(1 + 2);
  });

  it('a list recovers when Capa does', async () => {
    await control.fault({ route: 'list', status: 503, times: 1 });
    expect((await list()).status).toBe(200);
    expect((await control.calls()).list).toBe(2);
  });

  it('503 on execute is tried exactly once', async () => {
    await control.fault({ route: 'execute', status: 503, times: 0 });
    const { res } = await execute();
    expect(errorOf(res, 502, 'UPSTREAM_UNAVAILABLE')).toMatch(UNKNOWN);
    expect((await control.calls()).execute).toBe(1);
  });

  it.each([
    ['an HTML error page', { nonJson: true }],
    ['malformed JSON', { malformedJson: true }],
    ['a truncated body', { truncated: true }],
    ['a body over the size limit', { oversizeBytes: 300_000 }],
    ['a success with the wrong content type', { contentType: 'text/html' }],
    ['a success that does not match the contract', { body: { success: true, data: { items: [] } } }],
  ])('%s gives 502', async (_name, fault) => {
    const small = await startBff({
      upstream: {
        baseUrl: sandbox.url,
        apiKey: sandbox.partners[0].apiKey,
        maxResponseBytes: 64 * 1024,
        listRetries: 0,
      },
    });
    others.push(small);
    await control.fault({ route: 'list', ...fault });
    const res = await small.request('GET', '/api/transactions');
    expect(res.status).toBe(502);
    expect((res.json() as ApiError).error.code).toMatch(/^UPSTREAM_(BAD_RESPONSE|UNAVAILABLE)$/);
  });

  it('P2: a redirect from the sandbox is not followed (502)', async () => {
    const target = await fakeUpstream((_req, res) =>
      json(res, 200, { success: true, data: { count: 0, data: [] } }),
    );
    await control.fault({ route: 'any', redirectTo: `${target.url}/api/partner/v2/transactions`, times: 2 });
    errorOf(await list(), 502, 'UPSTREAM_BAD_RESPONSE');
    const { res } = await execute();
    errorOf(res, 502, 'UPSTREAM_BAD_RESPONSE');
    expect(target.calls).toEqual([]);
    await target.close();
  });

  it('429 with a short Retry-After is waited out and retried', async () => {
    await control.fault({ route: 'list', status: 429, headers: { 'retry-after': '1' }, times: 1 });
    expect((await list()).status).toBe(200);
    expect((await control.calls()).list).toBe(2);
  });

  it('429 with a long Retry-After answers 503 at once, passing the wait on', async () => {
    await control.fault({ route: 'list', status: 429, headers: { 'retry-after': '30' }, times: 0 });
    const res = await list();
    errorOf(res, 503, 'UPSTREAM_RATE_LIMITED');
    expect(res.headers['retry-after']).toBe('30');
    expect((await control.calls()).list).toBe(1);
  });
});

describe('the partner key (SECURITY U3, K1)', () => {
  it.each([
    ['a well-formed key Capa does not know', CANARY_KEY],
    ['a malformed key', 'not-a-key'],
  ])('%s gives 502 UPSTREAM_AUTH_FAILED on every call', async (_name, apiKey) => {
    const wrong = await startBff({ upstream: { baseUrl: sandbox.url, apiKey } });
    others.push(wrong);
    expect(errorOf(await wrong.request('GET', '/api/transactions'), 502, 'UPSTREAM_AUTH_FAILED')).toBe(
      AUTH_FAILED_MESSAGE,
    );
    const { res } = await execute(wrong);
    expect(errorOf(res, 502, 'UPSTREAM_AUTH_FAILED')).toBe(AUTH_FAILED_MESSAGE);
    expect((await wrong.request('GET', '/health/ready')).json()).toEqual({
      status: 'unavailable',
      reason: 'UPSTREAM_AUTH_FAILED',
    });
  });

  it('a refused connection gives 502 UPSTREAM_UNAVAILABLE', async () => {
    const gone = await startSandbox({ size: 1 });
    const url = gone.url;
    await gone.close();
    const orphan = await startBff({ upstream: { baseUrl: url, apiKey: sandbox.partners[0].apiKey } });
    others.push(orphan);
    errorOf(await orphan.request('GET', '/api/transactions'), 502, 'UPSTREAM_UNAVAILABLE');
    const res = await orphan.request(
      'POST',
      '/api/transactions/8374f327-38bd-4b0b-b8a7-2524599eb903/execute',
      {
        headers: { 'content-type': 'application/json' },
        body: '{}',
      },
    );
    expect(errorOf(res, 502, 'UPSTREAM_UNAVAILABLE')).toMatch(/nothing was executed/);
  });

  it('K3: upstream sees only the allowlisted headers, whatever the browser sends', async () => {
    const browser = {
      cookie: 'sid=1',
      authorization: 'Bearer t',
      'x-forwarded-for': '1.2.3.4',
      'x-real-ip': '1.2.3.4',
      origin: 'https://evil.example',
    };
    await bff.request('GET', '/api/transactions', { headers: browser });
    const tx = await control.create({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED' });
    // A cross-site Origin on a write is refused before anything runs (C1): leave it out here.
    const { origin: _origin, ...sameSite } = browser;
    await bff.request('POST', `/api/transactions/${tx.id}/execute`, {
      headers: { ...sameSite, 'content-type': 'application/json' },
      body: '{}',
    });
    const allowed = [
      'host',
      'connection',
      'content-length',
      'partner-api-key',
      'accept',
      'user-agent',
      'content-type',
      'idempotency-key',
    ];
    const { requests } = await control.calls();
    expect(requests).toHaveLength(2);
    for (const r of requests) expect(r.headers.filter((h) => !allowed.includes(h))).toEqual([]);
  });
});
