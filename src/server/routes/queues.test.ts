/**
 * GET /api/queues (issue 14) against the sandbox: each queue's count and oldest item are those of
 * the sandbox's own rows; fifty agents asking at once cost Capa one reading (one call per status
 * list once the windows are known); an execute takes its off-ramp out of Ready to execute at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUES, queuesResponseSchema, type QueuesResponse } from '../../contract/queues-api';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { sandboxControl, startBff, type Bff, type SandboxControl } from '../test-support/harness';
import { allRows, inWindow } from '../test-support/sandbox-oracle';

const TTL_MS = 60_000;
let sandbox: RunningSandbox;
let control: SandboxControl;
let bff: Bff;
let key: string;
let now = Date.now();

beforeAll(async () => {
  sandbox = await startSandbox({ size: 900, seed: 41, lifecycleStepMs: 3_600_000 });
  key = sandbox.partners[0].apiKey;
  control = sandboxControl(sandbox.url);
  // A long cache and a clock the test moves: what expires the counts is the test, not a sleep.
  bff = await startBff(
    { upstream: { baseUrl: sandbox.url, apiKey: key }, queuesCacheMs: TTL_MS },
    { clock: () => new Date(now) },
  );
});

afterAll(async () => {
  await bff.close();
  await sandbox.close();
});

async function queues(as: 'viewer' | 'operator' = 'viewer') {
  const res = await bff.request('GET', '/api/queues', { as });
  expect(res.status, res.text).toBe(200);
  return { body: queuesResponseSchema.parse(res.json()), calls: Number(res.headers['x-upstream-calls']) };
}

const countOf = (body: QueuesResponse, id: string) => body.queues.find((q) => q.id === id)!.count;

describe('GET /api/queues', () => {
  it('gives each queue the count and oldest createdAt of its statuses, type and window', async () => {
    now += TTL_MS;
    const { body } = await queues();
    expect(body.queues.map((q) => q.id)).toEqual(QUEUES.map((q) => q.id));
    for (const queue of body.queues) {
      const rows = [];
      for (const status of queue.statuses) {
        const filters = { status, ...(queue.type ? { type: queue.type } : {}) };
        rows.push(...inWindow(await allRows(sandbox.url, key, filters), queue.from));
      }
      expect(queue.count, queue.id).toBe(rows.length);
      const oldest = rows.map((r) => Date.parse(r.createdAt)).sort((a, b) => a - b)[0];
      expect(queue.oldestCreatedAt, queue.id).toBe(
        oldest === undefined ? null : new Date(oldest).toISOString(),
      );
    }
    const failed = body.queues.find((q) => q.id === 'failed-or-cancelled')!;
    expect(Date.parse(failed.from!)).toBeGreaterThan(now - 7 * 86_400_000 - 60_000);
  });

  it('fifty agents at once share one reading: one Capa call per status list', async () => {
    // The first reading also finds where the 7-day window starts in each list; later ones only check it.
    now += TTL_MS;
    await queues();
    now += TTL_MS;
    await control.resetCalls();
    const answers = await Promise.all(Array.from({ length: 50 }, () => queues()));
    const lists = QUEUES.reduce((sum, q) => sum + q.statuses.length, 0);
    expect((await control.calls()).list).toBe(lists);
    expect(answers.reduce((sum, a) => sum + a.calls, 0)).toBe(lists);
    expect(new Set(answers.map((a) => a.body.countedAt)).size).toBe(1);
    // Within the cache's lifetime, nothing more goes to Capa.
    await control.resetCalls();
    await Promise.all(Array.from({ length: 10 }, () => queues()));
    expect((await control.calls()).list).toBe(0);
  });

  it('an executed off-ramp leaves Ready to execute at once, not when the cache expires', async () => {
    const tx = await control.create({ type: 'OFF_RAMP', status: 'CRYPTO_RECEIVED', cryptoAmount: '250' });
    now += TTL_MS;
    const before = countOf((await queues()).body, 'ready-to-execute');
    const res = await bff.request('POST', `/api/transactions/${tx.id}/execute`, {
      headers: { 'content-type': 'application/json' },
      body: '{}',
      as: 'operator',
    });
    expect(res.status, res.text).toBe(200);
    // Capa (and the sandbox) move an executed off-ramp to PENDING: its lists no longer hold it.
    expect((await control.get(tx.id)).status).toBe('PENDING');
    expect(countOf((await queues()).body, 'ready-to-execute')).toBe(before - 1);
  });
});
