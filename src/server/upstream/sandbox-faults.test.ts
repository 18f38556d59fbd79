/**
 * Upstream faults beyond the matrix in fault-matrix.test.ts, through the whole BFF (SECURITY
 * U1–U3), with the partner key watched for in every response byte and log line (K1, K2).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../contract/api';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import {
  CANARY_KEY,
  expectNoSecrets,
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

// SECURITY E4: after the request may have reached Capa, the agent is told not to simply click again.
const UNKNOWN = /so whether this execute happened is unknown\. Do not start a new one/;

// The fault × call matrix (status, code, budget, attempts) is fault-matrix.test.ts; these are the
// cases it does not cover: recoveries, answers lost after Capa acted, and a key Capa refuses.
describe('beyond the matrix', () => {
  it('an execute Capa performed but whose answer was lost is an unknown outcome, not a failure', async () => {
    await control.fault({ route: 'execute', hang: true, apply: 'after' });
    const { tx, res } = await execute();
    expect(errorOf(res, 504, 'EXECUTE_OUTCOME_UNKNOWN')).toMatch(UNKNOWN);
    expect((await control.get(tx.id)).executed).not.toBeNull();
  });

  it.each([
    ['a 503', { status: 503 }],
    ['a 429 with a short Retry-After, waited out', { status: 429, headers: { 'retry-after': '1' } }],
  ])('U2: a list recovers when Capa does after %s', async (_name, fault) => {
    await control.fault({ route: 'list', times: 1, ...fault });
    expect((await list()).status).toBe(200);
    expect((await control.calls()).list).toBe(2);
  });

  it.each([
    ['malformed JSON', { malformedJson: true }],
    ['a success that does not match the contract', { body: { success: true, data: { items: [] } } }],
  ])('U1: %s gives 502 UPSTREAM_BAD_RESPONSE', async (_name, fault) => {
    await control.fault({ route: 'list', ...fault });
    errorOf(await list(), 502, 'UPSTREAM_BAD_RESPONSE');
  });
});

describe('the partner key (SECURITY U3, K1)', () => {
  it.each([
    ['a well-formed key Capa does not know', CANARY_KEY, 'KEY_INVALID'],
    ['a malformed key', 'not-a-key', 'KEY_FORMAT_INVALID'],
  ])(
    '%s gives 502 UPSTREAM_AUTH_FAILED on every call, and readiness says which 401',
    async (_name, apiKey, keyProblem) => {
      const wrong = await startBff({ upstream: { baseUrl: sandbox.url, apiKey } });
      others.push(wrong);
      expect(errorOf(await wrong.request('GET', '/api/transactions'), 502, 'UPSTREAM_AUTH_FAILED')).toBe(
        AUTH_FAILED_MESSAGE,
      );
      const { res } = await execute(wrong);
      // Refused at the read before the execute, which says so.
      expect(errorOf(res, 502, 'UPSTREAM_AUTH_FAILED')).toBe(`${AUTH_FAILED_MESSAGE} Nothing was executed.`);
      // Anonymous probes learn only that it is not ready (L2); admins and the log learn which 401.
      expect((await wrong.request('GET', '/health/ready')).json()).toEqual({ status: 'unavailable' });
      const report = (await wrong.request('GET', '/api/admin/readiness', { as: 'admin' })).json();
      expect(report).toMatchObject({ capaError: 'UPSTREAM_AUTH_FAILED', keyProblem });
      const logged = wrong.logs.map((line) => JSON.parse(line) as { keyProblem?: string; msg?: string });
      expect(logged.filter((l) => l.msg === 'upstream call failed').map((l) => l.keyProblem)).toContain(
        keyProblem,
      );
    },
  );

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
    // The list, the execute's fresh read of the transaction, the execute.
    expect(requests).toHaveLength(3);
    for (const r of requests) expect(r.headers.filter((h) => !allowed.includes(h))).toEqual([]);
  });
});
