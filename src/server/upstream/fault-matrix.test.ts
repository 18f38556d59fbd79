/**
 * The fault matrix (SECURITY U1–U3, P2): every upstream fault the sandbox can inject, for both of
 * Rampdesk's upstream calls, through the whole BFF over HTTP. Each cell checks the documented
 * status and code, an answer within the configured budget, a server still serving afterwards, no
 * partner key in any response byte or log line (K1, K2), and the number of attempts Capa saw: a
 * GET list retried as U2 allows, a POST execute never repeated.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiErrorCode } from '../../contract/api';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import {
  CANARY_KEY,
  expectNoSecrets,
  fakeUpstream,
  json,
  sandboxControl,
  startBff,
  type Bff,
  type FakeUpstream,
  type HttpResult,
  type SandboxControl,
} from '../test-support/harness';

/** Short limits so the whole matrix runs in seconds; the assertions read them, never literals. */
const TUNING = {
  connectTimeoutMs: 300,
  headersTimeoutMs: 400,
  bodyTimeoutMs: 400,
  callBudgetMs: 1_500,
  maxResponseBytes: 64 * 1024,
  listRetries: 2,
  retryBaseDelayMs: 10,
  retryAfterCapMs: 1_500,
} as const;
/** Slack over the budget for a loaded CI machine; a missing timeout would take far longer. */
const MARGIN_MS = 2_000;
const LIST_ATTEMPTS_WHEN_RETRIED = 1 + TUNING.listRetries;

interface Expected {
  status: number;
  code: ApiErrorCode;
  /** Attempts Capa sees. */
  calls: number;
  headers?: Record<string, string>;
}

interface Cell {
  name: string;
  /** The docs/security.md statements this row shows. */
  ids: string;
  /** A sandbox fault (its route is filled in per call), or an upstream that refuses connections. */
  fault: Record<string, unknown> | 'refused';
  list: Expected;
  execute: Expected;
}

const unavailable = (calls: number): Expected => ({ status: 502, code: 'UPSTREAM_UNAVAILABLE', calls });
const badResponse: Expected = { status: 502, code: 'UPSTREAM_BAD_RESPONSE', calls: 1 };
/** Capa (or what stands at its address) refused: nothing was done, and retrying will not help. */
const refused: Expected = { status: 502, code: 'UPSTREAM_REFUSED', calls: 1 };
const timeout: Expected = { status: 504, code: 'UPSTREAM_TIMEOUT', calls: 1 };
/** An execute that may have reached Capa without a readable answer: its outcome is unknown (E4). */
const unknownOutcome: Expected = { status: 504, code: 'EXECUTE_OUTCOME_UNKNOWN', calls: 1 };

/** Filled in beforeAll: where the redirect row points (an upstream that must never be called). */
let elsewhere: FakeUpstream;

const MATRIX: Cell[] = [
  {
    name: 'refused connection',
    ids: 'U1, U2',
    fault: 'refused',
    list: unavailable(3),
    execute: unavailable(1),
  },
  { name: 'hang', ids: 'U1', fault: { hang: true }, list: timeout, execute: unknownOutcome },
  {
    name: 'slow headers',
    ids: 'U1',
    fault: { latencyMs: TUNING.headersTimeoutMs * 20 },
    list: timeout,
    execute: unknownOutcome,
  },
  {
    name: 'slow body',
    ids: 'U1',
    fault: { slowBodyMs: TUNING.callBudgetMs * 10 },
    list: timeout,
    execute: unknownOutcome,
  },
  {
    name: 'truncated body',
    ids: 'U1',
    fault: { truncated: true },
    list: badResponse,
    execute: unknownOutcome,
  },
  {
    name: 'non-JSON body',
    ids: 'U1',
    fault: { status: 200, body: '<html><body>Capa is down for maintenance</body></html>' },
    list: badResponse,
    execute: unknownOutcome,
  },
  {
    name: 'wrong content type',
    ids: 'U1',
    fault: { contentType: 'text/html; charset=utf-8' },
    list: badResponse,
    execute: unknownOutcome,
  },
  {
    name: 'oversize body',
    ids: 'U1',
    fault: { oversizeBytes: TUNING.maxResponseBytes * 4 },
    list: badResponse,
    execute: unknownOutcome,
  },
  ...[500, 502, 503].map((status): Cell => ({
    name: `HTTP ${status}`,
    ids: 'U1, U2',
    fault: { status },
    list: unavailable(LIST_ATTEMPTS_WHEN_RETRIED),
    execute: unknownOutcome,
  })),
  {
    name: 'HTML error page from a proxy (502)',
    ids: 'U1, U2',
    fault: { nonJson: true },
    list: unavailable(LIST_ATTEMPTS_WHEN_RETRIED),
    execute: unknownOutcome,
  },
  {
    // One retry fits the budget after a 1 s wait, the next would not: two attempts, then 503.
    name: '429 with a short Retry-After',
    ids: 'U2',
    fault: { status: 429, headers: { 'retry-after': '1' } },
    list: { status: 503, code: 'UPSTREAM_RATE_LIMITED', calls: 2, headers: { 'retry-after': '1' } },
    execute: { status: 503, code: 'UPSTREAM_RATE_LIMITED', calls: 1, headers: { 'retry-after': '1' } },
  },
  {
    name: '429 with a Retry-After beyond the cap',
    ids: 'U2',
    fault: { status: 429, headers: { 'retry-after': '30' } },
    list: { status: 503, code: 'UPSTREAM_RATE_LIMITED', calls: 1, headers: { 'retry-after': '30' } },
    execute: { status: 503, code: 'UPSTREAM_RATE_LIMITED', calls: 1, headers: { 'retry-after': '30' } },
  },
  {
    name: '3xx redirect',
    ids: 'P2',
    fault: { status: 307, redirectTo: 'filled in beforeAll' },
    list: refused,
    execute: refused,
  },
  {
    // The sandbox answers exactly as Capa does for a key it does not know.
    name: '401 for a bad partner key',
    ids: 'U3',
    fault: { status: 401 },
    list: { status: 502, code: 'UPSTREAM_AUTH_FAILED', calls: 1 },
    execute: { status: 502, code: 'UPSTREAM_AUTH_FAILED', calls: 1 },
  },
];

