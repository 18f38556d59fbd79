/**
 * SECURITY L2 (and L4): under overload the BFF answers 503 OVERLOADED with Retry-After before any
 * work, so Capa is not called; /health/live keeps answering. Pressure is forced for real: a
 * threshold below what the process already uses, or an event loop blocked by busy work.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import type { OverloadLimits } from '../config/overload';
import { sandboxControl, startBff, type Bff, type SandboxControl } from '../test-support/harness';

const OFF = { maxEventLoopDelayMs: 0, maxHeapUsedBytes: 0, maxRssBytes: 0 };
const SAMPLE_MS = 50;

let sandbox: RunningSandbox;
let control: SandboxControl;
const bffs: Bff[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ size: 20, seed: 3 });
  control = sandboxControl(sandbox.url);
});

afterAll(async () => {
  for (const bff of bffs) await bff.close();
  await sandbox.close();
});

beforeEach(async () => {
  await control.resetCalls();
});

async function bffWith(overload: Partial<OverloadLimits>) {
  const bff = await startBff({
    upstream: { baseUrl: sandbox.url, apiKey: sandbox.partners[0].apiKey },
    overload: { ...OFF, sampleIntervalMs: SAMPLE_MS, retryAfterSeconds: 7, ...overload },
  });
  bffs.push(bff);
  // The first measures are taken one sample interval after start.
  await sleep(SAMPLE_MS * 3);
  return bff;
}

async function expectOverloaded(bff: Bff, method: string, path: string) {
  const res = await bff.request(method, path, {
    headers: method === 'GET' ? {} : { 'content-type': 'application/json' },
    body: method === 'GET' ? undefined : '{}',
  });
  expect([path, res.status, res.json().error.code]).toEqual([path, 503, 'OVERLOADED']);
  expect(res.headers['retry-after']).toBe('7');
  expect(res.json().error.message).toMatch(/overloaded right now; try again in 7 seconds/);
}

describe('overload (SECURITY L2)', () => {
  it.each([
    ['heap used', { maxHeapUsedBytes: 1 }],
    ['resident memory', { maxRssBytes: 1 }],
  ])(
    'L2: with %s over its limit, /api answers 503 OVERLOADED with Retry-After and Capa is not called; L4: /health/live still answers',
    async (_name, limits) => {
      const bff = await bffWith(limits);
      await expectOverloaded(bff, 'GET', '/api/transactions');
      await expectOverloaded(bff, 'GET', `/api/transactions/${crypto.randomUUID()}`);
      await expectOverloaded(bff, 'POST', `/api/transactions/${crypto.randomUUID()}/execute`);
      const calls = await control.calls();
      expect(calls.list + calls.execute + calls.other).toBe(0);
      const live = await bff.request('GET', '/health/live', { as: null });
      expect([live.status, live.json()]).toEqual([200, { status: 'ok' }]);
    },
  );

  it('L2: a blocked event loop sheds /api load, then serves again once it recovers', async () => {
    // A longer sample keeps the measured delay in force long enough to be seen on a busy machine.
    const bff = await bffWith({ maxEventLoopDelayMs: 100, sampleIntervalMs: 250 });
    // A busy machine may delay this process's loop by itself: start from a served request.
    const served = async () => (await bff.request('GET', '/api/transactions?limit=1')).status;
    await expect.poll(served, { timeout: 10_000 }).toBe(200);
    await control.resetCalls();
    // Busy work in slices: each slice delays the loop far beyond the limit.
    for (let slice = 0; slice < 4; slice++) {
      const until = performance.now() + 300;
      while (performance.now() < until);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await expect.poll(served, { interval: 5 }).toBe(503);
    expect((await control.calls()).list).toBe(0);
    expect((await bff.request('GET', '/health/live', { as: null })).status).toBe(200);
    await expect.poll(served, { timeout: 10_000 }).toBe(200);
  });

  it('L2: below its limits, nothing is refused', async () => {
    // Memory limits far above what the process uses; the event-loop limit is left off because a
    // busy CI machine can starve this process of CPU for a second, which is real delay.
    const { heapUsed, rss } = process.memoryUsage();
    const bff = await bffWith({ maxHeapUsedBytes: heapUsed * 10, maxRssBytes: rss * 10 });
    for (let i = 0; i < 5; i++)
      expect((await bff.request('GET', '/api/transactions?limit=1')).status).toBe(200);
  });
});