let sandbox: RunningSandbox;
let control: SandboxControl;
let bff: Bff;
let orphan: Bff;
let keys: string[];

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  sandbox = await startSandbox({ size: 100, seed: 17, lifecycleStepMs: 60_000 });
  control = sandboxControl(sandbox.url);
  keys = [...sandbox.partners.map((p) => p.apiKey), CANARY_KEY];
  elsewhere = await fakeUpstream((_req, res) =>
    json(res, 200, { success: true, data: { count: 0, data: [] } }),
  );
  const redirect = MATRIX.find((c) => c.name === '3xx redirect')!.fault as Record<string, unknown>;
  redirect.redirectTo = `${elsewhere.url}/api/partner/v2/transactions`;
  const apiKey = sandbox.partners[0].apiKey;
  bff = await startBff({ upstream: { ...TUNING, baseUrl: sandbox.url, apiKey } });
  orphan = await startBff({ upstream: { ...TUNING, baseUrl: await closedPortUrl(), apiKey } });
});

afterAll(async () => {
  expectNoSecrets(
    [bff, orphan].flatMap((b) => [...b.transcript, ...b.logs]),
    keys,
  );
  expect(elsewhere.calls).toEqual([]);
  await bff.close();
  await orphan.close();
  await elsewhere.close();
  await sandbox.close();
});

beforeEach(async () => {
  await control.clearFaults();
  await control.resetCalls();
});

/** Attempts the BFF logged for an operation: the only count there is when nothing answers. */
function loggedAttempts(target: Bff, op: 'list' | 'execute', since: number): number {
  return target.logs
    .slice(since)
    .map((line) => JSON.parse(line) as { upstream?: string; msg?: string })
    .filter((l) => l.upstream === op && /^upstream (answered|call failed)$/.test(l.msg ?? '')).length;
}

function expectCleanError(res: HttpResult) {
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(Object.keys(res.json())).toEqual(['error']);
  expect(res.text).not.toMatch(/127\.0\.0\.1|\/api\/partner|nginx|maintenance|at .*\.(ts|js):\d+/);
  expectNoSecrets([res.text, JSON.stringify(res.headers)], keys);
}

async function expectStillServing(target: Bff) {
  await control.clearFaults();
  expect((await target.request('GET', '/health/live', { as: null })).status).toBe(200);
  // On-ramps only: a page with an off-ramp whose execute outcome is unknown would settle it in the
  // background (E4), a call to Capa that the next cell would count.
  if (target === bff) {
    expect((await target.request('GET', '/api/transactions?limit=1&type=ON_RAMP')).status).toBe(200);
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

describe.each(MATRIX)('upstream fault: $name', (cell) => {
  const target = () => (cell.fault === 'refused' ? orphan : bff);

  it(`${cell.ids}: GET list answers ${cell.list.status} ${cell.list.code} within the budget, attempted ${cell.list.calls}×`, async () => {
    if (cell.fault !== 'refused') await control.fault({ ...cell.fault, route: 'list', times: 0 });
    const since = target().logs.length;
    const { result: res, ms } = await timed(() => target().request('GET', '/api/transactions?limit=5'));
    expect([res.status, res.json().error?.code]).toEqual([cell.list.status, cell.list.code]);
    for (const [name, value] of Object.entries(cell.list.headers ?? {}))
      expect(res.headers[name]).toBe(value);
    expectCleanError(res);
    expect(ms).toBeLessThan(TUNING.callBudgetMs + MARGIN_MS);
    const attempts =
      cell.fault === 'refused' ? loggedAttempts(target(), 'list', since) : (await control.calls()).list;
    expect(attempts).toBe(cell.list.calls);
    await expectStillServing(target());
  });

  it(`${cell.ids}: POST execute answers ${cell.execute.status} ${cell.execute.code} within the budget and is never repeated`, async () => {
    const id =
      cell.fault === 'refused'
        ? crypto.randomUUID()
        : (await control.create({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED' })).id;
    if (cell.fault !== 'refused') await control.fault({ ...cell.fault, route: 'execute', times: 0 });
    const since = target().logs.length;
    const { result: res, ms } = await timed(() =>
      target().request('POST', `/api/transactions/${id}/execute`, {
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    );
    expect([res.status, res.json().error?.code]).toEqual([cell.execute.status, cell.execute.code]);
    for (const [name, value] of Object.entries(cell.execute.headers ?? {}))
      expect(res.headers[name]).toBe(value);
    expectCleanError(res);
    expect(ms).toBeLessThan(TUNING.callBudgetMs + MARGIN_MS);
    if (cell.fault === 'refused') {
      // Nothing answers, so nothing counts at Capa: the BFF's own log says how often it tried.
      expect(loggedAttempts(target(), 'execute', since)).toBeLessThanOrEqual(cell.execute.calls);
    } else {
      const calls = await control.calls();
      expect(calls.execute).toBe(cell.execute.calls);
      const executes = calls.requests.filter((r) => r.method === 'POST');
      expect(new Set(executes.map((r) => r.idempotencyKey)).size).toBe(executes.length);
    }
    await expectStillServing(target());
  });
});
